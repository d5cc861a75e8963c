package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chibo.reviews.RatingLevel.COMPLETED;
import static vn.chibo.reviews.RatingLevel.EXCELLENT;
import static vn.chibo.reviews.RatingLevel.GOOD;
import static vn.chibo.reviews.RatingLevel.NOT_COMPLETED;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.reviews.ExcellenceCap.RaisedCeiling;
import vn.chibo.reviews.ReviewRules.CapBase;

class ReviewExcellenceCapTests {

    static List<RatingLevel> proposed(int excellent, int good, int completed, int notCompleted) {
        List<RatingLevel> levels = new ArrayList<>();
        levels.addAll(java.util.Collections.nCopies(excellent, EXCELLENT));
        levels.addAll(java.util.Collections.nCopies(good, GOOD));
        levels.addAll(java.util.Collections.nCopies(completed, COMPLETED));
        levels.addAll(java.util.Collections.nCopies(notCompleted, NOT_COMPLETED));
        return levels;
    }

    @Test
    void seventeenGoodAllowThreeExcellentBecause3Point4RoundsDown() {
        ExcellenceCap three = ExcellenceCap.of(proposed(3, 17, 5, 1), ReviewRules.QD_366);
        assertThat(three.baseCount()).isEqualTo(17);
        assertThat(three.percent()).isEqualTo(20);
        assertThat(three.allowed()).isEqualTo(3);
        assertThat(three.proposed()).isEqualTo(3);
        assertThat(three.exceeded()).isFalse();
        assertThat(three.excess()).isZero();
        assertThat(three.problem()).isEmpty();

        ExcellenceCap four = ExcellenceCap.of(proposed(4, 17, 5, 1), ReviewRules.QD_366);
        assertThat(four.exceeded()).isTrue();
        assertThat(four.excess()).isEqualTo(1);
        assertThat(four.problem()).contains(ReviewMessage.of("review.cap.exceeded", 4, 3, 20, 17, 1));
    }

    @Test
    void fourGoodAllowNoExcellentAndFiveAllowOne() {
        ExcellenceCap four = ExcellenceCap.of(proposed(1, 4, 0, 0), ReviewRules.QD_124);
        assertThat(four.allowed()).isZero();
        assertThat(four.excess()).isEqualTo(1);
        assertThat(ExcellenceCap.of(proposed(1, 5, 0, 0), ReviewRules.QD_124).exceeded())
                .isFalse();
        assertThat(ExcellenceCap.of(List.of(), ReviewRules.QD_366).allowed()).isZero();
    }

    @Test
    void theBaseIsTheGoodCountUnlessALocalityCountsGoodOrBetter() {
        // 15 good + 3 excellent: 20% of 18 is 3.6, so 3 (and 20% of 15 is 3).
        ExcellenceCap goodOrBetter =
                ExcellenceCap.of(proposed(3, 15, 2, 0), ReviewRules.QD_366.with(CapBase.GOOD_OR_BETTER));
        assertThat(goodOrBetter.base()).isEqualTo(CapBase.GOOD_OR_BETTER);
        assertThat(goodOrBetter.baseCount()).isEqualTo(18);
        assertThat(goodOrBetter.allowed()).isEqualTo(3);
        // 14 good + 4 excellent: 2 on the good count (2.8), 3 on good or better (3.6).
        assertThat(ExcellenceCap.of(proposed(4, 14, 0, 0), ReviewRules.QD_366).allowed())
                .isEqualTo(2);
        assertThat(ExcellenceCap.of(proposed(4, 14, 0, 0), ReviewRules.QD_366.with(CapBase.GOOD_OR_BETTER))
                        .allowed())
                .isEqualTo(3);
    }

    @Test
    void anExceptionRaisesTheCeilingToItsRecordedPercentage() {
        RaisedCeiling exception = new RaisedCeiling(25, "Quyết định 12-QĐ/ĐU ngày 10/12/2025");
        ExcellenceCap raised = ExcellenceCap.of(proposed(4, 17, 0, 0), ReviewRules.QD_366, exception);
        assertThat(raised.percent()).isEqualTo(25);
        assertThat(raised.allowed()).isEqualTo(4); // 4.25
        assertThat(raised.exceeded()).isFalse();
        assertThat(raised.exceptionDecision()).isEqualTo("Quyết định 12-QĐ/ĐU ngày 10/12/2025");
        assertThat(ExcellenceCap.of(proposed(4, 17, 0, 0), ReviewRules.QD_366).exceptionDecision())
                .isNull();
        assertThatThrownBy(() -> new RaisedCeiling(25, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RaisedCeiling(120, "QĐ")).isInstanceOf(IllegalArgumentException.class);
    }
}
