package vn.chibo.elections;

/** How someone summoned took part in the congress. */
public enum AttendanceStatus {
    PRESENT,
    /** Present for part of the congress: counts as attending. */
    PARTLY_PRESENT,
    /** Absent for the whole congress. */
    ABSENT
}
