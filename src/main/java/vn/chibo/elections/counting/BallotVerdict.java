package vn.chibo.elections.counting;

import vn.chibo.elections.InvalidBallotCode;

/**
 * Whether a ballot is valid and, if not, why; a valid ballot's votes are the positions of the candidates it votes for.
 */
public record BallotVerdict(InvalidBallotCode invalidBecause, int[] votes) {

    static final int[] NONE = new int[0];

    public static BallotVerdict invalid(InvalidBallotCode code) {
        return new BallotVerdict(code, NONE);
    }

    public static BallotVerdict valid(int[] votes) {
        return new BallotVerdict(null, votes);
    }

    public boolean valid() {
        return invalidBecause == null;
    }
}
