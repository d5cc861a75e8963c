package vn.chibo.elections.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.ElectionKind;
import vn.chibo.elections.counting.ElectionProgress.Next;
import vn.chibo.elections.counting.ElectionProgress.Round;
import vn.chibo.elections.counting.ElectionProgress.Step;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.elections.rules.Violation;

class ElectionProgressTests {

    static final ElectionRules R = ElectionRules.QD_190;

    static Round round(List<Long> list, int seats, int denominator, int... votes) {
        return new Round(list, RoundOutcome.decide(votes, seats, denominator));
    }

    @Test
    void electedCandidatesAndTheSeatsLeftCarryIntoTheNextRound() {
        // Committee of 5 from 6 names, denominator 20: only three pass.
        Round first = round(List.of(11L, 12L, 13L, 14L, 15L, 16L), 5, 20, 15, 9, 14, 8, 16, 3);
        List<Round> rounds = List.of(first);
        assertThat(ElectionProgress.elected(rounds)).containsExactly(15L, 11L, 13L);
        assertThat(ElectionProgress.remainingSeats(5, rounds)).isEqualTo(2);
        Next next = ElectionProgress.next(R, ElectionKind.COMMITTEE, false, 5, rounds);
        assertThat(next.step()).isEqualTo(Step.CONGRESS_DECIDES);
        assertThat(next.seats()).isEqualTo(2);
        assertThat(next.candidates()).containsExactly(12L, 14L, 16L);
        // The congress holds a second round for the two seats among the three left: one more is elected.
        Round second = round(List.of(12L, 14L, 16L), 2, 20, 12, 10, 4);
        rounds = List.of(first, second);
        assertThat(ElectionProgress.elected(rounds)).containsExactly(15L, 11L, 13L, 12L);
        assertThat(ElectionProgress.remainingSeats(5, rounds)).isEqualTo(1);
    }

    @Test
    void whereTheRuleSetLeavesATieToTheCongressTheTiedAreAmongTheNamesLeftForTheSeatsLeft() {
        ElectionRules rules = R.with(ElectionRules.TieRule.CONGRESS_DECIDES);
        Round first = round(List.of(1L, 2L, 3L, 4L), 2, 20, 15, 12, 12, 2);
        Next next = ElectionProgress.next(rules, ElectionKind.COMMITTEE, false, 2, List.of(first));
        assertThat(next.step()).isEqualTo(Step.CONGRESS_DECIDES);
        assertThat(next.seats()).isEqualTo(1);
        assertThat(next.candidates()).containsExactly(2L, 3L, 4L);
        // Not restricted to the tied: the congress may vote on all three names left.
        assertThat(ElectionProgress.checkNextRound(
                        rules, ElectionKind.COMMITTEE, false, 2, List.of(first), List.of(2L, 3L, 4L), 1))
                .isEmpty();
        assertThat(ElectionProgress.checkNextRound(
                                rules, ElectionKind.COMMITTEE, false, 2, List.of(first), List.of(1L, 3L), 1)
                        .map(Violation::messageKey))
                .contains("election.round.alreadyElected");
    }

    @Test
    void aTieAtTheCutOffLeadsToARunOffAmongTheTiedOnly() {
        Round first = round(List.of(1L, 2L, 3L, 4L), 2, 20, 15, 12, 12, 2);
        Next next = ElectionProgress.next(R, ElectionKind.COMMITTEE, false, 2, List.of(first));
        assertThat(next.step()).isEqualTo(Step.RUNOFF);
        assertThat(next.seats()).isEqualTo(1);
        assertThat(next.candidates()).containsExactly(2L, 3L);
        assertThat(ElectionProgress.checkNextRound(
                        R, ElectionKind.COMMITTEE, false, 2, List.of(first), List.of(3L, 2L), 1))
                .isEmpty();
        assertThat(ElectionProgress.checkNextRound(
                                R, ElectionKind.COMMITTEE, false, 2, List.of(first), List.of(2L, 3L, 4L), 1)
                        .map(Violation::messageKey))
                .contains("election.round.runoffOnlyTied");
        Round runoff = round(List.of(2L, 3L), 1, 20, 9, 11);
        List<Round> rounds = List.of(first, runoff);
        assertThat(ElectionProgress.elected(rounds)).containsExactly(1L, 3L);
        assertThat(ElectionProgress.next(R, ElectionKind.COMMITTEE, false, 2, rounds)
                        .step())
                .isEqualTo(Step.DONE);
    }

