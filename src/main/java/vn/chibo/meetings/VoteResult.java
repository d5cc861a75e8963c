package vn.chibo.meetings;

/**
 * A vote on a resolution or decision. It passes with more than half of the legal denominator agreeing, not of those
 * present or voting (QĐ 190-QĐ/TW Điều 30; QĐ 294-QĐ/TW §9.3.2).
 */
public record VoteResult(int agree, int disagree, int abstain, int denominator) {

    public boolean passed() {
        return denominator > 0 && agree * 2 > denominator;
    }

    /** The smallest number of votes in favour that passes: floor(denominator / 2) + 1. */
    public int threshold() {
        return denominator / 2 + 1;
    }

    /** Agreeing votes as a percentage of the denominator, one decimal. */
    public double agreePercent() {
        return denominator == 0 ? 0 : Math.round(agree * 1000.0 / denominator) / 10.0;
    }

    public boolean unanimous() {
        return agree > 0 && disagree == 0 && abstain == 0 && agree == denominator;
    }
}
