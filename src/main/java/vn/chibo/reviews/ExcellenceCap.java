package vn.chibo.reviews;

import java.util.Collection;
import java.util.Optional;

/**
 * How many members of one grassroots Party organization (tổ chức cơ sở đảng) may be rated Hoàn thành xuất sắc nhiệm
 * vụ: the cap percentage of the base, rounded down (HD 21-HD/BTCTW: "không vượt quá 20% số … được xếp loại Hoàn thành
 * tốt nhiệm vụ"; party-rules §3.0, §3.2). The caller passes the proposed levels of every rated member of the grassroots
 * organization, across its branches; the scope is a parameter flagged unverified in {@link ReviewRules}.
 *
 * @param base what the percentage is of
 * @param percent the percentage applied: the rules' own, or the one an exception recorded
 * @param exceptionDecision the decision that raised the percentage, or null when the rules' own applies
 * @param baseCount the number of members in the base
 * @param allowed how many may be rated excellent
 * @param proposed how many are proposed excellent
 */
public record ExcellenceCap(
        ReviewRules.CapBase base, int percent, String exceptionDecision, int baseCount, int allowed, int proposed) {

    /**
     * An exception the competent level decided for an outstanding organization: a higher percentage, recorded with its
     * decision (a commune applied 25% in 2025).
     */
    public record RaisedCeiling(int percent, String decision) {

        public RaisedCeiling {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percentage out of range: " + percent);
            }
            if (decision == null || decision.isBlank()) {
                throw new IllegalArgumentException("an exception is recorded with its decision");
            }
        }
    }

    /** The cap of the rules for these proposed levels. */
    public static ExcellenceCap of(Collection<RatingLevel> proposedLevels, ReviewRules rules) {
        return of(proposedLevels, rules, null);
    }

    /** The cap for these proposed levels, raised by {@code exception} when there is one. */
    public static ExcellenceCap of(Collection<RatingLevel> proposedLevels, ReviewRules rules, RaisedCeiling exception) {
        return of(proposedLevels, rules.excellenceCapBase(), rules.excellenceCapPercent(), exception);
    }

    /**
     * The cap of {@code percent} of the {@code base} for these levels, raised by {@code exception} when there is one:
     * the same count for members and for collectives (party-rules §3.0: the cap applies to collectives too).
     */
    public static ExcellenceCap of(
            Collection<RatingLevel> proposedLevels,
            ReviewRules.CapBase base,
            int rulesPercent,
            RaisedCeiling exception) {
        int good = 0;
        int excellent = 0;
        for (RatingLevel level : proposedLevels) {
            if (level == RatingLevel.GOOD) {
                good++;
            } else if (level == RatingLevel.EXCELLENT) {
                excellent++;
            }
        }
        int baseCount = base == ReviewRules.CapBase.GOOD_ONLY ? good : good + excellent;
        int percent = exception == null ? rulesPercent : exception.percent();
        // Rounded down: 20% of 17 is 3.4, so 3.
        int allowed = baseCount * percent / 100;
        return new ExcellenceCap(
                base, percent, exception == null ? null : exception.decision(), baseCount, allowed, excellent);
    }

    public boolean exceeded() {
        return proposed > allowed;
    }

    /** How many more are proposed excellent than may be; 0 when the proposal keeps within the cap. */
    public int excess() {
        return Math.max(0, proposed - allowed);
    }

    /** What a page shows when the proposal exceeds the cap. */
    public Optional<ReviewMessage> problem() {
        return exceeded()
                ? Optional.of(ReviewMessage.of("review.cap.exceeded", proposed, allowed, percent, baseCount, excess()))
                : Optional.empty();
    }

    /** What a page shows when the organizations proposed or rated excellent exceed the cap. */
    public Optional<ReviewMessage> organizationsProblem() {
        return exceeded()
                ? Optional.of(
                        ReviewMessage.of("review.org.cap.exceeded", proposed, allowed, percent, baseCount, excess()))
                : Optional.empty();
    }
}
