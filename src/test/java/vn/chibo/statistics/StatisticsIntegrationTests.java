package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberCategory;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberEventKind;
import vn.chibo.members.MemberField;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberLifeCycle;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.PoliticalTheoryLevel;
import vn.chibo.members.RecordMemberEvent;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.OrganizationUnits;
import vn.chibo.organizations.UnitDraft;
import vn.chibo.organizations.UnitKind;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;

/**
 * The statistics of a sub-committee with two branches whose members are all known (created here, beside the demo
 * data): exact counts per group and per branch on today's list and on past dates, the ratio with the units' staff, the
 * scope of secretaries and committees on the page and the API, the export and refused input.
 */
@ChiboIntegrationTest
class StatisticsIntegrationTests {

    /** The clock of {@link ChiboIntegrationTest}: the tests run on 6/12/2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static final String PASSWORD = "mat-khau-thong-ke-2026";

    @Autowired
    OrganizationStatistics statistics;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationUnits units;

    @Autowired
    MemberManagement members;

    @Autowired
    MemberLifeCycle lifeCycle;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /** The organizations and accounts of the fixture, made once for the class. */
    record Fixture(
            OrganizationId subCommittee,
            OrganizationId branchA,
            OrganizationId branchB,
            String nameA,
            String nameB,
            String secretaryA,
            String secretaryB,
            String memberA) {}

    private static Fixture fixture;

    private Fixture fixture() {
        if (fixture == null) {
            fixture = build();
        }
        return fixture;
    }

    private Fixture build() {
        long n = System.nanoTime() % 100000;
        CurrentUser committee = new CurrentUser(
                9501,
                "capuy-tk",
                "Cấp ủy",
                List.of(new Grant(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE), Role.COMMITTEE)));
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        OrganizationId sub = organizations.create(
                committee, sector, organization("Đảng bộ bộ phận Thống kê " + n, OrganizationType.SUB_COMMITTEE));
        String nameA = "Chi bộ Trường Tiểu học An Phú " + n;
        String nameB = "Chi bộ Trường Tiểu học Bình Minh " + n;
        OrganizationId a = organizations.create(committee, sub, organization(nameA, OrganizationType.BRANCH));
        OrganizationId b = organizations.create(committee, sub, organization(nameB, OrganizationType.BRANCH));
        organizations.create(committee, a, organization("Tổ đảng khối 1 " + n, OrganizationType.CELL));
        // Staff: 2 + 10 + 3 = 15 in A, 1 + 4 + 0 = 5 in B.
        units.addUnit(
                committee,
                a,
                new UnitDraft(
                        "Trường Tiểu học An Phú " + n,
                        UnitKind.PRIMARY_SCHOOL,
                        null,
                        2,
                        10,
                        3,
                        LocalDate.of(2026, 9, 1)));
        units.addUnit(
                committee,
                b,
                new UnitDraft(
                        "Trường Tiểu học Bình Minh " + n,
                        UnitKind.PRIMARY_SCHOOL,
                        null,
                        1,
                        4,
                        0,
                        LocalDate.of(2026, 10, 1)));

