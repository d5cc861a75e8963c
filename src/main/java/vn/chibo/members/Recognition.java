package vn.chibo.members;

import java.time.LocalDate;

/**
 * The deadlines of recognition as official (QĐ 294-QĐ/TW; QĐ 232 §4.3): probation ends 12 months after the ceremony;
 * the branch considers it within 30 working days, and the competent committee decides within 60 working days of the
 * branch's resolution: from the day the branch voted once it has, and from the last day the branch had before that.
 *
 * @param branchResolution the day of the branch's passing vote, or null while it has none
 */
public record Recognition(
        LocalDate probationEnds,
        LocalDate branchDeadline,
        LocalDate branchResolution,
        LocalDate committeeDeadline,
        Stage stage) {

    /** How long before the end of probation a recognition shows as upcoming. */
    public static final int UPCOMING_DAYS = 30;

    /** Where a probationer is on the way to recognition. */
    public enum Stage {
        NOT_YET,
        UPCOMING,
        /** Probation is over; the branch is within its 30 working days. */
        DUE,
        /** The branch's 30 working days are over without its resolution; the committee's 60 run from their end. */
        BRANCH_OVERDUE,
        /** The branch has resolved; the committee is within its 60 working days of that resolution. */
        AWAITING_DECISION,
        /** The committee's deadline has passed. */
        OVERDUE
    }

    public static Recognition of(LocalDate ceremonyDate, LocalDate asOf) {
        return of(ceremonyDate, null, asOf);
    }

    public static Recognition of(LocalDate ceremonyDate, LocalDate branchResolution, LocalDate asOf) {
        LocalDate ends = LifeCycle.probationEnds(ceremonyDate);
        MembershipRules rules = MembershipRules.on(ends);
        LocalDate branch = WorkingDays.add(ends, rules.branchWorkingDays());
        // QĐ 294-QĐ/TW §4.3: the committee's 60 working days run from the branch's resolution.
        LocalDate committee =
                WorkingDays.add(branchResolution != null ? branchResolution : branch, rules.committeeWorkingDays());
        Stage stage;
        if (asOf.isAfter(committee)) {
            stage = Stage.OVERDUE;
        } else if (branchResolution != null && !asOf.isBefore(branchResolution)) {
            stage = Stage.AWAITING_DECISION;
        } else if (asOf.isBefore(ends.minusDays(UPCOMING_DAYS))) {
            stage = Stage.NOT_YET;
        } else if (asOf.isBefore(ends)) {
            stage = Stage.UPCOMING;
        } else if (!asOf.isAfter(branch)) {
            stage = Stage.DUE;
        } else {
            stage = Stage.BRANCH_OVERDUE;
        }
        return new Recognition(ends, branch, branchResolution, committee, stage);
    }

    /** Whether the list of recognitions to handle shows it. */
    public boolean needsAttention() {
        return stage != Stage.NOT_YET;
    }
}
