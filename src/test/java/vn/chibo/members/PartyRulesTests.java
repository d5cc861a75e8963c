package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Party age, badges, recognition deadlines and working days. */
class PartyRulesTests {

    @Test
    void partyAgeRunsFromTheAdmissionDecisionMinusTimeOut() {
        LocalDate admitted = LocalDate.of(1976, 5, 19);
        assertThat(PartyAge.years(admitted, 0, null, LocalDate.of(2026, 5, 18))).isEqualTo(49);
        assertThat(PartyAge.years(admitted, 0, null, LocalDate.of(2026, 5, 19))).isEqualTo(50);
        assertThat(PartyAge.exemptFromDues(50)).isTrue();
        assertThat(PartyAge.exemptFromDues(49)).isFalse();
        assertThat(PartyAge.years(admitted, 366, null, LocalDate.of(2026, 5, 19)))
                .isEqualTo(48);
        // Out of the Party since 2000: the age stops there.
        assertThat(PartyAge.years(admitted, 0, LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1)))
                .isEqualTo(23);
    }

    @Test
    void badgeYearsAndNextBadge() {
        assertThat(PartyBadges.reached(47)).containsExactly(30, 40, 45);
        assertThat(PartyBadges.next(47)).contains(50);
        assertThat(PartyBadges.next(90)).isEmpty();
    }

    @Test
    void theBadgeListTakesMilestonesOfTheYearUpToTheAwardDate() {
        LocalDate admitted = LocalDate.of(1996, 3, 1);
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2026, 2, 3)))
                .isEmpty();
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2026, 5, 19)))
                .contains(30);
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2027, 5, 19)))
                .isEmpty();
    }

    @Test
    void seriouslyIllMembersMayReceiveBadgesEarly() {
        // 30 years on 01/3/2027: up to 12 months early for 30–65 years.
        LocalDate admitted = LocalDate.of(1997, 3, 1);
        LocalDate award = LocalDate.of(2026, 9, 2);
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, award))
                .isEmpty();
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.SERIOUSLY_ILL, null, award))
                .contains(30);
        // 70 years on 01/3/2028: up to 24 months early.
        LocalDate old = LocalDate.of(1958, 3, 1);
        assertThat(PartyBadges.dueAt(old, 0, PartyBadges.Condition.SERIOUSLY_ILL, null, award))
                .contains(70);
        assertThat(PartyBadges.monthsEarly(65, PartyBadges.Condition.SERIOUSLY_ILL))
                .isEqualTo(12);
        assertThat(PartyBadges.monthsEarly(70, PartyBadges.Condition.SERIOUSLY_ILL))
                .isEqualTo(24);
        assertThat(PartyBadges.monthsEarly(70, PartyBadges.Condition.DECEASED)).isEqualTo(12);
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // Friday 28/8/2026 + 1 working day: Monday 31/8; + 2: Thursday 3/9 (1/9 and 2/9 are holidays).
        assertThat(WorkingDays.add(LocalDate.of(2026, 8, 28), 1)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(WorkingDays.add(LocalDate.of(2026, 8, 28), 2)).isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    void recognitionDeadlinesFollowTheCeremony() {
        LocalDate ceremony = LocalDate.of(2025, 6, 2);
        Recognition r = Recognition.of(ceremony, LocalDate.of(2026, 6, 2));
        assertThat(r.probationEnds()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(r.branchDeadline()).isEqualTo(WorkingDays.add(LocalDate.of(2026, 6, 2), 30));
        assertThat(r.branchDeadline()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(r.committeeDeadline()).isEqualTo(WorkingDays.add(r.branchDeadline(), 60));
        assertThat(r.stage()).isEqualTo(Recognition.Stage.DUE);
        assertThat(Recognition.of(ceremony, LocalDate.of(2026, 5, 10)).stage()).isEqualTo(Recognition.Stage.UPCOMING);
        assertThat(Recognition.of(ceremony, LocalDate.of(2026, 1, 1)).stage()).isEqualTo(Recognition.Stage.NOT_YET);
        assertThat(Recognition.of(ceremony, LocalDate.of(2026, 7, 15)).stage())
                .isEqualTo(Recognition.Stage.BRANCH_OVERDUE);
        assertThat(Recognition.of(ceremony, LocalDate.of(2026, 12, 31)).stage()).isEqualTo(Recognition.Stage.OVERDUE);
    }

    @Test
    void textFoldsLikeTheDatabaseAndCodesMatchLoosely() {
        assertThat(VietnameseText.fold("Nguyễn Thị  Hương")).isEqualTo("nguyen thi huong");
        assertThat(VietnameseText.fold("Đặng Đức")).isEqualTo("dang duc");
        assertThat(Ethnicities.find("ê-đê")).contains("Ê Đê");
        assertThat(Ethnicities.find("H'Mông")).contains("Mông");
        assertThat(Ethnicities.find("Martian")).isEmpty();
        assertThat(Ethnicities.NAMES).hasSize(54);
    }
}
