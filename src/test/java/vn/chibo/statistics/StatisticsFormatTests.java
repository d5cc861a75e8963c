package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.platform.InvalidInputException;

class StatisticsFormatTests {

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(StatisticsFormat.integer(1715)).isEqualTo("1.715");
        assertThat(StatisticsFormat.integer(0)).isEqualTo("0");
        assertThat(StatisticsFormat.integer(999)).isEqualTo("999");
        assertThat(StatisticsFormat.integer(5_600_000)).isEqualTo("5.600.000");
        assertThat(StatisticsFormat.percent(new BigDecimal("52.19"))).isEqualTo("52,19 %");
        assertThat(StatisticsFormat.percent(new BigDecimal("100.00"))).isEqualTo("100,00 %");
        assertThat(StatisticsFormat.percent(new BigDecimal("5.5"))).isEqualTo("5,50 %");
        assertThat(StatisticsFormat.percent(null)).isEmpty();
        assertThat(StatisticsFormat.decimal(new BigDecimal("1234.5"))).isEqualTo("1234,50");
    }

    @Test
    void theRatioIsMembersPerHundredStaffRoundedHalfUpToTwoDecimals() {
        // 1,715 members of 3,286 staff: 52.19 % (52.1911…).
        assertThat(StatisticsRow.ratio(1715, 3286)).isEqualByComparingTo("52.19");
        // 2/3 = 66.666… → 66.67; 1/8 = 12.5 → 12.50; 1/400 = 0.25.
        assertThat(StatisticsRow.ratio(2, 3)).isEqualByComparingTo("66.67");
        assertThat(StatisticsRow.ratio(1, 8)).isEqualByComparingTo("12.50");
        assertThat(StatisticsRow.ratio(1, 400)).isEqualByComparingTo("0.25");
        assertThat(StatisticsRow.ratio(1, 0)).isNull();
    }

    @Test
    void datesAreReadAsADateFieldSendsThemOrAsVietnameseWriteThem() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(StatisticsFormat.parseDate("date", "2025-03-10", today)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(StatisticsFormat.parseDate("date", "10/3/2025", today)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(StatisticsFormat.parseDate("date", " 01/12/2026 ", today)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(StatisticsFormat.parseDate("date", "", today)).isEqualTo(today);
        assertThat(StatisticsFormat.parseDate("date", null, today)).isEqualTo(today);
        assertThat(StatisticsFormat.date(LocalDate.of(2025, 3, 1))).isEqualTo("01/03/2025");
    }

    @Test
    void aMalformedDateIsRefusedNamingItsField() {
        for (String bad : new String[] {"2025-02-30", "31/02/2025", "hôm qua", "2025-13-01", "1/1"}) {
            assertThatThrownBy(() -> StatisticsFormat.parseDate("date", bad, LocalDate.of(2026, 12, 6)))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("date");
                        assertThat(e.messageKey()).isEqualTo("statistics.date.invalid");
                    });
        }
    }
}
