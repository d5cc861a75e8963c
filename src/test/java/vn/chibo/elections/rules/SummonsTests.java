package vn.chibo.elections.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.elections.rules.Summons.Standing;
import vn.chibo.members.ActivityState;
import vn.chibo.members.MemberStatus;

class SummonsTests {

    @Test
    void officialMembersAreSummonedWithAVoteTheExemptAndTheAwayIncluded() {
        assertThat(Summons.of(MemberStatus.OFFICIAL, ActivityState.ACTIVE, false, false))
                .isEqualTo(Standing.WITH_VOTE);
        assertThat(Summons.of(MemberStatus.OFFICIAL, ActivityState.EXEMPT, false, false))
                .isEqualTo(Standing.WITH_VOTE);
        assertThat(Summons.of(MemberStatus.OFFICIAL, ActivityState.TEMPORARILY_AWAY, false, false))
                .isEqualTo(Standing.WITH_VOTE);
    }

    @Test
    void probationersAttendWithoutAVote() {
        assertThat(Summons.of(MemberStatus.PROBATIONARY, ActivityState.ACTIVE, false, false))
                .isEqualTo(Standing.WITHOUT_VOTE);
    }

    @Test
    void theSuspendedTheProsecutedAndCommitteeMembersWhoLeftAreNotSummoned() {
        assertThat(Summons.of(MemberStatus.OFFICIAL, ActivityState.SUSPENDED, false, false))
                .isEqualTo(Standing.NOT_SUMMONED);
        assertThat(Summons.of(MemberStatus.OFFICIAL, ActivityState.ACTIVE, true, false))
                .isEqualTo(Standing.NOT_SUMMONED);
        assertThat(Summons.of(MemberStatus.OFFICIAL, ActivityState.PROSECUTED, false, false))
                .isEqualTo(Standing.NOT_SUMMONED);
        assertThat(Summons.of(MemberStatus.OFFICIAL, ActivityState.ACTIVE, false, true))
                .isEqualTo(Standing.NOT_SUMMONED);
        assertThat(Summons.of(MemberStatus.TRANSFERRED_OUT, ActivityState.ACTIVE, false, false))
                .isEqualTo(Standing.NOT_SUMMONED);
    }
}
