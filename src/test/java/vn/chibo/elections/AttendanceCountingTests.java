package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.rules.ElectionRules.AlternateOrder;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationId;

class AttendanceCountingTests {

    static Attendee official(long id, long lowerOrganization, AttendanceStatus status) {
        return delegate(id, lowerOrganization, false, null, status);
    }

    static Attendee alternate(long id, long lowerOrganization, int votes) {
        return delegate(id, lowerOrganization, true, votes, null);
    }

    static Attendee delegate(
            long id, long lowerOrganization, boolean alternate, Integer votes, AttendanceStatus status) {
        return new Attendee(
                id,
                MemberId.of(id),
                (alternate ? "Dự khuyết " : "Đại biểu ") + id,
                Standing.WITH_VOTE,
                null,
                true,
                false,
                false,
                false,
                false,
                alternate,
                OrganizationId.of(lowerOrganization),
                votes,
                null,
                status,
                null,
                false,
                null);
    }

    @Test
    void anAbsentDelegateIsReplacedByTheAlternateWithMostVotesOfHerOwnLowerOrganizationByDefault() {
        Attendee absent = official(1, 10, AttendanceStatus.ABSENT);
        List<Attendee> list = List.of(absent, alternate(2, 20, 90), alternate(3, 10, 40), alternate(4, 10, 55));
        assertThat(AttendanceCounting.defaultAlternate(AlternateOrder.SAME_ORGANIZATION_BY_VOTES, absent, list)
                        .map(Attendee::id))
                .contains(4L);
        // No alternate of her organization: nobody by default, the convening committee names one.
        List<Attendee> others = List.of(absent, alternate(2, 20, 90));
        assertThat(AttendanceCounting.defaultAlternate(AlternateOrder.SAME_ORGANIZATION_BY_VOTES, absent, others))
                .isEmpty();
    }

    @Test
    void underTheOrderByVotesAloneTheAlternateWithMostVotesOfAnyOrganizationReplaces() {
        Attendee absent = official(1, 10, AttendanceStatus.ABSENT);
        List<Attendee> list = List.of(absent, alternate(2, 20, 90), alternate(3, 10, 40), alternate(4, 10, 55));
        assertThat(AttendanceCounting.defaultAlternate(AlternateOrder.BY_VOTES, absent, list)
                        .map(Attendee::id))
                .contains(2L);
        assertThat(AttendanceCounting.defaultAlternate(AlternateOrder.BY_VOTES, absent, List.of(absent)))
                .isEmpty();
    }
}
