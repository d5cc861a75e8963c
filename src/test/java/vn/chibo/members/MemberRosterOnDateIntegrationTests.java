package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;

/** The list of a branch on a past date follows the members' histories, not today's list. */
@ChiboIntegrationTest
class MemberRosterOnDateIntegrationTests {

    /** The application's clock: the tests run as of its day, whatever day it is. */
    @Autowired
    Clock clock;

    @Autowired
    MemberManagement members;

    @Autowired
    MemberLifeCycle lifeCycle;

    @Autowired
    MembershipVotes membershipVotes;

    @Autowired
    MemberRosterOnDate roster;

    @Autowired
    JdbcClient jdbc;

    static final LocalDate MARCH = LocalDate.of(2025, 3, 10);
    static final LocalDate JUNE = LocalDate.of(2025, 6, 10);

    private MemberId member(
            CurrentUser user, OrganizationId branch, String name, LocalDate admitted, LocalDate official) {
        return members.create(
                user,
                MemberDraft.minimal(
                        branch,
                        name + " " + System.nanoTime() % 100000,
                        Gender.FEMALE,
                        LocalDate.of(1975, 1, 1),
                        admitted,
                        admitted.plusDays(14),
                        official));
    }

    private void event(
            CurrentUser user, MemberId id, MemberEventKind kind, LocalDate on, OrganizationId to, String out) {
        lifeCycle.recordEvent(
                user, id, new RecordMemberEvent(kind, on, null, new DecisionReference("1", "QĐ", on), to, out, null));
    }

    private Map<MemberId, MemberRosterOnDate.OnDate> on(CurrentUser user, OrganizationId branch, LocalDate date) {
        return roster.members(user, branch, date).stream()
                .collect(Collectors.toMap(MemberRosterOnDate.OnDate::id, m -> m));
    }

    @Test
    void eachMemberStandsAsSheDidOnTheDate() {
        OrganizationId branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        OrganizationId other = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH));
        CurrentUser committee = new CurrentUser(
                9401,
                "capuy-r",
                "Cấp ủy",
                List.of(new Grant(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE), Role.COMMITTEE)));

        MemberId longStanding =
                member(committee, branch, "Đào Thị Lâu", LocalDate.of(2010, 1, 5), LocalDate.of(2011, 1, 20));
        MemberId joinedLater = member(committee, branch, "Hà Thị Mới", LocalDate.of(2025, 5, 2), null);
        MemberId movedInside =
                member(committee, branch, "Vũ Thị Chuyển", LocalDate.of(2012, 4, 1), LocalDate.of(2013, 4, 20));
        event(committee, movedInside, MemberEventKind.TRANSFERRED, LocalDate.of(2025, 5, 1), other, null);
        MemberId leftEarlier =
                member(committee, branch, "Tạ Thị Đi", LocalDate.of(2014, 4, 1), LocalDate.of(2015, 4, 20));
        event(
                committee,
                leftEarlier,
                MemberEventKind.TRANSFERRED,
                LocalDate.of(2025, 2, 1),
                null,
                "Đảng bộ Quân sự tỉnh");
        MemberId probationer = member(committee, branch, "Kiều Thị Dự", LocalDate.of(2024, 8, 18), null);
        membershipVotes.record(
                committee,
                probationer,
                new MembershipVote(
                        MembershipVote.Kind.RECOGNITION,
                        branch,
                        LocalDate.of(2025, 9, 1),
                        null,
                        null,
                        9,
                        0,
                        0,
                        9,
                        6,
                        true));
        event(committee, probationer, MemberEventKind.RECOGNIZED, LocalDate.of(2025, 9, 2), null, null);
        MemberId exempt =
                member(committee, branch, "Mai Thị Miễn", LocalDate.of(2000, 1, 5), LocalDate.of(2001, 1, 20));
        event(committee, exempt, MemberEventKind.TEMPORARILY_EXEMPTED, LocalDate.of(2025, 1, 15), null, null);

        Map<MemberId, MemberRosterOnDate.OnDate> march = on(committee, branch, MARCH);
        assertThat(march).containsKeys(longStanding, movedInside, probationer, exempt);
        assertThat(march).doesNotContainKeys(joinedLater, leftEarlier);
        assertThat(march.get(probationer).status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(march.get(exempt).activity()).isEqualTo(ActivityState.TEMPORARILY_EXEMPT);

        Map<MemberId, MemberRosterOnDate.OnDate> june = on(committee, branch, JUNE);
        assertThat(june).containsKeys(longStanding, joinedLater);
        assertThat(june).doesNotContainKeys(movedInside, leftEarlier);
        assertThat(on(committee, other, JUNE)).containsKey(movedInside);
        assertThat(on(committee, other, MARCH)).doesNotContainKey(movedInside);
        // Today's list agrees for today.
        assertThat(on(committee, branch, LocalDate.now(clock)).get(probationer).status())
                .isEqualTo(MemberStatus.OFFICIAL);
    }
}
