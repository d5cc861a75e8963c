package vn.chibo.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The dues rules of a month, read side by side with party-rules.md §5: QĐ 342-QĐ/TW (28/12/2010, in force 01/4/2011)
 * up to January 2026, Quy định 01-QĐ/TW (03/02/2026, in force 01/02/2026) from February 2026.
 *
 * @param salaryPercent QĐ 342 / QĐ 01: 1% of the salary (QĐ 01: of the previous month's BHXH salary base) [sourced]
 * @param pensionPercent QĐ 342 / QĐ 01: 0.5% of the pension [sourced]
 * @param studentAmount QĐ 01: 5,000 VND a month for pupils and students [sourced]; null under QĐ 342, which counts
 *     them among the others (a fixed amount)
 * @param fixedMinimum QĐ 342: others pay 2,000–30,000 VND a month, the amount decided by the branch [sourced]; QĐ 01's
 *     amounts for other groups were not found, so the same range is carried over [unverified]
 * @param exemptPartyAgeYears QĐ 01: members with this party age or more are exempt (50) [sourced]; null under QĐ 342
 * @param socialPensionExempt QĐ 01: members on the social pension are exempt [sourced]
 * @param branchKeptPercent the share a branch directly under a grassroots committee keeps of what it collects: QĐ 342
 *     says 30–50% as the grassroots committee decides [sourced]; unknown under QĐ 01, so configurable, defaulting to
 *     QĐ 342's upper figure [unverified]
 * @param grassrootsKeptPercent the share a grassroots branch (chi bộ cơ sở, a school's) keeps: QĐ 342 says 70% for
 *     grassroots organizations other than communes' [sourced]; unknown under QĐ 01, configurable [unverified]
 * @param communeKeptPercent QĐ 342: the grassroots organization of a commune, ward or town keeps 90% [sourced]; not
 *     found under QĐ 01, so null (unknown)
 * @param aboveGrassrootsKeptPercent QĐ 342: each level above the grassroots keeps 50% [sourced]; not found under QĐ
 *     01, so null (unknown) unless the installation configures it [unverified]
 * @param sharesVerified whether the shares come from the regulation's text (false under QĐ 01)
 * @param benefitPercent QĐ 01: on sick or maternity leave paid by BHXH, 1% of the benefit [sourced]; null under QĐ
 *     342, whose text as party-rules.md §5.2 reports it says nothing of benefits (such a basis is refused there)
 * @param beyondWorkingAgePercent QĐ 342: members beyond working age among the others pay 50% [sourced]; QĐ 01's
 *     amounts for other groups were not found, so the same share is carried over with the fixed range [unverified]
 * @param unverified the parameters the page flags as not confirmed by the regulation's text
 */
public record DuesRules(
        String regulation,
        YearMonth effectiveFrom,
        BigDecimal salaryPercent,
        BigDecimal pensionPercent,
        Long studentAmount,
        long fixedMinimum,
        long fixedMaximum,
        Integer exemptPartyAgeYears,
        boolean socialPensionExempt,
        int branchKeptPercent,
        int grassrootsKeptPercent,
        Integer communeKeptPercent,
        Integer aboveGrassrootsKeptPercent,
        boolean sharesVerified,
        BigDecimal benefitPercent,
        int beyondWorkingAgePercent,
        Set<Parameter> unverified) {

    /** The reductions a decision may grant (QĐ 01-QĐ/TW: 30, 50 or 70%, for at most 12 months). */
    public static final int REDUCTION_MAX_MONTHS = 12;

    public DuesRules {
        if (branchKeptPercent < 0
                || branchKeptPercent > 100
                || grassrootsKeptPercent < 0
                || grassrootsKeptPercent > 100
                || !percentOrUnknown(communeKeptPercent)
                || !percentOrUnknown(aboveGrassrootsKeptPercent)) {
            throw new IllegalArgumentException("kept shares are percentages");
        }
        unverified = unverified.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unverified));
    }

    /** The parameters of a rule set that a page may flag as not confirmed by the regulation's text. */
    public enum Parameter {
        /** The retention shares (kept by the branch, sent up). */
        RETENTION_SHARES,
        /** The fixed monthly range for members without salary or pension (QĐ 342's 2,000–30,000 VND carried over). */
        OTHERS_FIXED_RANGE,
        /** Half the fixed amount for members beyond working age (QĐ 342's 50% carried over). */
        BEYOND_WORKING_AGE_HALF;

        public String messageKey() {
            return "dues.rules.parameter." + name();
        }
    }

    public static final DuesRules QD_342 = new DuesRules(
            "QĐ 342-QĐ/TW",
            YearMonth.of(2011, 4),
            new BigDecimal("1"),
            new BigDecimal("0.5"),
            null,
            2_000,
            30_000,
            null,
            false,
            50,
            70,
            // QĐ 342-QĐ/TW: a commune's grassroots organization keeps 90%, each level above the grassroots 50%.
            90,
            50,
            true,
            null,
            // QĐ 342-QĐ/TW: members beyond working age (among the others) pay 50%.
            50,
            Set.of());

    /** Quy định 01-QĐ/TW with the retention shares the installation configures (QĐ 342's table by default). */
    public static DuesRules qd01(int branchKeptPercent, int grassrootsKeptPercent) {
        return qd01(branchKeptPercent, grassrootsKeptPercent, null);
    }

    /**
     * Quy định 01-QĐ/TW with the configured shares; {@code aboveGrassrootsKeptPercent} null when not configured (the
     * regulation's text found gives none). A commune grassroots organization's share stays unknown.
     */
    public static DuesRules qd01(int branchKeptPercent, int grassrootsKeptPercent, Integer aboveGrassrootsKeptPercent) {
        return new DuesRules(
                "Quy định 01-QĐ/TW",
                YearMonth.of(2026, 2),
                new BigDecimal("1"),
                new BigDecimal("0.5"),
                5_000L,
                2_000,
                30_000,
                50,
                true,
                branchKeptPercent,
                grassrootsKeptPercent,
                null,
                aboveGrassrootsKeptPercent,
                false,
                // Quy định 01-QĐ/TW: on sick or maternity leave paid by BHXH, 1% of the benefit.
                new BigDecimal("1"),
                50,
                EnumSet.allOf(Parameter.class));
    }

    public static final DuesRules QD_01 = qd01(QD_342.branchKeptPercent, QD_342.grassrootsKeptPercent);

    /** The rules of the month with QĐ 01's default shares; null before QĐ 342 took effect. */
    public static DuesRules on(YearMonth month) {
        return on(month, QD_01);
    }

    /** The rules of the month, with {@code qd01} standing for Quy định 01 (as configured); null before QĐ 342. */
    public static DuesRules on(YearMonth month, DuesRules qd01) {
        if (month.isBefore(QD_342.effectiveFrom)) {
            return null;
        }
        return month.isBefore(qd01.effectiveFrom) ? QD_342 : qd01;
    }

    /** What a member in the category pays before any exemption or reduction; null when the basis cannot price it. */
    public Long fullAmount(DuesCategory category, Long amount) {
        return switch (category) {
            case BHXH_SALARY -> amount == null ? null : percentOf(amount, salaryPercent);
            case SICKNESS_MATERNITY_BENEFIT ->
                amount == null || benefitPercent == null ? null : percentOf(amount, benefitPercent);
            case PENSION -> amount == null ? null : percentOf(amount, pensionPercent);
            case STUDENT -> studentAmount != null ? studentAmount : fixed(amount);
            case SOCIAL_PENSION -> socialPensionExempt ? 0L : fixed(amount);
            case OTHER -> fixed(amount);
        };
    }

    /** Whether a fixed amount is one the rules allow the branch to set. */
    public boolean fixedAllowed(long amount) {
        return amount >= fixedMinimum && amount <= fixedMaximum;
    }

    /** Whether the category is priced by a fixed amount the branch sets, under these rules. */
    public boolean fixedCategory(DuesCategory category) {
        return switch (category) {
            case BHXH_SALARY, PENSION, SICKNESS_MATERNITY_BENEFIT -> false;
            case STUDENT -> studentAmount == null;
            case SOCIAL_PENSION -> !socialPensionExempt;
            case OTHER -> true;
        };
    }

    private Long fixed(Long amount) {
        return amount == null || !fixedAllowed(amount) ? null : amount;
    }

    /**
     * The percentage of an amount in whole đồng. Neither text found says how to round; we round half up to the whole
     * đồng (1% of 4,212,345 is 42,123; 0.5% of 5,000,100 is 25,001), which never asks more than half a đồng over.
     */
    static long percentOf(long amount, BigDecimal percent) {
        return BigDecimal.valueOf(amount)
                .multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** A member's due for the month, for a member within working age (see the full form below). */
    public DuesAssessment assess(DuesCategory category, Long amount, int partyAgeYears, Relief relief) {
        return assess(category, amount, false, partyAgeYears, relief);
    }

    /**
     * A member's due for the month from her basis (null when none), party age and the decision in force (null when
     * none): exemptions first (party age, social pension, decision), then the full amount, halved for a member beyond
     * working age paying a fixed amount, then a reduction by decision.
     */
    public DuesAssessment assess(
            DuesCategory category, Long amount, boolean beyondWorkingAge, int partyAgeYears, Relief relief) {
        if (exemptPartyAgeYears != null && partyAgeYears >= exemptPartyAgeYears) {
            return new DuesAssessment(0L, DuesStanding.EXEMPT_AGE, null);
        }
        if (category == DuesCategory.SOCIAL_PENSION && socialPensionExempt) {
            return new DuesAssessment(0L, DuesStanding.EXEMPT_SOCIAL_PENSION, null);
        }
        if (relief != null && relief.kind() == ReliefKind.EXEMPTION) {
            return new DuesAssessment(0L, DuesStanding.EXEMPT_DECISION, null);
        }
        Long full = category == null ? null : fullAmount(category, amount);
        if (full == null) {
            return new DuesAssessment(null, DuesStanding.NO_BASIS, null);
        }
        DuesStanding standing = DuesStanding.FULL;
        if (beyondWorkingAge && fixedCategory(category)) {
            // QĐ 342-QĐ/TW: a member beyond working age pays 50% of what the others pay (carried over under QĐ 01).
            full = percentOf(full, BigDecimal.valueOf(beyondWorkingAgePercent));
            standing = DuesStanding.BEYOND_WORKING_AGE;
        }
        if (relief != null && relief.kind() == ReliefKind.REDUCTION) {
            // A reduction of p% leaves (100 - p)% of the due, rounded half up to the whole đồng like the due itself.
            long reduced = percentOf(full, BigDecimal.valueOf(100 - relief.percent()));
            return new DuesAssessment(reduced, DuesStanding.REDUCED, relief.percent());
        }
        return new DuesAssessment(full, standing, null);
    }

    /** The share an organization of the level keeps under these rules; null when the rules give none known. */
    public Integer keptPercent(RetentionLevel level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case BRANCH_UNDER_GRASSROOTS -> branchKeptPercent;
            case COMMUNE_GRASSROOTS -> communeKeptPercent;
            case OTHER_GRASSROOTS -> grassrootsKeptPercent;
            case ABOVE_GRASSROOTS -> aboveGrassrootsKeptPercent;
        };
    }

    private static boolean percentOrUnknown(Integer percent) {
        return percent == null || (percent >= 0 && percent <= 100);
    }

    /** The share of what a branch collected that it keeps, in whole đồng rounded down; the rest is sent up. */
    public static long kept(long collected, int keptPercent) {
        return collected * keptPercent / 100;
    }

    /** An exemption or reduction in force in a month (percent only for a reduction). */
    public record Relief(ReliefKind kind, Integer percent) {}
}
