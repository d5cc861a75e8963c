package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.platform.ChiboClock;

/**
 * The demo's dates on every day of two whole years (2027, and 2028 with its 29 February): a year of meetings with the
 * past held and the future planned, members whose dates are in order and never after today, articles and visits in the
 * past. The real loading on a few of these days is {@link DemoOnEdgeDatesIntegrationTests}.
 */
class DemoCalendarTests {

    /** Every day of 2027 and of the leap year 2028, 31 December 2026 included. */
    static List<LocalDate> everyDay() {
        return LocalDate.of(2026, 12, 31).datesUntil(LocalDate.of(2029, 1, 1)).toList();
    }

    static DemoCalendar on(LocalDate day, LocalTime time) {
        Instant instant = day.atTime(time).atZone(ChiboClock.ZONE).toInstant();
        return new DemoCalendar(Clock.fixed(instant, ChiboClock.ZONE));
    }

    @Test
    void everyDayHasAYearOfMeetingsHeldBeforeTodayAndPlannedFromToday() {
        assertThat(everyDay())
                .contains(LocalDate.of(2028, 2, 29), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        everyDay().forEach(DemoCalendarTests::everyDayHasAYearOfMeetingsHeldBeforeTodayAndPlannedFromTodayOn);
    }

    private static void everyDayHasAYearOfMeetingsHeldBeforeTodayAndPlannedFromTodayOn(LocalDate today) {
        for (LocalTime time : List.of(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59))) {
            DemoCalendar calendar = on(today, time);
            assertThat(calendar.today()).isEqualTo(today);
            List<DemoCalendar.DemoMeeting> meetings = calendar.meetings();
            SoftAssertions soft = new SoftAssertions();
            for (DemoCalendar.DemoMeeting m : meetings) {
                soft.assertThat(m.held())
                        .as("%s on %s seen on %s", m.kind(), m.day(), today)
                        .isEqualTo(m.day().isBefore(today));
            }
            List<DemoCalendar.DemoMeeting> branchMeetings = meetings.stream()
                    .filter(m -> m.kind() == MeetingKind.REGULAR || m.kind() == MeetingKind.COMBINED)
                    .toList();
            // One branch meeting a month over thirteen months: at least eleven behind us, at least one ahead.
            soft.assertThat(branchMeetings).hasSize(13);
            soft.assertThat(branchMeetings.stream().filter(DemoCalendar.DemoMeeting::held))
                    .hasSizeGreaterThanOrEqualTo(11);
            soft.assertThat(branchMeetings.stream().filter(m -> !m.held())).isNotEmpty();
            soft.assertThat(meetings.stream().map(m -> m.kind() + " " + m.day()).distinct())
                    .hasSameSizeAs(meetings);
            // A thematic meeting in each quarter of the past year.
            soft.assertThat(branchMeetings.stream()
                            .filter(m -> m.thematic() && m.held() && m.day().isAfter(today.minusYears(1))))
                    .hasSizeGreaterThanOrEqualTo(3);
            soft.assertThat(branchMeetings.stream()
                            .filter(DemoCalendar.DemoMeeting::thematic)
                            .allMatch(m -> m.kind() == MeetingKind.COMBINED))
                    .isTrue();
            // The review conference of December: held once the 20th is past, planned before.
            meetings.stream()
                    .filter(m -> m.kind() == MeetingKind.REVIEW_CONFERENCE)
                    .forEach(m -> soft.assertThat(m.day().getMonth()).isEqualTo(Month.DECEMBER));
            soft.assertThat(meetings.stream().filter(m -> m.kind() == MeetingKind.REVIEW_CONFERENCE))
                    .hasSizeBetween(1, 2);
            soft.assertThat(meetings.get(0).day())
                    .isAfterOrEqualTo(YearMonth.from(today).minusMonths(11).atDay(1));
            soft.assertAll();
        }
    }

