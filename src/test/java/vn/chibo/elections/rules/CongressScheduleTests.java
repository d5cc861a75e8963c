package vn.chibo.elections.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CongressScheduleTests {

    static final ElectionRules R = ElectionRules.QD_190;
    static final LocalDate TERM_END = LocalDate.of(2027, 11, 30);

    @Test
    void theOpeningDateIsAnnouncedThirtyWorkingDaysAhead() {
        LocalDate opening = LocalDate.of(2027, 11, 20);
        // Thirty working days before Saturday 20/11/2027 is Friday 08/10/2027 (six whole weeks back).
        assertThat(CongressSchedule.warnings(R, LocalDate.of(2027, 10, 8), opening, TERM_END, true, false))
                .isEmpty();
        assertThat(CongressSchedule.warnings(R, LocalDate.of(2027, 10, 12), opening, TERM_END, true, false))
                .containsExactly("congress.warning.shortNotice");
    }

    @Test
    void aBranchMayHoldItsCongressSixMonthsEarlyOrLateWithConsent() {
        assertThat(CongressSchedule.warnings(R, null, LocalDate.of(2027, 6, 1), TERM_END, true, false))
                .isEmpty();
        assertThat(CongressSchedule.warnings(R, null, LocalDate.of(2027, 5, 29), TERM_END, true, false))
                .containsExactly("congress.warning.beyondMargin");
        assertThat(CongressSchedule.warnings(R, null, LocalDate.of(2028, 2, 1), TERM_END, true, false))
                .containsExactly("congress.warning.lateWithoutConsent");
        assertThat(CongressSchedule.warnings(R, null, LocalDate.of(2028, 2, 1), TERM_END, true, true))
                .isEmpty();
        // Other levels: the margin is a parameter (a year, from memory).
        assertThat(CongressSchedule.warnings(R, null, LocalDate.of(2027, 1, 1), TERM_END, false, false))
                .isEmpty();
    }
}
