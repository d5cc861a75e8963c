package vn.chibo.reviews;

import java.util.List;
import vn.chibo.organizations.OrganizationId;

/**
 * The organizations a committee rates for a year (those directly under it), with their levels and summary.
 *
 * @param own the committee's own rating for the year (decided by the level above), or null
 * @param decidable whether the user decides the levels of these organizations (REVIEW_MANAGE on the committee)
 * @param capScopeId the organization the excellence cap is counted in, for a raised cap
 * @param raisedCeiling the exception to the cap recorded for the scope and year, or null
 */
public record OrganizationRatingBoard(
        OrganizationId organizationId,
        String organizationName,
        int year,
        OrganizationRatingSummary own,
        List<OrganizationRatingSummary> organizations,
        OrganizationTally tally,
        boolean decidable,
        OrganizationId capScopeId,
        ExcellenceCap.RaisedCeiling raisedCeiling) {

    public OrganizationRatingBoard {
        organizations = List.copyOf(organizations);
    }
}
