package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.platform.InvalidInputException;

class LifeCycleTests {

    static final LocalDate ADMITTED = LocalDate.of(2020, 3, 1);
    static final LocalDate CEREMONY = LocalDate.of(2020, 3, 20);

    static MemberState probationer() {
        return LifeCycle.replay(CEREMONY, List.of(MemberEvent.of(MemberEventKind.ADMITTED, ADMITTED)));
    }

    static String refusal(MemberState state, MemberEvent event) {
        try {
            LifeCycle.apply(state, event);
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
        throw new AssertionError("accepted " + event.kind());
    }

    @Test
    void aProbationerBecomesOfficialTwelveMonthsAfterTheCeremonyAndOnlyOnce() {
        MemberState official =
                LifeCycle.apply(probationer(), MemberEvent.of(MemberEventKind.RECOGNIZED, LocalDate.of(2021, 3, 20)));
        assertThat(official.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(official.mayVote()).isTrue();
        assertThat(probationer().mayVote()).isFalse();
        assertThat(refusal(official, MemberEvent.of(MemberEventKind.RECOGNIZED, LocalDate.of(2021, 4, 1))))
                .isEqualTo("member.event.alreadyOfficial");
        assertThat(refusal(probationer(), MemberEvent.of(MemberEventKind.RECOGNIZED, LocalDate.of(2020, 3, 19))))
                .isEqualTo("member.event.officialBeforeCeremony");
        assertThat(refusal(probationer(), MemberEvent.of(MemberEventKind.RECOGNIZED, LocalDate.of(2021, 3, 19))))
                .isEqualTo("member.event.probationNotOver");
    }

    @Test
    void theOfficialDateIsTheEndOfProbationWhateverDayTheCommitteeDecides() {
        // Issue 18, item 4: ceremony 20/3/2020, probation ends 20/3/2021; the committee decides on 15/6/2021.
        MemberState official =
                LifeCycle.apply(probationer(), MemberEvent.of(MemberEventKind.RECOGNIZED, LocalDate.of(2021, 6, 15)));
        assertThat(official.officialDate()).isEqualTo(LocalDate.of(2021, 3, 20));
        assertThat(official.lastChange()).isEqualTo(LocalDate.of(2021, 6, 15));
        assertThat(LifeCycle.probationEnds(LocalDate.of(2020, 3, 20))).isEqualTo(LocalDate.of(2021, 3, 20));
    }

    @Test
    void beingProsecutedIsAStandingThatTakesTheVoteAwayUntilItEnds() {
        MemberState official =
                LifeCycle.apply(probationer(), MemberEvent.of(MemberEventKind.RECOGNIZED, LocalDate.of(2021, 3, 20)));
        MemberState held =
                LifeCycle.apply(official, MemberEvent.of(MemberEventKind.PROSECUTED, LocalDate.of(2022, 1, 10)));
        assertThat(held.activity()).isEqualTo(ActivityState.PROSECUTED);
        assertThat(held.mayVote()).isFalse();
        assertThat(refusal(held, MemberEvent.of(MemberEventKind.PROSECUTED, LocalDate.of(2022, 2, 1))))
                .isEqualTo("member.event.alreadyProsecuted");
        assertThat(refusal(official, MemberEvent.of(MemberEventKind.PROSECUTION_ENDED, LocalDate.of(2022, 2, 1))))
                .isEqualTo("member.event.activity.ACTIVE");
        MemberState released =
                LifeCycle.apply(held, MemberEvent.of(MemberEventKind.PROSECUTION_ENDED, LocalDate.of(2022, 6, 1)));
        assertThat(released.activity()).isEqualTo(ActivityState.ACTIVE);
        assertThat(released.mayVote()).isTrue();
    }

    @Test
    void nothingFollowsDeathAndADeadMemberIsNotTransferred() {
        MemberState dead =
                LifeCycle.apply(probationer(), MemberEvent.of(MemberEventKind.DIED, LocalDate.of(2022, 1, 1)));
        assertThat(dead.status()).isEqualTo(MemberStatus.DECEASED);
        assertThat(refusal(dead, MemberEvent.of(MemberEventKind.TRANSFERRED, LocalDate.of(2022, 2, 1))))
                .isEqualTo("member.event.deceased");
    }

    @Test
    void aChangeMayNotPrecedeThePreviousOne() {
        assertThat(refusal(probationer(), MemberEvent.of(MemberEventKind.EXEMPTED, LocalDate.of(2019, 1, 1))))
                .isEqualTo("member.event.beforePrevious");
    }

    @Test
    void exemptionAndSuspensionAreStatesThatEnd() {
        MemberState exempt =
                LifeCycle.apply(probationer(), MemberEvent.of(MemberEventKind.EXEMPTED, LocalDate.of(2021, 1, 1)));
        assertThat(exempt.activity()).isEqualTo(ActivityState.EXEMPT);
        assertThat(refusal(exempt, MemberEvent.of(MemberEventKind.SUSPENSION_ENDED, LocalDate.of(2021, 2, 1))))
                .isEqualTo("member.event.activity.EXEMPT");
        MemberState back =
                LifeCycle.apply(exempt, MemberEvent.of(MemberEventKind.EXEMPTION_ENDED, LocalDate.of(2021, 6, 1)));
        assertThat(back.activity()).isEqualTo(ActivityState.ACTIVE);
    }

    @Test
    void temporaryTransfersLastThreeMonthsToUnderAYearOrTwoYearsOfStudy() {
        LocalDate from = LocalDate.of(2021, 1, 1);
        MemberEvent work = MemberEvent.of(MemberEventKind.TEMPORARY_TRANSFER_OUT, from);
        assertThat(refusal(probationer(), work.until(from.plusMonths(2)))).isEqualTo("member.event.temporaryTooShort");
        assertThat(refusal(probationer(), work.until(from.plusYears(1)))).isEqualTo("member.event.temporaryTooLong");
        assertThat(LifeCycle.apply(probationer(), work.until(from.plusMonths(11)))
                        .activity())
                .isEqualTo(ActivityState.TEMPORARILY_AWAY);
        MemberEvent study = MemberEvent.of(MemberEventKind.TEMPORARY_TRANSFER_OUT_FOR_STUDY, from);
        assertThat(LifeCycle.apply(probationer(), study.until(from.plusYears(2)))
                        .activity())
                .isEqualTo(ActivityState.TEMPORARILY_AWAY);
        assertThat(refusal(probationer(), study.until(from.plusYears(2).plusDays(1))))
                .isEqualTo("member.event.studyTooLong");
    }

    @Test
    void aTransferOutsideChiboLeavesTheListAndTheHistoryStays() {
        MemberEvent out = new MemberEvent(
                0,
                MemberEventKind.TRANSFERRED,
                LocalDate.of(2021, 5, 1),
                null,
                null,
                null,
                null,
                null,
                "Tỉnh khác",
                null,
                null);
        MemberState gone = LifeCycle.apply(probationer(), out);
        assertThat(gone.status()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
        assertThat(LifeCycle.apply(gone, MemberEvent.of(MemberEventKind.TRANSFERRED_IN, LocalDate.of(2022, 1, 1)))
                        .status())
                .isEqualTo(MemberStatus.PROBATIONARY);
    }

    @Test
    void timeOutOfThePartyIsCountedOnReadmissionButNotOnReinstatement() {
        MemberState removed = LifeCycle.apply(
                probationer(), MemberEvent.of(MemberEventKind.REMOVED_FROM_LIST, LocalDate.of(2021, 1, 1)));
        MemberState readmitted =
                LifeCycle.apply(removed, MemberEvent.of(MemberEventKind.READMITTED, LocalDate.of(2021, 1, 31)));
        assertThat(readmitted.daysOut()).isEqualTo(30);
        assertThat(readmitted.status()).isEqualTo(MemberStatus.PROBATIONARY);
        MemberState reinstated =
                LifeCycle.apply(removed, MemberEvent.of(MemberEventKind.REINSTATED, LocalDate.of(2021, 6, 1)));
        assertThat(reinstated.daysOut()).isZero();
        assertThat(reinstated.outSince()).isNull();
    }

    @Test
    void anArrivalFromOutsideStartsTheRecordHereButAMemberOnTheListCannotArriveFromInside() {
        MemberEvent fromOutside = new MemberEvent(
                0,
                MemberEventKind.TRANSFERRED_IN,
                LocalDate.of(2022, 5, 1),
                null,
                null,
                null,
                null,
                null,
                "Chi bộ Trường Tiểu học Sông Cầu",
                null,
                null);
        MemberState arrived = LifeCycle.apply(probationer(), fromOutside);
        assertThat(arrived.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(arrived.activity()).isEqualTo(ActivityState.ACTIVE);
        assertThat(refusal(probationer(), MemberEvent.of(MemberEventKind.TRANSFERRED_IN, LocalDate.of(2022, 5, 1))))
                .isNotBlank();
    }
}
