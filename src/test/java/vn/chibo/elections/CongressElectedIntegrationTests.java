package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.MemberCategory;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberProfiles;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/**
 * The list of particulars of those a congress elected (danh sách trích ngang) and the make-up of the new committee: the
 * posts, votes and particulars, the counts and ages, the paper (DOCX, PDF), the spreadsheet, the request for approval
 * and the dossier, the page and the API; nothing before anyone is elected; the scope.
 */
@ChiboIntegrationTest
class CongressElectedIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    CongressManagement congresses;

    @Autowired
    ElectionManagement elections;

    @Autowired
    ElectionCounting counting;

    @Autowired
    CongressResults results;

    @Autowired
    CongressElected elected;

    @Autowired
    CongressDocuments documents;

    @Autowired
    MemberProfiles profiles;

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
                9351,
                "capuy-trich-ngang",
                "Cấp ủy thử trích ngang",
                List.of(new Grant(sector.value(), Role.COMMITTEE)));
        today = LocalDate.now(clock);
    }

    private void particulars(
            MemberId id, LocalDate birth, String ethnicity, String religion, String qualification, String theory) {
        jdbc.sql(
                        """
                        UPDATE members.member SET birth_date = :b, ethnicity = :e, religion = :r, qualification = :q,
                               theory_level = :t, home_town = 'Xã Bình Sơn, tỉnh Quảng Ngãi', position = 'Giáo viên'
                        WHERE id = :id
                        """)
                .param("b", birth)
                .param("e", ethnicity)
                .param("r", religion)
                .param("q", qualification)
                .param("t", theory)
                .param("id", id.value())
                .update();
    }

    @Test
    void theListGivesEachElectedPersonsParticularsAndTheCommitteesMakeup() throws Exception {
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, terms, members, sector, today.minusDays(10), 10, 0);
        List<MemberId> o = branch.official();
        // Even positions are men, odd ones women (ElectionFixtures).
        particulars(o.get(0), LocalDate.of(1975, 3, 1), "Tày", "Không", "Thạc sĩ Quản lý giáo dục", "ADVANCED");
        particulars(o.get(1), LocalDate.of(1988, 7, 15), "Kinh", "Phật giáo", "Cử nhân Sư phạm Toán", "INTERMEDIATE");
        particulars(o.get(2), LocalDate.of(1990, 1, 1), "Kinh", null, null, "NONE");
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        3,
                        today,
                        today.plusDays(1),
                        today.plusDays(1).plusMonths(30)));

        assertThat(elected.of(committee, id).isEmpty()).isTrue();
        assertThatThrownBy(() -> elected.document(committee, id, CongressDocuments.Format.PDF))
                .as("nobody elected yet")
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("congressId"));

        assertThatThrownBy(() -> elected.candidatesXlsx(committee, id))
                .as("no election list yet")
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("congressId"));

        ElectionId committeeElection =
                elections.create(committee, id, new CreateElection(ElectionKind.COMMITTEE, 3, o.subList(0, 4)));
        elections.setCountingCommittee(committee, committeeElection, List.of(o.get(8), o.get(9)), o.get(8));
        congresses.open(committee, id);
        elections.issueBallots(committee, committeeElection, 10, 1);
        for (int i = 0; i < 10; i++) {
            List<MemberId> kept = i < 8 ? List.of(o.get(1), o.get(0), o.get(2)) : List.of(o.get(0), o.get(2), o.get(3));
            counting.enter(committee, committeeElection, new EnterBallot(null, null, kept, null, null));
        }
        counting.count(committee, committeeElection, 10);
        ElectionId secretary =
                elections.create(committee, id, new CreateElection(ElectionKind.SECRETARY, 1, List.of(o.get(2))));
        elections.setCountingCommittee(committee, secretary, List.of(o.get(8), o.get(9)), o.get(8));
        elections.issueBallots(committee, secretary, 10, 1);
        for (int i = 0; i < 10; i++) {
            counting.enter(committee, secretary, new EnterBallot(null, null, null, Map.of(o.get(2), Mark.AGREE), null));
        }
        counting.count(committee, secretary, null);

        // The personnel put forward: everyone on each first round's list, on every list she stands on.
        CongressElected.Listing proposed = elected.candidates(committee, id);
        assertThat(proposed.candidates()).isTrue();
        assertThat(proposed.groups())
                .extracting(CongressElected.Group::kind)
                .containsExactly(ElectionKind.COMMITTEE, ElectionKind.SECRETARY);
        CongressElected.Group list = proposed.groups().get(0);
        assertThat(list.people())
                .as("in the list's order")
                .extracting(CongressElected.Person::memberId)
                .containsExactlyElementsOf(o.subList(0, 4));
        assertThat(list.people().get(2).posts()).containsExactly(ElectionKind.SECRETARY, ElectionKind.COMMITTEE);
        assertThat(list.people().get(0).votes()).as("no votes on a list").isNull();
        assertThat(list.makeupText())
                .startsWith("Danh sách giới thiệu bầu Chi ủy Chi bộ")
                .contains(" gồm 4 đồng chí: nữ 2 (50%)");
        assertThat(proposed.groups().get(1).makeupText())
                .startsWith("Danh sách giới thiệu bầu Bí thư Chi bộ")
                .contains(" gồm 1 đồng chí: nữ 0 (0%)");
        String proposal = docxText(elected.candidatesDocument(committee, id, CongressDocuments.Format.DOCX));
        assertThat(proposal)
                .contains("Nhân sự giới thiệu bầu cử tại Đại hội lần thứ Ba")
                .contains("Giới thiệu bầu")
                .contains("Bí thư, Chi ủy viên")
                .doesNotContain("Số phiếu");

        CongressElected.Listing listing = elected.of(committee, id);
        assertThat(listing.groups())
                .extracting(CongressElected.Group::body)
                .containsExactly(CongressElected.Body.COMMITTEE);
        CongressElected.Group group = listing.groups().get(0);
        assertThat(group.title()).startsWith("Chi ủy Chi bộ Trường thử bầu cử số ");
        assertThat(group.people())
                .as("the secretary first, then the members in the order of their votes")
                .extracting(CongressElected.Person::memberId)
                .containsExactly(o.get(2), o.get(0), o.get(1));
        CongressElected.Person first = group.people().get(0);
        assertThat(first.posts()).containsExactly(ElectionKind.SECRETARY, ElectionKind.COMMITTEE);
        assertThat(first.votes())
                .as("the votes of the committee's own election")
                .isEqualTo(10);
        assertThat(first.percent()).isEqualByComparingTo("100");
        assertThat(group.people().get(2).votes()).isEqualTo(8);
        assertThat(group.people().get(2).percent()).isEqualByComparingTo("80");
        assertThat(group.people().get(1).profile().ethnicity()).isEqualTo("Tày");

        CongressElected.Makeup m = group.makeup();
        assertThat(List.of(m.total(), m.counted())).containsExactly(3, 3);
        assertThat(m.count(MemberCategory.FEMALE)).isEqualTo(1);
        assertThat(m.percent(MemberCategory.FEMALE)).isEqualByComparingTo("33.3");
        assertThat(m.count(MemberCategory.MINORITY)).isEqualTo(1);
        assertThat(m.count(MemberCategory.RELIGIOUS))
                .as("\"Không\" is no religion")
                .isEqualTo(1);
        assertThat(m.count(MemberCategory.MASTER)).isEqualTo(1);
        assertThat(m.count(MemberCategory.UNIVERSITY)).isEqualTo(1);
        assertThat(m.count(MemberCategory.THEORY_ADVANCED)).isEqualTo(1);
        int[] ages = {
            java.time.Period.between(LocalDate.of(1975, 3, 1), today).getYears(),
            java.time.Period.between(LocalDate.of(1988, 7, 15), today).getYears(),
            java.time.Period.between(LocalDate.of(1990, 1, 1), today).getYears()
        };
        assertThat(m.youngest()).isEqualTo(ages[2]);
        assertThat(m.oldest()).isEqualTo(ages[0]);
        assertThat(m.averageAge())
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(ages[0] + ages[1] + ages[2])
                        .divide(java.math.BigDecimal.valueOf(3), 1, java.math.RoundingMode.HALF_UP));
        String average = CongressElected.percent(m.averageAge());
        assertThat(group.makeupText())
                .contains(" gồm 3 đồng chí: nữ 1 (33,3%); dân tộc thiểu số 1; có tôn giáo 1; tuổi bình quân " + average
                        + " (thấp nhất " + ages[2] + ", cao nhất " + ages[0] + ")")
                .contains("trình độ chuyên môn: thạc sĩ 1, đại học 1, khác, chưa ghi 1")
                .contains("lý luận chính trị: cao cấp, cử nhân 1, trung cấp 1, chưa qua đào tạo 1.")
                .doesNotContain("Chưa tính");

        // The paper: a landscape table per body, the make-up under it, signed for the branch by its new secretary.
        String docx = docxText(elected.document(committee, id, CongressDocuments.Format.DOCX));
        String secretaryName = first.fullName();
        assertThat(docx)
                .contains("DANH SÁCH TRÍCH NGANG")
                .contains("I. CHI ỦY CHI BỘ TRƯỜNG THỬ BẦU CỬ SỐ")
                .contains("Ngày vào Đảng")
                .contains("Thạc sĩ Quản lý giáo dục")
                .contains("Bí thư")
                .contains("Chi ủy viên")
                .contains("10 (100%)")
                .contains("8 (80%)")
                .contains("nữ 1 (33,3%)")
                .contains("T/M CHI BỘ")
                .contains(secretaryName);
        String pdf = pdfText(elected.document(committee, id, CongressDocuments.Format.PDF));
        assertThat(pdf).contains("DANH SÁCH TRÍCH NGANG").contains("Tày").contains(secretaryName);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(elected.xlsx(committee, id)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("DANH SÁCH TRÍCH NGANG");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo(secretaryName);
            assertThat(sheet.getRow(4).getCell(13).getStringCellValue()).isEqualTo("Bí thư");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).contains("gồm 3 đồng chí: nữ 1 (33,3%)");
        }

        // The request for approval gives the make-up; the dossier carries the list with it.
        results.takeOffice(committee, id);
        assertThat(docxText(documents.approvalRequest(committee, id, CongressDocuments.Format.DOCX)))
                .contains("gồm 3 đồng chí: nữ 1 (33,3%)")
                .contains("danh sách trích ngang");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(documents.dossier(committee, id)))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("danh-sach-trich-ngang.docx", "danh-sach-trich-ngang.pdf");

        // The progress board gives each new committee's women and average age, and their totals.
        CongressProgress.Board board = progress.board(committee, branch.id(), today.getYear());
        CongressElected.Makeup line = board.lines().get(0).committeeMakeup();
        assertThat(List.of(line.women(), line.counted())).containsExactly(1, 3);
        assertThat(board.lines().get(0).committeeElected())
                .as("everyone elected to the committee or one of its posts, once")
                .isEqualTo(3);
        assertThat(line.averageAge()).isEqualByComparingTo(m.averageAge());
        assertThat(board.totals().committee().women()).isEqualTo(1);
        assertThat(board.totals().committee().womenPercent()).isEqualByComparingTo("33.3");

        // Someone who may not see these members' records gets their names and posts alone, and is told so.
        assertThat(profiles.of(CurrentUser.system(), List.of(o.get(0)))).containsKey(o.get(0));
        CongressElected.Person unseen = new CongressElected.Person(
                o.get(5), "Người không xem được", List.of(ElectionKind.COMMITTEE), 4, null, null);
        CongressElected.Makeup partial =
                CongressElected.makeup(List.of(group.people().get(0), unseen), today);
        assertThat(List.of(partial.total(), partial.counted())).containsExactly(2, 1);
        assertThat(elected.makeupText("Chi ủy", partial))
                .endsWith("Chưa tính 1 đồng chí không có lý lịch trong phạm vi được xem.");

        // Outside the user's grants the congress does not exist.
        OrganizationId elsewhere = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH));
        CurrentUser stranger = new CurrentUser(
                9352, "bithu-khac", "Bí thư chi bộ khác", List.of(new Grant(elsewhere.value(), Role.SECRETARY)));
        assertThatThrownBy(() -> elected.of(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThat(profiles.of(stranger, List.of(o.get(0)))).isEmpty();

        // The page and the API, as the demo's committee member.
        MockHttpSession session = login("capuy");
        String page = mvc.perform(get("/congresses/" + id.value()).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Danh sách trích ngang và cơ cấu những người trúng cử")
                .contains("nữ 1 (33,3%)")
                .contains("10 (100%)")
                .contains("/congresses/" + id.value() + "/elected.docx");
        assertThat(mvc.perform(get("/congresses/progress")
                                .param("org", Long.toString(branch.id().value()))
                                .param("year", Integer.toString(today.getYear()))
                                .session(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "Trong các cấp ủy viên được bầu: nữ 1/3 (33,3%), dân tộc thiểu số 1; tuổi bình quân " + average)
                .contains(">1/3<");
        mvc.perform(get("/congresses/" + id.value() + "/elected.xlsx").session(session))
                .andExpect(status().isOk());
        mvc.perform(get("/congresses/" + id.value() + "/elected.odt").session(session))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/congresses/" + id.value() + "/elected")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].body").value("COMMITTEE"))
                .andExpect(jsonPath("$.groups[0].people[0].posts[0]").value("SECRETARY"))
                .andExpect(jsonPath("$.groups[0].people[0].votes").value(10))
                .andExpect(jsonPath("$.groups[0].makeup.counts.FEMALE").value(1))
                .andExpect(jsonPath("$.groups[0].people[1].profile.ethnicity").value("Tày"));
        mvc.perform(get("/api/v1/congresses/" + id.value() + "/candidates")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates").value(true))
                .andExpect(jsonPath("$.groups[0].people.length()").value(4));
        mvc.perform(get("/congresses/" + id.value() + "/candidates.xlsx").session(session))
                .andExpect(status().isOk());
        assertThat(page)
                .contains("Nhân sự giới thiệu bầu cử")
                .contains("/congresses/" + id.value() + "/candidates.pdf");
        mvc.perform(get("/api/v1/congresses/" + id.value() + "/elected.pdf")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/congresses/" + id.value() + "/elected.odt")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession)
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .param("username", username)
                                .param("password", DemoFixtures.PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
    }
}