    @Test
    void unfilledDelegateSeatsAreVotedAgainAtLeastOnceThenTheCongressDecides() {
        Round first = round(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), 7, 139, 100, 90, 80, 75, 72, 71, 60, 50);
        assertThat(ElectionProgress.next(R, ElectionKind.DELEGATE, false, 7, List.of(first)))
                .isEqualTo(new Next(Step.FURTHER_ROUND, 1, List.of(7L, 8L)));
        Round second = round(List.of(7L, 8L), 1, 139, 65, 60);
        assertThat(ElectionProgress.next(R, ElectionKind.DELEGATE, false, 7, List.of(first, second))
                        .step())
                .isEqualTo(Step.CONGRESS_DECIDES);
    }

    @Test
    void aBranchSecretaryNotElectedAfterThreeRoundsIsAppointedByTheHigherCommittee() {
        Round r = round(List.of(1L), 1, 12, 6);
        assertThat(ElectionProgress.next(R, ElectionKind.SECRETARY, true, 1, List.of(r, r))
                        .step())
                .isEqualTo(Step.CONGRESS_DECIDES);
        assertThat(ElectionProgress.next(R, ElectionKind.SECRETARY, true, 1, List.of(r, r, r))
                        .step())
                .isEqualTo(Step.APPOINTMENT_BY_HIGHER_COMMITTEE);
        assertThat(ElectionProgress.checkNextRound(R, ElectionKind.SECRETARY, true, 1, List.of(r, r, r), List.of(1L), 1)
                        .map(Violation::messageKey))
                .contains("election.round.appointment");
        // A committee (đảng bộ) secretary is not under the branch rule.
        assertThat(ElectionProgress.next(R, ElectionKind.SECRETARY, false, 1, List.of(r, r, r))
                        .step())
                .isEqualTo(Step.CONGRESS_DECIDES);
    }

    @Test
    void aFurtherRoundIsForTheSeatsLeftAndNobodyAlreadyElected() {
        Round first = round(List.of(1L, 2L, 3L), 2, 10, 8, 2, 3);
        assertThat(ElectionProgress.checkNextRound(
                        R, ElectionKind.COMMITTEE, false, 2, List.of(first), List.of(2L, 3L), 1))
                .isEmpty();
        assertThat(ElectionProgress.checkNextRound(
                                R, ElectionKind.COMMITTEE, false, 2, List.of(first), List.of(1L, 3L), 1)
                        .map(Violation::messageKey))
                .contains("election.round.alreadyElected");
        assertThat(ElectionProgress.checkNextRound(R, ElectionKind.COMMITTEE, false, 2, List.of(first), List.of(2L), 2)
                        .map(Violation::messageKey))
                .contains("election.round.seatsLeft");
        // A name from outside the earlier list may come in (QĐ 244 Điều 20.2 for delegates).
        assertThat(ElectionProgress.checkNextRound(R, ElectionKind.COMMITTEE, false, 2, List.of(first), List.of(9L), 1))
                .isEmpty();
        Round all = round(List.of(1L, 2L), 2, 10, 8, 9);
        assertThat(ElectionProgress.checkNextRound(R, ElectionKind.COMMITTEE, false, 2, List.of(all), List.of(3L), 1)
                        .map(Violation::messageKey))
                .contains("election.round.allFilled");
    }
}
