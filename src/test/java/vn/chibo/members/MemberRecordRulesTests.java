package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;

/** The rules the member beans apply before they write: votes, arrivals, discipline, badges and correction requests. */
class MemberRecordRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final OrganizationId BRANCH = OrganizationId.of(7);

    static String refusedField(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.field() + ":" + e.messageKey();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aBranchVoteEnteredByHandIsJudgedByTheRulesOfItsDate() {
        MembershipVote passed = new BranchVote(LocalDate.of(2026, 3, 5), 12, 5, 0, 17)
                .toMembershipVote(MembershipVote.Kind.RECOGNITION, BRANCH, TODAY);
        assertThat(passed.votesNeeded()).isEqualTo(12);
        assertThat(passed.passed()).isTrue();
        assertThat(passed.organizationId()).isEqualTo(BRANCH);
        MembershipVote failed = new BranchVote(LocalDate.of(2026, 3, 5), 11, null, null, 17)
                .toMembershipVote(MembershipVote.Kind.RECOGNITION, BRANCH, TODAY);
        assertThat(failed.passed()).isFalse();
        assertThat(failed.disagree()).isZero();
    }

    @Test
    void aBranchVoteNeedsItsDayADenominatorAndFiguresThatAddUp() {
        assertThat(refusedField(() -> new BranchVote(null, 12, 0, 0, 17)
                        .toMembershipVote(MembershipVote.Kind.RECOGNITION, BRANCH, TODAY)))
                .isEqualTo("branchVoteDate:validation.required");
        assertThat(refusedField(() -> new BranchVote(TODAY.plusDays(1), 12, 0, 0, 17)
                        .toMembershipVote(MembershipVote.Kind.RECOGNITION, BRANCH, TODAY)))
                .isEqualTo("branchVoteDate:member.date.future");
        assertThat(refusedField(() -> new BranchVote(TODAY, 0, 0, 0, 0)
                        .toMembershipVote(MembershipVote.Kind.RECOGNITION, BRANCH, TODAY)))
                .isEqualTo("branchVoteDenominator:member.vote.denominator");
        assertThat(refusedField(() -> new BranchVote(TODAY, 10, 5, 3, 17)
                        .toMembershipVote(MembershipVote.Kind.RECOGNITION, BRANCH, TODAY)))
                .isEqualTo("branchVoteAgree:member.vote.figures");
        assertThat(refusedField(() -> new BranchVote(TODAY, -1, 0, 0, 17)
                        .toMembershipVote(MembershipVote.Kind.RECOGNITION, BRANCH, TODAY)))
                .isEqualTo("branchVoteAgree:member.vote.figures");
    }

    @Test
    void onlyARecognitionOrAReadmissionComesWithABranchVote() {
        assertThat(BranchVote.decidedFor(MemberEventKind.RECOGNIZED)).isEqualTo(MembershipVote.Kind.RECOGNITION);
        assertThat(BranchVote.decidedFor(MemberEventKind.READMITTED)).isEqualTo(MembershipVote.Kind.ADMISSION);
        assertThat(refusedField(() -> BranchVote.decidedFor(MemberEventKind.EXEMPTED)))
                .isEqualTo("branchVote:member.vote.notForEvent");
        assertThat(refusedField(() -> BranchVote.decidedFor(null))).isEqualTo("branchVote:member.vote.notForEvent");
    }

    @Test
    void aRecognitionNeedsTheLatestRecognitionVoteBeforeItToHavePassed() {
        MembershipVote failedInMarch = vote(LocalDate.of(2026, 3, 5), false);
        MembershipVote passedInMay = vote(LocalDate.of(2026, 5, 7), true);
        List<MembershipVote> votes = List.of(failedInMarch, passedInMay);
        assertThat(MembershipVote.recognitionBacked(votes, LocalDate.of(2026, 5, 20)))
                .isTrue();
        assertThat(MembershipVote.recognitionBacked(votes, LocalDate.of(2026, 4, 1)))
                .isFalse();
        assertThat(MembershipVote.recognitionBacked(List.of(), LocalDate.of(2026, 4, 1)))
                .isFalse();
        assertThat(MembershipVote.branchResolution(votes)).isEqualTo(LocalDate.of(2026, 5, 7));
        // A later failed vote takes the resolution back.
        assertThat(MembershipVote.branchResolution(List.of(passedInMay, vote(LocalDate.of(2026, 6, 1), false))))
                .isNull();
    }

    static MembershipVote vote(LocalDate on, boolean passed) {
        return new MembershipVote(
                MembershipVote.Kind.RECOGNITION, BRANCH, on, null, null, passed ? 12 : 8, 0, 0, 17, 12, passed);
    }

    @Test
    void anArrivalNamesItsSenderAndComesAfterTheAdmission() {
        LocalDate admitted = LocalDate.of(2015, 5, 19);
        assertThat(new Arrival("  Chi bộ Trường THCS Hòa Bình  ", LocalDate.of(2025, 8, 20), null)
                        .checkedSender(admitted, TODAY))
                .isEqualTo("Chi bộ Trường THCS Hòa Bình");
        assertThat(refusedField(() -> new Arrival(" ", TODAY, null).checkedSender(admitted, TODAY)))
                .isEqualTo("fromOrganization:validation.required");
        assertThat(refusedField(() -> new Arrival("x".repeat(301), TODAY, null).checkedSender(admitted, TODAY)))
                .isEqualTo("fromOrganization:validation.tooLong");
        assertThat(refusedField(() -> new Arrival("Chi bộ", null, null).checkedSender(admitted, TODAY)))
                .isEqualTo("arrivedOn:validation.required");
        assertThat(refusedField(() -> new Arrival("Chi bộ", TODAY.plusDays(1), null).checkedSender(admitted, TODAY)))
                .isEqualTo("arrivedOn:member.date.future");
        assertThat(refusedField(
                        () -> new Arrival("Chi bộ", admitted.minusDays(1), null).checkedSender(admitted, TODAY)))
                .isEqualTo("arrivedOn:member.arrival.beforeAdmission");
    }

    @Test
    void aProbationerIsOnlyReprimandedOrWarned() {
        // Điều lệ Đảng, Điều 36.
        assertThat(Discipline.REPRIMAND.allowedFor(MemberStatus.PROBATIONARY)).isTrue();
        assertThat(Discipline.WARNING.allowedFor(MemberStatus.PROBATIONARY)).isTrue();
        assertThat(Discipline.DISMISSAL.allowedFor(MemberStatus.PROBATIONARY)).isFalse();
        assertThat(Discipline.EXPULSION.allowedFor(MemberStatus.PROBATIONARY)).isFalse();
        assertThat(Discipline.EXPULSION.allowedFor(MemberStatus.OFFICIAL)).isTrue();
        assertThat(Discipline.of("WARNING")).isEqualTo(Discipline.WARNING);
        assertThat(refusedField(() -> Discipline.of("REWARD"))).isEqualTo("kind:member.rewardOrDiscipline.kind");
        assertThat(refusedField(() -> Discipline.of(null))).isEqualTo("kind:member.rewardOrDiscipline.kind");
    }

    @Test
    void aRewardOrAMeasureHasADescriptionAndADatedDecisionThatHasBeenTaken() {
        assertThat(MemberDiscipline.checkedDescription("  Giấy khen  ")).isEqualTo("Giấy khen");
        assertThat(refusedField(() -> MemberDiscipline.checkedDescription(" ")))
                .isEqualTo("description:validation.required");
        assertThat(refusedField(() -> MemberDiscipline.checkedDescription("x".repeat(1001))))
                .isEqualTo("description:validation.tooLong");
        assertThat(refusedField(() -> MemberDiscipline.checkedDecision(new DecisionReference("1", null, null), TODAY)))
                .isEqualTo("decisionDate:validation.required");
        assertThat(refusedField(() ->
                        MemberDiscipline.checkedDecision(new DecisionReference("1", null, TODAY.plusDays(1)), TODAY)))
                .isEqualTo("decisionDate:member.date.future");
        assertThat(refusedField(() ->
                        MemberDiscipline.checkedDecision(new DecisionReference("1".repeat(51), null, TODAY), TODAY)))
                .isEqualTo("decisionNumber:validation.tooLong");
    }

    @Test
    void aBadgeIsPresentedOnceItsMilestoneIsReachedWithTheEarlyAllowances() {
        LocalDate admitted = LocalDate.of(1996, 9, 2);
        // Thirty years on 2 September 2026: not on 19 May 2026 for a member in good health ...
        assertThat(PartyBadges.presentable(admitted, 0, 30, PartyBadges.Condition.NORMAL, LocalDate.of(2026, 5, 19)))
                .isFalse();
        assertThat(PartyBadges.presentable(admitted, 0, 30, PartyBadges.Condition.NORMAL, LocalDate.of(2026, 9, 2)))
                .isTrue();
        // ... and days spent out of the Party push the milestone back.
        assertThat(PartyBadges.presentable(admitted, 30, 30, PartyBadges.Condition.NORMAL, LocalDate.of(2026, 9, 2)))
                .isFalse();
        assertThat(PartyBadges.condition(MemberStatus.DECEASED, true)).isEqualTo(PartyBadges.Condition.DECEASED);
        assertThat(PartyBadges.condition(MemberStatus.OFFICIAL, true)).isEqualTo(PartyBadges.Condition.SERIOUSLY_ILL);
        assertThat(PartyBadges.condition(MemberStatus.OFFICIAL, false)).isEqualTo(PartyBadges.Condition.NORMAL);
    }

    @Test
    void aCorrectionRequestNamesAFieldAndWhatItShouldSay() {
        assertThat(MemberCorrections.checkedField(" Quê quán ")).isEqualTo("Quê quán");
        assertThat(refusedField(() -> MemberCorrections.checkedField(" "))).isEqualTo("field:validation.required");
        assertThat(refusedField(() -> MemberCorrections.checkedField("x".repeat(101))))
                .isEqualTo("field:validation.required");
        assertThat(refusedField(() -> MemberCorrections.checkedText(null))).isEqualTo("requested:validation.required");
        assertThat(refusedField(() -> MemberCorrections.checkedText("x".repeat(2001))))
                .isEqualTo("requested:validation.tooLong");
    }
}