        // Branch A: four members today.
        member(committee, a, "Lê Thị Hạnh", Gender.FEMALE, LocalDate.of(1990, 5, 1), LocalDate.of(2010, 1, 5), true)
                .qualification("Thạc sĩ Quản lý giáo dục")
                .theory(PoliticalTheoryLevel.INTERMEDIATE)
                .create();
        MemberId exempt = member(
                        committee,
                        a,
                        "Hoàng Văn Nông",
                        Gender.MALE,
                        LocalDate.of(1970, 3, 1),
                        LocalDate.of(2001, 2, 1),
                        true)
                .ethnicity("Tày")
                .religion("Phật giáo")
                .qualification("Cử nhân Sư phạm")
                .theory(PoliticalTheoryLevel.ADVANCED)
                .create();
        event(committee, exempt, MemberEventKind.EXEMPTED, LocalDate.of(2025, 1, 15), null, null);
        member(committee, a, "Trần Thị Mai", Gender.FEMALE, LocalDate.of(2000, 1, 10), LocalDate.of(2026, 6, 1), false)
                .qualification("Cao đẳng Sư phạm")
                .theory(PoliticalTheoryLevel.ELEMENTARY)
                .create();
        member(committee, a, "Phạm Văn Hưu", Gender.MALE, LocalDate.of(1960, 1, 1), LocalDate.of(1990, 5, 5), true)
                .notStaff()
                .theory(PoliticalTheoryLevel.BACHELOR)
                .create();
        // Branch B: one member of its own, one who came from A on 1/5/2026, one who left ChiBo on 1/2/2026.
        member(committee, b, "Đinh Thị Thu", Gender.FEMALE, LocalDate.of(1985, 7, 7), LocalDate.of(2012, 3, 3), true)
                .ethnicity("Mường")
                .religion("Không")
                .qualification("Tiến sĩ Hóa học")
                .create();
        MemberId moved = member(
                        committee,
                        a,
                        "Vũ Thị Chuyển",
                        Gender.FEMALE,
                        LocalDate.of(1980, 2, 2),
                        LocalDate.of(2012, 4, 1),
                        true)
                .create();
        event(committee, moved, MemberEventKind.TRANSFERRED, LocalDate.of(2026, 5, 1), b, null);
        MemberId left = member(
                        committee,
                        b,
                        "Ngô Văn Đi",
                        Gender.MALE,
                        LocalDate.of(1975, 8, 8),
                        LocalDate.of(2005, 8, 8),
                        true)
                .create();
        event(committee, left, MemberEventKind.TRANSFERRED, LocalDate.of(2026, 2, 1), null, "Đảng bộ Quân sự tỉnh");

