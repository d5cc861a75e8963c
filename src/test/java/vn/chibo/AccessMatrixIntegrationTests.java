package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.securityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route of the application, as Spring MVC's handler mapping lists them (so that a route is covered the day
 * it is added), for every demo role and anonymous visitors, with the objects of an organization the role works in
 * ("own": the branch of Trường THPT Nguyễn Trãi, its members, meetings, portal, ...) and of another one ("foreign": the
 * branch of Trường THPT Lê Lợi, outside the branch roles' grants), and compares the answers with the table in
 * {@code src/test/resources/access-matrix.txt}. A route missing from the table, or a table line whose route is gone,
 * fails the test, which then writes what it observed to {@code target/access-matrix-observed.txt}: check a new route's
 * line there, then copy it into the table.
 *
 * <p>Every request runs in a transaction that is rolled back, so that the walk changes nothing (the POSTs carry no
 * form: what they test is who gets past the checks, and what those who do are told).
 */
@ChiboIntegrationTest
class AccessMatrixIntegrationTests {

    /** The columns of the table, in order. */
    static final List<String> ROLES =
            List.of("admin", "bithu", "capuy", "vanthu", "bientap", "tongbientap", "dangvien", "anonymous");

    static final Path OBSERVED = Path.of("target", "access-matrix-observed.txt");
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyRouteAnswersEveryRoleAsTheTableSays() throws Exception {
        Map<String, Expected> table = table();
        Map<String, Map<String, String>> objects = Map.of(
                "own", objects(DemoFixtures.BITHU_BRANCH, "thpt-nguyen-trai"),
                "foreign", objects(DemoFixtures.OTHER_BRANCH, "thpt-le-loi"));
        Map<String, SecurityContext> signedIn = new LinkedHashMap<>();
        for (String role : ROLES) {
            if (!role.equals("anonymous")) {
                signedIn.put(role, signIn(role));
            }
        }
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        Map<String, String> observed = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        for (String route : routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            boolean hasObject = VARIABLE.matcher(pattern).find();
            StringBuilder line = new StringBuilder(String.format("%-6s %-58s", method, pattern));
            for (String scenario : hasObject ? List.of("own", "foreign") : List.of("any")) {
                String url = url(pattern, objects.get(scenario.equals("any") ? "own" : scenario));
                line.append(" | ").append(scenario).append(':');
                List<Integer> answers = new ArrayList<>();
                for (String role : ROLES) {
                    int status = rolledBack.execute(tx -> {
                        tx.setRollbackOnly();
                        return answer(method, url, signedIn.get(role));
                    });
                    answers.add(status);
                    line.append(' ').append(status);
                }
                Expected expected = table.get(route);
                if (expected != null && !answers.equals(expected.answers().get(scenario))) {
                    differences.add(route + " (" + scenario + ", " + url + "): expected "
                            + expected.answers().get(scenario) + " for " + ROLES + ", got " + answers);
                }
            }
            observed.put(route, line.toString());
        }
        TreeSet<String> missing = new TreeSet<>(observed.keySet());
        missing.removeAll(table.keySet());
        TreeSet<String> gone = new TreeSet<>(table.keySet());
        gone.removeAll(observed.keySet());
        if (!missing.isEmpty() || !gone.isEmpty() || !differences.isEmpty()) {
            Files.createDirectories(OBSERVED.getParent());
            Files.write(OBSERVED, observed.values());
        }
        assertThat(missing)
                .as("routes missing from access-matrix.txt (their observed lines are in %s)", OBSERVED)
                .isEmpty();
        assertThat(gone)
                .as("lines of access-matrix.txt whose route no longer exists")
                .isEmpty();
        assertThat(differences).as("answers that differ from access-matrix.txt").isEmpty();
    }

    /** "GET /path/{var}" for every method and pattern of every handler, Spring Boot's own error page aside. */
    private List<String> routes() {
        TreeSet<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getName().startsWith("vn.chibo.") || testOnly(handler.getBeanType())) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                } else {
                    for (RequestMethod method : methods) {
                        routes.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        return List.copyOf(routes);
    }

    /** A controller of the tests themselves (a page that fails on purpose), not of the application. */
    private static boolean testOnly(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().toString().contains("test-classes");
    }

    private int answer(String method, String url, SecurityContext context) {
        try {
            MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), url);
            request.with(r -> {
                // As from a browser (the bot filter of the visit counter, the rating's same-origin check).
                r.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0");
                return r;
            });
            if (!method.equals("GET")) {
                request.with(csrf());
                if (url.startsWith("/api/")) {
                    request.contentType(MediaType.APPLICATION_JSON).content("{}");
                }
            }
            if (context != null) {
                request.with(securityContext(context));
            }
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (jakarta.servlet.ServletException e) {
            // What the server would answer with its error page.
            return 500;
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + url, e);
        }
    }

    private SecurityContext signIn(String username) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
        return (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
    }

    /** The URL of a route pattern with its variables filled from the scenario's objects. */
    static String url(String pattern, Map<String, String> objects) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String key = objectFor(pattern, m.group(1));
            String value = objects.get(key);
            if (value == null) {
                throw new IllegalStateException("No object '" + key + "' for {" + m.group(1) + "} of " + pattern
                        + ": add it to AccessMatrixIntegrationTests.objects and objectFor");
            }
            m.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        m.appendTail(url);
        return url.toString();
    }

    /**
     * Which object a path variable names, by its name and where the route lives. A new route whose variable is not
     * known here fails with a message saying so: add a case (and the object in {@link #objects}).
     */
    static String objectFor(String pattern, String variable) {
        return switch (variable) {
            case "id" -> {
                if (pattern.startsWith("/organizations") || pattern.startsWith("/api/v1/organizations")) {
                    yield "organization";
                } else if (pattern.startsWith("/members/import")) {
                    yield "importJob";
                } else if (pattern.startsWith("/members/corrections")) {
                    yield "correction";
                } else if (pattern.startsWith("/members") || pattern.startsWith("/api/v1/members")) {
                    yield "member";
                } else if (pattern.startsWith("/meetings/templates")) {
                    yield "template";
                } else if (pattern.startsWith("/meetings") || pattern.startsWith("/api/v1/meetings")) {
                    yield "meeting";
                } else if (pattern.startsWith("/congresses") || pattern.startsWith("/api/v1/congresses")) {
                    yield "congress";
                } else if (pattern.startsWith("/elections") || pattern.startsWith("/api/v1/elections")) {
                    yield "election";
                } else if (pattern.startsWith("/reviews/organizations")
                        || pattern.startsWith("/api/v1/reviews/organizations")) {
                    yield "organizationRating";
                } else if (pattern.startsWith("/reviews") || pattern.startsWith("/api/v1/reviews")) {
                    yield "review";
                } else if (pattern.startsWith("/dues") || pattern.startsWith("/api/v1/dues")) {
                    // Every dues route names the branch whose dues it shows or changes.
                    yield "organization";
                } else if (pattern.startsWith("/admissions") || pattern.startsWith("/api/v1/admissions")) {
                    yield "admission";
                } else if (pattern.startsWith("/portal/sites")) {
                    yield "site";
                } else if (pattern.startsWith("/admin/users")) {
                    yield "user";
                } else if (pattern.startsWith("/cong/media")) {
                    yield "media";
                } else if (pattern.contains("/articles/") || pattern.contains("/bai-viet/")) {
                    yield "article";
                }
                yield "unknown id";
            }
            case "site" -> pattern.startsWith("/portal/") ? "site" : "siteSlug";
            case "slug" -> "articleSlug";
            case "meetingId" -> "meeting";
            case "congressId" -> "congress";
            case "step" -> "admissionStep";
            case "media" -> "media";
            case "format" ->
                pattern.contains("/export.") || pattern.contains("/template.") ? "sheetFormat" : "documentFormat";
            case "what" -> "entryKind";
            case "org" -> "organization";
            case "month" -> "guidanceMonth";
            case "asOf" -> "staffAsOf";
            default -> variable;
        };
    }

    /** The objects of an organization and its portal that the routes name, taken from the demo data. */
    private Map<String, String> objects(String organizationName, String siteSlug) {
        long org = DemoFixtures.organizationId(jdbc, organizationName);
        Map<String, String> o = new LinkedHashMap<>();
        o.put("organization", Long.toString(org));
        o.put("unitId", first("SELECT id FROM organizations.unit WHERE organization_id = :o ORDER BY id", org));
        o.put(
                "staffAsOf",
                first(
                        "SELECT max(s.as_of)::text FROM organizations.unit_staff s WHERE s.unit_id ="
                                + " (SELECT id FROM organizations.unit WHERE organization_id = :o ORDER BY id LIMIT 1)",
                        org));
        // The month of the demo's guidance of the sector (the clock of the tests: December 2026).
        o.put("guidanceMonth", "2026-12");
        o.put(
                "termId",
                first("SELECT id FROM organizations.term WHERE organization_id = :o ORDER BY starts_on DESC", org));
        o.put(
                "seatId",
                first(
                        "SELECT s.id FROM organizations.committee_seat s JOIN organizations.term t ON t.id = s.term_id"
                                + " WHERE t.organization_id = :o ORDER BY t.starts_on DESC, s.id",
                        org));
        String member = first("SELECT id FROM members.member WHERE organization_id = :o ORDER BY id", org);
        o.put("member", member);
        o.put("memberId", member);
        o.put(
                "correction",
                // A member's request to correct her record: the demo's own, or one made here, so that the answer
                // never depends on which tests ran before this one.
                first(
                        "WITH existing AS (SELECT c.id FROM members.correction_request c JOIN members.member m"
                                + " ON m.id = c.member_id WHERE m.organization_id = :o ORDER BY c.id LIMIT 1),"
                                + " made AS (INSERT INTO members.correction_request (member_id, field, requested,"
                                + " requested_by) SELECT (SELECT id FROM members.member WHERE organization_id = :o"
                                + " ORDER BY id LIMIT 1), 'phone', '0912 345 678', 'access-matrix'"
                                + " WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)"
                                + " SELECT id FROM existing UNION ALL SELECT id FROM made",
                        org));
        o.put(
                "excuseId",
                // A valid reason for not paying dues accepted for that member: the demo's own, or one made here.
                first(
                        "WITH existing AS (SELECT id FROM dues.excuse WHERE member_id = :o AND withdrawn_at IS NULL"
                                + " ORDER BY id LIMIT 1),"
                                + " made AS (INSERT INTO dues.excuse (member_id, reason, from_month, until_month, note,"
                                + " recorded_by, recorded_at) SELECT :o, 'OTHER', date '2026-12-01', date '2026-12-01',"
                                + " 'access-matrix', 'access-matrix', now() WHERE NOT EXISTS (SELECT 1 FROM existing)"
                                + " RETURNING id)"
                                + " SELECT id FROM existing UNION ALL SELECT id FROM made",
                        Long.parseLong(member)));
        o.put("importJob", "00000000-0000-0000-0000-000000000000");
        String meeting = first(
                "SELECT m.id FROM meetings.meeting m WHERE m.organization_id = :o AND m.status = 'CLOSED'"
                        + " AND EXISTS (SELECT 1 FROM meetings.report r WHERE r.meeting_id = m.id)"
                        + " ORDER BY m.meeting_date DESC",
                org);
        o.put("meeting", meeting);
        o.put(
                "admission",
                first(
                        "SELECT id FROM admissions.admission WHERE organization_id = :o AND status = 'IN_PROGRESS'"
                                + " ORDER BY id",
                        org));
        // The step every admission has next is not known here: one that is never next after the demo's first step.
        o.put("admissionStep", "AWARENESS_COURSE");
        o.put(
                "reportId",
                first("SELECT id FROM meetings.report WHERE meeting_id = :o ORDER BY id", Long.parseLong(meeting)));
        // A task of the organization's meeting before this one: the one this meeting reviews.
        o.put(
                "taskId",
                first(
                        "(SELECT t.id FROM meetings.task t JOIN meetings.meeting p ON p.id = t.meeting_id"
                                + " JOIN meetings.meeting m ON m.id = :o AND p.organization_id = m.organization_id"
                                + " AND p.meeting_date < m.meeting_date ORDER BY p.meeting_date DESC, t.id LIMIT 1)"
                                + " UNION ALL SELECT 999999999",
                        Long.parseLong(meeting)));
        o.put(
                "decisionId",
                first(
                        "(SELECT id FROM meetings.resolution WHERE meeting_id = :o ORDER BY id LIMIT 1)"
                                + " UNION ALL SELECT 999999999",
                        Long.parseLong(meeting)));
        String congress =
                first("SELECT id FROM elections.congress WHERE organization_id = :o ORDER BY number DESC, id", org);
        o.put("congress", congress);
        o.put(
                "election",
                first(
                        "SELECT id FROM elections.election WHERE congress_id = :o ORDER BY id",
                        Long.parseLong(congress)));
        // A guest on the congress's list of speakers: the demo's or the tests', or one made here.
        o.put(
                "speaker",
                first(
                        "WITH existing AS (SELECT id FROM elections.congress_speaker WHERE congress_id = :o"
                                + " ORDER BY id LIMIT 1), made AS (INSERT INTO elections.congress_speaker"
                                + " (congress_id, full_name, topic, registered_by, registered_at)"
                                + " SELECT :o, 'Khách mời thử', 'Ý kiến', 'access-matrix', now()"
                                + " WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)"
                                + " SELECT id FROM existing UNION ALL SELECT id FROM made",
                        Long.parseLong(congress)));
        // A guest on the congress's list: the demo's or the tests', or one made here.
        o.put(
                "guest",
                first(
                        "WITH existing AS (SELECT id FROM elections.attendee WHERE congress_id = :o"
                                + " AND standing = 'GUEST' ORDER BY id LIMIT 1), made AS (INSERT INTO"
                                + " elections.attendee (congress_id, full_name, given_name, standing)"
                                + " SELECT :o, 'Khách mời thử', 'thử', 'GUEST'"
                                + " WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)"
                                + " SELECT id FROM existing UNION ALL SELECT id FROM made",
                        Long.parseLong(congress)));
        // A review round of the organization and one member's row of it: the demo's or the tests', or one made here
        // (for a year no test uses), so that the answer never depends on which tests ran before this one.
        String review = first(
                "WITH existing AS (SELECT id FROM reviews.review_round WHERE organization_id = :o ORDER BY id LIMIT 1),"
                        + " made AS (INSERT INTO reviews.review_round (organization_id, review_year, review_date,"
                        + " opened_by, opened_at) SELECT :o, 2099, DATE '2099-12-15', 'access-matrix', now()"
                        + " WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)"
                        + " SELECT id FROM existing UNION ALL SELECT id FROM made",
                org);
        o.put("review", review);
        o.put(
                "memberReviewId",
                first(
                        "WITH existing AS (SELECT id FROM reviews.member_review WHERE round_id = :o ORDER BY id"
                                + " LIMIT 1), made AS (INSERT INTO reviews.member_review (round_id, member_id,"
                                + " position, full_name, admission_date, exempt, suspended)"
                                + " SELECT :o, m.id, 1, m.full_name, m.admission_date, false, false"
                                + " FROM members.member m WHERE m.organization_id = (SELECT organization_id"
                                + " FROM reviews.review_round WHERE id = :o) AND NOT EXISTS (SELECT 1 FROM existing)"
                                + " ORDER BY m.id LIMIT 1 RETURNING id)"
                                + " SELECT id FROM existing UNION ALL SELECT id FROM made",
                        Long.parseLong(review)));
        // The organization's own rating: the demo's or the tests', or one made here (for a year no test uses).
        o.put(
                "organizationRating",
                first(
                        "WITH existing AS (SELECT id FROM reviews.organization_rating WHERE organization_id = :o"
                                + " ORDER BY id LIMIT 1), made AS (INSERT INTO reviews.organization_rating"
                                + " (organization_id, review_year, review_date, opened_by, opened_at)"
                                + " SELECT :o, 2099, DATE '2099-12-15', 'access-matrix', now()"
                                + " WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)"
                                + " SELECT id FROM existing UNION ALL SELECT id FROM made",
                        org));
        o.put("entryKind", "opinion");
        o.put(
                "entryId",
                first(
                        "(SELECT id FROM meetings.opinion WHERE meeting_id = :o ORDER BY id LIMIT 1)"
                                + " UNION ALL SELECT 999999999",
                        Long.parseLong(meeting)));
        o.put("template", first("SELECT id FROM meetings.scoring_template WHERE :o > 0 ORDER BY id", 1));
        o.put("criterionId", first("SELECT id FROM meetings.scoring_criterion WHERE :o > 0 ORDER BY id", 1));
        o.put("documentFormat", "docx");
        o.put("sheetFormat", "csv");
        o.put("width", "320");
        long site = Long.parseLong(first("SELECT id FROM portal.site WHERE slug = '" + siteSlug + "' AND :o > 0", 1));
        o.put("site", Long.toString(site));
        o.put("siteSlug", siteSlug);
        String article =
                first("SELECT id FROM portal.article WHERE site_id = :o AND status = 'PUBLISHED' ORDER BY id", site);
        o.put("article", article);
        o.put("articleSlug", first("SELECT slug FROM portal.article WHERE id = :o", Long.parseLong(article)));
        o.put("number", "1");
        o.put("category", first("SELECT slug FROM portal.category WHERE site_id = :o ORDER BY id", site));
        o.put(
                "tag",
                first(
                        "(SELECT t.slug FROM portal.article_tag t JOIN portal.article a ON a.id = t.article_id"
                                + " WHERE a.site_id = :o ORDER BY t.slug LIMIT 1) UNION ALL SELECT 'khong-co'",
                        site));
        o.put(
                "media",
                first(
                        "(SELECT id FROM portal.media WHERE site_id = :o ORDER BY id LIMIT 1)"
                                + " UNION ALL SELECT 999999999",
                        site));
        String user = first("SELECT id FROM platform.app_user WHERE username = 'dangvien' AND :o > 0", 1);
        o.put("user", user);
        o.put("grantId", first("SELECT id FROM platform.role_grant WHERE user_id = :o", Long.parseLong(user)));
        return o;
    }

    private String first(String sql, long parameter) {
        return jdbc.sql(sql).param("o", parameter).query((rs, n) -> rs.getString(1)).list().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo object for: " + sql));
    }

    record Expected(Map<String, List<Integer>> answers) {}

    /** The table: "METHOD /pattern | own: 200 … | foreign: 404 …" (or "| any: …" for a route without an object). */
    static Map<String, Expected> table() throws IOException {
        Map<String, Expected> table = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixIntegrationTests.class.getResourceAsStream("/access-matrix.txt")) {
            assertThat(in).as("src/test/resources/access-matrix.txt").isNotNull();
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                // Columns are separated by " | " (a pattern's regular expression may hold a bare "|").
                String[] parts = line.split("\\s\\|\\s");
                String[] route = parts[0].strip().split("\\s+");
                Map<String, List<Integer>> answers = new LinkedHashMap<>();
                for (int i = 1; i < parts.length; i++) {
                    String[] cells = parts[i].strip().split("[:\\s]+");
                    List<Integer> codes = new ArrayList<>();
                    for (int c = 1; c < cells.length; c++) {
                        codes.add(Integer.parseInt(cells[c]));
                    }
                    assertThat(codes).as(line).hasSize(ROLES.size());
                    answers.put(cells[0], codes);
                }
                table.put(route[0] + " " + route[1], new Expected(answers));
            }
        }
        return table;
    }
}
