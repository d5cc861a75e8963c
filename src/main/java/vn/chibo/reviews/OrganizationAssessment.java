package vn.chibo.reviews;

import java.util.List;

/**
 * What the rules say of one Party organization's year: the highest level they allow and the limits that bring it down.
 *
 * @param highest the highest level the rules allow
 * @param limits every rule that keeps the organization below Hoàn thành xuất sắc nhiệm vụ, in the order of the rules
 */
public record OrganizationAssessment(OrganizationRatingRules rules, RatingLevel highest, List<RatingLimit> limits) {

    public OrganizationAssessment {
        limits = List.copyOf(limits);
    }

    /**
     * Why {@code level} is not allowed: the limits below it; empty when it is. A level below the highest is allowed:
     * the committee may weigh what the rules do not.
     */
    public List<ReviewMessage> check(RatingLevel level) {
        return limits.stream()
                .filter(limit -> level.isAbove(limit.level()))
                .map(RatingLimit::reason)
                .toList();
    }

    public boolean allows(RatingLevel level) {
        return check(level).isEmpty();
    }
}
