package vn.chibo.meetings;

/** Who an entry of a meeting's attendance list is. */
public enum AttendeeKind {
    /** A member of the organization holding the meeting. */
    MEMBER,
    /**
     * A member of another organization here on temporary transfer (sinh hoạt tạm thời): listed and counted present,
     * without a vote (QĐ 294-QĐ/TW, as QĐ 232 §6.3.2).
     */
    HOSTED,
    /** A seat of the committee at a committee meeting (họp chi ủy, họp ban thường vụ). */
    COMMITTEE_SEAT
}
