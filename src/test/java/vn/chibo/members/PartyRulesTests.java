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
    void theBadgeListTakesMilestonesUpToTheAwardDateUntilTheBadgeIsPresented() {
        LocalDate admitted = LocalDate.of(1996, 3, 1);
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2026, 2, 3), 0))
                .isEmpty();
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2026, 5, 19), 0))
                .contains(30);
        // Not presented in 2026: still on the list a year later; presented: off it.
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2027, 5, 19), 0))
                .contains(30);
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2027, 5, 19), 30))
                .isEmpty();
    }

    @Test
    void aMilestoneReachedAfterTheLastAwardDateOfTheYearIsListedAtTheNextOne() {
        // Issue 18, item 3: 30 years on 20/11/2026, after the award of 07/11/2026. The old list (1 January of the award
        // year to the award date) never showed her; she is on the list of 03/02/2027 and stays until presented.
        LocalDate admitted = LocalDate.of(1996, 11, 20);
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2026, 11, 7), 0))
                .isEmpty();
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2027, 2, 3), 0))
                .contains(30);
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2027, 5, 19), 0))
                .contains(30);
        // Forty years later, with the 30-year badge presented and the 40 never: the 40-year badge.
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, LocalDate.of(2037, 2, 3), 30))
                .contains(40);
    }

    @Test
    void seriouslyIllMembersMayReceiveBadgesEarly() {
        // 30 years on 01/3/2027: up to 12 months early for 30–65 years.
        LocalDate admitted = LocalDate.of(1997, 3, 1);
        LocalDate award = LocalDate.of(2026, 9, 2);
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.NORMAL, null, award, 0))
                .isEmpty();
        assertThat(PartyBadges.dueAt(admitted, 0, PartyBadges.Condition.SERIOUSLY_ILL, null, award, 0))
                .contains(30);
        // 70 years on 01/3/2028: up to 24 months early.
        LocalDate old = LocalDate.of(1958, 3, 1);
        assertThat(PartyBadges.dueAt(old, 0, PartyBadges.Condition.SERIOUSLY_ILL, null, award, 65))
                .contains(70);
        assertThat(PartyBadges.monthsEarly(65, PartyBadges.Condition.SERIOUSLY_ILL))
                .isEqualTo(12);
        assertThat(PartyBadges.monthsEarly(70, PartyBadges.Condition.SERIOUSLY_ILL))
                .isEqualTo(24);
        assertThat(PartyBadges.monthsEarly(70, PartyBadges.Condition.DECEASED)).isEqualTo(12);
    }

    @Test
    void workingDaysSkipWeekendsAndThePublicHolidaysOfTheYear() {
        // 2026 (data by year): Friday 28/8 + 1 working day is Thursday 3/9: 31/8 (swapped), 1/9 and 2/9 are days off.
        assertThat(WorkingDays.add(LocalDate.of(2026, 8, 28), 1)).isEqualTo(LocalDate.of(2026, 9, 3));
        // Tết Bính Ngọ: from Friday 13/2/2026 the next working day is Monday 23/2 (16–20/2 are Tết).
        assertThat(WorkingDays.add(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        // Giỗ Tổ 2026 falls on Sunday 26/4: Monday 27/4 is off; 30/4 and 1/5 too.
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(WorkingDays.add(LocalDate.of(2026, 4, 24), 3)).isEqualTo(LocalDate.of(2026, 5, 4));
        // Tết 2025 (25/1–2/2): Friday 24/1 + 1 is Monday 3/2.
        assertThat(WorkingDays.add(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        // A year not yet in the data keeps the fixed solar holidays only.
        assertThat(WorkingDays.holidaysKnown(2026)).isTrue();
        assertThat(WorkingDays.holidaysKnown(2031)).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2031, 9, 2))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2031, 2, 3))).isTrue();
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
    void theCommitteesSixtyWorkingDaysRunFromTheBranchsResolution() {
        // Issue 18, item 5: probation ends Tuesday 02/6/2026; the branch resolves early, on Friday 05/6/2026. The
        // committee decides within 60 working days of 05/6 (28/8/2026), not of the branch's last day (14/7/2026 + 60).
        LocalDate ceremony = LocalDate.of(2025, 6, 2);
        LocalDate resolution = LocalDate.of(2026, 6, 5);
        Recognition r = Recognition.of(ceremony, resolution, LocalDate.of(2026, 6, 10));
        assertThat(r.branchResolution()).isEqualTo(resolution);
        assertThat(r.committeeDeadline()).isEqualTo(WorkingDays.add(resolution, 60));
        assertThat(r.committeeDeadline()).isEqualTo(LocalDate.of(2026, 8, 28));
        assertThat(Recognition.of(ceremony, LocalDate.of(2026, 6, 10)).committeeDeadline())
                .isAfter(r.committeeDeadline());
        assertThat(r.stage()).isEqualTo(Recognition.Stage.AWAITING_DECISION);
        assertThat(Recognition.of(ceremony, resolution, LocalDate.of(2026, 8, 31))
                        .stage())
                .isEqualTo(Recognition.Stage.OVERDUE);
    }

    @Test
    void admissionAndRecognitionNeedTwoThirdsAndThreeFailedVotesGoUp() {
        MembershipRules rules = MembershipRules.on(LocalDate.of(2026, 3, 5));
        assertThat(rules.source()).isEqualTo("QĐ 294-QĐ/TW");
        // The branch: 17 official members counted; two thirds is 12 (11.33 rounded up).
        assertThat(rules.votesNeeded(17)).isEqualTo(12);
        assertThat(rules.voteShareReached(12, 17)).isTrue();
        assertThat(rules.voteShareReached(11, 17)).isFalse();
        assertThat(rules.votesNeeded(9)).isEqualTo(6);
        assertThat(MembershipRules.on(LocalDate.of(2024, 1, 1)).source()).isEqualTo("QĐ 24-QĐ/TW");
        var org = vn.chibo.organizations.OrganizationId.of(1);
        java.util.function.BiFunction<Integer, Boolean, MembershipVote> vote = (day, passed) -> new MembershipVote(
                MembershipVote.Kind.RECOGNITION,
                org,
                LocalDate.of(2026, 7, day),
                1L,
                (long) day,
                8,
                9,
                0,
                17,
                12,
                passed);
        var twoFailed = java.util.List.of(vote.apply(1, false), vote.apply(2, false));
        assertThat(MembershipVote.failedInARow(twoFailed, MembershipVote.Kind.RECOGNITION))
                .isEqualTo(2);
        assertThat(MembershipVote.referralNeeded(twoFailed, MembershipVote.Kind.RECOGNITION))
                .isFalse();
        var threeFailed = java.util.List.of(vote.apply(1, false), vote.apply(2, false), vote.apply(3, false));
        assertThat(MembershipVote.referralNeeded(threeFailed, MembershipVote.Kind.RECOGNITION))
                .isTrue();
        var passedLast = java.util.List.of(vote.apply(1, false), vote.apply(2, false), vote.apply(3, true));
        assertThat(MembershipVote.referralNeeded(passedLast, MembershipVote.Kind.RECOGNITION))
                .isFalse();
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
