package vn.chibo.meetings;

/**
 * How someone on the attendance list stood at a meeting. The first three are for whoever is expected; the others say
 * why someone was not expected (her standing that day, kept apart in {@link AttendanceEntry#standing()}).
 */
public enum Presence {
    PRESENT,
    ABSENT_EXCUSED,
    ABSENT_UNEXCUSED,
    /** Exempt from meetings and absent (an exempt member who comes is PRESENT). */
    EXEMPT,
    /** On temporary transfer to another organization. */
    AWAY,
    SUSPENDED,
    /** Being prosecuted, indicted or held. */
    PROSECUTED;

    /** The presence a member of this standing has unless recorded otherwise. */
    public static Presence usual(LegalDenominator.Standing standing) {
        return switch (standing) {
            case ACTIVE -> PRESENT;
            case EXEMPT -> EXEMPT;
            case TEMPORARILY_AWAY -> AWAY;
            case SUSPENDED -> SUSPENDED;
            case PROSECUTED -> PROSECUTED;
        };
    }

    /** Whether someone of this standing may be recorded so: the expected come or not, the others come or stay away. */
    public boolean fits(LegalDenominator.Standing standing) {
        return this == PRESENT
                || this == usual(standing)
                || (standing == LegalDenominator.Standing.ACTIVE
                        && (this == ABSENT_EXCUSED || this == ABSENT_UNEXCUSED));
    }
}
