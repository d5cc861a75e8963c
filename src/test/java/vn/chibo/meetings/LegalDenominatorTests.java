package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chibo.meetings.LegalDenominator.Attendance.ABSENT;
import static vn.chibo.meetings.LegalDenominator.Attendance.ABSENT_REASON_ACCEPTED;
import static vn.chibo.meetings.LegalDenominator.Attendance.PARTLY_PRESENT;
import static vn.chibo.meetings.LegalDenominator.Attendance.PRESENT;
import static vn.chibo.meetings.LegalDenominator.Attendance.REPLACED_BY_ALTERNATE;
import static vn.chibo.meetings.LegalDenominator.Electorate.BRANCH_MEETING;
import static vn.chibo.meetings.LegalDenominator.Electorate.COMMITTEE_CONFERENCE;
import static vn.chibo.meetings.LegalDenominator.Electorate.DELEGATE_CONGRESS;
import static vn.chibo.meetings.LegalDenominator.Electorate.MEMBER_CONGRESS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.meetings.LegalDenominator.Attendance;
import vn.chibo.meetings.LegalDenominator.Elector;
import vn.chibo.meetings.LegalDenominator.Standing;

class LegalDenominatorTests {

    /** Issue 18's worked example: 20 official, 3 exempt and absent, 2 absent with reasons, 15 present. */
    private static List<Elector> twentyOfficials(Attendance twoAbsentees) {
        List<Elector> electors = new ArrayList<>();
        add(electors, 15, true, Standing.ACTIVE, PRESENT);
        add(electors, 3, true, Standing.EXEMPT, ABSENT);
        add(electors, 2, true, Standing.ACTIVE, twoAbsentees);
        return electors;
    }

    @Test
    void aBranchMeetingKeepsMembersAbsentWithAReasonAndLeavesOutTheExemptAbsent() {
        LegalDenominator d = LegalDenominator.of(BRANCH_MEETING, twentyOfficials(ABSENT));
        assertThat(d.officials()).isEqualTo(20);
        assertThat(d.exemptAbsent()).isEqualTo(3);
        assertThat(d.value()).isEqualTo(17);
        assertThat(d.moreThanHalf()).isEqualTo(9);
        assertThat(d.moreThanHalfReachedBy(9)).isTrue();
        assertThat(d.moreThanHalfReachedBy(8)).isFalse();
        // Even a reason someone called "accepted" does not take a member out of a branch meeting's vote.
        assertThat(LegalDenominator.of(BRANCH_MEETING, twentyOfficials(ABSENT_REASON_ACCEPTED))
                        .value())
                .isEqualTo(17);
    }

    @Test
    void aMembersCongressAlsoLeavesOutThoseAbsentWithAReasonTheConveningCommitteeAccepted() {
        LegalDenominator congress = LegalDenominator.of(MEMBER_CONGRESS, twentyOfficials(ABSENT_REASON_ACCEPTED));
        assertThat(congress.absentForAcceptedReason()).isEqualTo(2);
        assertThat(congress.value()).isEqualTo(15);
        assertThat(congress.moreThanHalf()).isEqualTo(8);
        // Absent without an accepted reason: still in.
        assertThat(LegalDenominator.of(MEMBER_CONGRESS, twentyOfficials(ABSENT)).value())
                .isEqualTo(17);
        assertThat(LegalDenominator.of(COMMITTEE_CONFERENCE, twentyOfficials(ABSENT_REASON_ACCEPTED))
                        .value())
                .isEqualTo(15);
    }

    @Test
    void theRegulationsOwnExampleElevenOfficialsTenPresent() {
        // party-rules §1.6: 11 official members, 10 attend; 5 of 10 votes do not elect, 6 do.
        List<Elector> electors = new ArrayList<>();
        add(electors, 10, true, Standing.ACTIVE, PRESENT);
        add(electors, 1, true, Standing.ACTIVE, ABSENT);
        LegalDenominator meeting = LegalDenominator.of(BRANCH_MEETING, electors);
        assertThat(meeting.value()).isEqualTo(11);
        assertThat(meeting.moreThanHalfReachedBy(5)).isFalse();
        assertThat(meeting.moreThanHalfReachedBy(6)).isTrue();
        electors.set(10, new Elector(true, Standing.ACTIVE, ABSENT_REASON_ACCEPTED));
        LegalDenominator congress = LegalDenominator.of(MEMBER_CONGRESS, electors);
        assertThat(congress.value()).isEqualTo(10);
        assertThat(congress.moreThanHalf()).as("still 6 under QĐ 190").isEqualTo(6);
    }

