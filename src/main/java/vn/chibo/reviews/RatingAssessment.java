package vn.chibo.reviews;

import java.util.List;

/**
 * What the rules say of one member's review year: whether she does the review and is rated, and if rated the highest
 * level her year allows, with the limits that bring it down.
 *
 * @param reviewed whether the member does the review (kiểm điểm) at all
 * @param notRatedReasons why the member is not rated; empty when she is
 * @param highest the highest level the rules allow, or null when the member is not rated
 * @param limits every rule that keeps the member below Hoàn thành xuất sắc nhiệm vụ, in the order of the rules
 * @param notes what the branch should know without it limiting the level (maternity leave, an unused score)
 */
public record RatingAssessment(
        ReviewRules rules,
        boolean reviewed,
        List<ReviewMessage> notRatedReasons,
        RatingLevel highest,
        List<RatingLimit> limits,
        List<ReviewMessage> notes) {

    public RatingAssessment {
        notRatedReasons = List.copyOf(notRatedReasons);
        limits = List.copyOf(limits);
        notes = List.copyOf(notes);
    }

    public boolean rated() {
        return notRatedReasons.isEmpty();
    }

    /**
     * Why {@code proposed} is not allowed: the reasons the member is not rated, or the limits below the proposal; empty
     * when the proposal is allowed. A level below the highest is allowed: the branch may weigh what the rules do not.
     */
    public List<ReviewMessage> check(RatingLevel proposed) {
        if (!rated()) {
            return notRatedReasons;
        }
        return limits.stream()
                .filter(limit -> proposed.isAbove(limit.level()))
                .map(RatingLimit::reason)
                .toList();
    }

    public boolean allows(RatingLevel proposed) {
        return check(proposed).isEmpty();
    }
}
