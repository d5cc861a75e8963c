package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.reviews.ReviewFixtures.REVIEW_2024;
import static vn.chibo.reviews.ReviewFixtures.REVIEW_2025;
import static vn.chibo.reviews.ReviewFixtures.lan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chibo.reviews.MemberReviewFacts.Suspension;
import vn.chibo.reviews.MemberReviewFacts.TaskResults;

class ReviewMemberRatingTests {

    @Test
    void aCleanYearAllowsExcellenceUnderBothRuleSets() {
        RatingAssessment current = lan().assessedOn(REVIEW_2025);
        assertThat(current.rules()).isSameAs(ReviewRules.QD_366);
        assertThat(current.rated()).isTrue();
        assertThat(current.reviewed()).isTrue();
        assertThat(current.highest()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(current.limits()).isEmpty();
        assertThat(current.check(RatingLevel.EXCELLENT)).isEmpty();

        RatingAssessment old = lan().year(2024).score(null).tasks(null).assessedOn(REVIEW_2024);
        assertThat(old.rules()).isSameAs(ReviewRules.QD_124);
        assertThat(old.highest()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @ParameterizedTest
    @CsvSource({
        "49, NOT_COMPLETED, review.limit.score.NOT_COMPLETED",
        "50, COMPLETED, review.limit.score.COMPLETED",
        "69, COMPLETED, review.limit.score.COMPLETED",
        "70, GOOD, review.limit.score.GOOD",
        "89, GOOD, review.limit.score.GOOD",
        "89.5, GOOD, review.limit.score.GOOD"
    })
    void underQd366TheScoreBandIsTheHighestLevel(String score, RatingLevel highest, String reason) {
        RatingAssessment assessment = lan().score(score).assessedOn(REVIEW_2025);
        assertThat(assessment.highest()).isEqualTo(highest);
        assertThat(assessment.allows(highest)).isTrue();
        assertThat(assessment.check(RatingLevel.EXCELLENT))
                .extracting(ReviewMessage::messageKey)
                .containsExactly(reason);
    }

    @Test
    void ninetyPointsAllowExcellenceAndTheReasonNamesTheScoreAndItsBand() {
        assertThat(lan().score("90").assessedOn(REVIEW_2025).highest()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(lan().score("89").assessedOn(REVIEW_2025).check(RatingLevel.EXCELLENT))
                .containsExactly(ReviewMessage.of("review.limit.score.GOOD", new BigDecimal("89"), 70, 90));
        assertThat(lan().score("49").assessedOn(REVIEW_2025).check(RatingLevel.COMPLETED))
                .containsExactly(ReviewMessage.of("review.limit.score.NOT_COMPLETED", new BigDecimal("49"), 50));
    }

    @Test
    void underQd366AMemberWithoutAScoreCannotBeShownToHaveCompletedHerTasks() {
        RatingAssessment assessment = lan().score(null).assessedOn(REVIEW_2025);
        assertThat(assessment.highest()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(assessment.check(RatingLevel.COMPLETED))
                .containsExactly(ReviewMessage.of("review.limit.scoreMissing", 100));
    }

    @Test
    void underQd124TheLevelIsProposedNotScoredAndAScoreIsNotUsed() {
        RatingAssessment assessment = lan().year(2024).score("40").assessedOn(REVIEW_2024);
        assertThat(assessment.highest()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(assessment.notes()).containsExactly(ReviewMessage.of("review.note.scoreNotUsed", "QĐ 124-QĐ/TW"));
    }

    @Test
    void theRuleSetIsChosenByTheReviewDate() {
        // The same year without a score: allowed excellence on 29/08/2025 (QĐ 124), not on 30/08/2025 (QĐ 366).
        ReviewFixtures.MemberYear unscored = lan().score(null);
        assertThat(unscored.assessedOn(LocalDate.of(2025, 8, 29)).highest()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(unscored.assessedOn(LocalDate.of(2025, 8, 30)).highest()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(lan().score("75").assessedOn(LocalDate.of(2025, 8, 29)).highest())
                .isEqualTo(RatingLevel.EXCELLENT);
        assertThat(lan().score("75").assessedOn(LocalDate.of(2025, 8, 30)).highest())
                .isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void aMemberAdmittedLessThanSixMonthsBeforeTheReviewDoesTheReviewButIsNotRated() {
        LocalDate admitted = LocalDate.of(2025, 6, 15);
        RatingAssessment dayBefore = lan().admitted(admitted).assessedOn(LocalDate.of(2025, 12, 14));
        assertThat(dayBefore.rated()).isFalse();
        assertThat(dayBefore.reviewed()).isTrue();
        assertThat(dayBefore.highest()).isNull();
        assertThat(dayBefore.notRatedReasons())
                .containsExactly(
                        ReviewMessage.of("review.notRated.newMember", admitted, 6, LocalDate.of(2025, 12, 15)));
        assertThat(dayBefore.check(RatingLevel.COMPLETED)).isEqualTo(dayBefore.notRatedReasons());

        RatingAssessment onTheDay = lan().admitted(admitted).assessedOn(LocalDate.of(2025, 12, 15));
        assertThat(onTheDay.rated()).isTrue();
        assertThat(onTheDay.highest()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void exemptAndSuspendedMembersAreNeitherReviewedNorRated() {
        RatingAssessment exempt = lan().exempt().assessedOn(REVIEW_2025);
        assertThat(exempt.rated()).isFalse();
        assertThat(exempt.reviewed()).isFalse();
        assertThat(exempt.notRatedReasons()).containsExactly(ReviewMessage.of("review.notRated.exempt"));
        assertThat(exempt.check(RatingLevel.NOT_COMPLETED)).containsExactly(ReviewMessage.of("review.notRated.exempt"));

        RatingAssessment suspended =
                lan().suspended(Suspension.FROM_PARTY_ACTIVITIES).assessedOn(REVIEW_2025);
        assertThat(suspended.rated()).isFalse();
        assertThat(suspended.reviewed()).isFalse();
        assertThat(suspended.notRatedReasons()).containsExactly(ReviewMessage.of("review.notRated.suspended"));
    }

    @Test
    void aCommitteeMemberSuspendedOnlyFromCommitteeWorkIsStillRated() {
        RatingAssessment assessment =
                lan().suspended(Suspension.FROM_COMMITTEE_ONLY).assessedOn(REVIEW_2025);
        assertThat(assessment.rated()).isTrue();
        assertThat(assessment.reviewed()).isTrue();
        assertThat(assessment.highest()).isEqualTo(RatingLevel.EXCELLENT);
        // No cap of its own (party-rules §3.0, §3.3 say only "still rated"); the page tells the branch why she is
        // rated.
        assertThat(assessment.limits()).isEmpty();
        assertThat(assessment.notes()).containsExactly(ReviewMessage.of("review.note.committeeSuspension"));
        assertThat(lan().assessedOn(REVIEW_2025).notes()).isEmpty();

        // Her year's facts rate her as any member's: a discipline decision of the year is still a knock-out.
        RatingAssessment disciplined = lan().suspended(Suspension.FROM_COMMITTEE_ONLY)
                .disciplinedOn(LocalDate.of(2025, 9, 12))
                .assessedOn(REVIEW_2025);
        assertThat(disciplined.rated()).isTrue();
        assertThat(disciplined.highest()).isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    @ParameterizedTest
    @EnumSource(KnockOut.class)
    void eachKnockOutForcesNotCompletedUnderBothRuleSets(KnockOut knockOut) {
        String key = "review.limit.knockOut." + knockOut.name();
        RatingAssessment current = lan().with(knockOut).assessedOn(REVIEW_2025);
        assertThat(current.highest()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(current.check(RatingLevel.COMPLETED))
                .extracting(ReviewMessage::messageKey)
                .containsExactly(key);
        assertThat(current.allows(RatingLevel.NOT_COMPLETED)).isTrue();

        RatingAssessment old = lan().year(2024).score(null).with(knockOut).assessedOn(REVIEW_2024);
        assertThat(old.highest()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(old.check(RatingLevel.EXCELLENT))
                .extracting(ReviewMessage::messageKey)
                .containsExactly(key);
    }

    @Test
    void halfTheTargetsIsEnoughAndMembersWithoutTargetsAreNotKnockedOut() {
        assertThat(lan().targets(50).assessedOn(REVIEW_2025).highest()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(lan().targets(null).assessedOn(REVIEW_2025).highest()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(lan().targets(49).assessedOn(REVIEW_2025).check(RatingLevel.COMPLETED))
                .containsExactly(ReviewMessage.of("review.limit.knockOut.TARGETS_NOT_MET", 49, 50));
    }

    @Test
    void disciplineCountsInTheYearOfItsDecisionOnly() {
        assertThat(lan().disciplinedOn(LocalDate.of(2024, 12, 31))
                        .assessedOn(REVIEW_2025)
                        .highest())
                .isEqualTo(RatingLevel.EXCELLENT);
        assertThat(lan().disciplinedOn(LocalDate.of(2026, 1, 5))
                        .assessedOn(REVIEW_2025)
                        .highest())
                .isEqualTo(RatingLevel.EXCELLENT);
        LocalDate newYearsDay = LocalDate.of(2025, 1, 1);
        assertThat(lan().disciplinedOn(newYearsDay).assessedOn(REVIEW_2025).check(RatingLevel.COMPLETED))
                .containsExactly(ReviewMessage.of("review.limit.knockOut.DISCIPLINED", newYearsDay));
    }

    @Test
    void threeMonthsOfSickLeaveCapAtCompleted() {
        assertThat(lan().sickLeave(2).assessedOn(REVIEW_2025).highest()).isEqualTo(RatingLevel.EXCELLENT);
        RatingAssessment threeMonths = lan().sickLeave(3).assessedOn(REVIEW_2025);
        assertThat(threeMonths.highest()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(threeMonths.check(RatingLevel.GOOD))
                .containsExactly(ReviewMessage.of("review.limit.sickLeave", 3, 3));
        assertThat(threeMonths.allows(RatingLevel.COMPLETED)).isTrue();
        assertThat(lan().year(2024)
                        .score(null)
                        .sickLeave(4)
                        .assessedOn(REVIEW_2024)
                        .highest())
                .isEqualTo(RatingLevel.COMPLETED);
    }

    @Test
    void maternityLeaveIsNoSickLeaveAndDoesNotCapTheLevel() {
        RatingAssessment assessment = lan().maternityLeave().assessedOn(REVIEW_2025);
        assertThat(assessment.highest()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(assessment.notes()).containsExactly(ReviewMessage.of("review.note.maternityLeave"));
    }

    @Test
    void underQd366ExcellenceNeedsThirtyPercentExceededAndEveryShortcomingRemedied() {
        assertThat(lan().tasks(new TaskResults(true, 30, true))
                        .assessedOn(REVIEW_2025)
                        .highest())
                .isEqualTo(RatingLevel.EXCELLENT);
        RatingAssessment exceeded29 =
                lan().tasks(new TaskResults(true, 29, true)).assessedOn(REVIEW_2025);
        assertThat(exceeded29.highest()).isEqualTo(RatingLevel.GOOD);
        assertThat(exceeded29.check(RatingLevel.EXCELLENT))
                .containsExactly(ReviewMessage.of("review.limit.tasksExceeded", 29, 30));
        assertThat(lan().tasks(new TaskResults(true, 40, false))
                        .assessedOn(REVIEW_2025)
                        .check(RatingLevel.EXCELLENT))
                .containsExactly(ReviewMessage.of("review.limit.shortcomings"));
    }

    @Test
    void underQd366GoodNeedsEveryTaskOnTimeAndTheTasksRecorded() {
        RatingAssessment late = lan().tasks(new TaskResults(false, 40, true)).assessedOn(REVIEW_2025);
        assertThat(late.highest()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(late.check(RatingLevel.GOOD)).containsExactly(ReviewMessage.of("review.limit.tasksLate"));
        RatingAssessment unrecorded = lan().tasks(null).assessedOn(REVIEW_2025);
        assertThat(unrecorded.highest()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(unrecorded.check(RatingLevel.GOOD))
                .containsExactly(ReviewMessage.of("review.limit.tasksNotRecorded"));
        // QĐ 124 has no such conditions.
        assertThat(lan().year(2024)
                        .score(null)
                        .tasks(new TaskResults(false, 0, false))
                        .assessedOn(REVIEW_2024)
                        .highest())
                .isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void aProposalIsCheckedOnlyAgainstTheLimitsBelowIt() {
        RatingAssessment assessment = lan().score("75").sickLeave(3).assessedOn(REVIEW_2025);
        assertThat(assessment.highest()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(assessment.check(RatingLevel.EXCELLENT))
                .extracting(ReviewMessage::messageKey)
                .containsExactly("review.limit.sickLeave", "review.limit.score.GOOD");
        assertThat(assessment.check(RatingLevel.GOOD))
                .extracting(ReviewMessage::messageKey)
                .containsExactly("review.limit.sickLeave");
        // A lower level than the highest is the branch's to propose.
        assertThat(assessment.allows(RatingLevel.NOT_COMPLETED)).isTrue();
    }

    @Test
    void impossibleFactsAreRefused() {
        assertThatThrownBy(() -> lan().admitted(LocalDate.of(2025, 12, 20)).assessedOn(REVIEW_2025))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lan().score("101").assessedOn(REVIEW_2025))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lan().sickLeave(13).facts()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskResults(true, 101, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
