package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.Position;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/**
 * The list a branch sends with its review round: each member's three levels and why one is not rated, the totals by
 * level; DOCX, PDF and XLSX; the page's and the API's downloads; an unknown format refused; the scope.
 */
@ChiboIntegrationTest
class ReviewPapersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReviewPapers papers;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    OrganizationTerms terms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListGivesEachMembersLevelsAndTheTotals() throws Exception {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        CurrentUser committee = new CurrentUser(9371, "capuy", "Cấp ủy", List.of(new Grant(sector, Role.COMMITTEE)));
        OrganizationId branch = organizations.create(
                committee,
                OrganizationId.of(sector),
                new OrganizationDraft(
                        "Chi bộ thử danh sách xếp loại " + System.nanoTime() % 100000,
                        "CB",
                        OrganizationType.BRANCH,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        // Its committee's secretary on the review's date signs the list for the branch; the one before her does not.
        long term = terms.addTerm(
                committee, branch, "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 3, 1), LocalDate.of(2030, 3, 1));
        terms.addCommitteeSeat(
                committee,
                branch,
                term,
                "Đặng Thị Ngọc Hà",
                Position.SECRETARY,
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 9, 30),
                null);
        terms.addCommitteeSeat(
                committee, branch, term, "Trương Minh Khôi", Position.SECRETARY, LocalDate.of(2025, 10, 1), null, null);
        MemberId an = member(committee, branch, "Phạm Thị An", 1);
        MemberId binh = member(committee, branch, "Vũ Văn Bình", 2);
        member(committee, branch, "Lý Thu Cúc", 3);
        ReviewRoundId round = reviews.open(committee, new OpenReviewRound(branch, 2025, LocalDate.of(2025, 12, 15)));
        level(round, an, "GOOD", "EXCELLENT");
        level(round, binh, "GOOD", "GOOD");

        String docx;
        try (XWPFDocument document = new XWPFDocument(
                        new ByteArrayInputStream(papers.ratings(committee, round.value(), ReviewPapers.Format.DOCX)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            docx = extractor.getText();
        }
        assertThat(docx)
                .contains("DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ XẾP LOẠI CHẤT LƯỢNG")
                .contains("Năm 2025 – Chi bộ thử danh sách xếp loại")
                .contains("Phạm Thị An")
                .contains("Hoàn thành xuất sắc nhiệm vụ")
                .contains("Tổng số đảng viên trong danh sách: 3; kiểm điểm: 3; được xếp loại: 3; không xếp loại: 0.")
                .contains("Hoàn thành tốt nhiệm vụ: 1 đồng chí (33,3% số được xếp loại).")
                .contains("Chưa có mức xếp loại: 1 đồng chí.")
                .contains("T/M CHI BỘ")
                .contains("Trương Minh Khôi")
                .doesNotContain("Đặng Thị Ngọc Hà");
        try (var pdf = Loader.loadPDF(papers.ratings(committee, round.value(), ReviewPapers.Format.PDF))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Vũ Văn Bình")
                    .contains("Lý Thu Cúc");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(papers.ratings(committee, round.value(), ReviewPapers.Format.XLSX)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Chi bộ đề nghị");
            int anRow = sheet.getRow(3).getCell(1).getStringCellValue().equals("Phạm Thị An") ? 3 : -1;
            for (int r = 3; r <= 5 && anRow < 0; r++) {
                if (sheet.getRow(r).getCell(1).getStringCellValue().equals("Phạm Thị An")) {
                    anRow = r;
                }
            }
            assertThat(anRow).isPositive();
            assertThat(sheet.getRow(anRow).getCell(3).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(sheet.getRow(anRow).getCell(4).getStringCellValue()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        }

        // The round's page links the list; the page and the API download it; an unknown format is refused.
        var session = login("capuy");
        assertThat(mvc.perform(get("/reviews/{id}", round.value()).session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/reviews/" + round.value() + "/ratings.pdf");
        mvc.perform(get("/reviews/{id}/ratings.xlsx", round.value()).session(session))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString(
                                        "danh-sach-de-nghi-xep-loai-" + round.value() + ".xlsx")));
        mvc.perform(get("/reviews/{id}/ratings.odt", round.value()).session(session))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/reviews/{id}/ratings.docx", round.value())
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reviews/{id}/ratings.odt", round.value())
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isBadRequest());
        assertThatThrownBy(() -> papers.ratings(committee, round.value(), ReviewPapers.Format.of("txt")))
                .isInstanceOf(InvalidInputException.class);

        // Outside the grants the round does not exist.
        long elsewhere = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        CurrentUser stranger =
                new CurrentUser(9372, "bithu-khac", "Bí thư khác", List.of(new Grant(elsewhere, Role.SECRETARY)));
        assertThatThrownBy(() -> papers.ratings(stranger, round.value(), ReviewPapers.Format.PDF))
                .isInstanceOf(NotFoundException.class);
    }

    private void level(ReviewRoundId round, MemberId member, String self, String proposed) {
        jdbc.sql("UPDATE reviews.member_review SET self_level = :s, proposed_level = :p"
                        + " WHERE round_id = :r AND member_id = :m")
                .param("s", self)
                .param("p", proposed)
                .param("r", round.value())
                .param("m", member.value())
                .update();
    }

    private MemberId member(CurrentUser committee, OrganizationId branch, String name, int serial) {
        LocalDate admitted = LocalDate.of(2012, 3, 1).plusDays(serial);
        return members.create(
                committee,
                MemberDraft.minimal(
                        branch,
                        name,
                        serial % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                        LocalDate.of(1985, 1, 1).plusDays(serial * 41L),
                        admitted,
                        admitted.plusDays(10),
                        admitted.plusDays(10).plusYears(1)));
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
}
