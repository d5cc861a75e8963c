package vn.chibo.members;

import java.time.LocalDate;

/** Where a member stands after her history: status, activity and the dates the rules need. */
public record MemberState(
        MemberStatus status,
        ActivityState activity,
        LocalDate admissionDate,
        LocalDate ceremonyDate,
        LocalDate officialDate,
        int daysOut,
        LocalDate outSince,
        LocalDate lastChange) {

    static MemberState admitted(LocalDate admissionDate, LocalDate ceremonyDate) {
        return new MemberState(
                MemberStatus.PROBATIONARY,
                ActivityState.ACTIVE,
                admissionDate,
                ceremonyDate,
                null,
                0,
                null,
                admissionDate);
    }

    MemberState with(MemberStatus newStatus, ActivityState newActivity, LocalDate on) {
        return new MemberState(
                newStatus, newActivity, admissionDate, ceremonyDate, officialDate, daysOut, outSince, on);
    }

    MemberState official(LocalDate on) {
        return new MemberState(status, activity, admissionDate, ceremonyDate, on, daysOut, outSince, lastChange);
    }

    MemberState outSince(LocalDate since) {
        return new MemberState(status, activity, admissionDate, ceremonyDate, officialDate, daysOut, since, lastChange);
    }

    /** Probationary or official, by whether she was ever recognized. */
    MemberStatus standing() {
        return officialDate == null ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL;
    }

    /** Probationers may not vote, stand or elect (QĐ 190-QĐ/TW Điều 2); suspended and prosecuted members neither. */
    public boolean mayVote() {
        return status == MemberStatus.OFFICIAL
                && activity != ActivityState.SUSPENDED
                && activity != ActivityState.PROSECUTED;
    }
}
