package vn.chibo.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

@ChiboIntegrationTest
class OrganizationIntegrationTests {

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    JdbcClient jdbc;

    OrganizationId sector;
    CurrentUser committee;
    CurrentUser secretary;

    @BeforeEach
    void setUp() {
        sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        committee =
                new CurrentUser(9001, "capuy-test", "Cấp ủy thử", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        secretary = new CurrentUser(9002, "bithu-test", "Bí thư thử", List.of(new Grant(branch, Role.SECRETARY)));
    }

    @Test
    void aCommitteeMemberCreatesABranchAndTheWriteIsAudited() {
        OrganizationId created = organizations.create(
                committee, sector, draft("Chi bộ Trường THCS Quang Trung", OrganizationType.BRANCH));

        OrganizationDetails details = organizations.details(committee, created);
        assertThat(details.summary().parentId()).isEqualTo(sector);
        assertThat(details.history()).singleElement().satisfies(link -> assertThat(link.parentId())
                .isEqualTo(sector));
        Long audited = jdbc.sql(
                        "SELECT count(*) FROM platform.audit_log WHERE actor = 'capuy-test' AND action = 'organization.create'"
                                + " AND entity_id = :id AND after_value->'summary'->>'name' = 'Chi bộ Trường THCS Quang Trung'")
                .param("id", created.toString())
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aBranchCannotContainACommittee() {
        OrganizationId branch =
                organizations.create(committee, sector, draft("Chi bộ thử loại", OrganizationType.BRANCH));
        assertThatThrownBy(() -> organizations.create(
                        committee, branch, draft("Đảng bộ bộ phận sai", OrganizationType.SUB_COMMITTEE)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("organization.type.notUnderParent");
    }

    @Test
    void movingASubtreeKeepsTheOldPlaceForPastDates() {
        OrganizationId sub = organizations.create(
                committee, sector, draft("Đảng bộ bộ phận Khối thử", OrganizationType.SUB_COMMITTEE));
        OrganizationId branch =
                organizations.create(committee, sector, draft("Chi bộ Trường thử chuyển", OrganizationType.BRANCH));
        OrganizationId cell =
                organizations.create(committee, branch, draft("Tổ đảng thử chuyển", OrganizationType.CELL));
        LocalDate moveDate = LocalDate.now().minusDays(10);
        jdbc.sql("UPDATE organizations.organization_link SET valid_from = :d WHERE organization_id IN (:a, :b, :c)")
                .param("d", moveDate.minusYears(1))
                .param("a", sub.value())
                .param("b", branch.value())
                .param("c", cell.value())
                .update();

        organizations.move(
                committee, branch, sub, moveDate, new DecisionReference("12", "QĐ/ĐU", moveDate.minusDays(3)));
        // The new place is dated and carries the decision that made it.
        assertThat(jdbc.sql("SELECT decision_number || '-' || decision_symbol || ' ' || decision_date"
                                + " FROM organizations.organization_link WHERE organization_id = :id"
                                + " AND valid_from = :d")
                        .param("id", branch.value())
                        .param("d", moveDate)
                        .query(String.class)
                        .single())
                .isEqualTo("12-QĐ/ĐU " + moveDate.minusDays(3));

        String cellPath = jdbc.sql("SELECT path::text FROM organizations.organization WHERE id = :id")
                .param("id", cell.value())
                .query(String.class)
                .single();
        assertThat(cellPath).endsWith(sub.value() + "." + branch.value() + "." + cell.value());
        assertThat(organizations.details(committee, branch).summary().parentId())
                .isEqualTo(sub);
        assertThat(ids(organizations.subtreeAt(committee, sub, moveDate))).contains(branch, cell);
        assertThat(ids(organizations.subtreeAt(committee, sub, moveDate.minusDays(1))))
                .doesNotContain(branch, cell);
        List<OrganizationSummary> before = organizations.subtreeAt(committee, sector, moveDate.minusDays(1));
        assertThat(before.stream()
                        .filter(o -> o.id().equals(branch))
                        .findFirst()
                        .orElseThrow()
                        .parentId())
                .isEqualTo(sector);
        assertThat(organizations.details(committee, branch).history()).hasSize(2);
    }

    @Test
    void anOrganizationCannotMoveIntoItsOwnSubtreeNorIntoTheFuture() {
        OrganizationId sub =
                organizations.create(committee, sector, draft("Đảng bộ bộ phận vòng", OrganizationType.SUB_COMMITTEE));
        OrganizationId inner =
                organizations.create(committee, sub, draft("Chi bộ trong vòng", OrganizationType.BRANCH));
        assertThatThrownBy(() -> organizations.move(committee, sub, inner, LocalDate.now(), null))
                .isInstanceOf(InvalidInputException.class);
        OrganizationId other =
                organizations.create(committee, sector, draft("Đảng bộ bộ phận khác", OrganizationType.SUB_COMMITTEE));
        DecisionReference decision = new DecisionReference("31", "QĐ/ĐU", LocalDate.now());
        assertThatThrownBy(() -> organizations.move(
                        committee, inner, other, LocalDate.now().plusDays(3), decision))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("organization.move.future");
        // Nor without the decision that moves it, and nothing is written.
        assertThatThrownBy(() -> organizations.move(committee, inner, other, LocalDate.now(), null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("decisionNumber");
        assertThat(organizations.details(committee, inner).summary().parentId()).isEqualTo(sub);
    }

    @Test
    void dissolvingNeedsTheChildrenGoneFirstAndADecision() {
        OrganizationId sub = organizations.create(
                committee, sector, draft("Đảng bộ bộ phận giải thể", OrganizationType.SUB_COMMITTEE));
        OrganizationId inner = organizations.create(committee, sub, draft("Chi bộ giải thể", OrganizationType.BRANCH));
        DecisionReference decision = new DecisionReference("45", "QĐ/ĐU", LocalDate.now());
        assertThatThrownBy(() -> organizations.dissolve(committee, sub, LocalDate.now(), decision))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("organization.dissolve.children");
        assertThatThrownBy(() -> organizations.dissolve(committee, inner, LocalDate.now(), null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("organization.decision.required");

        organizations.dissolve(committee, inner, LocalDate.now(), decision);
        organizations.dissolve(committee, sub, LocalDate.now(), decision);

        assertThat(organizations.details(committee, sub).summary().dissolved()).isTrue();
        assertThat(organizations.visibleTree(committee, false).get(0).children())
                .noneMatch(n -> n.organization().id().equals(sub));
        assertThat(organizations.visibleTree(committee, true).get(0).children())
                .anyMatch(n -> n.organization().id().equals(sub));
    }

    @Test
    void aSecretaryCannotTouchAnotherBranchAndCannotRestructureHers() {
        long other = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        long own = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        assertThatThrownBy(() -> organizations.details(secretary, OrganizationId.of(other)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.addTerm(
                        secretary,
                        OrganizationId.of(other),
                        "2025–2027",
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2031, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.create(
                        secretary, OrganizationId.of(own), draft("Tổ đảng không phép", OrganizationType.CELL)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(organizations
                        .scope(secretary, vn.chibo.platform.Permission.ORGANIZATION_VIEW)
                        .paths())
                .hasSize(1);
    }

    @Test
    void aRefusedWriteLeavesNothingBehind() {
        OrganizationId branch =
                organizations.create(committee, sector, draft("Chi bộ nhiệm kỳ trùng", OrganizationType.BRANCH));
        organizations.addTerm(committee, branch, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 11, 1));
        long auditBefore = auditCount();
        assertThatThrownBy(() -> organizations.addTerm(
                        committee, branch, "Trùng", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("term.overlap");
        assertThat(organizations.details(committee, branch).terms()).hasSize(1);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void aTermHasOneSecretaryAtATime() {
        OrganizationId branch =
                organizations.create(committee, sector, draft("Chi bộ một bí thư", OrganizationType.BRANCH));
        long term = organizations.addTerm(
                committee, branch, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 11, 1));
        organizations.addCommitteeSeat(
                committee, branch, term, "Ngô Thị Hạnh", Position.SECRETARY, LocalDate.of(2025, 5, 1), null, null);
        assertThatThrownBy(() -> organizations.addCommitteeSeat(
                        committee,
                        branch,
                        term,
                        "Lý Văn Nam",
                        Position.SECRETARY,
                        LocalDate.of(2026, 1, 1),
                        null,
                        null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("committee.secretary.taken");
    }

    @Test
    void theDemoHistoryShowsTheDistrictLevelBeforeTheReorganization() {
        OrganizationId province = OrganizationId.of(DemoFixtures.organizationId(jdbc, "Đảng bộ tỉnh Bình Sơn"));
        OrganizationId district = OrganizationId.of(DemoFixtures.organizationId(jdbc, "Đảng bộ huyện Đông Sơn"));
        OrganizationId commune = OrganizationId.of(DemoFixtures.organizationId(jdbc, "Đảng bộ xã Đông Sơn"));
        CurrentUser admin = CurrentUser.system();

        List<OrganizationSummary> before = organizations.subtreeAt(admin, province, LocalDate.of(2025, 6, 30));
        assertThat(ids(before)).contains(district, commune);
        assertThat(before.stream()
                        .filter(o -> o.id().equals(commune))
                        .findFirst()
                        .orElseThrow()
                        .parentId())
                .isEqualTo(district);

        List<OrganizationSummary> after = organizations.subtreeAt(admin, province, LocalDate.of(2025, 7, 1));
        assertThat(ids(after)).contains(commune).doesNotContain(district);
        assertThat(after.stream()
                        .filter(o -> o.id().equals(commune))
                        .findFirst()
                        .orElseThrow()
                        .parentId())
                .isEqualTo(province);
    }

    @Test
    void theAuditLogIsAppendOnly() {
        assertThatThrownBy(() ->
                        jdbc.sql("UPDATE platform.audit_log SET actor = 'x'").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform.audit_log").update())
                .isInstanceOf(DataAccessException.class);
    }

    private long auditCount() {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log")
                .query(Long.class)
                .single();
    }

    private static List<OrganizationId> ids(List<OrganizationSummary> rows) {
        return rows.stream().map(OrganizationSummary::id).toList();
    }

    private static OrganizationDraft draft(String name, OrganizationType type) {
        return new OrganizationDraft(name, null, type, "Bình Sơn", null, null, null, null, null);
    }
}
