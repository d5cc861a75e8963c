package vn.chibo.reviews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * What the rules need to know of one member's review year.
 *
 * @param year the year under review
 * @param admissionDate the date of the member's admission (kết nạp)
 * @param exempt exempt from Party work and activities (miễn công tác và sinh hoạt đảng)
 * @param suspension whether the member is suspended, and from what
 * @param sickLeaveMonths months of sick leave in the year, in total
 * @param maternityLeave on maternity leave during the year: rated on the time actually worked, not capped
 * @param disciplineDecisions the dates of the discipline decisions against the member; those dated within the year
 *     count, each violation once
 * @param degradationFinding a competent level concluded political, ethical or lifestyle degradation
 * @param targetsAchievedPercent the share of the year's targets achieved, or null when the member had none
 * @param civilServiceNotCompleted rated Không hoàn thành nhiệm vụ as a civil servant or public employee
 * @param forbiddenConduct broke one of "những điều đảng viên không được làm"
 * @param exampleDutyBreached breached the duty to set an example
 * @param criterionRatedPoor any criterion of the assessment rated Kém
 * @param score the total on the point scale, or null when not scored
 * @param tasks the results of the year's tasks that the point-scale rules ask for, or null when not recorded
 */
public record MemberReviewFacts(
        Year year,
        LocalDate admissionDate,
        boolean exempt,
        Suspension suspension,
        int sickLeaveMonths,
        boolean maternityLeave,
        List<LocalDate> disciplineDecisions,
        boolean degradationFinding,
        Integer targetsAchievedPercent,
        boolean civilServiceNotCompleted,
        boolean forbiddenConduct,
        boolean exampleDutyBreached,
        boolean criterionRatedPoor,
        BigDecimal score,
        TaskResults tasks) {

    public MemberReviewFacts {
        if (year == null || admissionDate == null || suspension == null) {
            throw new IllegalArgumentException("year, admission date and suspension are required");
        }
        if (sickLeaveMonths < 0 || sickLeaveMonths > 12) {
            throw new IllegalArgumentException("sick leave out of range 0–12 months: " + sickLeaveMonths);
        }
        if (targetsAchievedPercent != null && targetsAchievedPercent < 0) {
            throw new IllegalArgumentException("negative share of targets: " + targetsAchievedPercent);
        }
        disciplineDecisions = List.copyOf(disciplineDecisions);
    }

    /** Whether, and from what, a member is suspended (đình chỉ sinh hoạt). */
    public enum Suspension {
        NONE,
        /** Suspended from Party activities: not reviewed. */
        FROM_PARTY_ACTIVITIES,
        /** A committee member suspended only from committee activities: still reviewed and rated. */
        FROM_COMMITTEE_ONLY
    }

    /**
     * The year's tasks as QĐ 366 Điều 11 judges them.
     *
     * @param allOnTime every task done on time and with quality
     * @param exceededPercent the share of tasks exceeded
     * @param shortcomingsRemedied every shortcoming found at earlier reviews remedied
     */
    public record TaskResults(boolean allOnTime, int exceededPercent, boolean shortcomingsRemedied) {

        public TaskResults {
            if (exceededPercent < 0 || exceededPercent > 100) {
                throw new IllegalArgumentException("share of tasks exceeded out of range: " + exceededPercent);
            }
        }
    }

    /** The discipline decisions dated within the year under review. */
    public List<LocalDate> disciplineDecisionsInYear() {
        return disciplineDecisions.stream()
                .filter(date -> date.getYear() == year.getValue())
                .toList();
    }
}
