package vn.chibo.reviews;

import java.math.BigDecimal;

/**
 * What an organization records of its year in its self-assessment (the facts of {@link OrganizationRatingFacts}), its
 * self-assessed level, the level it proposes, and notes. {@code version} is the version the form was read at; a change
 * made meanwhile is refused. A box left out (null) is not so; a percentage left out is not recorded.
 */
public record RecordOrganizationRating(
        Integer tasksOnTimePercent,
        Integer tasksExceededPercent,
        Integer targetsAchievedPercent,
        Integer shortcomingsRemediedPercent,
        Boolean organizationDisciplined,
        Boolean subordinateUnitDisciplined,
        Integer subordinateUnitsDisciplinedPercent,
        Boolean leadershipMemberDisciplined,
        Boolean disunity,
        Boolean subordinateCorruption,
        BigDecimal score,
        RatingLevel selfLevel,
        RatingLevel proposedLevel,
        String notes,
        Integer version) {

    OrganizationRatingFacts facts() {
        return new OrganizationRatingFacts(
                tasksOnTimePercent,
                tasksExceededPercent,
                targetsAchievedPercent,
                shortcomingsRemediedPercent,
                Boolean.TRUE.equals(organizationDisciplined),
                Boolean.TRUE.equals(subordinateUnitDisciplined),
                subordinateUnitsDisciplinedPercent,
                Boolean.TRUE.equals(leadershipMemberDisciplined),
                Boolean.TRUE.equals(disunity),
                Boolean.TRUE.equals(subordinateCorruption),
                score);
    }
}
