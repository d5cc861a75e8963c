package vn.chibo.elections.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListTrimmingTests {

    static final ElectionRules R = ElectionRules.QD_190;

    @Test
    void aListWithinTheSurplusIsLeftAsItIs() {
        ListTrimming.Outcome o = ListTrimming.trim(R, 9, new int[] {5, 4, 3, 2, 1, 9, 9, 9, 9, 9, 9});
        assertThat(o.kept()).hasSize(11);
        assertThat(o.dropped()).isEmpty();
        assertThat(o.tie()).isFalse();
    }

    @Test
    void aListAboveThirtyPercentKeepsTheCandidatesWithTheMostOpinionVotes() {
        // 9 seats: at most 11 names; 13 nominated after the floor nominations.
        int[] votes = {90, 80, 70, 60, 50, 40, 30, 20, 15, 14, 13, 12, 11};
        ListTrimming.Outcome o = ListTrimming.trim(R, 9, votes);
        assertThat(o.kept()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(o.dropped()).containsExactly(11, 12);
        assertThat(o.tie()).isFalse();
    }

    @Test
    void aTieAcrossTheLineIsLeftToTheCongress() {
        // 4 seats: at most 5 names; the 5th and 6th tie.
        int[] votes = {30, 12, 28, 25, 12, 27, 3};
        ListTrimming.Outcome o = ListTrimming.trim(R, 4, votes);
        assertThat(o.kept()).containsExactly(0, 2, 3, 5);
        assertThat(o.tiedAtLine()).containsExactly(1, 4);
        assertThat(o.placesForTied()).isEqualTo(1);
        assertThat(o.dropped()).containsExactly(6);
    }
}
