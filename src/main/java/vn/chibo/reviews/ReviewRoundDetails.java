package vn.chibo.reviews;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.organizations.OrganizationId;

/**
 * A review round with its members and summary, as the user may act on it.
 *
 * @param rules the rule set the review's date picked
 * @param raisedCeiling the exception to the excellence cap the level above recorded, or null
 * @param manageable whether the user may record facts and levels, and propose (REVIEW_MANAGE on the branch)
 * @param decidable whether the user may approve, return and close (REVIEW_MANAGE on the level above)
 */
public record ReviewRoundDetails(
        ReviewRoundId id,
        OrganizationId organizationId,
        String organizationName,
        int year,
        LocalDate reviewDate,
        ReviewStatus status,
        ReviewRules rules,
        ExcellenceCap.RaisedCeiling raisedCeiling,
        int version,
        List<MemberReview> members,
        RoundTally tally,
        boolean manageable,
        boolean decidable) {

    public ReviewRoundDetails {
        members = List.copyOf(members);
    }
}
