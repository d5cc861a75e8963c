package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The year under review that pages fall back to when no year has data, on every day of three years. */
class ReviewDatesTests {

    static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(23, 30).toInstant(ZoneOffset.ofHours(7)), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void theYearUnderReviewIsThisYearFromOctoberAndLastYearBefore() {
        assertThat(ReviewDates.currentReviewYear(on(LocalDate.of(2026, 12, 6)))).isEqualTo(2026);
        assertThat(ReviewDates.currentReviewYear(on(LocalDate.of(2027, 1, 1)))).isEqualTo(2026);
        assertThat(ReviewDates.currentReviewYear(on(LocalDate.of(2027, 9, 30)))).isEqualTo(2026);
        assertThat(ReviewDates.currentReviewYear(on(LocalDate.of(2027, 10, 1)))).isEqualTo(2027);
        assertThat(ReviewDates.currentReviewYear(on(LocalDate.of(2028, 2, 29)))).isEqualTo(2027);
    }

    @Test
    void onEveryDayAReviewOfTheYearUnderReviewCouldBeOpenedThatDayOrHasBeenHeld() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2029; day = day.plusDays(1)) {
            int year = ReviewDates.currentReviewYear(on(day));
            // The review of a year is held in its last months or early in the next: the year under review is this
            // year or last year, never a year whose review cannot be dated on or before today.
            assertThat(year).as(day.toString()).isBetween(day.getYear() - 1, day.getYear());
            LocalDate earliestConference = LocalDate.of(year, ReviewDates.REVIEW_SEASON_FROM_MONTH, 1);
            assertThat(earliestConference).as(day.toString()).isBeforeOrEqualTo(day);
        }
    }
}
