package vn.chibo.elections.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.chibo.elections.rules.Nominations.Person;

class NominationsTests {

    static final ElectionRules R = ElectionRules.QD_190;
    static final Person OFFICIAL = new Person(true, false, false);
    static final Person PROBATIONER = new Person(false, false, false);
    static final Person TEMPORARILY_IN = new Person(true, true, false);
    static final Person COMMITTEE_MEMBER = new Person(true, false, true);

    @Test
    void aNomineeFromTheFloorNeedsMoreThanThirtyPercentOfTheVotingMembersPresent() {
        // 139 present: 30% is 41.7, so 42 votes put the nominee on the list and 41 do not.
        assertThat(Nominations.addedFromFloor(R, 139, 41)).isFalse();
        assertThat(Nominations.addedFromFloor(R, 139, 42)).isTrue();
        assertThat(Nominations.floorNominationMinimum(R, 139)).isEqualTo(42);
        // Exactly 30% is not more than 30%: 3 of 10.
        assertThat(Nominations.addedFromFloor(R, 10, 3)).isFalse();
        assertThat(Nominations.addedFromFloor(R, 10, 4)).isTrue();
        assertThat(Nominations.floorNominationMinimum(R, 10)).isEqualTo(4);
        assertThatThrownBy(() -> Nominations.addedFromFloor(R, 10, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Nominations.addedFromFloor(R, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void probationersAndMembersOnTemporaryTransferInMayNominateButNotStand() {
        assertThat(Nominations.check(PROBATIONER, OFFICIAL, false)).isEmpty();
        assertThat(Nominations.check(TEMPORARILY_IN, OFFICIAL, false)).isEmpty();
        assertThat(Nominations.check(OFFICIAL, PROBATIONER, false))
                .map(Violation::messageKey)
                .contains("election.nomination.mayNotStand");
        assertThat(Nominations.check(OFFICIAL, TEMPORARILY_IN, true))
                .map(Violation::messageKey)
                .contains("election.nomination.mayNotStand");
        assertThat(Nominations.check(OFFICIAL, OFFICIAL, false))
                .as("self-nomination")
                .isEmpty();
    }

    @Test
    void conveningCommitteeMembersMayNotNominateOutsideTheCommitteesList() {
        assertThat(Nominations.check(COMMITTEE_MEMBER, OFFICIAL, false))
                .map(Violation::messageKey)
                .contains("election.nomination.committeeOutsideList");
        assertThat(Nominations.check(COMMITTEE_MEMBER, OFFICIAL, true)).isEmpty();
    }
}
