package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.Target;

/** A year's figure held to a target in its direction and unit, and a year without a figure left without a verdict. */
class TargetAssessmentTests {

    private static Target target(Target.Comparator comparator, String threshold, Target.Unit unit, boolean yearly) {
        return new Target(
                "Chỉ tiêu",
                comparator,
                threshold == null ? null : new BigDecimal(threshold),
                unit,
                "đảng viên",
                yearly,
                unit == Target.Unit.PERCENT
                        ? Target.Measure.MEMBERS_GOOD_OR_BETTER
                        : Target.Measure.MEMBERS_NOT_COMPLETED);
    }

    private static TargetYear figure(Long count, String percent, Long sinceTermStart) {
        return new TargetYear(
                2025,
                LocalDate.of(2025, 12, 31),
                count,
                20L,
                percent == null ? null : new BigDecimal(percent),
                sinceTermStart,
                null,
                TargetAssessment.NO_DATA);
    }

    @Test
    void atLeastIsReachedAtTheThresholdAndAtMostAboveItIsNot() {
        Target atLeast = target(Target.Comparator.AT_LEAST, "90", Target.Unit.PERCENT, true);
        assertThat(TargetStatistics.assessed(atLeast, figure(18L, "90.00", null))
                        .assessment())
                .isEqualTo(TargetAssessment.REACHED);
        assertThat(TargetStatistics.assessed(atLeast, figure(17L, "89.99", null))
                        .assessment())
                .isEqualTo(TargetAssessment.NOT_REACHED);

        Target atMost = target(Target.Comparator.AT_MOST, "1", Target.Unit.COUNT, true);
        assertThat(TargetStatistics.assessed(atMost, figure(1L, "5.00", null)).assessment())
                .isEqualTo(TargetAssessment.REACHED);
        assertThat(TargetStatistics.assessed(atMost, figure(2L, "10.00", null)).assessment())
                .isEqualTo(TargetAssessment.NOT_REACHED);

        Target exactly = target(Target.Comparator.EQUAL, "0", Target.Unit.COUNT, true);
        assertThat(TargetStatistics.assessed(exactly, figure(0L, null, null)).assessment())
                .isEqualTo(TargetAssessment.REACHED);
        assertThat(TargetStatistics.assessed(exactly, figure(1L, null, null)).assessment())
                .isEqualTo(TargetAssessment.NOT_REACHED);
    }

    @Test
    void aCountOverTheTermIsHeldToTheCountSinceItsStartAndATargetWithoutANumberIsNotAssessed() {
        Target term = target(Target.Comparator.AT_LEAST, "5", Target.Unit.COUNT, false);
        TargetYear year = TargetStatistics.assessed(term, figure(2L, null, 6L));
        assertThat(year.compared()).isEqualByComparingTo("6");
        assertThat(year.assessment()).isEqualTo(TargetAssessment.REACHED);

        Target none = target(Target.Comparator.NONE, null, Target.Unit.COUNT, true);
        assertThat(TargetStatistics.assessed(none, figure(0L, null, null)).assessment())
                .isEqualTo(TargetAssessment.NOT_ASSESSED);
    }

    @Test
    void aYearWithoutAFigureStaysWithoutOneNeverZero() {
        Target atMost = target(Target.Comparator.AT_MOST, "0", Target.Unit.COUNT, true);
        TargetYear none = TargetStatistics.assessed(atMost, TargetYear.noData(2026, LocalDate.of(2026, 12, 6)));
        assertThat(none.assessment()).isEqualTo(TargetAssessment.NO_DATA);
        assertThat(none.count()).isNull();
        assertThat(none.compared()).isNull();
    }

    @Test
    void sharesAreWrittenTheVietnameseWay() {
        assertThat(StatisticsFormat.share(1715, 3286)).isEqualTo("52,19 %");
        assertThat(StatisticsFormat.share(3, 0)).isEmpty();
        assertThat(StatisticsFormat.decimalOrInteger(new BigDecimal("40"))).isEqualTo("40");
        assertThat(StatisticsFormat.decimalOrInteger(new BigDecimal("2.5"))).isEqualTo("2,5");
    }
}
