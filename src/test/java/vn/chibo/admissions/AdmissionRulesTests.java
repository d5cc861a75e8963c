package vn.chibo.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The figures of the admission rules at their edges. */
class AdmissionRulesTests {

    @Test
    void twoThirdsOfTheOfficialMembersRoundedUp() {
        assertThat(AdmissionRules.passes(5, 4)).isTrue();
        assertThat(AdmissionRules.passes(5, 3)).isFalse();
        assertThat(AdmissionRules.passes(6, 4)).isTrue();
        assertThat(AdmissionRules.passes(9, 5)).isFalse();
        assertThat(AdmissionRules.passes(9, 6)).isTrue();
        assertThat(AdmissionRules.needed(5)).isEqualTo(4);
        assertThat(AdmissionRules.needed(6)).isEqualTo(4);
        assertThat(AdmissionRules.needed(7)).isEqualTo(5);
        assertThat(AdmissionRules.needed(1)).isEqualTo(1);
        for (int n = 1; n <= 40; n++) {
            int needed = AdmissionRules.needed(n);
            assertThat(AdmissionRules.passes(n, needed))
                    .as("%d of %d", needed, n)
                    .isTrue();
            assertThat(AdmissionRules.passes(n, needed - 1))
                    .as("%d of %d", needed - 1, n)
                    .isFalse();
        }
    }

    @Test
    void theAgeCountsInWholeMonths() {
        LocalDate birth = LocalDate.of(2008, 3, 15);
        assertThat(AdmissionRules.underAge(birth, LocalDate.of(2026, 3, 14))).isTrue();
        assertThat(AdmissionRules.underAge(birth, LocalDate.of(2026, 3, 15))).isFalse();
        LocalDate older = LocalDate.of(1966, 3, 15);
        assertThat(AdmissionRules.aboveAge(older, LocalDate.of(2026, 4, 14))).isFalse();
        assertThat(AdmissionRules.aboveAge(older, LocalDate.of(2026, 4, 15))).isTrue();
        assertThat(AdmissionRules.youthAge(LocalDate.of(1996, 5, 1), LocalDate.of(2026, 5, 1)))
                .isTrue();
        assertThat(AdmissionRules.youthAge(LocalDate.of(1996, 5, 1), LocalDate.of(2026, 6, 1)))
                .isFalse();
    }

    @Test
    void theIntroducerHasWorkedWithHerTwelveMonths() {
        LocalDate introduced = LocalDate.of(2026, 6, 10);
        assertThat(AdmissionRules.introducerLongEnough(LocalDate.of(2025, 6, 10), introduced))
                .isTrue();
        assertThat(AdmissionRules.introducerLongEnough(LocalDate.of(2025, 6, 11), introduced))
                .isFalse();
    }

    @Test
    void theDeadlinesCountWorkingDaysWithoutHolidays() {
        // From Friday 24/4/2026: 30/4 and 1/5 are holidays, so 30 working days end two days later than without them.
        LocalDate decision = LocalDate.of(2026, 4, 24);
        LocalDate due = AdmissionRules.ceremonyDue(decision);
        assertThat(due.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        long weekdays = decision.datesUntil(due.plusDays(1))
                .skip(1)
                .filter(d -> d.getDayOfWeek().getValue() <= 5)
                .count();
        assertThat(weekdays).isGreaterThan(30);
        assertThat(AdmissionRules.decisionDue(decision)).isAfter(due);
    }
}
