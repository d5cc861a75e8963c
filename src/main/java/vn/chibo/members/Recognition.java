package vn.chibo.members;

import java.time.LocalDate;

/**
 * The deadlines of recognition as official (QĐ 294-QĐ/TW; QĐ 232 §4.3): probation ends 12 months after the ceremony;
 * the branch considers it within 30 working days, and the competent committee decides within 60 working days of the
 * branch's resolution (taken here at its latest, when the branch has not recorded one).
 */
public record Recognition(LocalDate probationEnds, LocalDate branchDeadline, LocalDate committeeDeadline, Stage stage) {

    public static final int BRANCH_WORKING_DAYS = 30;
    public static final int COMMITTEE_WORKING_DAYS = 60;
    /** How long before the end of probation a recognition shows as upcoming. */
    public static final int UPCOMING_DAYS = 30;

    /** Where a probationer is on the way to recognition. */
    public enum Stage {
        NOT_YET,
        UPCOMING,
        /** Probation is over; the branch is within its 30 working days. */
        DUE,
        /** The branch's 30 working days are over; the committee is within its 60. */
        BRANCH_OVERDUE,
        /** Both deadlines have passed. */
        OVERDUE
    }

    public static Recognition of(LocalDate ceremonyDate, LocalDate asOf) {
        LocalDate ends = ceremonyDate.plusMonths(LifeCycle.PROBATION_MONTHS);
        LocalDate branch = WorkingDays.add(ends, BRANCH_WORKING_DAYS);
        LocalDate committee = WorkingDays.add(branch, COMMITTEE_WORKING_DAYS);
        Stage stage;
        if (asOf.isBefore(ends.minusDays(UPCOMING_DAYS))) {
            stage = Stage.NOT_YET;
        } else if (asOf.isBefore(ends)) {
            stage = Stage.UPCOMING;
        } else if (!asOf.isAfter(branch)) {
            stage = Stage.DUE;
        } else if (!asOf.isAfter(committee)) {
            stage = Stage.BRANCH_OVERDUE;
        } else {
            stage = Stage.OVERDUE;
        }
        return new Recognition(ends, branch, committee, stage);
    }

    /** Whether the list of recognitions to handle shows it. */
    public boolean needsAttention() {
        return stage != Stage.NOT_YET;
    }
}
