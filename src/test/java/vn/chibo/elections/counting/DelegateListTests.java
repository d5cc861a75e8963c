package vn.chibo.elections.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.elections.rules.Violation;

class DelegateListTests {

    // Seed 001's shape: 7 official delegates, then 1 alternate, from one list of 9.
    static final List<Long> LIST = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    static final List<Long> OFFICIALS = List.of(3L, 1L, 2L, 5L, 4L, 9L, 7L);

    @Test
    void underQd190TheAlternatesAreVotedOnFromTheCandidatesLeftOnTheOneList() {
        assertThat(DelegateList.remaining(LIST, OFFICIALS)).containsExactly(6L, 8L);
        assertThat(DelegateList.checkAlternates(ElectionRules.QD_190, true, LIST, OFFICIALS, List.of(8L, 6L)))
                .isEmpty();
        assertThat(DelegateList.checkAlternates(ElectionRules.QD_190, true, LIST, OFFICIALS, List.of(6L))
                        .map(Violation::messageKey))
                .contains("election.alternates.oneList");
        assertThat(DelegateList.checkAlternates(ElectionRules.QD_190, true, LIST, OFFICIALS, List.of(6L, 8L, 10L))
                        .map(Violation::messageKey))
                .contains("election.alternates.oneList");
        assertThat(DelegateList.checkAlternates(ElectionRules.QD_190, false, LIST, List.of(), List.of(6L, 8L))
                        .map(Violation::messageKey))
                .contains("election.alternates.officialsFirst");
    }

    @Test
    void underQd244TheAlternatesHaveAListOfTheirOwnWithoutTheOfficials() {
        assertThat(DelegateList.checkAlternates(ElectionRules.QD_244, false, LIST, List.of(), List.of(20L, 21L)))
                .isEmpty();
        assertThat(DelegateList.checkAlternates(ElectionRules.QD_244, true, LIST, OFFICIALS, List.of(3L, 21L))
                        .map(Violation::messageKey))
                .contains("election.alternates.alreadyOfficial");
    }
}
