package vn.chibo.elections.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundOutcomeTests {

    @Test
    void theElectedHaveMoreThanHalfOfTheDenominatorRankedByVotesUpToTheSeats() {
        // Denominator 139 (seed 001's attendance): threshold 70. Eleven names for nine seats.
        int[] votes = {130, 69, 120, 70, 135, 100, 99, 98, 97, 96, 71};
        RoundOutcome o = RoundOutcome.decide(votes, 9, 139);
        assertThat(o.threshold()).isEqualTo(70);
        assertThat(o.elected()).containsExactly(4, 0, 2, 5, 6, 7, 8, 9, 10);
        assertThat(o.tieAtCutOff()).isFalse();
        assertThat(o.unfilledSeats()).isZero();
    }

    @Test
    void exactlyHalfIsNotEnough() {
        // The worked example: denominator 10, 5 votes are not more than half.
        RoundOutcome o = RoundOutcome.decide(new int[] {5, 6}, 2, 10);
        assertThat(o.elected()).containsExactly(1);
        assertThat(o.unfilledSeats()).isEqualTo(1);
    }

    @Test
    void fewerPassingThanSeatsLeavesSeatsUnfilled() {
        RoundOutcome o = RoundOutcome.decide(new int[] {3, 8, 2, 9}, 3, 12);
        assertThat(o.threshold()).isEqualTo(7);
        assertThat(o.elected()).containsExactly(3, 1);
        assertThat(o.unfilledSeats()).isEqualTo(1);
        assertThat(RoundOutcome.decide(new int[] {1, 2}, 1, 12).elected()).isEmpty();
    }

    @Test
    void aTieAcrossTheLastSeatIsFlaggedAndGoesToARunOffAmongTheTied() {
        // Three seats; 20 and 18 are elected, 15 / 15 / 15 dispute the last seat.
        int[] votes = {15, 20, 15, 18, 15, 9};
        RoundOutcome o = RoundOutcome.decide(votes, 3, 25);
        assertThat(o.threshold()).isEqualTo(13);
        assertThat(o.elected()).containsExactly(1, 3);
        assertThat(o.tieAtCutOff()).isTrue();
        assertThat(o.runoff()).containsExactly(0, 2, 4);
        assertThat(o.runoffSeats()).isEqualTo(1);
        assertThat(o.unfilledSeats()).isZero();
    }

    @Test
    void aTieAboveTheLineIsNoTieAtTheCutOff() {
        RoundOutcome o = RoundOutcome.decide(new int[] {20, 20, 15, 9}, 3, 25);
        assertThat(o.elected()).containsExactly(0, 1, 2);
        assertThat(o.tieAtCutOff()).isFalse();
        // Two tied for two seats: both elected.
        assertThat(RoundOutcome.decide(new int[] {20, 20, 9}, 2, 25).elected()).containsExactly(0, 1);
    }

    @Test
    void aTieBelowTheThresholdIsNoTieAtTheCutOff() {
        RoundOutcome o = RoundOutcome.decide(new int[] {20, 10, 10}, 2, 25);
        assertThat(o.elected()).containsExactly(0);
        assertThat(o.tieAtCutOff()).isFalse();
        assertThat(o.unfilledSeats()).isEqualTo(1);
    }

    @Test
    void votesArePrintedAsAPercentOfTheLegalDenominator() {
        assertThat(RoundOutcome.percent(6, 11)).isEqualByComparingTo(new BigDecimal("54.55"));
        assertThat(RoundOutcome.percent(139, 139)).isEqualByComparingTo(new BigDecimal("100.00"));
        assertThat(RoundOutcome.percent(0, 0)).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
