package vn.chibo.elections.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.rules.CountingCommitteeRules.Refusal;
import vn.chibo.elections.rules.CountingCommitteeRules.Teller;

class CountingCommitteeRulesTests {

    @Test
    void tellersAreOfficialMembersWhoAreNotCandidatesInThatElection() {
        Teller head = new Teller(1, "Lê Văn An", true);
        Teller probationer = new Teller(2, "Đỗ Thị Bình", false);
        Teller candidate = new Teller(3, "Phan Văn Cường", true);
        List<Refusal> refusals = CountingCommitteeRules.refusals(List.of(head, probationer, candidate), Set.of(3L, 9L));
        assertThat(refusals).extracting(r -> r.teller().memberId()).containsExactly(2L, 3L);
        assertThat(refusals)
                .extracting(Refusal::messageKey)
                .containsExactly("election.counting.noVote", "election.counting.candidate");
        // The same committee counts another election where Cường does not stand.
        assertThat(CountingCommitteeRules.refusals(List.of(head, candidate), Set.of(9L)))
                .isEmpty();
    }
}
