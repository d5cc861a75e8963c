package vn.chibo.dues;

/** What a member's dues are computed from (the groups of QĐ 01-QĐ/TW; QĐ 342-QĐ/TW counts the last three as others). */
public enum DuesCategory {
    /** Members with compulsory social insurance (BHXH), teachers among them: the previous month's salary base. */
    BHXH_SALARY,
    /**
     * On sick or maternity leave paid by social insurance: the monthly benefit (Quy định 01-QĐ/TW: 1% of it; not
     * provided for by QĐ 342-QĐ/TW as party-rules.md reports it).
     */
    SICKNESS_MATERNITY_BENEFIT,
    /** Pensioners: the monthly pension. */
    PENSION,
    /** Members on the social pension (hưu trí xã hội). */
    SOCIAL_PENSION,
    /** Pupils and students. */
    STUDENT,
    /** Others: a fixed monthly amount the branch decides. */
    OTHER;

    public String messageKey() {
        return "dues.category." + name();
    }
}
