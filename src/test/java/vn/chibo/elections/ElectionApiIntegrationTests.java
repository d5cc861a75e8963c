package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;

/** The JSON API of issue 19 end to end as the committee's account (capuy) uses it, with the documents it returns. */
@ChiboIntegrationTest
class ElectionApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms organizationTerms;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("capuy", DemoFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON);
    }

    JsonNode body(String content) {
        return json.readTree(content);
    }

    @Test
    void theRoutesOfIssue19AreDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/congresses'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/congresses/{id}/attendance/{memberId}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/congresses/{id}/elections'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/congresses/{id}/nominations'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/elections/{id}/ballots'].post")
                        .exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/elections/{id}/result'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/elections/{id}/minutes.{format}'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/elections/{id}/ballots.pdf'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/congresses/{id}/dossier.zip'].get")
                        .exists());
    }

    @Test
    void aBranchCongressThroughTheApi() throws Exception {
        LocalDate today = LocalDate.now(clock);
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, organizationTerms, members, sector, today.minusDays(10), 9, 1);
        LocalDate opening = today.minusDays(1);
        String created = mvc.perform(as(post("/api/v1/congresses"))
                        .content(
                                """
                                {"organizationId": %d, "number": 4, "kind": "MEMBER", "openingDate": "%s",
                                 "termStart": "%s", "termEnd": "%s"}
                                """
                                        .formatted(branch.id().value(), opening, opening, opening.plusMonths(30))))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.summary.kind").value("MEMBER"))
                .andExpect(jsonPath("$.figures.summoned").value(9))
                .andExpect(jsonPath("$.figures.denominator").value(9))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long congress = body(created).get("summary").get("id").asLong();
        List<Long> o = branch.official().stream().map(MemberId::value).toList();

        mvc.perform(as(put("/api/v1/congresses/{id}/attendance/{m}", congress, o.get(8)))
                        .content("{\"status\": \"ABSENT\", \"reason\": \"Ốm\", \"reasonAccepted\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.denominator").value(8))
                .andExpect(jsonPath("$.figures.threshold").value(5));

        // A guest with her title; a member on temporary transfer has none, and such a request writes nothing.
        mvc.perform(as(post("/api/v1/congresses/{id}/participants", congress))
                        .content("{\"fullName\": \"Đinh Văn Lực\", \"temporarilyIn\": true,"
                                + " \"guestTitle\": \"Bí thư Đảng ủy xã\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("guestTitle"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("chỉ ghi cho khách mời")));
        mvc.perform(as(post("/api/v1/congresses/{id}/participants", congress))
                        .content("{\"fullName\": \"Cao Thị Hạnh\","
                                + " \"guestTitle\": \"Đảng ủy viên, Phó Hiệu trưởng phụ trách chi bộ\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/congresses/{id}", congress).with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.guests").value(1))
                .andExpect(
                        jsonPath("$.attendees[?(@.fullName == 'Đinh Văn Lực')]").isEmpty())
                .andExpect(jsonPath("$.attendees[?(@.fullName == 'Cao Thị Hạnh')].title")
                        .value("Đảng ủy viên, Phó Hiệu trưởng phụ trách chi bộ"));

        // A committee list with no surplus is refused with the rule, in Vietnamese.
        mvc.perform(as(post("/api/v1/congresses/{id}/elections", congress))
                        .content("{\"kind\": \"COMMITTEE\", \"seats\": 3, \"candidates\": [%d, %d, %d]}"
                                .formatted(o.get(0), o.get(1), o.get(2))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message")
                        .value(org.hamcrest.Matchers.containsString("phải có số người nhiều hơn số lượng cần bầu")))
                .andExpect(jsonPath("$.rule").value("election.rule.surplusRequired"));
        String election = mvc.perform(as(post("/api/v1/congresses/{id}/elections", congress))
                        .content("{\"kind\": \"COMMITTEE\", \"seats\": 3, \"candidates\": [%d, %d, %d]}"
                                .formatted(o.get(0), o.get(1), o.get(2))
                                .replace("]", ", " + o.get(3) + "]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rounds[0].form").value("CROSSING_OUT"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long electionId = body(election).get("id").asLong();

        mvc.perform(as(post("/api/v1/congresses/{id}/nominations", congress))
                        .content("{\"electionId\": %d, \"memberId\": %d, \"present\": 8, \"inFavour\": 2}"
                                .formatted(electionId, o.get(4))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(false))
                .andExpect(jsonPath("$.minimum").value(3));

        mvc.perform(as(put("/api/v1/elections/{id}/counting-committee", electionId))
                        .content("{\"tellers\": [%d, %d], \"head\": %d}".formatted(o.get(5), o.get(6), o.get(5))))
                .andExpect(status().isOk());
        mvc.perform(as(post("/api/v1/congresses/{id}/open", congress))).andExpect(status().isOk());

        // The resolution's targets name the figure of ChiBo's records that measures each; a measured target in the
        // wrong unit is refused, naming the target, and nothing of the resolution is written.
        String resolution =
                """
                {"title": "Nghị quyết Đại hội", "content": "Phương hướng nhiệm kỳ", "agree": 8, "targets": [
                  {"indicator": "Không có chi bộ yếu kém", "comparator": "NONE", "unit": "COUNT"},
                  {"indicator": "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "comparator": "AT_LEAST",
                   "threshold": 90, "unit": "%s", "base": "đảng viên", "measure": "MEMBERS_GOOD_OR_BETTER"},
                  {"indicator": "Kết nạp đảng viên mới", "comparator": "AT_LEAST", "threshold": 3, "unit": "COUNT",
                   "yearly": false, "measure": "MEMBERS_ADMITTED"}]}
                """;
        mvc.perform(as(put("/api/v1/congresses/{id}/resolution", congress)).content(resolution.formatted("COUNT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[1]"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Chỉ tiêu thứ 2 được đo bằng một tỉ lệ: đơn vị phải là phần trăm."));
        mvc.perform(as(get("/api/v1/congresses/{id}", congress)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolution").doesNotExist());
        mvc.perform(as(put("/api/v1/congresses/{id}/resolution", congress)).content(resolution.formatted("PERCENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adopted").value(true))
                .andExpect(jsonPath("$.targets[0].measure").value("NONE"))
                .andExpect(jsonPath("$.targets[1].measure").value("MEMBERS_GOOD_OR_BETTER"))
                .andExpect(jsonPath("$.targets[1].threshold").value(90))
                .andExpect(jsonPath("$.targets[2].measure").value("MEMBERS_ADMITTED"))
                .andExpect(jsonPath("$.targets[2].yearly").value(false));
        mvc.perform(as(put("/api/v1/elections/{id}/issued", electionId)).content("{\"issued\": 8, \"entries\": 1}"))
                .andExpect(status().isOk());
        for (int i = 0; i < 7; i++) {
            mvc.perform(as(post("/api/v1/elections/{id}/ballots", electionId))
                            .content("{\"kept\": [%d, %d, %d]}"
                                    .formatted(o.get(0), o.get(1), i < 5 ? o.get(2) : o.get(3))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(true))
                    .andExpect(jsonPath("$.number").value(i + 1));
        }
        mvc.perform(as(post("/api/v1/elections/{id}/ballots", electionId)).content("{\"invalid\": \"NOT_ISSUED\"}"))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.invalidBecause").value("NOT_ISSUED"));
        // Marks on a crossing-out ballot are refused.
        mvc.perform(as(post("/api/v1/elections/{id}/ballots", electionId))
                        .content("{\"marks\": {\"%d\": \"AGREE\"}}".formatted(o.get(0))))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/api/v1/elections/{id}/count", electionId)).content("{\"returned\": 8}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/elections/{id}/result", electionId).with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.round").value(1))
                .andExpect(jsonPath("$.denominator").value(8))
                .andExpect(jsonPath("$.threshold").value(5))
                .andExpect(jsonPath("$.issued").value(8))
                .andExpect(jsonPath("$.returned").value(8))
                .andExpect(jsonPath("$.valid").value(7))
                .andExpect(jsonPath("$.invalid").value(1))
                .andExpect(jsonPath("$.candidates.length()").value(4))
                .andExpect(jsonPath("$.elected.length()").value(3))
                .andExpect(jsonPath("$.elected[0]").value(o.get(0)))
                .andExpect(jsonPath("$.tieAtCutOff").value(false))
                .andExpect(jsonPath("$.unfilledSeats").value(0));

        byte[] pdf = mvc.perform(get("/api/v1/elections/{id}/minutes.pdf", electionId)
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("BIÊN BẢN")
                    .contains("BAN KIỂM PHIẾU")
                    .contains("Số 01-BB/ĐH")
                    .contains("Số phiếu phát ra: 8")
                    .contains("Phiếu không do Ban kiểm phiếu phát ra: 1 phiếu");
        }
        byte[] docx = mvc.perform(get("/api/v1/elections/{id}/minutes.docx", electionId)
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Số 01-BB/ĐH").contains("đạt 87,50%");
        }
        mvc.perform(get("/api/v1/elections/{id}/ballots.pdf", electionId)
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));

        mvc.perform(as(post("/api/v1/congresses/{id}/take-office", congress))).andExpect(status().isOk());
        byte[] zip = mvc.perform(get("/api/v1/congresses/{id}/dossier.zip", congress)
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> entries = new ArrayList<>();
        String congressMinutes = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
                if (e.getName().equals("02-bien-ban-dai-hoi.docx")) {
                    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(in.readAllBytes()));
                            XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                        congressMinutes = extractor.getText();
                    }
                }
            }
        }
        // The minutes name the guest with her title.
        assertThat(congressMinutes)
                .contains("khách mời: 1")
                .contains("Khách mời dự đại hội: Cao Thị Hạnh, Đảng ủy viên, Phó Hiệu trưởng phụ trách chi bộ.");
        // The counting minutes keep their number 01; the congress minutes take the next in the same run.
        assertThat(entries)
                .contains(
                        "01-bien-ban-kiem-phieu-committee-lan-1.pdf",
                        "02-bien-ban-dai-hoi.docx",
                        "02-bien-ban-dai-hoi.pdf");

        // Another branch's secretary does not see this congress at all.
        mvc.perform(get("/api/v1/congresses/{id}", congress).with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/elections/{id}/result", electionId).with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
