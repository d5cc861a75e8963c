package vn.chibo.elections.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.ElectionKind;
import vn.chibo.elections.rules.CandidateListRules.Setting;

class CandidateListRulesTests {

    static final ElectionRules R = ElectionRules.QD_190;
    static final Setting COMMITTEE = new Setting(false, 139);
    static final Setting LARGE_BRANCH = new Setting(true, 15);
    static final Setting SMALL_BRANCH = new Setting(true, 8);

    static Optional<String> rule(ElectionKind kind, int seats, int candidates, Setting setting) {
        return CandidateListRules.check(R, kind, seats, candidates, setting).map(Violation::messageKey);
    }

    @Test
    void theCommitteeAndItsStandingCommitteeNeedMoreCandidatesThanSeatsButAtMostThirtyPercentMore() {
        assertThat(rule(ElectionKind.COMMITTEE, 9, 9, COMMITTEE)).contains("election.rule.surplusRequired");
        assertThat(rule(ElectionKind.COMMITTEE, 9, 10, COMMITTEE)).isEmpty();
        assertThat(rule(ElectionKind.COMMITTEE, 9, 11, COMMITTEE)).isEmpty();
        assertThat(rule(ElectionKind.COMMITTEE, 9, 12, COMMITTEE)).contains("election.rule.surplusTooLarge");
        assertThat(rule(ElectionKind.STANDING_COMMITTEE, 3, 3, COMMITTEE)).contains("election.rule.surplusRequired");
        assertThat(rule(ElectionKind.STANDING_COMMITTEE, 3, 4, COMMITTEE)).isEmpty();
        assertThat(rule(ElectionKind.STANDING_COMMITTEE, 5, 7, COMMITTEE))
                .contains("election.rule.smallCommitteeSurplus");
    }

    @Test
    void theRefusalNamesTheRuleAndItsFigures() {
        Violation v = CandidateListRules.check(R, ElectionKind.COMMITTEE, 9, 12, COMMITTEE)
                .orElseThrow();
        assertThat(v.field()).isEqualTo("candidates");
        assertThat(v.arguments()).containsExactly("QĐ 190-QĐ/TW", 12, 9, 11, 30);
    }

    @Test
    void postsDelegatesAndTheInspectionCommitteeMayHaveNoSurplus() {
        assertThat(rule(ElectionKind.SECRETARY, 1, 1, LARGE_BRANCH)).isEmpty();
        assertThat(rule(ElectionKind.SECRETARY, 1, 2, LARGE_BRANCH)).isEmpty();
        assertThat(rule(ElectionKind.DEPUTY_SECRETARY, 1, 1, LARGE_BRANCH)).isEmpty();
        assertThat(rule(ElectionKind.INSPECTION_CHAIR, 1, 1, COMMITTEE)).isEmpty();
        assertThat(rule(ElectionKind.INSPECTION_COMMITTEE, 5, 5, COMMITTEE)).isEmpty();
        assertThat(rule(ElectionKind.DELEGATE, 7, 7, COMMITTEE)).isEmpty();
        assertThat(rule(ElectionKind.DELEGATE, 7, 9, COMMITTEE)).isEmpty();
        assertThat(rule(ElectionKind.ALTERNATE_DELEGATE, 1, 1, COMMITTEE)).isEmpty();
    }

    @Test
    void noListMayBeShorterThanItsSeatsAndAPostHasOneSeat() {
        assertThat(rule(ElectionKind.DELEGATE, 7, 6, COMMITTEE)).contains("election.rule.tooFewCandidates");
        assertThat(rule(ElectionKind.SECRETARY, 2, 2, COMMITTEE)).contains("election.rule.singleSeat");
        assertThat(rule(ElectionKind.INSPECTION_CHAIR, 0, 1, COMMITTEE)).contains("election.rule.seatsPositive");
    }

    @Test
    void aBranchElectsACommitteeOfAtMostSevenOnlyWithNineOfficialMembersAndOneDeputy() {
        // QĐ 294-QĐ/TW: at least 9 official members for a committee (chi ủy) of at most 7.
        assertThat(rule(ElectionKind.COMMITTEE, 3, 4, SMALL_BRANCH))
                .contains("election.rule.branchTooSmallForCommittee");
        assertThat(rule(ElectionKind.COMMITTEE, 3, 4, new Setting(true, 9))).isEmpty();
        assertThat(rule(ElectionKind.COMMITTEE, 8, 9, LARGE_BRANCH)).contains("election.rule.branchCommitteeTooLarge");
        assertThat(rule(ElectionKind.SECRETARY, 1, 1, SMALL_BRANCH)).isEmpty();
        assertThat(rule(ElectionKind.DEPUTY_SECRETARY, 2, 2, LARGE_BRANCH)).contains("election.rule.branchDeputies");
        assertThat(rule(ElectionKind.DEPUTY_SECRETARY, 2, 2, COMMITTEE)).isEmpty();
        assertThat(rule(ElectionKind.STANDING_COMMITTEE, 3, 4, LARGE_BRANCH)).contains("election.rule.notAtBranch");
        assertThat(rule(ElectionKind.DELEGATE, 2, 2, SMALL_BRANCH)).isEmpty();
    }

    @Test
    void theConveningCommitteePlansATenToFifteenPercentSurplus() {
        assertThat(CandidateListRules.planWarnings(R, ElectionKind.COMMITTEE, 9, 10))
                .isEmpty();
        assertThat(CandidateListRules.planWarnings(R, ElectionKind.COMMITTEE, 9, 11))
                .containsExactly("election.plan.surplusAbovePlan");
        assertThat(CandidateListRules.planWarnings(R, ElectionKind.COMMITTEE, 20, 22))
                .isEmpty();
        assertThat(CandidateListRules.planWarnings(R, ElectionKind.COMMITTEE, 20, 23))
                .isEmpty();
        assertThat(CandidateListRules.planWarnings(R, ElectionKind.COMMITTEE, 20, 21))
                .containsExactly("election.plan.surplusBelowPlan");
        assertThat(CandidateListRules.planWarnings(R, ElectionKind.COMMITTEE, 4, 5))
                .isEmpty();
        assertThat(CandidateListRules.planWarnings(R, ElectionKind.DELEGATE, 7, 7))
                .isEmpty();
    }
}
