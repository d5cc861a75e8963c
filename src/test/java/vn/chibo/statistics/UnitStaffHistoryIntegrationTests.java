package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.OrganizationUnits;
import vn.chibo.organizations.StaffCount;
import vn.chibo.organizations.UnitDraft;
import vn.chibo.organizations.UnitKind;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/**
 * A unit's staff counted on several dates: the statistics of a past day divide by the staff counted then, a day before
 * the first count uses that count and says so, and the counts are kept, corrected and removed through the page's
 * service and the API with the same rules.
 */
@ChiboIntegrationTest
class UnitStaffHistoryIntegrationTests {

    @Autowired
    OrganizationStatistics statistics;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationUnits units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private CurrentUser committee() {
        return new CurrentUser(
                9502,
                "capuy-ls",
                "Cấp ủy",
                List.of(new Grant(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE), Role.COMMITTEE)));
    }

    private record Branch(OrganizationId id, long unit) {}

    private Branch branchWithCounts(String name) {
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        OrganizationId branch = organizations.create(
                committee(),
                sector,
                new OrganizationDraft(
                        name,
                        null,
                        OrganizationType.BRANCH,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        LocalDate.of(2000, 1, 1),
                        null));
        // 2 + 38 + 4 = 44 staff counted on 1/1/2025, then 3 + 50 + 7 = 60 on 1/9/2026.
        long unit = units.addUnit(committee(), branch, count("Trường " + name, 2, 38, 4, LocalDate.of(2025, 1, 1)));
        units.updateUnit(committee(), branch, unit, count("Trường " + name, 3, 50, 7, LocalDate.of(2026, 9, 1)));
        return new Branch(branch, unit);
    }

    @Test
    void aPastDayDividesByTheStaffCountedThen() {
        Branch branch = branchWithCounts("Chi bộ Trường THCS Lịch Sử " + System.nanoTime() % 100000);

        assertThat(statistics
                        .report(committee(), branch.id(), LocalDate.of(2025, 12, 31))
                        .total()
                        .staff())
                .isEqualTo(44);
        assertThat(statistics
                        .report(committee(), branch.id(), LocalDate.of(2026, 9, 1))
                        .total()
                        .staff())
                .isEqualTo(60);
        StatisticsReport today = statistics.report(committee(), branch.id(), LocalDate.of(2026, 12, 6));
        assertThat(today.total().staff()).isEqualTo(60);
        assertThat(today.total().staffAsOf()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(today.staffCountedAfter()).isNull();

        // Before the first count: the earliest count, and the report says it was counted after the day.
        StatisticsReport early = statistics.report(committee(), branch.id(), LocalDate.of(2024, 6, 30));
        assertThat(early.total().staff()).isEqualTo(44);
        assertThat(early.staffCountedAfter()).isEqualTo(LocalDate.of(2025, 1, 1));

        // The organization's page shows the newest count; an older one entered later does not replace it.
        units.updateUnit(
                committee(), branch.id(), branch.unit(), count("Trường sửa", 2, 30, 4, LocalDate.of(2024, 1, 1)));
        assertThat(organizations
                        .details(committee(), branch.id())
                        .units()
                        .get(0)
                        .staff())
                .isEqualTo(60);
        assertThat(units.staffCounts(committee(), branch.id(), branch.unit()))
                .extracting(StaffCount::asOf)
                .containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(statistics
                        .report(committee(), branch.id(), LocalDate.of(2024, 6, 30))
                        .total()
                        .staff())
                .isEqualTo(36);
    }

    @Test
    void aCountOfTheSameDateIsCorrectedAndARemovedNewestCountShowsTheOneBefore() {
        Branch branch = branchWithCounts("Chi bộ Trường TH Sửa Số " + System.nanoTime() % 100000);

        units.updateUnit(
                committee(), branch.id(), branch.unit(), count("Trường sửa", 3, 52, 7, LocalDate.of(2026, 9, 1)));
        assertThat(units.staffCounts(committee(), branch.id(), branch.unit()))
                .containsExactly(
                        new StaffCount(LocalDate.of(2026, 9, 1), 3, 52, 7),
                        new StaffCount(LocalDate.of(2025, 1, 1), 2, 38, 4));

        units.removeStaffCount(committee(), branch.id(), branch.unit(), LocalDate.of(2026, 9, 1));
        assertThat(organizations
                        .details(committee(), branch.id())
                        .units()
                        .get(0)
                        .staff())
                .isEqualTo(44);
        assertThat(organizations
                        .details(committee(), branch.id())
                        .units()
                        .get(0)
                        .staffAsOf())
                .isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'unit.staff.delete'"
                                + " AND entity_id = :id")
                        .param("id", Long.toString(branch.unit()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDatedUnitRefusesAnUndatedOrFutureCountAndChangesNothing() {
        Branch branch = branchWithCounts("Chi bộ Trường MN Ngày Số Liệu " + System.nanoTime() % 100000);

        assertThatThrownBy(() -> units.updateUnit(
                        committee(), branch.id(), branch.unit(), count("Trường đổi tên", 1, 1, 1, null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo("staffAsOf");
                    assertThat(((InvalidInputException) e).messageKey()).isEqualTo("unit.staff.asOfRequired");
                });
        assertThatThrownBy(() -> units.updateUnit(
                        committee(),
                        branch.id(),
                        branch.unit(),
                        count("Trường đổi tên", 1, 1, 1, LocalDate.of(2026, 12, 7))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("unit.staff.asOfFuture");

        var unit = organizations.details(committee(), branch.id()).units().get(0);
        assertThat(unit.name()).startsWith("Trường Chi bộ");
        assertThat(unit.staff()).isEqualTo(60);
        assertThat(units.staffCounts(committee(), branch.id(), branch.unit())).hasSize(2);
    }

    @Test
    void theApiKeepsTheCountsWithTheSameRulesAndScope() throws Exception {
        Branch branch = branchWithCounts("Chi bộ Trường THPT API Số Liệu " + System.nanoTime() % 100000);
        String base = "/api/v1/organizations/" + branch.id().value() + "/units/" + branch.unit();

        mvc.perform(
                        put(base)
                                .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"name": "Trường qua API", "kind": "UPPER_SECONDARY_SCHOOL", "managers": 4,
                                 "teachers": 61, "employees": 8, "staffAsOf": "2026-11-01"}
                                """))
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/staff").with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].asOf").value("2026-11-01"))
                .andExpect(jsonPath("$[0].teachers").value(61));
        mvc.perform(
                        put(base)
                                .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"name": "Trường qua API", "kind": "UPPER_SECONDARY_SCHOOL", "managers": 4,
                                 "teachers": 61, "employees": 8}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("staffAsOf"));
        mvc.perform(delete(base + "/staff/2026-11-01").with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(delete(base + "/staff/2026-11-01").with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());

        // A branch's secretary of another branch sees neither the unit nor its counts.
        mvc.perform(get(base + "/staff").with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(delete(base + "/staff/2025-01-01").with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(units.staffCounts(committee(), branch.id(), branch.unit())).hasSize(2);
    }

    @Test
    void theUnitsPageListsTheCountsAndRemovesOne() throws Exception {
        Branch branch = branchWithCounts("Chi bộ Trường TH Trang Số Liệu " + System.nanoTime() % 100000);
        String page = "/organizations/" + branch.id().value() + "/units/" + branch.unit() + "/edit";

        mvc.perform(get(page).with(signedIn("capuy")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Số liệu cán bộ, giáo viên, nhân viên theo thời gian")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("01/09/2026")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("01/01/2025")));
        mvc.perform(post(page.replace("/edit", "/staff/2026-09-01/delete"))
                        .with(signedIn("capuy"))
                        .with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(units.staffCounts(committee(), branch.id(), branch.unit()))
                .extracting(StaffCount::asOf)
                .containsExactly(LocalDate.of(2025, 1, 1));
        // The undated correction of a dated unit comes back on the form with the field named.
        mvc.perform(post(page)
                        .with(signedIn("capuy"))
                        .with(csrf())
                        .param("name", "Trường đổi tên")
                        .param("kind", "PRIMARY_SCHOOL")
                        .param("managers", "1")
                        .param("teachers", "2")
                        .param("employees", "3")
                        .param("staffAsOf", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Đơn vị đã có số liệu theo ngày: hãy nhập ngày của số liệu này.")));
    }

    @Test
    void theExportsCarryThePagesNoteWhenAStaffCountWasTakenAfterTheDay() throws Exception {
        Branch branch = branchWithCounts("Chi bộ Trường THCS Ghi Chú " + System.nanoTime() % 100000);
        String note = "Có đơn vị chưa báo số cán bộ, giáo viên, nhân viên đến ngày thống kê: dùng số liệu báo sớm nhất"
                + " của đơn vị đó (mới nhất đến ngày 01/01/2025).";
        String early = "organization=" + branch.id().value() + "&date=2024-06-30";
        String today = "organization=" + branch.id().value() + "&date=2026-12-06";

        assertThat(mvc.perform(get("/statistics?" + early).with(signedIn("capuy")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(note);

        String csv = mvc.perform(get("/statistics/export.csv?" + early).with(signedIn("capuy")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        // After the table and its share line, a blank line and the note, quoted for its commas.
        assertThat(lines[lines.length - 2]).isEmpty();
        assertThat(lines[lines.length - 1]).isEqualTo("\"" + note + "\"");
        assertThat(mvc.perform(get("/statistics/export.csv?" + today).with(signedIn("capuy")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Có đơn vị chưa báo");

        byte[] xlsx = mvc.perform(get("/statistics/export.xlsx?" + early).with(signedIn("capuy")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo(note);
            assertThat(sheet.getRow(sheet.getLastRowNum() - 1)).isNull();
        }
        byte[] plain = mvc.perform(get("/statistics/export.xlsx?" + today).with(signedIn("capuy")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(plain))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                assertThat(row.getCell(0) == null ? "" : row.getCell(0).toString())
                        .doesNotContain("Có đơn vị chưa báo");
            }
        }
    }

    private MockHttpSession session;

    /** Signed in through the login form, as in a browser. */
    private RequestPostProcessor signedIn(String username) throws Exception {
        if (session == null) {
            session = (MockHttpSession) mvc.perform(post("/login")
                            .param("username", username)
                            .param("password", DemoFixtures.PASSWORD)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/"))
                    .andReturn()
                    .getRequest()
                    .getSession(false);
        }
        MockHttpSession signed = session;
        return request -> {
            request.setSession(signed);
            return request;
        };
    }

    private static UnitDraft count(String name, int managers, int teachers, int employees, LocalDate asOf) {
        return new UnitDraft(name, UnitKind.LOWER_SECONDARY_SCHOOL, null, managers, teachers, employees, asOf);
    }
}