    @Test
    void suspendedProsecutedAndProbationersNeverCountAndTheExemptCountWhenPresent() {
        List<Elector> electors = new ArrayList<>();
        add(electors, 6, true, Standing.ACTIVE, PRESENT);
        add(electors, 1, true, Standing.SUSPENDED, PRESENT);
        add(electors, 1, true, Standing.PROSECUTED, ABSENT);
        add(electors, 2, true, Standing.EXEMPT, PRESENT);
        add(electors, 3, false, Standing.ACTIVE, PRESENT);
        LegalDenominator d = LegalDenominator.of(BRANCH_MEETING, electors);
        assertThat(d.officials()).isEqualTo(10);
        assertThat(d.suspended()).isEqualTo(1);
        assertThat(d.prosecuted()).isEqualTo(1);
        assertThat(d.exemptAbsent()).isZero();
        assertThat(d.value()).isEqualTo(8);
    }

    @Test
    void membersOnTemporaryTransferAreOutOfTheBranchsVotesButCountAtACongressWhenTheyAttend() {
        List<Elector> electors = new ArrayList<>();
        add(electors, 8, true, Standing.ACTIVE, PRESENT);
        add(electors, 1, true, Standing.TEMPORARILY_AWAY, PRESENT);
        add(electors, 1, true, Standing.TEMPORARILY_AWAY, ABSENT);
        assertThat(LegalDenominator.of(BRANCH_MEETING, electors).value()).isEqualTo(8);
        LegalDenominator congress = LegalDenominator.of(MEMBER_CONGRESS, electors);
        assertThat(congress.temporarilyAway()).isEqualTo(1);
        assertThat(congress.value()).isEqualTo(9);
    }

    @Test
    void aDelegatesCongressLeavesOutDelegatesAbsentThroughoutAndCountsTheAlternatesInTheirPlace() {
        List<Elector> electors = new ArrayList<>();
        add(electors, 90, true, Standing.ACTIVE, PRESENT);
        add(electors, 3, true, Standing.ACTIVE, PARTLY_PRESENT);
        add(electors, 4, true, Standing.ACTIVE, ABSENT);
        add(electors, 2, true, Standing.ACTIVE, REPLACED_BY_ALTERNATE);
        // The two alternates who took the seats are electors of their own; the other alternates are not.
        add(electors, 2, true, Standing.ACTIVE, PRESENT);
        add(electors, 3, false, Standing.ACTIVE, PRESENT);
        LegalDenominator d = LegalDenominator.of(DELEGATE_CONGRESS, electors);
        assertThat(d.officials()).isEqualTo(101);
        assertThat(d.absentDelegates()).isEqualTo(6);
        assertThat(d.value()).isEqualTo(95);
        assertThat(d.moreThanHalf()).isEqualTo(48);
        assertThat(d.percent(48)).isEqualTo(50.5);
    }

    @Test
    void twoThirdsForAdmissionAndRecognition() {
        LegalDenominator d = LegalDenominator.of(BRANCH_MEETING, twentyOfficials(ABSENT));
        // 17 × 2/3 = 11.33: twelve votes are needed, eleven are not enough.
        assertThat(d.twoThirds()).isEqualTo(12);
        assertThat(d.twoThirdsReachedBy(12)).isTrue();
        assertThat(d.twoThirdsReachedBy(11)).isFalse();
        List<Elector> nine = new ArrayList<>();
        add(nine, 9, true, Standing.ACTIVE, PRESENT);
        assertThat(LegalDenominator.of(BRANCH_MEETING, nine).twoThirds()).isEqualTo(6);
        assertThat(LegalDenominator.of(BRANCH_MEETING, nine).twoThirdsReachedBy(6))
                .isTrue();
    }

    @Test
    void nothingPassesWithoutElectors() {
        LegalDenominator empty = LegalDenominator.of(BRANCH_MEETING, List.of());
        assertThat(empty.value()).isZero();
        assertThat(empty.moreThanHalfReachedBy(0)).isFalse();
        assertThat(empty.twoThirdsReachedBy(0)).isFalse();
        assertThat(empty.percent(0)).isZero();
    }

    private static void add(List<Elector> electors, int count, boolean official, Standing standing, Attendance a) {
        for (int i = 0; i < count; i++) {
            electors.add(new Elector(official, standing, a));
        }
    }
}
