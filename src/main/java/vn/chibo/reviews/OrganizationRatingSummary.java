package vn.chibo.reviews;

import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationType;

/**
 * One organization on its committee's list for a year: its rating (null fields when it has none yet) and what the rules
 * allow it.
 *
 * @param ratingId the rating, or null when the organization has not opened its self-assessment
 * @param highest the highest level the rules allow with what it recorded, or null without a rating
 * @param problems how many of its recorded levels are above what the rules allow
 */
public record OrganizationRatingSummary(
        OrganizationId organizationId,
        String organizationName,
        OrganizationType organizationType,
        OrganizationRatingId ratingId,
        ReviewStatus status,
        RatingLevel selfLevel,
        RatingLevel proposedLevel,
        RatingLevel decidedLevel,
        RatingLevel highest,
        int problems,
        int version) {

    /**
     * The level that counts now: the decided one once there is one, else the one proposed to the level above; null
     * while the organization still assesses itself.
     */
    public RatingLevel currentLevel() {
        if (decidedLevel != null) {
            return decidedLevel;
        }
        return status == ReviewStatus.OPEN ? null : proposedLevel;
    }
}
