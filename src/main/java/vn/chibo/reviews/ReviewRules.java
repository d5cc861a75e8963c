package vn.chibo.reviews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a member's annual review is held to, chosen by the review's date: QĐ 124-QĐ/TW (04/10/2023) with HD
 * 25-HD/BTCTW before QĐ 366-QĐ/TW (30/8/2025) took effect, QĐ 366 with HD 43-HD/BTCTW (31/10/2025) after. Every
 * number is a parameter so that it can be read side by side with party-rules.md §3 (whose §3.0 corrections override
 * §3.1–3.4); {@link #fromMemory()} lists those recalled from memory or carried over from an older text without a source
 * confirming them, which the pages show as such.
 *
 * @param maxScore QĐ 366 Điều 11: every individual is scored out of 100 (30 general + 70 task results) [sourced]; null
 *     where the rules have no point scale (QĐ 124: levels are proposed, not scored)
 * @param excellentFrom QĐ 366 Điều 11: at least 90 points for Hoàn thành xuất sắc nhiệm vụ [sourced]
 * @param goodFrom QĐ 366 Điều 11: 70 to under 90 for Hoàn thành tốt nhiệm vụ [sourced]
 * @param completedFrom QĐ 366 Điều 11: 50 to under 70 for Hoàn thành nhiệm vụ; under 50 is Không hoàn thành nhiệm vụ
 *     [bands sourced; "under 50 is KHTNV" follows from them and matches NĐ 335/2025]
 * @param excellentTasksExceededPercent QĐ 366 Điều 11: excellence needs 100% of tasks on time and at least this share
 *     exceeded (30) [sourced]; null where the rules set no such condition
 * @param excellenceNeedsShortcomingsRemedied QĐ 366 Điều 11: excellence needs 100% of earlier shortcomings remedied
 *     [sourced]
 * @param goodNeedsAllTasksOnTime QĐ 366 Điều 11: Hoàn thành tốt needs 100% of tasks on time with quality [sourced]
 * @param excellenceCapPercent HD 21-HD/BTCTW: those rated excellent are at most 20% of the base, rounded down, per
 *     grassroots organization [sourced for HD 21; a commune applied "20% or 25%" in 2025]
 * @param excellenceCapBase what the percentage is of: those rated Hoàn thành tốt only [HD 21 wording, sourced], or Hoàn
 *     thành tốt or better as some localities read it
 * @param minimumMonthsSinceAdmission QĐ 124 Điều 5 / HD 21: a member admitted less than 6 months before the review is
 *     not rated but still does the review [sourced]
 * @param sickLeaveMonthsBarringGood HD 21: sick leave totalling this many months in the year bars Hoàn thành tốt or
 *     better (3) [sourced for HD 21; its restatement in HD 25 and HD 43 unverified]
 * @param minimumTargetsPercent HD 21: achieving less than this share of the year's targets is a knock-out (50)
 *     [sourced]
 * @param knockOuts the facts that force Không hoàn thành nhiệm vụ under these rules
 */
public record ReviewRules(
        String regulation,
        String guidance,
        LocalDate effectiveFrom,
        Integer maxScore,
        Integer excellentFrom,
        Integer goodFrom,
        Integer completedFrom,
        Integer excellentTasksExceededPercent,
        boolean excellenceNeedsShortcomingsRemedied,
        boolean goodNeedsAllTasksOnTime,
        int excellenceCapPercent,
        CapBase excellenceCapBase,
        int minimumMonthsSinceAdmission,
        int sickLeaveMonthsBarringGood,
        int minimumTargetsPercent,
        Set<KnockOut> knockOuts,
        Set<Parameter> fromMemory) {

    public ReviewRules {
        boolean scored = maxScore != null;
        if ((excellentFrom != null) != scored || (goodFrom != null) != scored || (completedFrom != null) != scored) {
            throw new IllegalArgumentException("score thresholds come all together or not at all");
        }
        if (scored
                && !(0 < completedFrom
                        && completedFrom < goodFrom
                        && goodFrom < excellentFrom
                        && excellentFrom <= maxScore)) {
            throw new IllegalArgumentException("score thresholds out of order");
        }
        if (excellenceCapPercent < 0 || excellenceCapPercent > 100) {
            throw new IllegalArgumentException("excellence cap out of range: " + excellenceCapPercent);
        }
        knockOuts = knockOuts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(knockOuts));
        fromMemory = fromMemory.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fromMemory));
    }

    /** What the excellence cap is a percentage of. */
    public enum CapBase {
        /** The members rated Hoàn thành tốt nhiệm vụ (HD 21's wording, the default). */
        GOOD_ONLY,
        /** The members rated Hoàn thành tốt nhiệm vụ or better, as some localities read it. */
        GOOD_OR_BETTER;

        public String messageKey() {
            return "review.rules.capBase." + name();
        }
    }

    /** The parameters a page may flag as recalled from memory or unverified. */
    public enum Parameter {
        /** The excellence cap counted per grassroots organization (the current scope is unverified). */
        EXCELLENCE_CAP_SCOPE,
        /** The 6 months since admission, as restated by the current guidance. */
        ADMISSION_MONTHS,
        /** The sick-leave cap, as restated by the current guidance. */
        SICK_LEAVE_MONTHS,
        /** The list of knock-outs, carried over from the earlier rules by analogy. */
        KNOCK_OUTS,
        /** A criterion rated Kém as a knock-out (sourced only in part). */
        CRITERION_POOR;

        public String messageKey() {
            return "review.rules.parameter." + name();
        }
    }

    /**
     * QĐ 124-QĐ/TW (04/10/2023) with HD 25-HD/BTCTW (10/11/2023): no point scale, the levels are proposed; the cap,
     * exclusions and knock-outs of HD 21-HD/BTCTW (2019) with QĐ 124 Điều 8's additions (party-rules §3.3).
     */
    public static final ReviewRules QD_124 = new ReviewRules(
            "QĐ 124-QĐ/TW",
            "HD 25-HD/BTCTW",
            LocalDate.of(2023, 10, 4),
            null,
            null,
            null,
            null,
            null,
            false,
            false,
            20,
            CapBase.GOOD_ONLY,
            6,
            3,
            50,
            EnumSet.allOf(KnockOut.class),
            EnumSet.of(Parameter.EXCELLENCE_CAP_SCOPE, Parameter.SICK_LEAVE_MONTHS, Parameter.CRITERION_POOR));

    /**
     * QĐ 366-QĐ/TW (30/8/2025) with HD 43-HD/BTCTW (31/10/2025): the 100-point scale with bands at 90, 70 and 50 and
     * the task conditions of Điều 11; the exclusions, caps and knock-outs carried over from QĐ 124 and HD 21.
     */
    public static final ReviewRules QD_366 = new ReviewRules(
            "QĐ 366-QĐ/TW",
            "HD 43-HD/BTCTW",
            LocalDate.of(2025, 8, 30),
            100,
            90,
            70,
            50,
            30,
            true,
            true,
            20,
            CapBase.GOOD_ONLY,
            6,
            3,
            50,
            EnumSet.allOf(KnockOut.class),
            EnumSet.allOf(Parameter.class));

    /** The rules in force on the review's date; QĐ 124 is the earliest set ChiBo knows. */
    public static ReviewRules on(LocalDate reviewDate) {
        return reviewDate.isBefore(QD_366.effectiveFrom()) ? QD_124 : QD_366;
    }

    /** Whether members are scored on a point scale under these rules. */
    public boolean scored() {
        return maxScore != null;
    }

    /** The level a score falls in; only for scored rules, and a score from 0 to the maximum. */
    public RatingLevel band(BigDecimal score) {
        if (!scored()) {
            throw new IllegalStateException(regulation + " has no point scale");
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(maxScore)) > 0) {
            throw new IllegalArgumentException("score out of range 0–" + maxScore + ": " + score);
        }
        if (score.compareTo(BigDecimal.valueOf(excellentFrom)) >= 0) {
            return RatingLevel.EXCELLENT;
        }
        if (score.compareTo(BigDecimal.valueOf(goodFrom)) >= 0) {
            return RatingLevel.GOOD;
        }
        if (score.compareTo(BigDecimal.valueOf(completedFrom)) >= 0) {
            return RatingLevel.COMPLETED;
        }
        return RatingLevel.NOT_COMPLETED;
    }

    /** The same rules with another base for the excellence cap, as a locality reads it. */
    public ReviewRules with(CapBase base) {
        return new ReviewRules(
                regulation,
                guidance,
                effectiveFrom,
                maxScore,
                excellentFrom,
                goodFrom,
                completedFrom,
                excellentTasksExceededPercent,
                excellenceNeedsShortcomingsRemedied,
                goodNeedsAllTasksOnTime,
                excellenceCapPercent,
                base,
                minimumMonthsSinceAdmission,
                sickLeaveMonthsBarringGood,
                minimumTargetsPercent,
                knockOuts,
                fromMemory);
    }

    public boolean isFromMemory(Parameter parameter) {
        return fromMemory.contains(parameter);
    }

    /** The rule sets ChiBo knows, oldest first. */
    public static List<ReviewRules> all() {
        return List.of(QD_124, QD_366);
    }
}
