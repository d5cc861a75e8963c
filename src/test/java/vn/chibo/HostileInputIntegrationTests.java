package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.securityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input, drawn by {@link Hostile} (random strings of every kind, the classic attack strings, huge and
 * empty values, odd numbers and dates, random bytes as files), fed to the member importer, the JSON API and the forms
 * of the running application: never a 500, a refusal names the field it is about with a message, and nothing is
 * half-written (a refused record adds no row; an all-or-nothing import adds all its rows or none).
 *
 * <p>The properties run as JUnit tests inside the shared Spring context; a failure names the input that caused it and
 * the seed that draws it again ({@code -Dchibo.test.seed}).
 */
@ChiboIntegrationTest
class HostileInputIntegrationTests {

    static final int TRIES = 40;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    long branch;
    Hostile hostile;
    Random random;
    SecurityContext secretary;
    SecurityContext chief;
    MockHttpSession secretaryPages;

    @BeforeEach
    void setUp() throws Exception {
        branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        hostile = Hostile.draw();
        random = hostile.random();
        secretaryPages = login("bithu");
        secretary = (SecurityContext) secretaryPages.getAttribute("SPRING_SECURITY_CONTEXT");
        chief = (SecurityContext) login("tongbientap").getAttribute("SPRING_SECURITY_CONTEXT");
    }

