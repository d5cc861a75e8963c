package vn.chibo.reviews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.reviews.MemberReviewFacts.Suspension;
import vn.chibo.reviews.MemberReviewFacts.TaskResults;

/**
 * Applies a review rule set to one member's year: who is rated (party-rules §3.0, §3.3) and the highest level the
 * knock-outs, the sick-leave cap, the score band and the task conditions allow (§3.1, §3.3).
 */
public final class MemberRatingRules {

    private MemberRatingRules() {}

    /** The assessment under the rules in force on the review's date. */
    public static RatingAssessment assess(MemberReviewFacts facts, LocalDate reviewDate) {
        return assess(facts, reviewDate, ReviewRules.on(reviewDate));
    }

    public static RatingAssessment assess(MemberReviewFacts facts, LocalDate reviewDate, ReviewRules rules) {
        if (facts.admissionDate().isAfter(reviewDate)) {
            throw new IllegalArgumentException("admitted after the review: " + facts.admissionDate());
        }
        List<ReviewMessage> notes = new ArrayList<>();
        if (facts.maternityLeave()) {
            // HD 21: a member on maternity leave is rated on the time actually worked; the leave is no sick leave.
            notes.add(ReviewMessage.of("review.note.maternityLeave"));
        }
        if (facts.suspension() == Suspension.FROM_COMMITTEE_ONLY) {
            // QĐ 124 Điều 5 / HD 21 (party-rules §3.0, §3.3): a committee member suspended only from committee
            // activities is still reviewed and rated, with no cap of its own; her year's facts set her level as any
            // member's (a discipline decision, say, through its knock-out).
            notes.add(ReviewMessage.of("review.note.committeeSuspension"));
        }
        if (facts.score() != null && !rules.scored()) {
            notes.add(ReviewMessage.of("review.note.scoreNotUsed", rules.regulation()));
        }
        List<ReviewMessage> notRated = notRatedReasons(
                facts.exempt(),
                facts.suspension() == Suspension.FROM_PARTY_ACTIVITIES,
                facts.admissionDate(),
                reviewDate,
                rules);
        boolean reviewed = !facts.exempt() && facts.suspension() != Suspension.FROM_PARTY_ACTIVITIES;
        if (!notRated.isEmpty()) {
            return new RatingAssessment(rules, reviewed, notRated, null, List.of(), notes);
        }
        List<RatingLimit> limits = new ArrayList<>();
        knockOuts(facts, rules, limits);
        if (facts.sickLeaveMonths() >= rules.sickLeaveMonthsBarringGood()) {
            // HD 21: sick leave of 3 months or more in the year bars Hoàn thành tốt nhiệm vụ or better.
            limits.add(limit(
                    RatingLevel.COMPLETED,
                    "review.limit.sickLeave",
                    facts.sickLeaveMonths(),
                    rules.sickLeaveMonthsBarringGood()));
        }
        if (rules.scored()) {
            scoreBand(facts.score(), rules, limits);
        }
        taskConditions(facts.tasks(), rules, limits);
        RatingLevel highest = limits.stream().map(RatingLimit::level).reduce(RatingLevel.EXCELLENT, RatingLevel::lower);
        return new RatingAssessment(rules, true, List.of(), highest, limits, notes);
    }

    /**
     * Whether a member of a roster is rated, from her standing as the roster keeps it (suspended: from Party
     * activities), without the facts of her year: the same rule {@link #assess} applies first.
     */
    static boolean rated(
            boolean exempt, boolean suspended, LocalDate admissionDate, LocalDate reviewDate, ReviewRules rules) {
        return notRatedReasons(exempt, suspended, admissionDate, reviewDate, rules)
                .isEmpty();
    }

    // QĐ 124 Điều 5 / HD 21: exempt and suspended members are neither reviewed nor rated; a member admitted less than
    // 6 months before the review does the review but is not rated; a committee member suspended only from committee
    // activities is rated.
    private static List<ReviewMessage> notRatedReasons(
            boolean exempt, boolean suspended, LocalDate admissionDate, LocalDate reviewDate, ReviewRules rules) {
        List<ReviewMessage> reasons = new ArrayList<>();
        if (exempt) {
            reasons.add(ReviewMessage.of("review.notRated.exempt"));
        }
        if (suspended) {
            reasons.add(ReviewMessage.of("review.notRated.suspended"));
        }
        LocalDate ratedFrom = admissionDate.plusMonths(rules.minimumMonthsSinceAdmission());
        if (ratedFrom.isAfter(reviewDate)) {
            reasons.add(ReviewMessage.of(
                    "review.notRated.newMember", admissionDate, rules.minimumMonthsSinceAdmission(), ratedFrom));
        }
        return reasons;
    }

