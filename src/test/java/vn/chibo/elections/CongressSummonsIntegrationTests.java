package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/**
 * The notice convening a congress: the regulation and the higher plan it rests on, the day and place, how many are
 * summoned and the list of them, numbered once among the organization's notices; none for a closed congress.
 */
@ChiboIntegrationTest
class CongressSummonsIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressSummons summons;

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
                9331, "capuy-tb", "Cấp ủy thử thông báo", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        today = LocalDate.now(clock);
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void theNoticeSummonsTheListToTheDayAndPlaceOnThePlanAndTheRegulationNumberedOnce() throws Exception {
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, terms, members, sector, today.minusDays(10), 6, 1);
        LocalDate opening = today.plusDays(20);
        CongressId id = congresses.convene(
                committee,
                new ConveneCongress(
                        branch.id(),
                        CongressKind.MEMBERS,
                        4,
                        opening,
                        opening.plusDays(1),
                        opening.plusDays(1).plusMonths(30),
                        "Hội trường tầng 2, nhà hiệu bộ",
                        today.minusDays(3),
                        new DecisionReference("37", "KH/ĐUK", today.minusDays(40)),
                        false,
                        null));
        List<Attendee> list = congresses.details(committee, id).attendees();
        long voters = list.stream().filter(Attendee::votes).count();

        String text = text(summons.summons(committee, id, CongressDocuments.Format.DOCX));
        assertThat(text)
                .contains("Triệu tập Đại hội lần thứ Tư, nhiệm kỳ "
                        + opening.plusDays(1).getYear())
                .contains("Căn cứ Quy chế bầu cử trong Đảng (QĐ 190-QĐ/TW, áp dụng từ ngày 10/10/2024)")
                .contains("Căn cứ Kế hoạch số 37-KH/ĐUK ngày "
                        + today.minusDays(40).format(DAY))
                .contains("1. Thời gian: khai mạc ngày " + opening.format(DAY))
                .contains("2. Địa điểm: Hội trường tầng 2, nhà hiệu bộ.")
                .contains("3. Thành phần: " + voters + " đảng viên được triệu tập có quyền biểu quyết")
                .contains("DANH SÁCH TRIỆU TẬP");
        list.stream()
                .filter(a -> a.standing() == Standing.WITH_VOTE || a.standing() == Standing.WITHOUT_VOTE)
                .forEach(a -> assertThat(text).contains(a.fullName()));
        // Dated the day the congress was convened.
        LocalDate convened = today.minusDays(3);
        assertThat(text)
                .contains(String.format(
                        "ngày %02d tháng %02d năm %d",
                        convened.getDayOfMonth(), convened.getMonthValue(), convened.getYear()));

        // Issued again (here through the API, as PDF): the same number, one notice in the organization's run.
        mvc.perform(get("/api/v1/congresses/{id}/summons.pdf", id.value())
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        assertThat(jdbc.sql("SELECT count(*) FROM documents.issued_document WHERE source = :s")
                        .param("s", "congress:summons:" + id.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'congress.summons'"
                                + " AND entity_id = :id")
                        .param("id", Long.toString(id.value()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // Another branch's secretary does not see the congress.
        mvc.perform(get("/api/v1/congresses/{id}/summons.docx", id.value())
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());

        jdbc.sql("UPDATE elections.congress SET status = 'CLOSED' WHERE id = :id")
                .param("id", id.value())
                .update();
        assertThatThrownBy(() -> summons.summons(committee, id, CongressDocuments.Format.PDF))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("congress.status.closed"));
    }
}
