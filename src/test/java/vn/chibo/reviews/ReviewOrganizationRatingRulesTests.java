package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rating of a Party organization's year under each rule set, with review dates either side of 30/8/2025 (QĐ 366-QĐ/TW
 * in force): the knock-outs, the 20% of late tasks, the conditions of excellence, the score bands, and the excellence
 * cap of collectives.
 */
class ReviewOrganizationRatingRulesTests {

    /** The last day under QĐ 124. */
    static final LocalDate BEFORE_366 = LocalDate.of(2025, 8, 29);

    /** The first day under QĐ 366. */
    static final LocalDate FROM_366 = LocalDate.of(2025, 8, 30);

    /** An organization's clean year: every task on time, 40% exceeded, every target reached and shortcoming remedied. */
    static Year clean() {
        return new Year();
    }

    static final class Year {
        Integer onTime = 100;
        Integer exceeded = 40;
        Integer targets = 100;
        Integer remedied = 100;
        boolean disciplined;
        boolean subordinate;
        Integer subordinates;
        boolean leadership;
        boolean disunity;
        boolean corruption;
        BigDecimal score = BigDecimal.valueOf(93);

        OrganizationRatingFacts facts() {
            return new OrganizationRatingFacts(
                    onTime,
                    exceeded,
                    targets,
                    remedied,
                    disciplined,
                    subordinate,
                    subordinates,
                    leadership,
                    disunity,
                    corruption,
                    score);
        }

        OrganizationAssessment on(LocalDate date) {
            return OrganizationRatingRules.on(date).assess(facts());
        }

        RatingLevel highestOn(LocalDate date) {
            return on(date).highest();
        }
    }

    @Test
    void theReviewDatePicksTheRuleSet() {
        assertThat(OrganizationRatingRules.on(BEFORE_366)).isEqualTo(OrganizationRatingRules.QD_124);
        assertThat(OrganizationRatingRules.on(FROM_366)).isEqualTo(OrganizationRatingRules.QD_366);
        assertThat(OrganizationRatingRules.QD_124.scored()).isFalse();
        assertThat(OrganizationRatingRules.QD_366.maxScore()).isEqualTo(100);
    }

    @Test
    void underBothRuleSetsACommitteeWaitsForTheOrganizationsUnderItAndSaysTheOrderIsUnverified() {
        for (OrganizationRatingRules rules : OrganizationRatingRules.all()) {
            assertThat(rules.subordinatesDecidedFirst()).as(rules.regulation()).isTrue();
            // HD 21-HD/BTCTW: an organization set up less than 6 months before is not rated, so not waited for.
            assertThat(rules.minimumMonthsSinceFounding())
                    .as(rules.regulation())
                    .isEqualTo(6);
            // party-rules §3.4 gives the order from memory: the pages flag it.
            assertThat(rules.isFromMemory(OrganizationRatingRules.Parameter.SUBORDINATES_FIRST))
                    .as(rules.regulation())
                    .isTrue();
        }
    }

    @Test
    void aCleanYearMayBeExcellentUnderBothRuleSets() {
        assertThat(clean().highestOn(BEFORE_366)).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(clean().highestOn(FROM_366)).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(clean().on(FROM_366).limits()).isEmpty();
    }

