package vn.chibo.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A vote on a resolution or conclusion, judged against the legal denominator, not those present or voting: a resolution
 * passes with more than half of it (QĐ 190-QĐ/TW Điều 30; QĐ 294-QĐ/TW §9.3.2), an admission or recognition with the
 * share its rules set (two thirds; {@link vn.chibo.members.MembershipRules}).
 *
 * @param votesNeeded the fewest votes in favour that pass
 */
public record VoteResult(int agree, int disagree, int abstain, int denominator, int votesNeeded) {

    /** A vote that passes with more than half of the denominator. */
    public VoteResult(int agree, int disagree, int abstain, int denominator) {
        this(agree, disagree, abstain, denominator, denominator / 2 + 1);
    }

    @JsonProperty("passed")
    public boolean passed() {
        return denominator > 0 && agree >= votesNeeded;
    }

    /** The fewest votes in favour that pass (for a resolution floor(denominator / 2) + 1). */
    public int threshold() {
        return votesNeeded;
    }

    /** Agreeing votes as a percentage of the denominator, one decimal. */
    @JsonProperty("agreePercent")
    public double agreePercent() {
        return denominator == 0 ? 0 : Math.round(agree * 1000.0 / denominator) / 10.0;
    }

    public boolean unanimous() {
        return agree > 0 && disagree == 0 && abstain == 0 && agree == denominator;
    }
}
