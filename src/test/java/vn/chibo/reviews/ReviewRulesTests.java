package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chibo.reviews.ReviewRules.CapBase;
import vn.chibo.reviews.ReviewRules.Parameter;

class ReviewRulesTests {

    @Test
    void aReviewIsHeldToTheRulesInForceOnItsDate() {
        assertThat(ReviewRules.on(LocalDate.of(2025, 8, 29))).isSameAs(ReviewRules.QD_124);
        assertThat(ReviewRules.on(LocalDate.of(2025, 8, 30))).isSameAs(ReviewRules.QD_366);
        assertThat(ReviewRules.on(LocalDate.of(2023, 10, 4))).isSameAs(ReviewRules.QD_124);
        // The 2024 review (December 2024) under QĐ 124, the 2025 review (December 2025) under QĐ 366.
        assertThat(ReviewRules.on(LocalDate.of(2024, 12, 16)).regulation()).isEqualTo("QĐ 124-QĐ/TW");
        assertThat(ReviewRules.on(LocalDate.of(2025, 12, 15)).guidance()).isEqualTo("HD 43-HD/BTCTW");
        // Before QĐ 124 ChiBo knows no other set and uses the earliest.
        assertThat(ReviewRules.on(LocalDate.of(2019, 12, 20))).isSameAs(ReviewRules.QD_124);
        assertThat(ReviewRules.all()).containsExactly(ReviewRules.QD_124, ReviewRules.QD_366);
    }

    @Test
    void qd124HasNoPointScaleAndQd366ScoresOutOfAHundred() {
        ReviewRules old = ReviewRules.QD_124;
        assertThat(old.scored()).isFalse();
        assertThat(old.maxScore()).isNull();
        assertThat(old.excellentFrom()).isNull();
        assertThat(old.goodFrom()).isNull();
        assertThat(old.completedFrom()).isNull();
        assertThatThrownBy(() -> old.band(BigDecimal.TEN)).isInstanceOf(IllegalStateException.class);

        ReviewRules current = ReviewRules.QD_366;
        assertThat(current.scored()).isTrue();
        assertThat(current.maxScore()).isEqualTo(100);
        assertThat(current.excellentFrom()).isEqualTo(90);
        assertThat(current.goodFrom()).isEqualTo(70);
        assertThat(current.completedFrom()).isEqualTo(50);
        assertThat(current.excellentTasksExceededPercent()).isEqualTo(30);
    }

    @ParameterizedTest
    @CsvSource({
        "0, NOT_COMPLETED",
        "49, NOT_COMPLETED",
        "49.99, NOT_COMPLETED",
        "50, COMPLETED",
        "69, COMPLETED",
        "69.5, COMPLETED",
        "70, GOOD",
        "89, GOOD",
        "89.75, GOOD",
        "90, EXCELLENT",
        "100, EXCELLENT"
    })
    void aScoreFallsInItsBand(String score, RatingLevel band) {
        assertThat(ReviewRules.QD_366.band(new BigDecimal(score))).isEqualTo(band);
    }

    @Test
    void aScoreOutsideTheScaleIsRefused() {
        assertThatThrownBy(() -> ReviewRules.QD_366.band(new BigDecimal("100.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewRules.QD_366.band(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothRuleSetsShareTheCapTheExclusionsAndTheKnockOuts() {
        for (ReviewRules rules : ReviewRules.all()) {
            assertThat(rules.excellenceCapPercent()).isEqualTo(20);
            assertThat(rules.excellenceCapBase()).isEqualTo(CapBase.GOOD_ONLY);
            assertThat(rules.minimumMonthsSinceAdmission()).isEqualTo(6);
            assertThat(rules.sickLeaveMonthsBarringGood()).isEqualTo(3);
            assertThat(rules.minimumTargetsPercent()).isEqualTo(50);
            assertThat(rules.knockOuts()).isEqualTo(EnumSet.allOf(KnockOut.class));
        }
    }

    @Test
    void parametersRecalledFromMemoryOrUnverifiedAreFlaggedSoThatThePagesCanSaySo() {
        // HD 21's sick-leave cap is unverified under HD 43 (and HD 25); the scope of the cap is unverified in both.
        assertThat(ReviewRules.QD_366.isFromMemory(Parameter.SICK_LEAVE_MONTHS)).isTrue();
        assertThat(ReviewRules.QD_124.isFromMemory(Parameter.SICK_LEAVE_MONTHS)).isTrue();
        assertThat(ReviewRules.QD_366.isFromMemory(Parameter.EXCELLENCE_CAP_SCOPE))
                .isTrue();
        // QĐ 124 Điều 5 is sourced; HD 43's restatement is not.
        assertThat(ReviewRules.QD_124.isFromMemory(Parameter.ADMISSION_MONTHS)).isFalse();
        assertThat(ReviewRules.QD_366.isFromMemory(Parameter.ADMISSION_MONTHS)).isTrue();
        // The knock-outs are sourced for QĐ 124 and carried over to QĐ 366 by analogy.
        assertThat(ReviewRules.QD_124.isFromMemory(Parameter.KNOCK_OUTS)).isFalse();
        assertThat(ReviewRules.QD_366.isFromMemory(Parameter.KNOCK_OUTS)).isTrue();
        assertThat(ReviewRules.QD_124.isFromMemory(Parameter.CRITERION_POOR)).isTrue();
    }

    @Test
    void aLocalityMayCountTheCapOnGoodOrBetterAndNothingElseChanges() {
        ReviewRules local = ReviewRules.QD_366.with(CapBase.GOOD_OR_BETTER);
        assertThat(local.excellenceCapBase()).isEqualTo(CapBase.GOOD_OR_BETTER);
        assertThat(local.with(CapBase.GOOD_ONLY)).isEqualTo(ReviewRules.QD_366);
    }

    @Test
    void scoreThresholdsComeAllTogetherAndInOrder() {
        assertThatThrownBy(() -> new ReviewRules(
                        "x",
                        "y",
                        LocalDate.of(2025, 1, 1),
                        100,
                        90,
                        null,
                        50,
                        null,
                        false,
                        false,
                        20,
                        CapBase.GOOD_ONLY,
                        6,
                        3,
                        50,
                        Set.of(),
                        Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewRules(
                        "x",
                        "y",
                        LocalDate.of(2025, 1, 1),
                        100,
                        70,
                        90,
                        50,
                        null,
                        false,
                        false,
                        20,
                        CapBase.GOOD_ONLY,
                        6,
                        3,
                        50,
                        Set.of(),
                        Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
