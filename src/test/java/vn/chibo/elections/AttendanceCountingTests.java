package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.elections.rules.ElectionRules.AlternateOrder;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationId;

class AttendanceCountingTests {

    static Attendee official(long id, long lowerOrganization, AttendanceStatus status) {
        return new Attendee(
                id,
                MemberId.of(id),
                "Đại biểu " + id,
                Standing.WITH_VOTE,
                null,
                true,
                false,
                false,
                false,
                false,
                false,
                OrganizationId.of(lowerOrganization),
                null,
                null,
                status,
                null,
                false);
    }

    static Attendee alternate(long id, long lowerOrganization, int votes) {
        return new Attendee(
                id,
                MemberId.of(id),
                "Dự khuyết " + id,
                Standing.WITH_VOTE,
                null,
                true,
                false,
                false,
                false,
                false,
                true,
                OrganizationId.of(lowerOrganization),
                votes,
                null,
                null,
                null,
                false);
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
