package vn.chibo.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
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

    /** The application's clock: the tests run as of its day, whatever day it is. */
    @Autowired
    Clock clock;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationUnits organizationUnits;

    @Autowired
    OrganizationTerms organizationTerms;

    @Autowired
    OrganizationAccess organizationAccess;

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
        LocalDate moveDate = LocalDate.now(clock).minusDays(10);
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
        assertThatThrownBy(() -> organizations.move(committee, sub, inner, LocalDate.now(clock), null))
                .isInstanceOf(InvalidInputException.class);
        OrganizationId other =
                organizations.create(committee, sector, draft("Đảng bộ bộ phận khác", OrganizationType.SUB_COMMITTEE));
        DecisionReference decision = new DecisionReference("31", "QĐ/ĐU", LocalDate.now(clock));
        assertThatThrownBy(() -> organizations.move(
                        committee, inner, other, LocalDate.now(clock).plusDays(3), decision))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("organization.move.future");
        // Nor without the decision that moves it, and nothing is written.
        assertThatThrownBy(() -> organizations.move(committee, inner, other, LocalDate.now(clock), null))
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
        DecisionReference decision = new DecisionReference("45", "QĐ/ĐU", LocalDate.now(clock));
        assertThatThrownBy(() -> organizations.dissolve(committee, sub, LocalDate.now(clock), decision))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("organization.dissolve.children");
        assertThatThrownBy(() -> organizations.dissolve(committee, inner, LocalDate.now(clock), null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("organization.decision.required");

        organizations.dissolve(committee, inner, LocalDate.now(clock), decision);
        organizations.dissolve(committee, sub, LocalDate.now(clock), decision);

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
        assertThatThrownBy(() -> organizationTerms.addTerm(
                        secretary,
                        OrganizationId.of(other),
                        "2025–2027",
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2031, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.create(
                        secretary, OrganizationId.of(own), draft("Tổ đảng không phép", OrganizationType.CELL)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(organizationAccess
                        .scope(secretary, vn.chibo.platform.Permission.ORGANIZATION_VIEW)
                        .paths())
                .hasSize(1);
    }

    @Test
    void aRefusedWriteLeavesNothingBehind() {
        OrganizationId branch =
                organizations.create(committee, sector, draft("Chi bộ nhiệm kỳ trùng", OrganizationType.BRANCH));
        organizationTerms.addTerm(committee, branch, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 11, 1));
        long auditBefore = auditCount();
        assertThatThrownBy(() -> organizationTerms.addTerm(
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
        long term = organizationTerms.addTerm(
                committee, branch, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 11, 1));
        organizationTerms.addCommitteeSeat(
                committee, branch, term, "Ngô Thị Hạnh", Position.SECRETARY, LocalDate.of(2025, 5, 1), null, null);
        assertThatThrownBy(() -> organizationTerms.addCommitteeSeat(
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
    void aUnitIsCorrectedAndTheAuditLogKeepsBothValues() {
        OrganizationId branch =
                organizations.create(committee, sector, draft("Chi bộ sửa đơn vị", OrganizationType.BRANCH));
        long unit = organizationUnits.addUnit(committee, branch, unit("Trường THCS Sửa Số Liệu", 3, 40, 5));

        organizationUnits.updateUnit(committee, branch, unit, unit("Trường THCS Sửa Số Liệu (mới)", 4, 42, 6));

        UnitDetails saved = organizations.details(committee, branch).units().get(0);
        assertThat(saved.name()).isEqualTo("Trường THCS Sửa Số Liệu (mới)");
        assertThat(saved.staff()).isEqualTo(52);
        assertThat(jdbc.sql("SELECT (before_value->>'teachers') || '>' || (after_value->>'teachers')"
                                + " FROM platform.audit_log WHERE actor = 'capuy-test' AND action = 'unit.update'"
                                + " AND entity_id = :id")
                        .param("id", Long.toString(unit))
                        .query(String.class)
                        .single())
                .isEqualTo("40>42");
    }

    @Test
    void aRefusedUnitCorrectionNamesTheFieldAndChangesNothing() {
        OrganizationId branch =
                organizations.create(committee, sector, draft("Chi bộ sửa đơn vị sai", OrganizationType.BRANCH));
        long unit = organizationUnits.addUnit(committee, branch, unit("Trường Tiểu học Sai Số", 2, 20, 3));
        long auditBefore = auditCount();

        assertThatThrownBy(() -> organizationUnits.updateUnit(committee, branch, unit, unit("Trường khác", -1, 20, 3)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("managers");
        assertThatThrownBy(() -> organizationUnits.updateUnit(committee, branch, unit, unit(" ", 2, 20, 3)))
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("name");

        assertThat(organizations.details(committee, branch).units())
                .singleElement()
                .satisfies(u -> assertThat(u.name() + " " + u.managers()).isEqualTo("Trường Tiểu học Sai Số 2"));
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void aTermIsCorrectedWithoutOverlappingAnotherOrLeavingItsCommitteeOutside() {
        OrganizationId branch =
                organizations.create(committee, sector, draft("Chi bộ sửa nhiệm kỳ", OrganizationType.BRANCH));
        organizationTerms.addTerm(committee, branch, "2020–2025", LocalDate.of(2020, 5, 1), LocalDate.of(2025, 5, 1));
        long term = organizationTerms.addTerm(
                committee, branch, "2025–2027", LocalDate.of(2025, 5, 10), LocalDate.of(2027, 11, 1));
        organizationTerms.addCommitteeSeat(
                committee, branch, term, "Trần Thị Mai", Position.SECRETARY, LocalDate.of(2025, 6, 1), null, null);

        organizationTerms.updateTerm(
                committee, branch, term, "2025–2030", LocalDate.of(2025, 5, 1), LocalDate.of(2030, 5, 1));

        TermDetails saved = termNamed(branch, "2025–2030");
        assertThat(saved.startsOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(saved.endsOn()).isEqualTo(LocalDate.of(2030, 5, 1));
        assertThat(jdbc.sql("SELECT (before_value->>'name') || ' ' || (before_value->>'startsOn') || ' > '"
                                + " || (after_value->>'name') || ' ' || (after_value->>'startsOn')"
                                + " FROM platform.audit_log WHERE actor = 'capuy-test' AND action = 'term.update'"
                                + " AND entity_id = :id")
                        .param("id", Long.toString(term))
                        .query(String.class)
                        .single())
                .isEqualTo("2025–2027 2025-05-10 > 2025–2030 2025-05-01");

        long auditBefore = auditCount();
        assertThatThrownBy(() -> organizationTerms.updateTerm(
                        committee, branch, term, "2025–2030", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 5, 1)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("term.overlap");
        assertThatThrownBy(() -> organizationTerms.updateTerm(
                        committee, branch, term, "2025–2030", LocalDate.of(2025, 7, 1), LocalDate.of(2030, 5, 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo("startsOn");
                    assertThat(((InvalidInputException) e).messageKey()).isEqualTo("term.seatOutside");
                });
        assertThatThrownBy(() -> organizationTerms.updateTerm(
                        committee, branch, term, "2025–2030", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("term.endsOn.beforeStart");
        assertThat(termNamed(branch, "2025–2030").startsOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void aSecretaryLeavesTheCommitteeAndASuccessorTakesTheSeat() {
        OrganizationId branch =
                organizations.create(committee, sector, draft("Chi bộ thay bí thư", OrganizationType.BRANCH));
        long term = organizationTerms.addTerm(
                committee, branch, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 11, 1));
        long first = organizationTerms.addCommitteeSeat(
                committee, branch, term, "Ngô Thị Hạnh", Position.SECRETARY, LocalDate.of(2025, 5, 1), null, null);

        organizationTerms.endCommitteeSeat(committee, branch, term, first, LocalDate.of(2026, 3, 31));
        long second = organizationTerms.addCommitteeSeat(
                committee, branch, term, "Lý Văn Nam", Position.SECRETARY, LocalDate.of(2026, 4, 1), null, null);

        assertThat(jdbc.sql("SELECT coalesce(before_value->>'toDate', '-') || ' > ' || (after_value->>'toDate')"
                                + " FROM platform.audit_log WHERE actor = 'capuy-test' AND action = 'committee.seat.end'"
                                + " AND entity_id = :id")
                        .param("id", Long.toString(first))
                        .query(String.class)
                        .single())
                .isEqualTo("- > 2026-03-31");
        assertThat(seat(branch, first).activeOn(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(seat(branch, second).activeOn(LocalDate.of(2026, 4, 1))).isTrue();

        long auditBefore = auditCount();
        // Reopening the first seat would give the term two secretaries at once.
        assertThatThrownBy(() -> organizationTerms.updateCommitteeSeat(
                        committee,
                        branch,
                        term,
                        first,
                        "Ngô Thị Hạnh",
                        Position.SECRETARY,
                        LocalDate.of(2025, 5, 1),
                        null,
                        null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("committee.secretary.taken");
        assertThatThrownBy(() ->
                        organizationTerms.endCommitteeSeat(committee, branch, term, first, LocalDate.of(2026, 5, 1)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("committee.seat.alreadyEnded");
        assertThatThrownBy(() ->
                        organizationTerms.endCommitteeSeat(committee, branch, term, second, LocalDate.of(2026, 1, 1)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("committee.toDate.beforeFrom");
        assertThat(seat(branch, first).toDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(seat(branch, second).toDate()).isNull();
        assertThat(auditCount()).isEqualTo(auditBefore);

        // The secretary may correct her own seat without clashing with herself.
        organizationTerms.updateCommitteeSeat(
                committee,
                branch,
                term,
                second,
                "Lý Văn Nam",
                Position.SECRETARY,
                LocalDate.of(2026, 4, 2),
                null,
                new DecisionReference("7", "QĐ/ĐU", LocalDate.of(2026, 4, 1)));
        assertThat(seat(branch, second).fromDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(jdbc.sql("SELECT (before_value->>'fromDate') || ' > ' || (after_value->>'fromDate')"
                                + " FROM platform.audit_log WHERE actor = 'capuy-test'"
                                + " AND action = 'committee.seat.update' AND entity_id = :id")
                        .param("id", Long.toString(second))
                        .query(String.class)
                        .single())
                .isEqualTo("2026-04-01 > 2026-04-02");
    }

    @Test
    void theCorrectionsStayWithinTheCallersGrants() {
        CurrentUser system = CurrentUser.system();
        OrganizationId other =
                organizations.create(system, sector, draft("Chi bộ ngoài phạm vi", OrganizationType.BRANCH));
        long unit = organizationUnits.addUnit(system, other, unit("Trường Tiểu học Phạm Vi", 1, 1, 1));
        long term = organizationTerms.addTerm(
                system, other, "2040–2045", LocalDate.of(2040, 1, 1), LocalDate.of(2045, 1, 1));
        long seat = organizationTerms.addCommitteeSeat(
                system, other, term, "Đặng Văn Phạm Vi", Position.MEMBER, LocalDate.of(2040, 1, 1), null, null);
        long auditBefore = auditCount();

        // A secretary of another branch does not even see this one.
        assertThatThrownBy(() -> organizationUnits.updateUnit(secretary, other, unit, unit("Đổi", 1, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizationTerms.updateTerm(
                        secretary, other, term, "Đổi", LocalDate.of(2040, 1, 1), LocalDate.of(2046, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizationTerms.updateCommitteeSeat(
                        secretary, other, term, seat, "Đổi", Position.SECRETARY, LocalDate.of(2040, 1, 1), null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        organizationTerms.endCommitteeSeat(secretary, other, term, seat, LocalDate.of(2041, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        // Nor can she reach them through her own branch.
        OrganizationId own = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        assertThatThrownBy(() -> organizationUnits.updateUnit(secretary, own, unit, unit("Đổi", 1, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> organizationTerms.endCommitteeSeat(secretary, own, term, seat, LocalDate.of(2041, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        // A member of the branch sees it but may not change it.
        CurrentUser member =
                new CurrentUser(9003, "dangvien-test", "Đảng viên thử", List.of(new Grant(other.value(), Role.MEMBER)));
        assertThatThrownBy(() -> organizationUnits.updateUnit(member, other, unit, unit("Đổi", 1, 1, 1)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> organizationTerms.updateTerm(
                        member, other, term, "Đổi", LocalDate.of(2040, 1, 1), LocalDate.of(2046, 1, 1)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(
                        () -> organizationTerms.endCommitteeSeat(member, other, term, seat, LocalDate.of(2041, 1, 1)))
                .isInstanceOf(ForbiddenException.class);

        assertThat(auditCount()).isEqualTo(auditBefore);
        assertThat(seat(other, seat).toDate()).isNull();
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

    private TermDetails termNamed(OrganizationId id, String name) {
        return organizations.details(committee, id).terms().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private CommitteeSeat seat(OrganizationId id, long seatId) {
        return organizations.details(CurrentUser.system(), id).terms().stream()
                .flatMap(t -> t.committee().stream())
                .filter(s -> s.id() == seatId)
                .findFirst()
                .orElseThrow();
    }

    private static UnitDraft unit(String name, int managers, int teachers, int employees) {
        return new UnitDraft(
                name, UnitKind.LOWER_SECONDARY_SCHOOL, null, managers, teachers, employees, LocalDate.of(2026, 1, 1));
    }

    private static List<OrganizationId> ids(List<OrganizationSummary> rows) {
        return rows.stream().map(OrganizationSummary::id).toList();
    }

    private static OrganizationDraft draft(String name, OrganizationType type) {
        return new OrganizationDraft(name, null, type, "Bình Sơn", null, null, null, null, null);
    }
}
