package vn.chibo.reviews;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationType;

/**
 * An organization's rating for a year as the user may act on it: what it recorded, its three levels, what the rules
 * say, and where its members' review stands.
 *
 * @param decisionNote the level above's decision (number and date) or its remarks when it returned the proposal
 * @param problems levels recorded above what the rules allow
 * @param membersRound where the members' review of the year stands (only branches have one)
 * @param membersRoundId the members' review round, or null
 * @param subordinatesNotDecided for a committee, the organizations directly under it whose level for the year is not
 *     decided yet (it proposes its own level once there are none); empty for a branch
 * @param manageable whether the user may record and propose (REVIEW_MANAGE on the organization)
 * @param decidable whether the user may decide or return (REVIEW_MANAGE on the level above)
 */
public record OrganizationRatingDetails(
        OrganizationRatingId id,
        OrganizationId organizationId,
        String organizationName,
        OrganizationType organizationType,
        OrganizationId parentId,
        int year,
        LocalDate reviewDate,
        ReviewStatus status,
        OrganizationRatingRules rules,
        OrganizationRatingFacts facts,
        RatingLevel selfLevel,
        RatingLevel proposedLevel,
        RatingLevel decidedLevel,
        String notes,
        String decisionNote,
        int version,
        OrganizationAssessment assessment,
        List<ReviewMessage> problems,
        MembersRoundState membersRound,
        Long membersRoundId,
        List<String> subordinatesNotDecided,
        boolean manageable,
        boolean decidable) {

    public OrganizationRatingDetails {
        problems = List.copyOf(problems);
        subordinatesNotDecided = List.copyOf(subordinatesNotDecided);
    }

    /** The level that counts now: the decided one once there is one, else the proposal. */
    public RatingLevel currentLevel() {
        return decidedLevel != null ? decidedLevel : proposedLevel;
    }
}
