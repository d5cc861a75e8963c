package vn.chibo.meetings;

/** How a member of the branch stood at a meeting. */
public enum Presence {
    PRESENT,
    ABSENT_EXCUSED,
    ABSENT_UNEXCUSED,
    /** Exempt from meetings and absent (an exempt member who comes is PRESENT). */
    EXEMPT,
    /** On temporary transfer to another organization. */
    AWAY,
    SUSPENDED
}
