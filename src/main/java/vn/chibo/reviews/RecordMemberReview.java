package vn.chibo.reviews;

import java.math.BigDecimal;

/**
 * What a branch records of one member's year: the facts the rules need, her self-assessed level, the level the branch
 * proposes, and notes. {@code version} is the version the form was read at; a change made meanwhile is refused.
 *
 * <p>A fact left out (null) is not so: no maternity leave, no knock-out.
 *
 * @param tasksAllOnTime every task on time and with quality; the three task results come together or not at all
 * @param suspendedFromCommittee a committee member suspended only from committee activities (đình chỉ sinh hoạt cấp
 *     ủy): still reviewed and rated, unlike a member suspended from Party activities (QĐ 124-QĐ/TW Điều 5)
 */
public record RecordMemberReview(
        Integer sickLeaveMonths,
        Boolean maternityLeave,
        Boolean degradationFinding,
        Integer targetsAchievedPercent,
        Boolean civilServiceNotCompleted,
        Boolean forbiddenConduct,
        Boolean exampleDutyBreached,
        Boolean criterionRatedPoor,
        BigDecimal score,
        Boolean tasksAllOnTime,
        Integer tasksExceededPercent,
        Boolean shortcomingsRemedied,
        RatingLevel selfLevel,
        RatingLevel proposedLevel,
        String notes,
        Integer version,
        Boolean suspendedFromCommittee) {

    /** What the branch records of a member who is not suspended from committee activities. */
    public RecordMemberReview(
            Integer sickLeaveMonths,
            Boolean maternityLeave,
            Boolean degradationFinding,
            Integer targetsAchievedPercent,
            Boolean civilServiceNotCompleted,
            Boolean forbiddenConduct,
            Boolean exampleDutyBreached,
            Boolean criterionRatedPoor,
            BigDecimal score,
            Boolean tasksAllOnTime,
            Integer tasksExceededPercent,
            Boolean shortcomingsRemedied,
            RatingLevel selfLevel,
            RatingLevel proposedLevel,
            String notes,
            Integer version) {
        this(
                sickLeaveMonths,
                maternityLeave,
                degradationFinding,
                targetsAchievedPercent,
                civilServiceNotCompleted,
                forbiddenConduct,
                exampleDutyBreached,
                criterionRatedPoor,
                score,
                tasksAllOnTime,
                tasksExceededPercent,
                shortcomingsRemedied,
                selfLevel,
                proposedLevel,
                notes,
                version,
                false);
    }
}