        String secretaryA = "bithu-tk-a-" + n;
        String secretaryB = "bithu-tk-b-" + n;
        String memberA = "dangvien-tk-a-" + n;
        users.createUser(
                CurrentUser.system(), secretaryA, "Bí thư A", PASSWORD, false, new Grant(a.value(), Role.SECRETARY));
        users.createUser(
                CurrentUser.system(), secretaryB, "Bí thư B", PASSWORD, false, new Grant(b.value(), Role.SECRETARY));
        users.createUser(
                CurrentUser.system(), memberA, "Đảng viên A", PASSWORD, false, new Grant(a.value(), Role.MEMBER));
        return new Fixture(sub, a, b, nameA, nameB, secretaryA, secretaryB, memberA);
    }

    private static OrganizationDraft organization(String name, OrganizationType type) {
        return new OrganizationDraft(name, null, type, "Bình Sơn", null, null, null, LocalDate.of(2000, 1, 1), null);
    }

    /** A member's draft being written: official a year and a month after her ceremony unless {@code official} is false. */
    private final class Draft {
        private final CurrentUser user;
        private MemberDraft draft;

        Draft(CurrentUser user, MemberDraft draft) {
            this.user = user;
            this.draft = draft;
        }

        Draft ethnicity(String value) {
            draft = draft.with(MemberField.ETHNICITY, value);
            return this;
        }

        Draft religion(String value) {
            draft = draft.with(MemberField.RELIGION, value);
            return this;
        }

        Draft qualification(String value) {
            draft = draft.with(MemberField.QUALIFICATION, value);
            return this;
        }

        Draft theory(PoliticalTheoryLevel value) {
            draft = draft.with(MemberField.THEORY_LEVEL, value);
            return this;
        }

        Draft notStaff() {
            draft = draft.with(MemberField.UNIT_STAFF, false);
            return this;
        }

        MemberId create() {
            return members.create(user, draft);
        }
    }

    private Draft member(
            CurrentUser user,
            OrganizationId branch,
            String name,
            Gender gender,
            LocalDate born,
            LocalDate admitted,
            boolean official) {
        LocalDate ceremony = admitted.plusDays(14);
        return new Draft(
                user,
                MemberDraft.minimal(
                        branch, name, gender, born, admitted, ceremony, official ? ceremony.plusMonths(13) : null));
    }

    private void event(
            CurrentUser user, MemberId id, MemberEventKind kind, LocalDate on, OrganizationId to, String out) {
        lifeCycle.recordEvent(
                user, id, new RecordMemberEvent(kind, on, null, new DecisionReference("1", "QĐ", on), to, out, null));
    }

    private CurrentUser committee() {
        return new CurrentUser(
                9501,
                "capuy-tk",
                "Cấp ủy",
                List.of(new Grant(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE), Role.COMMITTEE)));
    }

    /** The API's sign-in: HTTP Basic. */
    private static RequestPostProcessor api(String username) {
        return httpBasic(username, username.equals("capuy") ? DemoFixtures.PASSWORD : PASSWORD);
    }

    private static final Map<String, MockHttpSession> SESSIONS = new java.util.HashMap<>();

    /** Signed in through the login form, as in a browser: the demo's committee or an account of the fixture. */
    private RequestPostProcessor as(String username) throws Exception {
        MockHttpSession session = SESSIONS.get(username);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(post("/login")
                            .param("username", username)
                            .param("password", username.equals("capuy") ? DemoFixtures.PASSWORD : PASSWORD)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/"))
                    .andReturn()
                    .getRequest()
                    .getSession(false);
            SESSIONS.put(username, session);
        }
        MockHttpSession signedIn = session;
        return request -> {
            request.setSession(signedIn);
            return request;
        };
    }

    private static void assertCounts(StatisticsRow row, Map<MemberCategory, Long> expected) {
        for (MemberCategory category : MemberCategory.values()) {
            assertThat(row.count(category))
                    .as("%s of %s", category, row.name())
                    .isEqualTo(expected.getOrDefault(category, 0L));
        }
    }

    @Test
    void aCommitteeSeesEachBranchSideBySideWithExactCountsAndTheRatio() {
        Fixture f = fixture();
        StatisticsReport report = statistics.report(committee(), f.subCommittee(), TODAY);

        assertThat(report.rows()).extracting(StatisticsRow::name).containsExactly(f.nameA(), f.nameB());
        StatisticsRow a = report.rows().get(0);
        StatisticsRow b = report.rows().get(1);
        assertCounts(
                a,
                Map.ofEntries(
                        Map.entry(MemberCategory.MEMBERS, 4L),
                        Map.entry(MemberCategory.OFFICIAL, 3L),
                        Map.entry(MemberCategory.PROBATIONARY, 1L),
                        Map.entry(MemberCategory.EXEMPT, 1L),
                        Map.entry(MemberCategory.UNIT_STAFF, 3L),
                        Map.entry(MemberCategory.MALE, 2L),
                        Map.entry(MemberCategory.FEMALE, 2L),
                        Map.entry(MemberCategory.KINH, 3L),
                        Map.entry(MemberCategory.MINORITY, 1L),
                        Map.entry(MemberCategory.AGE_UP_TO_30, 1L),
                        Map.entry(MemberCategory.AGE_31_TO_40, 1L),
                        Map.entry(MemberCategory.AGE_51_TO_60, 1L),
                        Map.entry(MemberCategory.AGE_OVER_60, 1L),
                        Map.entry(MemberCategory.RELIGIOUS, 1L),
                        Map.entry(MemberCategory.NO_RELIGION, 3L),
                        Map.entry(MemberCategory.MASTER, 1L),
                        Map.entry(MemberCategory.UNIVERSITY, 1L),
                        Map.entry(MemberCategory.COLLEGE, 1L),
                        Map.entry(MemberCategory.OTHER_QUALIFICATION, 1L),
                        Map.entry(MemberCategory.THEORY_ADVANCED, 2L),
                        Map.entry(MemberCategory.THEORY_INTERMEDIATE, 1L),
                        Map.entry(MemberCategory.THEORY_ELEMENTARY, 1L)));
        assertCounts(
                b,
                Map.ofEntries(
                        Map.entry(MemberCategory.MEMBERS, 2L),
                        Map.entry(MemberCategory.OFFICIAL, 2L),
                        Map.entry(MemberCategory.UNIT_STAFF, 2L),
                        Map.entry(MemberCategory.FEMALE, 2L),
                        Map.entry(MemberCategory.KINH, 1L),
                        Map.entry(MemberCategory.MINORITY, 1L),
                        Map.entry(MemberCategory.AGE_41_TO_50, 2L),
                        Map.entry(MemberCategory.NO_RELIGION, 2L),
                        Map.entry(MemberCategory.DOCTORATE, 1L),
                        Map.entry(MemberCategory.OTHER_QUALIFICATION, 1L),
                        Map.entry(MemberCategory.THEORY_NONE, 2L)));
        // 3 of A's 4 members are staff of the school, which has 15 staff; B: 2 of 5; together 5 of 20.
        assertThat(a.staff()).isEqualTo(15);
        assertThat(a.ratio()).isEqualByComparingTo("20.00");
        assertThat(b.staff()).isEqualTo(5);
        assertThat(b.ratio()).isEqualByComparingTo("40.00");
        assertThat(report.total().members().members()).isEqualTo(6);
        assertThat(report.total().count(MemberCategory.PROBATIONARY)).isEqualTo(1);
        assertThat(report.total().staff()).isEqualTo(20);
        assertThat(report.total().ratio()).isEqualByComparingTo("25.00");
        assertThat(report.total().staffAsOf()).isEqualTo(LocalDate.of(2026, 9, 1));
        // Branches and the cell under A.
        assertThat(a.organizations())
                .containsOnly(Map.entry(OrganizationType.BRANCH, 1L), Map.entry(OrganizationType.CELL, 1L));
        assertThat(report.organizationTypes()).containsExactly(OrganizationType.BRANCH, OrganizationType.CELL);
        assertThat(report.total().organizations(OrganizationType.BRANCH)).isEqualTo(2);
    }

    @Test
    void aPastDateCountsTheListsAsTheyStoodThatDay() {
        Fixture f = fixture();
        // 1/3/2026: Trần Thị Mai not admitted yet (1/6/2026); Vũ Thị Chuyển still in A (moved 1/5/2026); Ngô Văn Đi
        // gone.
        StatisticsReport march = statistics.report(committee(), f.subCommittee(), LocalDate.of(2026, 3, 1));
        assertThat(march.rows().get(0).members().members()).isEqualTo(4);
        assertThat(march.rows().get(0).count(MemberCategory.PROBATIONARY)).isZero();
        assertThat(march.rows().get(0).count(MemberCategory.AGE_UP_TO_30)).isZero();
        assertThat(march.rows().get(0).count(MemberCategory.AGE_41_TO_50)).isEqualTo(1);
        assertThat(march.rows().get(1).members().members()).isEqualTo(1);
        // 15/1/2026: Ngô Văn Đi still in B.
        StatisticsReport january = statistics.report(committee(), f.subCommittee(), LocalDate.of(2026, 1, 15));
        assertThat(january.rows().get(1).members().members()).isEqualTo(2);
        assertThat(january.rows().get(1).count(MemberCategory.MALE)).isEqualTo(1);
        // A branch alone is its only row.
        StatisticsReport branch = statistics.report(committee(), f.branchB(), TODAY);
        assertThat(branch.rows()).hasSize(1);
        assertThat(branch.total().members().members()).isEqualTo(2);
        assertThat(branch.total().organizations()).containsOnly(Map.entry(OrganizationType.BRANCH, 1L));
    }

    @Test
    void aSecretarySeesHerBranchOnlyAndAnOrdinaryMemberNothing() throws Exception {
        Fixture f = fixture();
        mvc.perform(get("/statistics").with(as(f.secretaryA())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(f.nameA())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("20,00 %")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Lê Thị Hạnh"))));
        // Outside her grants, a sister branch and the committee above do not exist for her: 404, as an unknown id.
        mvc.perform(get("/statistics")
                        .param("organization", f.branchB().toString())
                        .with(as(f.secretaryA())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistics")
                        .param("organization", f.subCommittee().toString())
                        .with(as(f.secretaryA())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statistics")
                        .param("organization", f.branchA().toString())
                        .with(api(f.secretaryB())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistics/export.csv")
                        .param("organization", f.branchA().toString())
                        .with(as(f.secretaryB())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/statistics").with(as(f.memberA()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics")
                        .param("organization", f.branchA().toString())
                        .with(api(f.memberA())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics")).andExpect(status().isUnauthorized());
        assertThatThrownBy(() -> statistics.report(
                        new CurrentUser(
                                1,
                                f.secretaryB(),
                                "B",
                                List.of(new Grant(f.branchB().value(), Role.SECRETARY))),
                        f.branchA(),
                        TODAY))
                .isInstanceOf(NotFoundException.class);
        // Her own member sees the branch, without the permission: 403.
        assertThatThrownBy(() -> statistics.report(
                        new CurrentUser(
                                2,
                                f.memberA(),
                                "A",
                                List.of(new Grant(f.branchA().value(), Role.MEMBER))),
                        f.branchA(),
                        TODAY))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theApiGivesThePagesFigures() throws Exception {
        Fixture f = fixture();
        mvc.perform(get("/api/v1/statistics")
                        .param("organization", f.subCommittee().toString())
                        .param("date", "2026-03-01")
                        .with(api("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-03-01"))
                .andExpect(jsonPath("$.rows[0].name").value(f.nameA()))
                .andExpect(jsonPath("$.rows[0].members.counts.MEMBERS").value(4))
                .andExpect(jsonPath("$.rows[1].members.counts.MEMBERS").value(1))
                .andExpect(jsonPath("$.total.members.counts.MEMBERS").value(5))
                .andExpect(jsonPath("$.total.staff").value(20))
                .andExpect(jsonPath("$.total.ratio").value(20.0));
        mvc.perform(get("/api/v1/statistics")
                        .param("organization", f.branchA().toString())
                        .with(api(f.secretaryA())))
                .andExpect(status().isOk())
                // A's own list and units, then its cell (no members of its own).
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].direct").value(true))
                .andExpect(jsonPath("$.rows[0].members.counts.MEMBERS").value(4))
                .andExpect(jsonPath("$.rows[1].type").value("CELL"))
                .andExpect(jsonPath("$.rows[1].members.counts.MEMBERS").value(0))
                .andExpect(jsonPath("$.total.members.counts.THEORY_ADVANCED").value(2))
                .andExpect(jsonPath("$.total.ratio").value(20.0));
    }

    @Test
    void theCsvExportIsTheTableInUtf8WithAByteOrderMark() throws Exception {
        Fixture f = fixture();
        byte[] csv = mvc.perform(get("/statistics/export.csv")
                        .param("organization", f.subCommittee().toString())
                        .param("date", "06/12/2026")
                        .with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines =
                new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0))
                .startsWith("Tổ chức đảng,Số lượng đảng viên – Tổng số,Số lượng đảng viên – Chính thức,");
        assertThat(lines.get(0)).contains("Giới tính – Nữ", "Trình độ lý luận chính trị – Cao cấp, cử nhân");
        // Name, then the 27 categories of MemberCategory, staff, staff date, ratio, branches, cells.
        assertThat(lines.get(1))
                .startsWith(f.nameA()
                        + ",4,3,1,1,0,3,2,2,3,1,1,1,0,1,1,1,3,0,1,1,1,0,1,2,1,1,0,15,01/09/2026,\"20,00\",1,1");
        assertThat(lines.get(2))
                .startsWith(f.nameB()
                        + ",2,2,0,0,0,2,0,2,1,1,0,0,2,0,0,0,2,1,0,0,0,0,1,0,0,0,2,5,01/10/2026,\"40,00\",1,0");
        assertThat(lines.get(3))
                .isEqualTo(
                        "Tổng cộng,6,5,1,1,0,5,2,4,4,2,1,1,2,1,1,1,5,1,1,1,1,0,2,2,1,1,2,20,01/09/2026,\"25,00\",2,1");
        // Under the total, each column's share of it: of the 6 members, of the 3 organizations.
        assertThat(lines.get(4))
                .startsWith("Tỷ lệ so với tổng số,\"100,00\",\"83,33\",\"16,67\",\"16,67\",\"0,00\",\"83,33\",")
                .endsWith(",,,,\"66,67\",\"33,33\"");
        // The export is in the audit log, without a figure or a name.
        assertThat(jdbc.sql("SELECT after_value::text FROM platform.audit_log WHERE action = 'statistics.export'"
                                + " AND entity_id = :id ORDER BY id DESC LIMIT 1")
                        .param("id", f.subCommittee().toString())
                        .query(String.class)
                        .single())
                .contains("\"format\": \"csv\"", "\"date\": \"2026-12-06\"");
    }

    @Test
    void theXlsxExportHasNumbersAsNumbers() throws Exception {
        Fixture f = fixture();
        byte[] xlsx = mvc.perform(get("/statistics/export.xlsx")
                        .param("organization", f.subCommittee().toString())
                        .with(as("capuy")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = sheet.getRow(5);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(6.0);
            assertThat(total.getCell(30).getNumericCellValue()).isEqualTo(25.0);
            assertThat(total.getCell(31).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void badInputIsRefusedInVietnameseNamingTheField() throws Exception {
        Fixture f = fixture();
        mvc.perform(get("/api/v1/statistics").param("organization", "abc").with(api("capuy")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organization"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Tổ chức đảng: mã \"abc\" không hợp lệ, phải là một số."));
        // An id no organization has answers as one outside the caller's grants: 404, nothing said of the id.
        mvc.perform(get("/api/v1/statistics").param("organization", "987654321").with(api("capuy")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statistics")
                        .param("organization", f.branchA().toString())
                        .param("date", "30/02/2026")
                        .with(api("capuy")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Số liệu đến ngày: \"30/02/2026\" không phải là một ngày (nhập theo dạng dd/mm/yyyy)."));
        mvc.perform(get("/api/v1/statistics")
                        .param("organization", f.branchA().toString())
                        .param("date", "2026-12-07")
                        .with(api("capuy")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        for (String early : List.of("-999999999-01-01", "01/01/1900")) {
            mvc.perform(get("/api/v1/statistics").param("date", early).with(api("capuy")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("date"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Số liệu đến ngày: không được trước ngày thành lập Đảng (03/02/1930)."));
        }
        mvc.perform(get("/statistics").param("date", "hôm qua").with(as(f.secretaryA())))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Số liệu đến ngày: &quot;hôm qua&quot; không phải là một ngày")));
        mvc.perform(get("/statistics").param("organization", "987654321").with(as(f.secretaryA())))
                .andExpect(status().isNotFound());
        String unknown = mvc.perform(
                        get("/statistics").param("organization", "987654321").with(as("capuy")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String foreign = mvc.perform(get("/statistics")
                        .param("organization", f.branchB().toString())
                        .with(as(f.secretaryA())))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).doesNotContain("987654321");
        assertThat(foreign).doesNotContain(f.nameB());
        assertThatThrownBy(() -> statistics.report(committee(), f.branchA(), LocalDate.of(1999, 1, 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void hostileOrganizationsAndDatesAreRefusedByFieldNeverWithAServerError() throws Exception {
        fixture();
        vn.chibo.Hostile hostile = vn.chibo.Hostile.draw();
        List<String> values = new java.util.ArrayList<>(hostile.samples(30, hostile::string));
        hostile.samples(30, hostile::anyLong).forEach(n -> values.add(Long.toString(n)));
        for (String value : values) {
            String v = value.length() > 2_000 ? value.substring(0, 2_000) : value;
            for (String field : List.of("organization", "date")) {
                var answer = mvc.perform(
                                get("/api/v1/statistics").param(field, v).with(api("capuy")))
                        .andReturn()
                        .getResponse();
                assertThat(answer.getStatus())
                        .as("%s=%s [%s]", field, v, hostile)
                        .isIn(200, 400, 403, 404);
                if (answer.getStatus() == 400) {
                    String body = answer.getContentAsString(StandardCharsets.UTF_8);
                    assertThat(com.jayway.jsonpath.JsonPath.<String>read(body, "$.errors[0].field"))
                            .as(body)
                            .isEqualTo(field);
                }
                assertThat(mvc.perform(get("/statistics").param(field, v).with(as("capuy")))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as("page %s=%s [%s]", field, v, hostile)
                        .isLessThan(500);
            }
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheRouteItsParametersAndErrors() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Object operation = com.jayway.jsonpath.JsonPath.read(doc, "$.paths['/api/v1/statistics'].get");
        assertThat(operation.toString()).contains("STATISTICS_VIEW", "organization", "date");
        Object responses = com.jayway.jsonpath.JsonPath.read(doc, "$.paths['/api/v1/statistics'].get.responses");
        assertThat(responses.toString()).contains("200", "400", "401", "403", "404");
    }

    @Test
    void theFormAsksHtmxForTheReportAloneAndTheNavigationLeadsThere() throws Exception {
        Fixture f = fixture();
        String fragment = mvc.perform(get("/statistics")
                        .param("organization", f.subCommittee().toString())
                        .header("HX-Request", "true")
                        .with(as("capuy")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).startsWith("<section id=\"report\"").doesNotContain("<html");
        assertThat(fragment).contains("<th scope=\"row\">" + f.nameB() + "</th>", "<caption>Giới tính</caption>");
        String home = mvc.perform(get("/").with(as(f.secretaryA())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("href=\"/statistics\"");
        String member = mvc.perform(get("/").with(as(f.memberA())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(member).doesNotContain("href=\"/statistics\"");
    }
}
