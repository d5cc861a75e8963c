package vn.chibo.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.chibo.platform.InvalidInputException;

/** The checks every review's year and date pass, for members' rounds and organizations' ratings alike. */
final class ReviewDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The month from which the year itself is the one under review: the guidance of each cycle comes out in October
     * and November and the conferences are held in November and December (party-rules §3.4; the 2025 cycle: HD 43 on
     * 31/10/2025, CV 10072 on 06/11/2025). Before it, the review last held or still to finish is the previous year's.
     */
    static final int REVIEW_SEASON_FROM_MONTH = 10;

    private ReviewDates() {}

    /**
     * The year under review as of today by the application's clock: this year from October on, else last year (whose
     * review is held in its last months or early in the next).
     */
    static int currentReviewYear(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() >= REVIEW_SEASON_FROM_MONTH ? today.getYear() : today.getYear() - 1;
    }

    /**
     * The year and the review's date as sent: both required, the date in the year or the next (the review of a year
     * is held in its last months or early in the next), not before the earliest rules ChiBo knows, and not after today
     * by the application's clock (a conference not yet held has no roster and no rules).
     */
    static void check(Integer year, LocalDate date, Clock clock) {
        if (year == null) {
            throw new InvalidInputException("year", "validation.required");
        }
        if (year < 1930 || year > 2100) {
            throw new InvalidInputException("year", "reviews.range", 1930, 2100);
        }
        if (date == null) {
            throw new InvalidInputException("reviewDate", "validation.required");
        }
        if (date.getYear() != year && date.getYear() != year + 1) {
            throw new InvalidInputException("reviewDate", "reviews.reviewDate.outsideYear", year, year + 1);
        }
        if (date.isBefore(ReviewRules.QD_124.effectiveFrom())) {
            throw new InvalidInputException(
                    "reviewDate", "reviews.reviewDate.beforeRules", ReviewRules.QD_124.regulation());
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new InvalidInputException("reviewDate", "reviews.reviewDate.future", today.format(DATE));
        }
    }
}