    @Test
    void underQd366ExcellenceNeedsThirtyPercentExceededAndEveryShortcomingRemedied() {
        Year exceeded29 = clean();
        exceeded29.exceeded = 29;
        assertThat(exceeded29.highestOn(FROM_366)).isEqualTo(RatingLevel.GOOD);
        assertThat(exceeded29.on(FROM_366).check(RatingLevel.EXCELLENT))
                .extracting(ReviewMessage::messageKey)
                .containsExactly("review.org.limit.exceeded");
        // QĐ 124 set no share of exceeded tasks.
        assertThat(exceeded29.highestOn(BEFORE_366)).isEqualTo(RatingLevel.EXCELLENT);

        Year exceeded30 = clean();
        exceeded30.exceeded = 30;
        assertThat(exceeded30.highestOn(FROM_366)).isEqualTo(RatingLevel.EXCELLENT);

        Year remedied99 = clean();
        remedied99.remedied = 99;
        assertThat(remedied99.highestOn(FROM_366)).isEqualTo(RatingLevel.GOOD);
        assertThat(remedied99.highestOn(BEFORE_366)).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void aDisciplinedSubordinateUnitOrLeadershipMemberBarsExcellenceUnderBothRuleSets() {
        Year subordinate = clean();
        subordinate.subordinate = true;
        subordinate.subordinates = 10;
        Year leadership = clean();
        leadership.leadership = true;
        for (LocalDate date : List.of(BEFORE_366, FROM_366)) {
            assertThat(subordinate.highestOn(date)).as("%s", date).isEqualTo(RatingLevel.GOOD);
            assertThat(leadership.highestOn(date)).as("%s", date).isEqualTo(RatingLevel.GOOD);
        }
    }

    @Test
    void lateTasksLowerTheLevelAndMoreThanTwentyPercentLateIsNotCompleted() {
        Year ninetyNine = clean();
        ninetyNine.onTime = 99;
        Year eighty = clean();
        eighty.onTime = 80;
        Year seventyNine = clean();
        seventyNine.onTime = 79;
        for (LocalDate date : List.of(BEFORE_366, FROM_366)) {
            assertThat(ninetyNine.highestOn(date)).as("%s", date).isEqualTo(RatingLevel.COMPLETED);
            assertThat(eighty.highestOn(date)).as("%s", date).isEqualTo(RatingLevel.COMPLETED);
            assertThat(seventyNine.highestOn(date)).as("%s", date).isEqualTo(RatingLevel.NOT_COMPLETED);
        }
        assertThat(seventyNine.on(FROM_366).limits())
                .extracting(l -> l.reason().messageKey())
                .containsExactly("review.org.limit.tasksLate");
        assertThat(seventyNine.on(FROM_366).limits().get(0).reason().arguments())
                .containsExactly(21, 20);
    }

    @Test
    void theKnockOutsOfACollectiveForceNotCompletedUnderBothRuleSets() {
        List<Year> knockOuts = new ArrayList<>();
        Year disciplined = clean();
        disciplined.disciplined = true;
        knockOuts.add(disciplined);
        Year subordinates21 = clean();
        subordinates21.subordinate = true;
        subordinates21.subordinates = 21;
        knockOuts.add(subordinates21);
        Year disunity = clean();
        disunity.disunity = true;
        knockOuts.add(disunity);
        Year corruption = clean();
        corruption.corruption = true;
        knockOuts.add(corruption);
        Year targets49 = clean();
        targets49.targets = 49;
        knockOuts.add(targets49);
        for (LocalDate date : List.of(BEFORE_366, FROM_366)) {
            for (Year year : knockOuts) {
                assertThat(year.highestOn(date)).as("%s %s", date, year.facts()).isEqualTo(RatingLevel.NOT_COMPLETED);
            }
        }
        // Exactly 20% of subordinate units disciplined and exactly half of the targets are not knock-outs.
        Year subordinates20 = clean();
        subordinates20.subordinate = true;
        subordinates20.subordinates = 20;
        assertThat(subordinates20.highestOn(FROM_366)).isEqualTo(RatingLevel.GOOD);
        Year targets50 = clean();
        targets50.targets = 50;
        assertThat(targets50.highestOn(FROM_366)).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void underQd366TheScoreBandsApplyAndAMissingScoreShowsNoLevel() {
        Year good = clean();
        good.score = new BigDecimal("89.99");
        assertThat(good.highestOn(FROM_366)).isEqualTo(RatingLevel.GOOD);
        Year completed = clean();
        completed.score = BigDecimal.valueOf(69);
        assertThat(completed.highestOn(FROM_366)).isEqualTo(RatingLevel.COMPLETED);
        Year failed = clean();
        failed.score = BigDecimal.valueOf(49);
        assertThat(failed.highestOn(FROM_366)).isEqualTo(RatingLevel.NOT_COMPLETED);
        Year unscored = clean();
        unscored.score = null;
        assertThat(unscored.highestOn(FROM_366)).isEqualTo(RatingLevel.NOT_COMPLETED);
        // QĐ 124 had no point scale: the score plays no part.
        assertThat(failed.highestOn(BEFORE_366)).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(unscored.highestOn(BEFORE_366)).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void unrecordedSharesShowNoLevelTheyWouldAllow() {
        OrganizationAssessment nothing = OrganizationRatingRules.QD_366.assess(OrganizationRatingFacts.NONE);
        assertThat(nothing.highest()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(nothing.limits())
                .extracting(l -> l.reason().messageKey())
                .contains("review.org.limit.tasksNotRecorded", "review.org.limit.targetsNotRecorded");
        Year noExceeded = clean();
        noExceeded.exceeded = null;
        assertThat(noExceeded.highestOn(FROM_366)).isEqualTo(RatingLevel.GOOD);
        assertThat(noExceeded.highestOn(BEFORE_366)).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void aLevelBelowTheHighestIsAllowedAndOneAboveIsRefusedWithItsReasons() {
        Year late = clean();
        late.onTime = 90;
        OrganizationAssessment assessment = late.on(FROM_366);
        assertThat(assessment.allows(RatingLevel.COMPLETED)).isTrue();
        assertThat(assessment.allows(RatingLevel.NOT_COMPLETED)).isTrue();
        assertThat(assessment.check(RatingLevel.GOOD))
                .extracting(ReviewMessage::messageKey)
                .containsExactly("review.org.limit.tasksNotAllOnTime");
    }

    @Test
    void organizationsRatedExcellentAreAtMostTwentyPercentOfThoseRatedGoodUnlessRaised() {
        List<RatingLevel> levels = new ArrayList<>(Collections.nCopies(9, RatingLevel.GOOD));
        levels.add(RatingLevel.EXCELLENT);
        levels.add(RatingLevel.EXCELLENT);
        for (OrganizationRatingRules rules : OrganizationRatingRules.all()) {
            ExcellenceCap cap = rules.cap(levels, null);
            // 20% of 9, rounded down.
            assertThat(cap.allowed()).as(rules.regulation()).isEqualTo(1);
            assertThat(cap.exceeded()).isTrue();
            assertThat(cap.organizationsProblem())
                    .get()
                    .extracting(ReviewMessage::messageKey)
                    .isEqualTo("review.org.cap.exceeded");
        }
        ExcellenceCap raised = OrganizationRatingRules.QD_366.cap(
                levels, new ExcellenceCap.RaisedCeiling(25, "Quyết định số 45-QĐ/ĐU ngày 10/12/2025"));
        assertThat(raised.allowed()).isEqualTo(2);
        assertThat(raised.exceeded()).isFalse();
        assertThat(raised.exceptionDecision()).contains("45-QĐ/ĐU");
    }
}
