package vn.chibo.elections.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.AttendanceStatus;
import vn.chibo.elections.CongressKind;
import vn.chibo.elections.rules.CongressDenominator.Fact;

class CongressDenominatorTests {

    static List<Fact> present(int n) {
        return new ArrayList<>(Collections.nCopies(n, Fact.present()));
    }

    @Test
    void theWorkedExampleElevenMembersTenAttendSixVotesNeeded() {
        // party-rules §1.6: 11 official members, 10 attend; 5 of 10 votes do not elect, 6 do.
        List<Fact> withoutReason = present(10);
        withoutReason.add(Fact.absent(false));
        assertThat(CongressDenominator.of(CongressKind.MEMBERS, withoutReason)).isEqualTo(11);
        assertThat(CongressDenominator.threshold(11)).isEqualTo(6);
        List<Fact> accepted = present(10);
        accepted.add(Fact.absent(true));
        assertThat(CongressDenominator.of(CongressKind.MEMBERS, accepted)).isEqualTo(10);
        assertThat(CongressDenominator.threshold(10))
                .as("exactly half is not more than half")
                .isEqualTo(6);
    }

    @Test
    void exemptAndAwayMembersCountIfTheyAttendAndAreLeftOutIfTheyStayAway() {
        Fact exemptPresent = new Fact(AttendanceStatus.PRESENT, true, false, false, false, false);
        Fact exemptAbsent = new Fact(AttendanceStatus.ABSENT, true, false, false, false, false);
        Fact awayPartly = new Fact(AttendanceStatus.PARTLY_PRESENT, false, true, false, false, false);
        Fact awayAbsent = new Fact(AttendanceStatus.ABSENT, false, true, false, false, false);
        List<Fact> facts = present(20);
        facts.addAll(List.of(exemptPresent, exemptAbsent, awayPartly, awayAbsent));
        assertThat(CongressDenominator.of(CongressKind.MEMBERS, facts)).isEqualTo(22);
    }

    @Test
    void partlyPresentCountsAndAnAbsenceWithoutAnAcceptedReasonStillCounts() {
        List<Fact> facts = List.of(
                new Fact(AttendanceStatus.PARTLY_PRESENT, false, false, false, false, false),
                new Fact(AttendanceStatus.ABSENT, false, false, false, false, false),
                new Fact(AttendanceStatus.ABSENT, false, false, false, true, false));
        assertThat(CongressDenominator.of(CongressKind.MEMBERS, facts)).isEqualTo(2);
    }

    @Test
    void aDelegateCongressLeavesOutAbsentDelegatesAndCountsTheAlternatesInTheirSeats() {
        Fact committeeAbsent = new Fact(AttendanceStatus.ABSENT, false, false, true, true, false);
        Fact committeeAbsentReplaced = new Fact(AttendanceStatus.ABSENT, false, false, true, false, true);
        Fact committeePresent = new Fact(AttendanceStatus.PRESENT, false, false, true, false, false);
        Fact delegateReplaced = new Fact(AttendanceStatus.ABSENT, false, false, false, true, true);
        Fact delegateNotReplaced = new Fact(AttendanceStatus.ABSENT, false, false, false, true, false);
        Fact delegateNotReplacedNoReason = new Fact(AttendanceStatus.ABSENT, false, false, false, false, false);
        List<Fact> facts = present(130);
        facts.addAll(List.of(
                committeeAbsent,
                committeeAbsentReplaced,
                committeePresent,
                delegateReplaced,
                delegateNotReplaced,
                delegateNotReplacedNoReason));
        // 130 + the committee member present + the two alternates who took absent members' seats.
        assertThat(CongressDenominator.of(CongressKind.DELEGATES, facts)).isEqualTo(133);
    }

    @Test
    void aCommitteeConferenceCountsItsMembersLessThoseExcused() {
        List<Fact> facts = present(8);
        facts.add(Fact.absent(true));
        assertThat(CongressDenominator.of(CongressKind.COMMITTEE_CONFERENCE, facts))
                .isEqualTo(8);
        facts.add(Fact.absent(false));
        assertThat(CongressDenominator.of(CongressKind.COMMITTEE_CONFERENCE, facts))
                .isEqualTo(9);
        assertThat(CongressDenominator.threshold(9)).isEqualTo(5);
    }

    @Test
    void theThresholdIsMoreThanHalf() {
        assertThat(CongressDenominator.threshold(1)).isEqualTo(1);
        assertThat(CongressDenominator.threshold(2)).isEqualTo(2);
        assertThat(CongressDenominator.threshold(3)).isEqualTo(2);
        assertThat(CongressDenominator.threshold(139)).isEqualTo(70);
        assertThat(CongressDenominator.threshold(140)).isEqualTo(71);
    }
}
