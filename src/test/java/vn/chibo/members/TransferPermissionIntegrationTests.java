package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/** A transfer writes into the receiving organization: only who manages members there too may record it. */
@ChiboIntegrationTest
class TransferPermissionIntegrationTests {

    @Autowired
    MemberManagement members;

    @Autowired
    MemberLifeCycle lifeCycle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aBranchSecretaryCannotMoveAMemberIntoABranchSheDoesNotManage() {
        OrganizationId branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        OrganizationId other = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH));
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        CurrentUser secretary =
                new CurrentUser(9101, "bithu.chuyen", "Bí thư thử", List.of(grant(branch, Role.SECRETARY)));
        CurrentUser committee =
                new CurrentUser(9102, "capuy.chuyen", "Cấp ủy thử", List.of(grant(sector, Role.COMMITTEE)));
        MemberId member = members.create(
                CurrentUser.system(),
                MemberDraft.minimal(
                        branch,
                        "Trịnh Văn Chuyển Đi",
                        Gender.MALE,
                        LocalDate.of(1982, 6, 7),
                        LocalDate.of(2008, 3, 1),
                        LocalDate.of(2008, 3, 15),
                        LocalDate.of(2009, 3, 15)));
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> lifeCycle.recordEvent(secretary, member, transfer(today, other)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("toOrganization");
                    assertThat(e.messageKey()).isEqualTo("member.transfer.notManaged");
                });
        assertThat(organizationOf(member)).isEqualTo(branch.value());

        lifeCycle.recordEvent(committee, member, transfer(today, other));
        assertThat(organizationOf(member)).isEqualTo(other.value());
    }

    private long organizationOf(MemberId member) {
        return jdbc.sql("SELECT organization_id FROM members.member WHERE id = :id")
                .param("id", member.value())
                .query(Long.class)
                .single();
    }

    private static RecordMemberEvent transfer(LocalDate on, OrganizationId to) {
        return new RecordMemberEvent(MemberEventKind.TRANSFERRED, on, null, null, to, null, null);
    }

    private static Grant grant(OrganizationId organization, Role role) {
        return new Grant(organization.value(), role);
    }
}