    @Test
    void theMemberApiRefusesHostileRecordsByFieldAndWritesNothing() throws Exception {
        List<String> fields = List.of(
                "fullName",
                "gender",
                "birthDate",
                "citizenId",
                "ethnicity",
                "religion",
                "homeTown",
                "job",
                "position",
                "admissionDate",
                "ceremonyDate",
                "officialDate",
                "theoryLevel",
                "cardNumber");
        for (Map<String, String> values : hostile.samples(TRIES, () -> hostile.someOf(fields, hostile::string))) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("organizationId", branch);
            body.put("fullName", "Phạm Thị Thử Nghiệm");
            body.put("gender", "FEMALE");
            body.put("birthDate", "1986-04-05");
            body.put("admissionDate", "2012-05-10");
            body.putAll(values);
            long before = members();
            MockHttpServletResponse answer = call(post("/api/v1/members")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body))
                    .with(securityContext(secretary)));
            assertRefusedByFieldOrDone(answer, values, 201);
            assertThat(members() - before)
                    .as("rows written for %s ", values)
                    .isEqualTo(answer.getStatus() == 201 ? 1 : 0);
        }
        for (String raw : hostile.samples(TRIES, hostile::string)) {
            MockHttpServletResponse answer = call(post("/api/v1/members")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(raw)
                    .with(securityContext(secretary)));
            assertThat(answer.getStatus())
                    .as("malformed body %s ", abbreviated(raw))
                    .isEqualTo(400);
        }
    }

    @Test
    void theImporterNeverFailsAndIsAllOrNothing() throws Exception {
        String header = "Họ và tên,Giới tính,Ngày sinh,Số CCCD,Dân tộc,Ngày vào Đảng\n";
        List<String> valid = List.of(
                "Phan Văn Hợp Lệ,Nam,01/02/1981,,Kinh,03/02/2011\n", "Phan Thị Hợp Lệ,Nữ,05/06/1984,,Tày,07/08/2014\n");
        for (String csv : hostile.samples(TRIES, () -> header + hostile.oneOf(valid) + hostileRows())) {
            boolean validOnly = random.nextBoolean();
            boolean dryRun = random.nextInt(4) == 0;
            long before = members();
            MockHttpServletResponse answer = call(multipart("/api/v1/members/import")
                    .file(new MockMultipartFile("file", "thu.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .param("org", Long.toString(branch))
                    .param("dryRun", Boolean.toString(dryRun))
                    .param("validOnly", Boolean.toString(validOnly))
                    .with(securityContext(secretary)));
            String what = "import of " + abbreviated(csv);
            assertThat(answer.getStatus()).as(what).isIn(200, 400);
            long written = members() - before;
            if (answer.getStatus() == 400) {
                assertNamedField(answer, what);
                assertThat(written).as(what).isZero();
                continue;
            }
            JsonNode result = json.readTree(answer.getContentAsString());
            for (JsonNode error : result.get("errors")) {
                assertThat(error.get("row").asInt()).as(what).isPositive();
                assertThat(error.get("message").asString()).as(what).isNotBlank();
            }
            long imported = result.get("imported").asLong();
            long rejected = result.get("rejected").asLong();
            assertThat(written).as("rows written, " + what).isEqualTo(dryRun ? 0 : imported);
            if (!validOnly && rejected > 0) {
                assertThat(written).as("all or nothing, " + what).isZero();
            }
        }
        for (byte[] bytes : hostile.samples(TRIES, hostile::bytes)) {
            long before = members();
            MockHttpServletResponse answer = call(multipart("/api/v1/members/import")
                    .file(new MockMultipartFile("file", "rac.xlsx", "application/octet-stream", bytes))
                    .param("org", Long.toString(branch))
                    .with(securityContext(secretary)));
            assertThat(answer.getStatus()).as("random file [%s]", hostile).isIn(200, 400);
            if (answer.getStatus() == 400) {
                assertNamedField(answer, "random file");
            }
            assertThat(members()).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void thePortalApiRefusesHostileArticlesByFieldAndWritesNothing() throws Exception {
        List<String> fields = List.of("title", "slug", "lead", "body", "byline", "coverAlt");
        for (Map<String, String> values : hostile.samples(TRIES, () -> hostile.someOf(fields, hostile::string))) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "Bài thử đầu vào");
            body.put("lead", "Sapo của bài thử đầu vào.");
            body.put("body", "<p>Nội dung</p>");
            body.putAll(values);
            if (random.nextBoolean()) {
                body.put("tags", List.of(hostile.string(), hostile.string()));
            }
            long before = articles();
            MockHttpServletResponse answer = call(post("/api/v1/portal/editor/sites/so-gddt-binh-son/articles")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body))
                    .with(securityContext(chief)));
            assertRefusedByFieldOrDone(answer, values, 201);
            assertThat(articles() - before).as("%s ", values).isEqualTo(answer.getStatus() == 201 ? 1 : 0);
        }
    }

    @Test
    void theStatisticsApiRefusesAHostileYearOrOrganizationByFieldOrDoesNotFindIt() throws Exception {
        for (String value : hostile.samples(TRIES, hostile::string)) {
            String v = value.length() > 2_000 ? value.substring(0, 2_000) : value;
            MockHttpServletResponse year = call(get("/api/v1/statistics/ratings")
                    .param("organization", Long.toString(branch))
                    .param("year", v)
                    .with(securityContext(secretary)));
            assertRefusedByFieldOrDone(year, Map.of("year", v), 200);
            for (String route : List.of("/api/v1/statistics/ratings", "/api/v1/statistics/targets")) {
                MockHttpServletResponse organization =
                        call(get(route).param("organization", v).with(securityContext(secretary)));
                // A well-formed id of no organization, or of one outside her branch, is not found: 404.
                assertThat(organization.getStatus())
                        .as("%s %s [%s]", route, v, hostile)
                        .isIn(200, 400, 404);
                if (organization.getStatus() == 400) {
                    assertNamedField(organization, v);
                }
            }
        }
    }

    @Test
    void theDuesApiRefusesHostilePaymentsByFieldAndWritesNothing() throws Exception {
        long member = jdbc.sql(
                        """
                        SELECT l.member_id FROM dues.line l JOIN dues.sheet s ON s.id = l.sheet_id
                        WHERE s.organization_id = :o AND s.status = 'CLOSED' ORDER BY l.id DESC LIMIT 1
                        """)
                .param("o", branch)
                .query(Long.class)
                .single();
        List<String> fields = List.of("month", "amountPaid", "paidOn", "channel", "note");
        for (Map<String, String> values : hostile.samples(TRIES, () -> hostile.someOf(fields, hostile::string))) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("month", "2026-12");
            body.put("amountPaid", 42_000);
            body.put("paidOn", "2026-12-05");
            body.put("channel", "CASH");
            body.putAll(values);
            long before = duesAudits();
            MockHttpServletResponse answer = call(put("/api/v1/dues/" + branch + "/payments/" + member)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(body))
                    .with(securityContext(secretary)));
            assertRefusedByFieldOrDone(answer, values, 200);
            assertThat(duesAudits() - before).as("%s ", values).isEqualTo(answer.getStatus() == 200 ? 1 : 0);
        }
    }

    private long duesAudits() {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action LIKE 'dues.%'")
                .query(Long.class)
                .single();
    }

    @Test
    void formsAndNumbersNeverMakeAServerError() throws Exception {
        for (String value : hostile.samples(TRIES, hostile::string)) {
            String v = value.length() > 3_000 ? value.substring(0, 3_000) : value;
            check(post("/organizations/" + branch + "/edit")
                    .param("name", v)
                    .param("shortName", v)
                    .param("foundedOn", v)
                    .param("type", v)
                    .session(secretaryPages)
                    .with(csrf()));
            check(post("/members/new")
                    .param("organizationId", v)
                    .param("particulars.fullName", v)
                    .param("particulars.birthDate", v)
                    .param("particulars.gender", v)
                    .session(secretaryPages)
                    .with(csrf()));
            check(get("/members")
                    .param("q", v)
                    .param("page", v)
                    .param("size", v)
                    .session(secretaryPages));
            check(get("/api/v1/members")
                    .param("q", v)
                    .param("org", v)
                    .param("page", v)
                    .param("size", v)
                    .with(securityContext(secretary)));
            check(get("/cong/so-gddt-binh-son/tim-kiem").param("q", v).param("trang", v));
            check(get("/meetings")
                    .param("org", v)
                    .param("from", v)
                    .param("to", v)
                    .session(secretaryPages));
            check(get("/statistics/ratings")
                    .param("organization", v)
                    .param("year", v)
                    .session(secretaryPages));
            check(get("/statistics/targets").param("organization", v).session(secretaryPages));
            check(get("/statistics/targets/export.csv").param("organization", v).session(secretaryPages));
            check(get("/dues/" + branch).param("month", v).session(secretaryPages));
            check(get("/api/v1/dues").param("org", v).param("month", v).with(securityContext(secretary)));
            check(post("/dues/" + branch + "/payments")
                    .param("month", v)
                    .param("memberId", v)
                    .param("amountPaid", v)
                    .param("paidOn", v)
                    .param("channel", v)
                    .param("note", v)
                    .session(secretaryPages)
                    .with(csrf()));
            check(post("/dues/" + branch + "/close")
                    .param("month", v)
                    .session(secretaryPages)
                    .with(csrf()));
            check(get("/meetings/participation")
                    .param("org", v)
                    .param("year", v)
                    .session(secretaryPages));
            check(get("/meetings/participation")
                    .param("org", Long.toString(branch))
                    .param("year", v)
                    .session(secretaryPages));
            check(get("/api/v1/meetings/participation/" + branch)
                    .param("year", v)
                    .with(securityContext(secretary)));
            check(put("/api/v1/congresses/" + branch + "/news/release")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"released\": \"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                    .with(securityContext(secretary)));
            check(post("/congresses/" + branch + "/news/release")
                    .param("released", v)
                    .session(secretaryPages)
                    .with(csrf()));
            check(post("/congresses/" + branch + "/check-in")
                    .param("code", v)
                    .session(secretaryPages)
                    .with(csrf()));
            check(post("/api/v1/congresses/" + branch + "/check-in")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\": \"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                    .with(securityContext(secretary)));
            check(post("/congresses/" + branch + "/participants")
                    .param("fullName", v)
                    .param("guestTitle", v)
                    .session(secretaryPages)
                    .with(csrf()));
            check(post("/admissions")
                    .param("organizationId", Long.toString(branch))
                    .param("fullName", v)
                    .param("gender", v)
                    .param("birthDate", v)
                    .param("ethnicity", v)
                    .param("job", v)
                    .param("awarenessCourseOn", v)
                    .session(secretaryPages)
                    .with(csrf()));
            check(post("/api/v1/admissions")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"organizationId\": " + branch + ", \"fullName\": \""
                            + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"birthDate\": \""
                            + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")
                    .with(securityContext(secretary)));
            check(get("/admissions").param("org", v).session(secretaryPages));
            check(get("/dues/" + branch + "/remittances").param("year", v).session(secretaryPages));
            check(get("/api/v1/dues/" + branch + "/remittances")
                    .param("year", v)
                    .with(securityContext(secretary)));
            check(post("/dues/" + branch + "/remittances/receipts")
                    .param("month", v)
                    .param("amount", v)
                    .param("dateReceived", v)
                    .param("note", v)
                    .session(secretaryPages)
                    .with(csrf()));
        }
        for (long number : hostile.samples(TRIES, hostile::anyLong)) {
            check(get("/api/v1/members")
                    .param("page", Long.toString(number))
                    .param("size", Long.toString(number))
                    .with(securityContext(secretary)));
            check(get("/organizations/" + number).session(secretaryPages));
            check(get("/api/v1/meetings/" + number).with(securityContext(secretary)));
            check(get("/api/v1/meetings/participation/" + number)
                    .param("year", Long.toString(number))
                    .with(securityContext(secretary)));
            check(get("/statistics/ratings")
                    .param("organization", Long.toString(number))
                    .param("year", Long.toString(number))
                    .session(secretaryPages));
            check(get("/cong/media/" + number + "/" + number));
            check(get("/congresses/" + number + "/news").session(secretaryPages));
            check(get("/portal/congresses/" + number).session(secretaryPages));
            check(get("/api/v1/congresses/" + number + "/news").with(securityContext(secretary)));
            check(get("/admissions/" + number).session(secretaryPages));
            check(post("/admissions/" + number + "/steps/BRANCH_VOTE")
                    .param("date", "2026-01-01")
                    .param("officialMembers", Long.toString(number))
                    .param("agree", Long.toString(number))
                    .param("meetingId", Long.toString(number))
                    .session(secretaryPages)
                    .with(csrf()));
        }
        for (byte[] bytes : hostile.samples(TRIES, hostile::bytes)) {
            long site = jdbc.sql("SELECT id FROM portal.site WHERE slug = 'so-gddt-binh-son'")
                    .query(Long.class)
                    .single();
            MockHttpServletResponse answer = call(multipart("/portal/sites/" + site + "/media")
                    .file(new MockMultipartFile("file", hostile.string(), "image/png", bytes))
                    .param("alt", hostile.string())
                    .session(login("tongbientap"))
                    .with(csrf()));
            assertThat(answer.getStatus()).as("random media file ").isIn(302, 400);
        }
    }

    private void check(RequestBuilder request) throws Exception {
        MockHttpServletResponse answer = call(request);
        assertThat(answer.getStatus()).as("%s [%s]", request, hostile).isLessThan(500);
    }

    private void assertRefusedByFieldOrDone(MockHttpServletResponse answer, Object input, int done) throws Exception {
        String what = abbreviated(String.valueOf(input));
        assertThat(answer.getStatus()).as(what).isIn(done, 400);
        if (answer.getStatus() == 400) {
            assertNamedField(answer, what);
        }
    }

    private void assertNamedField(MockHttpServletResponse answer, String what) throws Exception {
        JsonNode body = json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
        JsonNode errors = body.get("errors");
        assertThat(errors).as("errors of %s: %s", what, body).isNotNull();
        assertThat(errors.size()).as(what).isPositive();
        assertThat(errors.get(0).get("message").asString()).as(what).isNotBlank();
        if (errors.get(0).has("field")) {
            assertThat(errors.get(0).get("field").asString()).as(what).isNotBlank();
        }
    }

    /** Sends the request; an exception no handler turned into an answer is what the server shows as a 500. */
    private MockHttpServletResponse call(RequestBuilder request) throws Exception {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (jakarta.servlet.ServletException e) {
            throw new AssertionError("500 for " + request + "", e);
        }
    }

    /** One to six rows of six hostile cells, each quoted (a cell cut at 2,000 characters). */
    private String hostileRows() {
        StringBuilder rows = new StringBuilder();
        int count = 1 + random.nextInt(6);
        for (int r = 0; r < count; r++) {
            List<String> quoted = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                String cell = hostile.string();
                cell = cell.length() > 2_000 ? cell.substring(0, 2_000) : cell;
                quoted.add('"' + cell.replace("\"", "\"\"") + '"');
            }
            rows.append(String.join(",", quoted)).append('\n');
        }
        return rows.toString();
    }

    private long members() {
        return jdbc.sql("SELECT count(*) FROM members.member").query(Long.class).single();
    }

    private long articles() {
        return jdbc.sql("SELECT count(*) FROM portal.article").query(Long.class).single();
    }

    /** The input, cut to 200 characters, and the seed that replays it. */
    private String abbreviated(String text) {
        return (text.length() > 200 ? text.substring(0, 200) + "…" : text) + " [" + hostile + "]";
    }

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
