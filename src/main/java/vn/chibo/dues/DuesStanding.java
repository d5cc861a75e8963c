package vn.chibo.dues;

/** Why a member's due for a month is what it is, as the collection sheet shows it. */
public enum DuesStanding {
    /** The full amount the basis and the rules give. */
    FULL,
    /** QĐ 01-QĐ/TW: 50 years of party age or more. */
    EXEMPT_AGE,
    /** QĐ 01-QĐ/TW: on the social pension. */
    EXEMPT_SOCIAL_PENSION,
    /** Exempt by a decision on her application. */
    EXEMPT_DECISION,
    /** QĐ 342-QĐ/TW: beyond working age, half the fixed amount the others pay (carried over under QĐ 01, unverified). */
    BEYOND_WORKING_AGE,
    /** Reduced by 30, 50 or 70% by a decision on her application. */
    REDUCED,
    /** No basis recorded for the month, or one the rules cannot price: the branch must record it. */
    NO_BASIS;

    public String messageKey() {
        return "dues.standing." + name();
    }

    public boolean exempt() {
        return this == EXEMPT_AGE || this == EXEMPT_SOCIAL_PENSION || this == EXEMPT_DECISION;
    }
}
