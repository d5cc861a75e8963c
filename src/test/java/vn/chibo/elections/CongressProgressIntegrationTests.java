package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/**
 * The congress season of a subtree: each organization's congress of the year, how far it is, attendance, those elected,
 * the resolution; the totals; the year chosen or found; the page, the spreadsheet and the API; the scope.
 */
@ChiboIntegrationTest
class CongressProgressIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressAttendance attendance;

    @Autowired
    CongressProgress progress;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms terms;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    OrganizationId sector;
    CurrentUser committee;
    LocalDate today;

    @BeforeEach
    void setUp() {
        sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        committee = new CurrentUser(
                9341, "capuy-tien-do", "Cấp ủy thử tiến độ", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        today = LocalDate.now(clock);
    }

    private CongressId convene(ElectionFixtures.Branch branch, LocalDate opening) {
        return congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        4,
                        opening,
                        opening.plusDays(1),
                        opening.plusDays(1).plusMonths(30)));
    }

    @Test
    void theBoardFollowsEachOrganizationsCongressOfTheYearAndTotalsThem() throws Exception {
        ElectionFixtures.Committee sub =
                ElectionFixtures.subCommittee(organizations, terms, sector, today.minusDays(10), "Đảng bộ thử tiến độ");
        ElectionFixtures.Branch held =
                ElectionFixtures.branch(organizations, terms, members, sub.id(), today.minusDays(10), 5, 0);
        ElectionFixtures.Branch preparing =
                ElectionFixtures.branch(organizations, terms, members, sub.id(), today.minusDays(10), 4, 0);
        ElectionFixtures.Branch notYet =
                ElectionFixtures.branch(organizations, terms, members, sub.id(), today.minusDays(10), 3, 0);
        ElectionFixtures.Branch lastYear =
                ElectionFixtures.branch(organizations, terms, members, sub.id(), today.minusDays(10), 3, 0);

        CongressId first = convene(held, today);
        attendance.recordAttendance(
                committee,
                first,
                held.official().get(4),
                new RecordAttendance(AttendanceStatus.ABSENT, "Đi công tác", true));
        congresses.open(committee, first);
        congresses.recordResolution(
                committee,
                first,
                new RecordResolution("Nghị quyết Đại hội", "Phương hướng nhiệm kỳ tới.", 4, 0, 0, List.of()));
        congresses.close(committee, first, today);
        CongressId second = convene(preparing, today);
        CongressId earlier = convene(lastYear, today.minusYears(1));

        CongressProgress.Board board = progress.board(committee, sub.id(), null);
        assertThat(board.year()).as("the current year has congresses").isEqualTo(today.getYear());
        assertThat(board.years()).containsExactly(today.getYear(), today.getYear() - 1);
        assertThat(board.lines())
                .extracting(CongressProgress.Line::organizationId)
                .containsExactlyInAnyOrder(sub.id(), held.id(), preparing.id(), notYet.id(), lastYear.id());
        assertThat(board.lines().get(0).organizationId())
                .as("the organization first")
                .isEqualTo(sub.id());
        CongressProgress.Line closed = line(board, held.id());
        assertThat(closed.stage()).isEqualTo(CongressProgress.Stage.CLOSED);
        assertThat(closed.congress().id()).isEqualTo(first);
        assertThat(List.of(closed.summoned(), closed.attending())).containsExactly(5, 4);
        assertThat(closed.attendancePercent()).isEqualByComparingTo("80.0");
        assertThat(closed.resolutionAdopted()).isTrue();
        assertThat(closed.resolutionPercent())
                .as("the accepted absence leaves the legal denominator")
                .isEqualByComparingTo("100");
        assertThat(line(board, preparing.id()).stage()).isEqualTo(CongressProgress.Stage.PREPARATION);
        assertThat(line(board, preparing.id()).congress().id()).isEqualTo(second);
        assertThat(line(board, preparing.id()).attendancePercent())
                .as("not held yet")
                .isNull();
        assertThat(line(board, notYet.id()).stage()).isEqualTo(CongressProgress.Stage.NOT_CONVENED);
        assertThat(line(board, lastYear.id()).stage())
                .as("its congress opened in another year")
                .isEqualTo(CongressProgress.Stage.NOT_CONVENED);
        CongressProgress.Totals t = board.totals();
        assertThat(List.of(t.organizations(), t.convened(), t.held(), t.closed(), t.approved()))
                .containsExactly(5, 2, 1, 1, 0);
        assertThat(t.heldPercent()).isEqualByComparingTo(new BigDecimal("20.0"));
        assertThat(List.of(t.summoned(), t.attending(), t.resolutionsAdopted())).containsExactly(5, 4, 1);
        assertThat(t.attendancePercent()).isEqualByComparingTo("80.0");

        CongressProgress.Board before = progress.board(committee, sub.id(), today.getYear() - 1);
        assertThat(line(before, lastYear.id()).stage()).isEqualTo(CongressProgress.Stage.PREPARATION);
        assertThat(line(before, lastYear.id()).congress().id()).isEqualTo(earlier);
        assertThat(before.totals().convened()).isEqualTo(1);
        assertThatThrownBy(() -> progress.board(committee, sub.id(), 1200))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"));

        // The page, the spreadsheet and the API, as the demo's committee member.
        org.springframework.mock.web.MockHttpSession session = login("capuy");
        String page = mvc.perform(get("/congresses/progress")
                        .param("org", Long.toString(sub.id().value()))
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Tiến độ và kết quả đại hội năm " + today.getYear() + " – ")
                .contains("Đã tiến hành đại hội 1/5 tổ chức (20%); đã bế mạc: 1")
                .contains("4/5 (80%)")
                .contains("Thông qua (100%)")
                .contains("Chưa triệu tập")
                .contains("Đang chuẩn bị")
                .contains("/congresses/" + first.value() + "\"");
        byte[] xlsx = mvc.perform(get("/congresses/progress.xlsx")
                        .param("org", Long.toString(sub.id().value()))
                        .param("year", Integer.toString(today.getYear()))
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            int heldRow = -1;
            for (int r = 3; r <= 7; r++) {
                if (sheet.getRow(r).getCell(1).getStringCellValue().strip().startsWith("Chi bộ")
                        && sheet.getRow(r).getCell(2).getStringCellValue().equals("Đã bế mạc")) {
                    heldRow = r;
                }
            }
            assertThat(heldRow).isPositive();
            assertThat(sheet.getRow(heldRow).getCell(4).getNumericCellValue()).isEqualTo(5);
            assertThat(sheet.getRow(heldRow).getCell(5).getNumericCellValue()).isEqualTo(4);
            assertThat(sheet.getRow(heldRow).getCell(6).getNumericCellValue()).isEqualTo(80.0);
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).startsWith("Đã tiến hành đại hội 1/5");
        }
        mvc.perform(get("/api/v1/congresses/progress")
                        .param("org", Long.toString(sub.id().value()))
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(today.getYear()))
                .andExpect(jsonPath("$.totals.held").value(1))
                .andExpect(jsonPath("$.lines[0].stage").value("NOT_CONVENED"));
        mvc.perform(get("/api/v1/congresses/progress")
                        .param("org", Long.toString(sub.id().value()))
                        .param("year", "năm nay")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        // A branch secretary elsewhere does not see this subtree.
        mvc.perform(get("/api/v1/congresses/progress")
                        .param("org", Long.toString(sub.id().value()))
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theDemoCommitteeSeesItsBranchesCongressesOfTheYearTheyWereHeld() {
        CongressProgress.Board board = progress.board(committee, sector, null);
        List<CongressSummary> all = congresses.list(committee, sector).stream()
                .filter(c -> c.kind() != CongressKind.COMMITTEE_CONFERENCE)
                .toList();
        assertThat(board.years()).isNotEmpty();
        // The demo's branches held their congresses before this year; the one coming is planned for later.
        assertThat(board.year())
                .as("the latest season already begun, not the next one planned")
                .isEqualTo(board.years().stream()
                        .filter(y -> y <= today.getYear())
                        .findFirst()
                        .orElseThrow());
        assertThat(board.lines()).isNotEmpty();
        assertThat(board.lines().get(0).organizationId()).isEqualTo(sector);
        assertThat(board.lines())
                .extracting(CongressProgress.Line::organizationName)
                .as("a party group holds no congress")
                .doesNotContain("Tổ đảng Toán – Tin học");
        for (CongressProgress.Line l : board.lines()) {
            if (l.congress() != null) {
                assertThat(l.congress().organizationId()).isEqualTo(l.organizationId());
                assertThat(l.congress().openingDate().getYear()).isEqualTo(board.year());
            } else {
                assertThat(all)
                        .as(l.organizationName() + " opened no congress in " + board.year())
                        .noneMatch(c -> c.organizationId().equals(l.organizationId())
                                && c.openingDate().getYear() == board.year());
            }
        }
        int convened =
                (int) board.lines().stream().filter(l -> l.congress() != null).count();
        assertThat(board.totals().convened()).isEqualTo(convened).isPositive();
    }

    private org.springframework.mock.web.MockHttpSession login(String username) throws Exception {
        return (org.springframework.mock.web.MockHttpSession)
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .param("username", username)
                                .param("password", DemoFixtures.PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
    }

    private static CongressProgress.Line line(CongressProgress.Board board, OrganizationId id) {
        return board.lines().stream()
                .filter(l -> l.organizationId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
