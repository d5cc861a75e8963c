package vn.chibo.reviews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rules the quality rating of a Party organization (xếp loại chất lượng tổ chức đảng) is held to, chosen by the
 * review's date like {@link ReviewRules}: QĐ 124-QĐ/TW before QĐ 366-QĐ/TW took effect on 30/8/2025, QĐ 366 with HD
 * 43-HD/BTCTW after (party-rules §3.0, §3.1, §3.3). Every threshold is a parameter, read side by side with the
 * regulation; {@link #fromMemory()} lists the ones no source at hand confirms for that rule set.
 *
 * @param excellentTasksExceededPercent QĐ 366 Điều 11.1: excellence needs at least this share of tasks exceeded (30);
 *     null where the rules set no such share
 * @param excellentShortcomingsRemediedPercent QĐ 366 Điều 11.1: excellence needs this share of earlier shortcomings
 *     remedied (100); null where the rules set none
 * @param excellenceBarredByDiscipline QĐ 366 Điều 11.1: no excellence when a subordinate unit or a member of the
 *     leadership collective was disciplined
 * @param goodTasksOnTimePercent QĐ 366 Điều 11: Hoàn thành tốt needs 100% of tasks on time with quality
 * @param completedTasksOnTimePercent QĐ 366 Điều 11: Hoàn thành nhiệm vụ allows at most 20% of tasks late, so at least
 *     80% on time; below that the organization did not complete its tasks
 * @param subordinatesDisciplinedAbovePercent QĐ 124 / QĐ 366: more than this share of subordinate units disciplined
 *     makes the organization Không hoàn thành nhiệm vụ (20)
 * @param minimumTargetsPercent reaching less than this share of the targets is Không hoàn thành nhiệm vụ (50)
 * @param excellenceCapPercent organizations rated excellent are at most this share of those rated Hoàn thành tốt in
 *     the same grassroots organization, rounded down (20; HD 21 wording, applied to collectives per §3.0)
 * @param minimumMonthsSinceFounding an organization set up less than this many months before the review is not rated
 *     (6; HD 21-HD/BTCTW, party-rules §3.3), so its committee does not wait for its rating
 * @param subordinatesDecidedFirst a committee proposes its own level only once the level of every organization
 *     directly under it that is rated that year has been decided (the level below first, party-rules §3.4)
 */
public record OrganizationRatingRules(
        String regulation,
        String guidance,
        LocalDate effectiveFrom,
        Integer maxScore,
        Integer excellentFrom,
        Integer goodFrom,
        Integer completedFrom,
        Integer excellentTasksExceededPercent,
        Integer excellentShortcomingsRemediedPercent,
        boolean excellenceBarredByDiscipline,
        int goodTasksOnTimePercent,
        int completedTasksOnTimePercent,
        int subordinatesDisciplinedAbovePercent,
        int minimumTargetsPercent,
        int excellenceCapPercent,
        ReviewRules.CapBase excellenceCapBase,
        int minimumMonthsSinceFounding,
        boolean subordinatesDecidedFirst,
        Set<Parameter> fromMemory) {

    public OrganizationRatingRules {
        if (!(0 <= completedTasksOnTimePercent
                && completedTasksOnTimePercent <= goodTasksOnTimePercent
                && goodTasksOnTimePercent <= 100)) {
            throw new IllegalArgumentException("task thresholds out of order");
        }
        boolean scored = maxScore != null;
        if ((excellentFrom != null) != scored || (goodFrom != null) != scored || (completedFrom != null) != scored) {
            throw new IllegalArgumentException("score thresholds come all together or not at all");
        }
        fromMemory = fromMemory.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fromMemory));
    }

    /** The parameters a page may flag as recalled from memory or unverified for a rule set. */
    public enum Parameter {
        /** The conditions of excellence for a collective. */
        EXCELLENCE_CONDITIONS,
        /** The share of tasks that may be late for Hoàn thành nhiệm vụ. */
        LATE_TASKS,
        /** The knock-outs of a collective (discipline, disunity, corruption, targets). */
        KNOCK_OUTS,
        /** The excellence cap applied to collectives within a grassroots organization. */
        EXCELLENCE_CAP_SCOPE,
        /** A committee is rated after the organizations directly under it have been decided. */
        SUBORDINATES_FIRST;

        public String messageKey() {
            return "review.org.parameter." + name();
        }
    }

    /**
     * QĐ 124-QĐ/TW (04/10/2023) with HD 25-HD/BTCTW: no point scale; the collective's knock-outs of QĐ 124 (discipline
     * of the collective, more than 20% of subordinate units disciplined, disunity, corruption in a subordinate unit;
     * party-rules §3.3, sourced); the conditions of excellence and the 20% of late tasks carried over from memory.
     */
    public static final OrganizationRatingRules QD_124 = new OrganizationRatingRules(
            "QĐ 124-QĐ/TW",
            "HD 25-HD/BTCTW",
            LocalDate.of(2023, 10, 4),
            null,
            null,
            null,
            null,
            null,
            null,
            true,
            100,
            80,
            20,
            50,
            20,
            ReviewRules.CapBase.GOOD_ONLY,
            6,
            true,
            EnumSet.of(
                    Parameter.EXCELLENCE_CONDITIONS,
                    Parameter.LATE_TASKS,
                    Parameter.EXCELLENCE_CAP_SCOPE,
                    Parameter.SUBORDINATES_FIRST));

    /**
     * QĐ 366-QĐ/TW (30/8/2025) with HD 43-HD/BTCTW (31/10/2025), Điều 11.1 for collectives: 100 points with bands at
     * 90, 70 and 50; excellence with no subordinate unit or leadership member disciplined, 100% of tasks on time, at
     * least 30% exceeded and 100% of shortcomings remedied; Hoàn thành nhiệm vụ with at most 20% of tasks late
     * (party-rules §3.0, sourced).
     */
    public static final OrganizationRatingRules QD_366 = new OrganizationRatingRules(
            "QĐ 366-QĐ/TW",
            "HD 43-HD/BTCTW",
            LocalDate.of(2025, 8, 30),
            100,
            90,
            70,
            50,
            30,
            100,
            true,
            100,
            80,
            20,
            50,
            20,
            ReviewRules.CapBase.GOOD_ONLY,
            6,
            true,
            EnumSet.of(Parameter.EXCELLENCE_CAP_SCOPE, Parameter.SUBORDINATES_FIRST));

    /** The rules in force on the review's date. */
    public static OrganizationRatingRules on(LocalDate reviewDate) {
        return reviewDate.isBefore(QD_366.effectiveFrom()) ? QD_124 : QD_366;
    }

    /** The rule sets ChiBo knows, oldest first. */
    public static List<OrganizationRatingRules> all() {
        return List.of(QD_124, QD_366);
    }

    public boolean scored() {
        return maxScore != null;
    }

    public boolean isFromMemory(Parameter parameter) {
        return fromMemory.contains(parameter);
    }

    /** The excellence cap of these rules for the levels of a grassroots organization's collectives. */
    public ExcellenceCap cap(List<RatingLevel> levels, ExcellenceCap.RaisedCeiling raised) {
        return ExcellenceCap.of(levels, excellenceCapBase, excellenceCapPercent, raised);
    }

    /** The highest level the organization's year allows under these rules, with every limit that brings it down. */
    public OrganizationAssessment assess(OrganizationRatingFacts facts) {
        List<RatingLimit> limits = new ArrayList<>();
        knockOuts(facts, limits);
        tasks(facts, limits);
        if (scored()) {
            score(facts.score(), limits);
        }
        excellence(facts, limits);
        RatingLevel highest = limits.stream().map(RatingLimit::level).reduce(RatingLevel.EXCELLENT, RatingLevel::lower);
        return new OrganizationAssessment(this, highest, limits);
    }

    // QĐ 124 Điều 8 / QĐ 366: a collective disciplined itself, more than 20% of its subordinate units disciplined,
    // internal disunity, corruption in a subordinate unit (unless self-detected and remedied), or less than half of its
    // targets reached is Không hoàn thành nhiệm vụ.
    private void knockOuts(OrganizationRatingFacts facts, List<RatingLimit> limits) {
        if (facts.organizationDisciplined()) {
            limits.add(limit(RatingLevel.NOT_COMPLETED, "review.org.limit.disciplined"));
        }
        Integer share = facts.subordinateUnitsDisciplinedPercent();
        if (share != null && share > subordinatesDisciplinedAbovePercent) {
            limits.add(limit(
                    RatingLevel.NOT_COMPLETED,
                    "review.org.limit.subordinatesDisciplined",
                    share,
                    subordinatesDisciplinedAbovePercent));
        }
        if (facts.disunity()) {
            limits.add(limit(RatingLevel.NOT_COMPLETED, "review.org.limit.disunity"));
        }
        if (facts.subordinateCorruption()) {
            limits.add(limit(RatingLevel.NOT_COMPLETED, "review.org.limit.corruption"));
        }
        if (facts.targetsAchievedPercent() == null) {
            limits.add(limit(RatingLevel.NOT_COMPLETED, "review.org.limit.targetsNotRecorded"));
        } else if (facts.targetsAchievedPercent() < minimumTargetsPercent) {
            limits.add(limit(
                    RatingLevel.NOT_COMPLETED,
                    "review.org.limit.targets",
                    facts.targetsAchievedPercent(),
                    minimumTargetsPercent));
        }
    }

    // QĐ 366 Điều 11: Hoàn thành tốt needs every task on time; Hoàn thành nhiệm vụ allows at most 20% late.
    private void tasks(OrganizationRatingFacts facts, List<RatingLimit> limits) {
        Integer onTime = facts.tasksOnTimePercent();
        if (onTime == null) {
            limits.add(limit(RatingLevel.NOT_COMPLETED, "review.org.limit.tasksNotRecorded"));
        } else if (onTime < completedTasksOnTimePercent) {
            limits.add(limit(
                    RatingLevel.NOT_COMPLETED,
                    "review.org.limit.tasksLate",
                    100 - onTime,
                    100 - completedTasksOnTimePercent));
        } else if (onTime < goodTasksOnTimePercent) {
            limits.add(
                    limit(RatingLevel.COMPLETED, "review.org.limit.tasksNotAllOnTime", onTime, goodTasksOnTimePercent));
        }
    }

    // QĐ 366 Điều 11: ≥ 90 excellent, 70 to < 90 good, 50 to < 70 completed, < 50 not completed.
    private void score(BigDecimal score, List<RatingLimit> limits) {
        if (score == null) {
            limits.add(limit(RatingLevel.NOT_COMPLETED, "review.limit.scoreMissing", maxScore));
        } else if (score.compareTo(BigDecimal.valueOf(completedFrom)) < 0) {
            limits.add(limit(RatingLevel.NOT_COMPLETED, "review.limit.score.NOT_COMPLETED", score, completedFrom));
        } else if (score.compareTo(BigDecimal.valueOf(goodFrom)) < 0) {
            limits.add(limit(RatingLevel.COMPLETED, "review.limit.score.COMPLETED", score, completedFrom, goodFrom));
        } else if (score.compareTo(BigDecimal.valueOf(excellentFrom)) < 0) {
            limits.add(limit(RatingLevel.GOOD, "review.limit.score.GOOD", score, goodFrom, excellentFrom));
        }
    }

    // QĐ 366 Điều 11.1: excellence needs no subordinate unit and no leadership member disciplined, at least 30% of
    // tasks exceeded and every earlier shortcoming remedied.
    private void excellence(OrganizationRatingFacts facts, List<RatingLimit> limits) {
        if (excellenceBarredByDiscipline && facts.subordinateUnitDisciplined()) {
            limits.add(limit(RatingLevel.GOOD, "review.org.limit.subordinateDisciplined"));
        }
        if (excellenceBarredByDiscipline && facts.leadershipMemberDisciplined()) {
            limits.add(limit(RatingLevel.GOOD, "review.org.limit.leadershipDisciplined"));
        }
        if (excellentTasksExceededPercent != null) {
            Integer exceeded = facts.tasksExceededPercent();
            if (exceeded == null) {
                limits.add(limit(RatingLevel.GOOD, "review.org.limit.exceededNotRecorded"));
            } else if (exceeded < excellentTasksExceededPercent) {
                limits.add(
                        limit(RatingLevel.GOOD, "review.org.limit.exceeded", exceeded, excellentTasksExceededPercent));
            }
        }
        if (excellentShortcomingsRemediedPercent != null) {
            Integer remedied = facts.shortcomingsRemediedPercent();
            if (remedied == null) {
                limits.add(limit(RatingLevel.GOOD, "review.org.limit.shortcomingsNotRecorded"));
            } else if (remedied < excellentShortcomingsRemediedPercent) {
                limits.add(limit(
                        RatingLevel.GOOD,
                        "review.org.limit.shortcomings",
                        remedied,
                        excellentShortcomingsRemediedPercent));
            }
        }
    }

    private static RatingLimit limit(RatingLevel level, String key, Object... arguments) {
        return new RatingLimit(level, ReviewMessage.of(key, arguments));
    }
}
