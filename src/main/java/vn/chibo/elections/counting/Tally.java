package vn.chibo.elections.counting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.chibo.elections.InvalidBallotCode;

/**
 * The count of one round: ballots returned, valid and invalid (by reason), and each candidate's votes from the valid
 * ballots, in list order.
 */
public record Tally(int returned, int valid, Map<InvalidBallotCode, Integer> invalidByReason, int[] votes) {

    public Tally {
        EnumMap<InvalidBallotCode, Integer> copy = new EnumMap<>(InvalidBallotCode.class);
        copy.putAll(invalidByReason);
        invalidByReason = Collections.unmodifiableMap(copy);
        votes = votes.clone();
    }

    public int invalid() {
        return returned - valid;
    }

    public int votes(int position) {
        return votes[position];
    }

    @Override
    public int[] votes() {
        return votes.clone();
    }

    /** Counts the ballots of a round. */
    public static Tally count(BallotValidator validator, int candidates, Iterable<BallotContent> ballots) {
        int[] votes = new int[candidates];
        int[] invalid = new int[InvalidBallotCode.values().length];
        int returned = 0;
        int valid = 0;
        for (BallotContent ballot : ballots) {
            returned++;
            BallotVerdict verdict = validator.verdict(ballot);
            if (verdict.valid()) {
                valid++;
                for (int position : verdict.votes()) {
                    votes[position]++;
                }
            } else {
                invalid[verdict.invalidBecause().ordinal()]++;
            }
        }
        Map<InvalidBallotCode, Integer> byReason = new EnumMap<>(InvalidBallotCode.class);
        for (InvalidBallotCode code : InvalidBallotCode.values()) {
            if (invalid[code.ordinal()] > 0) {
                byReason.put(code, invalid[code.ordinal()]);
            }
        }
        return new Tally(returned, valid, byReason, votes);
    }
}