    @Test
    void everyDayGivesMembersWhoseDatesAreInOrderAndNotInTheFuture() {
        assertThat(everyDay())
                .contains(LocalDate.of(2028, 2, 29), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        everyDay().forEach(DemoCalendarTests::everyDayGivesMembersWhoseDatesAreInOrderAndNotInTheFutureOn);
    }

    private static void everyDayGivesMembersWhoseDatesAreInOrderAndNotInTheFutureOn(LocalDate today) {
        DemoCalendar calendar = on(today, LocalTime.NOON);
        Random random = new Random(today.toEpochDay());
        SoftAssertions soft = new SoftAssertions();
        int valid = 0;
        for (int i = 0; i < 200; i++) {
            int age = 24 + random.nextInt(39);
            DemoCalendar.MemberDates d = calendar.member(
                    age,
                    random.nextInt(365),
                    i % 5 == 1 ? 2 + random.nextInt(13) : null,
                    21 + random.nextInt(15),
                    random.nextInt(201),
                    7 + random.nextInt(19));
            if (d == null) {
                continue;
            }
            valid++;
            soft.assertThat(d.admission()).isAfterOrEqualTo(d.birth().plusYears(18));
            soft.assertThat(d.admission()).isBeforeOrEqualTo(today.minusDays(40));
            soft.assertThat(d.ceremony()).isAfterOrEqualTo(d.admission()).isBeforeOrEqualTo(today);
            LocalDate probationEnds = d.ceremony().plusMonths(12);
            if (probationEnds.isAfter(today)) {
                soft.assertThat(d.recognition())
                        .as("still probationary on %s", today)
                        .isNull();
            } else {
                soft.assertThat(d.recognition()).isEqualTo(probationEnds);
            }
        }
        soft.assertThat(valid).isGreaterThan(150);
        // The demo's own member is a valid one whatever the day.
        soft.assertThat(calendar.member(38, 120, null, 26, 27, 14)).isNotNull();
        soft.assertAll();
    }

    @Test
    void everyDayPutsTheStaffCountArticlesAndVisitsInThePast() {
        assertThat(everyDay())
                .contains(LocalDate.of(2028, 2, 29), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        everyDay().forEach(DemoCalendarTests::everyDayPutsTheStaffCountArticlesAndVisitsInThePastOn);
    }

    private static void everyDayPutsTheStaffCountArticlesAndVisitsInThePastOn(LocalDate today) {
        DemoCalendar calendar = on(today, LocalTime.of(0, 30));
        assertThat(calendar.staffCountDate())
                .isBeforeOrEqualTo(today)
                .isAfter(today.minusYears(1))
                .matches(d -> d.getMonth() == Month.SEPTEMBER && d.getDayOfMonth() == 5);
        assertThat(calendar.published(0, 599)).isBefore(calendar.now());
        assertThat(calendar.published(30, 0)).isBefore(calendar.now());
        assertThat(calendar.lastVisitDay()).isBefore(today);
        assertThat(calendar.lastReviewConference())
                .isBefore(today)
                .isAfterOrEqualTo(today.minusYears(1))
                .matches(d -> d.getMonth() == Month.DECEMBER && d.getDayOfMonth() == DemoCalendar.REVIEW_DAY);
        assertThat(calendar.firstVisitDay()).isBefore(calendar.lastVisitDay());
    }

    @Test
    void theCurrentTermIsTheOneRunningTodayInTheSeriesOfTerms() {
        LocalDate first = LocalDate.of(2025, 5, 14);
        assertThat(on(LocalDate.of(2026, 12, 6), LocalTime.NOON).termStart(first, 30))
                .isEqualTo(first);
        assertThat(on(LocalDate.of(2027, 11, 13), LocalTime.NOON).termStart(first, 30))
                .isEqualTo(first);
        assertThat(on(LocalDate.of(2027, 11, 14), LocalTime.NOON).termStart(first, 30))
                .isEqualTo(LocalDate.of(2027, 11, 14));
        assertThat(on(LocalDate.of(2031, 1, 1), LocalTime.NOON).termStart(first, 30))
                .isEqualTo(LocalDate.of(2030, 5, 14));
        everyDay().forEach(today -> assertThat(on(today, LocalTime.NOON).termStart(first, 30))
                .isBeforeOrEqualTo(today)
                .isAfter(today.minusMonths(30)));
    }

    @Test
    void theDayThatOnceStoppedTheDemoPlansTheReviewConferenceInsteadOfHoldingIt() {
        DemoCalendar calendar = on(LocalDate.of(2026, 12, 6), LocalTime.of(10, 0));
        assertThat(calendar.meetings())
                .filteredOn(m -> m.kind() == MeetingKind.REVIEW_CONFERENCE)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.day()).isEqualTo(LocalDate.of(2026, 12, 20));
                    assertThat(m.held()).isFalse();
                });
        assertThat(on(LocalDate.of(2026, 12, 21), LocalTime.of(10, 0)).meetings())
                .filteredOn(m -> m.kind() == MeetingKind.REVIEW_CONFERENCE)
                .singleElement()
                .satisfies(m -> assertThat(m.held()).isTrue());
    }

    /** A series of terms: the first current one and the length of each. */
    record TermSeries(LocalDate first, int months) {}

    @Test
    void everyDayHasHeldCongressesBeforeTodayAndAnUpcomingOneAfterIt() {
        for (LocalDate today : everyDay()) {
            DemoCalendar calendar = on(today, LocalTime.NOON);
            SoftAssertions soft = new SoftAssertions();
            // The branches' 2.5-year terms and the sector's 5-year term, as DemoData lays them out.
            for (var series : List.of(
                    new LocalDate[] {LocalDate.of(2025, 5, 14), null},
                    new LocalDate[] {LocalDate.of(2025, 6, 12), null})) {
                int months = series[0].getMonthValue() == 5 ? 30 : 60;
                LocalDate start = calendar.termStart(series[0], months);
                LocalDate end = start.plusMonths(months);
                LocalDate held = calendar.congressBefore(start);
                soft.assertThat(held)
                        .as("congress of the term from %s, seen on %s", start, today)
                        .isBefore(today);
                soft.assertThat(calendar.announcement(held)).isBefore(held);
                // 30 working days are six weeks without holidays; 60 days leave room for Tết and the other holidays.
                soft.assertThat(vn.chibo.members.WorkingDays.add(calendar.announcement(held), 30))
                        .isBeforeOrEqualTo(held);
                LocalDate upcoming = calendar.upcomingCongress(end);
                soft.assertThat(upcoming)
                        .as("upcoming congress for the term ending %s, seen on %s", end, today)
                        .isAfter(today);
                soft.assertThat(upcoming).isBeforeOrEqualTo(end);
                soft.assertThat(upcoming).isAfterOrEqualTo(end.minusDays(14));
            }
            soft.assertAll();
        }
    }
}
