package vn.chibo.meetings;

import vn.chibo.meetings.LegalDenominator.Standing;

/**
 * One person on a meeting's attendance list.
 *
 * @param memberId the member's id, or the seat's id for a {@link AttendeeKind#COMMITTEE_SEAT}
 * @param official an official member (a committee seat always is)
 * @param standing how she stood that day by her record: exempt, away, suspended, prosecuted or active
 * @param position the committee position of a seat (SECRETARY, DEPUTY_SECRETARY, …), else null
 */
public record AttendanceEntry(
        long memberId,
        String fullName,
        boolean official,
        Presence presence,
        String reason,
        AttendeeKind kind,
        Standing standing,
        String position) {

    /** A member of the organization, her standing read from how she was recorded. */
    public AttendanceEntry(long memberId, String fullName, boolean official, Presence presence, String reason) {
        this(memberId, fullName, official, presence, reason, AttendeeKind.MEMBER, standingOf(presence), null);
    }

    /** The standing a presence implies, for entries recorded before standings were kept apart. */
    static Standing standingOf(Presence presence) {
        return switch (presence) {
            case EXEMPT -> Standing.EXEMPT;
            case AWAY -> Standing.TEMPORARILY_AWAY;
            case SUSPENDED -> Standing.SUSPENDED;
            case PROSECUTED -> Standing.PROSECUTED;
            default -> Standing.ACTIVE;
        };
    }

    public boolean present() {
        return presence == Presence.PRESENT;
    }

    /** Whether she may vote here: an official member of the organization (or a seat), present, active or exempt. */
    public boolean votes() {
        return official
                && kind != AttendeeKind.HOSTED
                && present()
                && (standing == Standing.ACTIVE || standing == Standing.EXEMPT);
    }

    /** Her place in the legal denominator; members here on temporary transfer never count. */
    public LegalDenominator.Elector elector() {
        return new LegalDenominator.Elector(
                official && kind != AttendeeKind.HOSTED,
                standing,
                present() ? LegalDenominator.Attendance.PRESENT : LegalDenominator.Attendance.ABSENT);
    }
}
