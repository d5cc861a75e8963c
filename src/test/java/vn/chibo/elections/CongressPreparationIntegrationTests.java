package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.elections.CongressPreparationDetails.PaperKind;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/** The demo branch preparing its next congress: papers, the candidate's file, comments on the higher drafts. */
@ChiboIntegrationTest
class CongressPreparationIntegrationTests {

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressPreparation preparation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void commentsOnTheHigherDraftsAreCollectedPerSectionAndExported() throws Exception {
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        CurrentUser committee = new CurrentUser(
                9303, "capuy-chuanbi", "Cấp ủy thử", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        OrganizationId branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, "Chi bộ Trường Tiểu học Hoa Sen"));
        CongressId upcoming = congresses.list(committee, branch).stream()
                .filter(c -> c.status() == CongressStatus.PREPARATION)
                .findFirst()
                .orElseThrow()
                .id();
        CongressPreparationDetails demo = preparation.details(committee, upcoming);
        assertThat(demo.papers())
                .extracting(CongressPreparationDetails.Paper::kind)
                .contains(PaperKind.POLITICAL_REPORT, PaperKind.COMMITTEE_REVIEW, PaperKind.CANDIDATE_FILE);
        int before = demo.comments().size();

        assertThatThrownBy(() -> preparation.addPaper(
                        committee, upcoming, PaperKind.CANDIDATE_FILE, "Hồ sơ", "Chi ủy", null, "Lý lịch"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("memberId"));
        assertThatThrownBy(() -> preparation.addComment(committee, upcoming, "Dự thảo", "Phần I", "Tổ Sử", "  "))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("comment"));
        assertThat(preparation.details(committee, upcoming).comments()).hasSize(before);

        preparation.addComment(
                committee,
                upcoming,
                "Dự thảo Báo cáo chính trị Đại hội Đảng bộ Sở",
                "Phần I",
                "Tổ Lịch sử",
                "Ý kiến mới");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(preparation.commentsXlsx(committee, upcoming)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(before + 1);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Phần, mục");
        }
        assertThat(preparation.commentsReport(committee, upcoming, CongressDocuments.Format.PDF))
                .startsWith("%PDF".getBytes());
    }
}
