package vn.chibo.elections;

import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationId;

/** One person on a congress's list with her standing and how she attended; a guest with her title, if given. */
public record Attendee(
        long id,
        MemberId memberId,
        String fullName,
        Standing standing,
        String notSummonedReason,
        boolean official,
        boolean exempt,
        boolean temporarilyAway,
        boolean temporarilyIn,
        boolean conveningCommittee,
        boolean alternate,
        OrganizationId lowerOrganizationId,
        Integer alternateVotes,
        Long replacesAttendeeId,
        AttendanceStatus status,
        String reason,
        boolean reasonAccepted,
        String title) {

    public boolean votes() {
        return standing == Standing.WITH_VOTE && !alternate;
    }

    public boolean attending() {
        return status == AttendanceStatus.PRESENT || status == AttendanceStatus.PARTLY_PRESENT;
    }
}
