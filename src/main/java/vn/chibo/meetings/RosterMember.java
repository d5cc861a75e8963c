package vn.chibo.meetings;

/** Someone on the list when attendance is taken: a member, a member hosted on temporary transfer, or a seat. */
public record RosterMember(
        long memberId,
        String fullName,
        boolean official,
        AttendeeKind kind,
        LegalDenominator.Standing standing,
        String position) {

    public Presence usualPresence() {
        return Presence.usual(standing);
    }
}
