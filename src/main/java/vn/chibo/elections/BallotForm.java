package vn.chibo.elections;

/**
 * The form of a ballot, set by its list (QĐ 190-QĐ/TW Điều 15, 30): names to cross out where the list has more
 * candidates than seats, agree/disagree columns where it has none, and the same columns for a single name.
 */
public enum BallotForm {
    CROSSING_OUT,
    AGREE_DISAGREE,
    SINGLE_NAME;

    public static BallotForm of(int candidates, int seats) {
        if (candidates < 1 || seats < 1 || candidates < seats) {
            throw new IllegalArgumentException(candidates + " candidates for " + seats + " seats");
        }
        if (candidates > seats) {
            return CROSSING_OUT;
        }
        return candidates == 1 ? SINGLE_NAME : AGREE_DISAGREE;
    }
}
