package vn.chibo.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.platform.ChiboClock;

/**
 * The dates of the demo data, worked out from the day it is loaded, so that the demo is valid whatever that day is:
 * what lies in the past is held and recorded, what lies ahead is planned, and nothing that happened is dated after
 * today. Every date-relative piece of the demo takes its dates from here; {@code DemoCalendarTests} checks them for
 * every day of whole years.
 */
final class DemoCalendar {

    /** The day of the month of the committee meeting before the branch meeting. */
    static final int COMMITTEE_DAY = 2;
    /** The day of the month of the regular branch meeting. */
    static final int MEETING_DAY = 5;
    /** The day of December of the annual review conference. */
    static final int REVIEW_DAY = 20;

    private final Clock clock;
    private final LocalDate today;

    DemoCalendar(Clock clock) {
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    LocalDate today() {
        return today;
    }

    Instant now() {
        return clock.instant();
    }

    /** A meeting of the demo year of a branch, held (and recorded) if its day is before today, else planned. */
    record DemoMeeting(MeetingKind kind, LocalDate day, boolean thematic, boolean held) {}

    /**
     * A year of a branch's meetings around today: from the month eleven months back to the next month, the committee
     * meeting on the 2nd, the branch meeting on the 5th (thematic in the last month of each quarter), and in December
     * the review conference on the 20th.
     */
    List<DemoMeeting> meetings() {
        List<DemoMeeting> result = new ArrayList<>();
        YearMonth first = YearMonth.from(today).minusMonths(11);
        for (int i = 0; i < 13; i++) {
            YearMonth month = first.plusMonths(i);
            boolean thematic = month.getMonthValue() % 3 == 0;
            result.add(meeting(MeetingKind.COMMITTEE, month.atDay(COMMITTEE_DAY), false));
            result.add(
                    meeting(thematic ? MeetingKind.COMBINED : MeetingKind.REGULAR, month.atDay(MEETING_DAY), thematic));
            if (month.getMonthValue() == 12) {
                result.add(meeting(MeetingKind.REVIEW_CONFERENCE, month.atDay(REVIEW_DAY), false));
            }
        }
        return result;
    }

    /**
     * The months of the year under review (that of {@link #lastReviewConference}) before {@link #meetings} begins,
     * in the same pattern, all held: so that one branch's year-end self-assessment reads a whole year of meetings.
     */
    List<DemoMeeting> reviewedYearBefore() {
        List<DemoMeeting> result = new ArrayList<>();
        YearMonth first = YearMonth.of(lastReviewConference().getYear(), 1);
        YearMonth begins = YearMonth.from(today).minusMonths(11);
        for (YearMonth month = first; month.isBefore(begins); month = month.plusMonths(1)) {
            boolean thematic = month.getMonthValue() % 3 == 0;
            result.add(meeting(MeetingKind.COMMITTEE, month.atDay(COMMITTEE_DAY), false));
            result.add(
                    meeting(thematic ? MeetingKind.COMBINED : MeetingKind.REGULAR, month.atDay(MEETING_DAY), thematic));
            if (month.getMonthValue() == 12) {
                result.add(meeting(MeetingKind.REVIEW_CONFERENCE, month.atDay(REVIEW_DAY), false));
            }
        }
        return result;
    }

    private DemoMeeting meeting(MeetingKind kind, LocalDate day, boolean thematic) {
        return new DemoMeeting(kind, day, thematic, day.isBefore(today));
    }

    /**
     * The last annual review conference held before today: this year's on 20 December once that day has passed, else
     * last year's. Its year is the year under review.
     */
    LocalDate lastReviewConference() {
        LocalDate thisYear = LocalDate.of(today.getYear(), 12, REVIEW_DAY);
        return thisYear.isBefore(today) ? thisYear : thisYear.minusYears(1);
    }

    /**
     * The day the units' staff were last counted: the opening of the current school year (5 September), this year's
     * once it has come, else last year's.
     */
    LocalDate staffCountDate() {
        LocalDate opening = LocalDate.of(today.getYear(), 9, 5);
        return opening.isAfter(today) ? opening.minusYears(1) : opening;
    }

    /**
     * The start of the term running today, in a series of terms of {@code months} that began on {@code first}: the
     * first itself until it has run its course, then the one that followed it, and so on.
     */
    LocalDate termStart(LocalDate first, int months) {
        LocalDate start = first;
        while (!start.plusMonths(months).isAfter(today)) {
            start = start.plusMonths(months);
        }
        return start;
    }

    /** The dates of a generated member; {@code recognition} is null while her probation has not ended by today. */
    record MemberDates(LocalDate birth, LocalDate admission, LocalDate ceremony, LocalDate recognition) {}

    /**
     * A generated member's dates, or null when the draws give no valid member (admitted before 18).
     *
     * @param age her age in years today
     * @param birthShift days (0–364) between her birthday and today
     * @param monthsSinceAdmission for a recent admission, how many months ago (else null: admitted as an adult at
     *     {@code admissionAge})
     * @param admissionAge her age at admission, in years
     * @param admissionShift days after that birthday
     * @param ceremonyDelay days from the admission decision to the ceremony
     */
    MemberDates member(
            int age,
            int birthShift,
            Integer monthsSinceAdmission,
            int admissionAge,
            int admissionShift,
            int ceremonyDelay) {
        LocalDate birth = today.minusYears(age).minusDays(birthShift);
        LocalDate admission = monthsSinceAdmission != null
                ? today.minusMonths(monthsSinceAdmission)
                : birth.plusYears(Math.min(age - 1, admissionAge)).plusDays(admissionShift);
        // Admitted at least 40 days ago, so that the ceremony lies in the past too.
        if (admission.isAfter(today.minusDays(40))) {
            admission = today.minusDays(40);
        }
        if (admission.isBefore(birth.plusYears(18))) {
            return null;
        }
        LocalDate ceremony = admission.plusDays(ceremonyDelay);
        if (ceremony.isAfter(today)) {
            ceremony = today;
        }
        // Điều lệ Đảng Điều 5: twelve months of probation from the ceremony; official on the day they end.
        LocalDate recognition = ceremony.plusMonths(12);
        return new MemberDates(birth, admission, ceremony, recognition.isAfter(today) ? null : recognition);
    }

    /**
     * The opening day of the congress that opened the term starting on {@code termStart}: the day before it (the new
     * committee takes office at once and its term runs from the next day). Always before today, since the term runs.
     */
    LocalDate congressBefore(LocalDate termStart) {
        return termStart.minusDays(1);
    }

    /**
     * The opening day of the congress to come for the term after the one ending on {@code termEnd} (exclusive): two
     * weeks before, or as late as it must be to lie after today.
     */
    LocalDate upcomingCongress(LocalDate termEnd) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, termEnd);
        return termEnd.minusDays(Math.max(0, Math.min(14, days - 1)));
    }

    /** The day a congress's opening date was announced: 60 days ahead, over the 30 working days of the rule with Tết. */
    LocalDate announcement(LocalDate opening) {
        return opening.minusDays(60);
    }

    /** When a demo article appeared: the given number of days and minutes before now. */
    Instant published(int daysAgo, int minutesEarlier) {
        return ZonedDateTime.ofInstant(clock.instant(), ChiboClock.ZONE)
                .minusDays(daysAgo)
                .minusMinutes(minutesEarlier)
                .toInstant();
    }

    /** The first day of the demo's visitor statistics (the last is yesterday). */
    LocalDate firstVisitDay() {
        return today.minusDays(40);
    }

    LocalDate lastVisitDay() {
        return today.minusDays(1);
    }
}