    private static void knockOuts(MemberReviewFacts facts, ReviewRules rules, List<RatingLimit> limits) {
        for (KnockOut knockOut : KnockOut.values()) {
            if (!rules.knockOuts().contains(knockOut)) {
                continue;
            }
            String key = "review.limit.knockOut." + knockOut.name();
            switch (knockOut) {
                case DEGRADATION -> {
                    if (facts.degradationFinding()) {
                        limits.add(limit(RatingLevel.NOT_COMPLETED, key));
                    }
                }
                case TARGETS_NOT_MET -> {
                    Integer achieved = facts.targetsAchievedPercent();
                    if (achieved != null && achieved < rules.minimumTargetsPercent()) {
                        limits.add(limit(RatingLevel.NOT_COMPLETED, key, achieved, rules.minimumTargetsPercent()));
                    }
                }
                case CIVIL_SERVICE_NOT_COMPLETED -> {
                    if (facts.civilServiceNotCompleted()) {
                        limits.add(limit(RatingLevel.NOT_COMPLETED, key));
                    }
                }
                case DISCIPLINED -> {
                    for (LocalDate decision : facts.disciplineDecisionsInYear()) {
                        limits.add(limit(RatingLevel.NOT_COMPLETED, key, decision));
                    }
                }
                case FORBIDDEN_CONDUCT -> {
                    if (facts.forbiddenConduct()) {
                        limits.add(limit(RatingLevel.NOT_COMPLETED, key));
                    }
                }
                case EXAMPLE_DUTY_BREACHED -> {
                    if (facts.exampleDutyBreached()) {
                        limits.add(limit(RatingLevel.NOT_COMPLETED, key));
                    }
                }
                case CRITERION_POOR -> {
                    if (facts.criterionRatedPoor()) {
                        limits.add(limit(RatingLevel.NOT_COMPLETED, key));
                    }
                }
            }
        }
    }

    // QĐ 366 Điều 11: ≥ 90 excellent, 70 to < 90 good, 50 to < 70 completed, < 50 not completed. Without a score no
    // level above Không hoàn thành can be shown to be earned.
    private static void scoreBand(BigDecimal score, ReviewRules rules, List<RatingLimit> limits) {
        if (score == null) {
            limits.add(limit(RatingLevel.NOT_COMPLETED, "review.limit.scoreMissing", rules.maxScore()));
            return;
        }
        RatingLevel band = rules.band(score);
        switch (band) {
            case EXCELLENT -> {}
            case GOOD ->
                limits.add(limit(band, "review.limit.score.GOOD", score, rules.goodFrom(), rules.excellentFrom()));
            case COMPLETED ->
                limits.add(limit(band, "review.limit.score.COMPLETED", score, rules.completedFrom(), rules.goodFrom()));
            case NOT_COMPLETED ->
                limits.add(limit(band, "review.limit.score.NOT_COMPLETED", score, rules.completedFrom()));
        }
    }

    // QĐ 366 Điều 11: excellence needs every task on time, at least 30% exceeded and every earlier shortcoming
    // remedied; Hoàn thành tốt needs every task on time.
    private static void taskConditions(TaskResults tasks, ReviewRules rules, List<RatingLimit> limits) {
        boolean excellenceConditions =
                rules.excellentTasksExceededPercent() != null || rules.excellenceNeedsShortcomingsRemedied();
        if (!excellenceConditions && !rules.goodNeedsAllTasksOnTime()) {
            return;
        }
        RatingLevel withoutOnTime = rules.goodNeedsAllTasksOnTime() ? RatingLevel.COMPLETED : RatingLevel.GOOD;
        if (tasks == null) {
            limits.add(limit(withoutOnTime, "review.limit.tasksNotRecorded"));
            return;
        }
        if (!tasks.allOnTime()) {
            limits.add(limit(withoutOnTime, "review.limit.tasksLate"));
        }
        Integer exceededNeeded = rules.excellentTasksExceededPercent();
        if (exceededNeeded != null && tasks.exceededPercent() < exceededNeeded) {
            limits.add(limit(RatingLevel.GOOD, "review.limit.tasksExceeded", tasks.exceededPercent(), exceededNeeded));
        }
        if (rules.excellenceNeedsShortcomingsRemedied() && !tasks.shortcomingsRemedied()) {
            limits.add(limit(RatingLevel.GOOD, "review.limit.shortcomings"));
        }
    }

    private static RatingLimit limit(RatingLevel level, String key, Object... arguments) {
        return new RatingLimit(level, ReviewMessage.of(key, arguments));
    }
}
