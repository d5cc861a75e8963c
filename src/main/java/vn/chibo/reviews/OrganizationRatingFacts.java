package vn.chibo.reviews;

import java.math.BigDecimal;

/**
 * What a Party organization's self-assessment (tự đánh giá) records of its year, as QĐ 366-QĐ/TW Điều 11.1 asks for
 * a collective: the share of its tasks and targets done on time, exceeded and reached, the shortcomings remedied,
 * discipline in the organization, its subordinate units and its leadership, disunity and corruption. A percentage left
 * null was not recorded: the rules then cannot show a level it would allow.
 *
 * @param tasksOnTimePercent the share of the year's tasks and targets completed on time with quality
 * @param tasksExceededPercent the share of tasks and targets exceeded
 * @param targetsAchievedPercent the share of targets reached at all
 * @param shortcomingsRemediedPercent the share of the shortcomings pointed out earlier that were remedied
 * @param organizationDisciplined the organization itself was disciplined during the year
 * @param subordinateUnitDisciplined a subordinate unit was disciplined during the year
 * @param subordinateUnitsDisciplinedPercent the share of subordinate units disciplined (null when none was)
 * @param leadershipMemberDisciplined a member of the leadership collective (cấp ủy) was disciplined during the year
 * @param disunity internal disunity (mất đoàn kết nội bộ)
 * @param subordinateCorruption corruption or waste in a subordinate unit, not self-detected and remedied
 * @param score the score out of the rules' maximum (QĐ 366: 100 points), or null
 */
public record OrganizationRatingFacts(
        Integer tasksOnTimePercent,
        Integer tasksExceededPercent,
        Integer targetsAchievedPercent,
        Integer shortcomingsRemediedPercent,
        boolean organizationDisciplined,
        boolean subordinateUnitDisciplined,
        Integer subordinateUnitsDisciplinedPercent,
        boolean leadershipMemberDisciplined,
        boolean disunity,
        boolean subordinateCorruption,
        BigDecimal score) {

    /** Nothing recorded yet. */
    public static final OrganizationRatingFacts NONE =
            new OrganizationRatingFacts(null, null, null, null, false, false, null, false, false, false, null);
}
