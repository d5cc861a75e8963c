package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.platform.CurrentUser;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleWorkflow;
import vn.chibo.portal.reading.VisitCounter;

/**
 * ChiBo on two nodes sharing one PostgreSQL, as behind a load balancer without sticky sessions
 * ({@code chibo.sessions.store=database}): a user signed in on one node is signed in on the other, and signing out on
 * either ends the session on both; a public page cached by one node changes there within a second of another node
 * unpublishing its article; a reader served by both nodes counts as one visitor and one view of the article.
 */
class SeveralNodesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Path secondDir;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        first = new SpringApplicationBuilder(ChiboApplication.class)
                .initializers(new TestDatabase())
                .profiles("demo")
                .run("--server.port=0", "--chibo.sessions.store=database");
        // The second node reaches the first one's database as an external server, with the same credentials.
        HikariDataSource shared = first.getBean(DataSource.class).unwrap(HikariDataSource.class);
        secondDir = TestDatabase.createTempDirectory();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--chibo.sessions.store=database",
                "--chibo.data-dir=" + secondDir,
                "--spring.datasource.url=" + shared.getJdbcUrl()));
        // The embedded server's role and password; an external server's test URL names its user itself.
        if (shared.getUsername() != null) {
            arguments.add("--spring.datasource.username=" + shared.getUsername());
        }
        if (shared.getPassword() != null) {
            arguments.add("--spring.datasource.password=" + shared.getPassword());
        }
        second = new SpringApplicationBuilder(ChiboApplication.class)
                .profiles("demo")
                .run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        if (secondDir != null) {
            TestDatabase.deleteRecursively(secondDir);
        }
    }

    @Test
    void aSessionBegunOnOneNodeGoesOnOnTheOtherAndEndsOnBoth() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String a = base(first);
        String b = base(second);

        HttpResponse<String> loginPage = get(browser, a + "/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        HttpResponse<String> signedIn = post(
                browser,
                a + "/login",
                "username=bithu&password=" + DemoFixtures.PASSWORD + "&_csrf=" + csrf(loginPage));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly"));

        // The same browser on the other node: signed in, no second sign-in asked for.
        HttpResponse<String> home = get(browser, b + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("/logout");
        assertThat(get(browser, b + "/members").statusCode()).isEqualTo(200);

        // Signing out on the second node ends the session on the first as well.
        HttpResponse<String> signedOut = post(browser, b + "/logout", "_csrf=" + csrf(home));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        HttpResponse<String> after = get(browser, a + "/members");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void aPageCachedByOneNodeChangesThereWhenAnotherNodeUnpublishesItsArticle() throws Exception {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        record Published(long id, String site, String slug) {}
        Published article = jdbc.sql(
                        """
                        SELECT a.id, s.slug AS site, a.slug FROM portal.article a JOIN portal.site s ON s.id = a.site_id
                        WHERE a.status = 'PUBLISHED' ORDER BY a.id LIMIT 1
                        """)
                .query((rs, n) -> new Published(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .single();
        HttpClient reader = HttpClient.newHttpClient();
        String page = base(second) + "/cong/" + article.site() + "/bai-viet/" + article.slug();
        assertThat(get(reader, page).statusCode()).isEqualTo(200);
        assertThat(servedFromTheCache(reader, page)).isTrue();

        first.getBean(TransactionTemplate.class).executeWithoutResult(s -> first.getBean(ArticleWorkflow.class)
                .unpublish(CurrentUser.system(), ArticleId.of(article.id())));
        long unpublished = System.nanoTime();
        int status = 200;
        while (status == 200
                && System.nanoTime() - unpublished < Duration.ofSeconds(5).toNanos()) {
            status = get(reader, page).statusCode();
        }
        assertThat(status).isEqualTo(404);
        assertThat(Duration.ofNanos(System.nanoTime() - unpublished)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aReaderServedByBothNodesCountsOneVisitorAndOneViewOfTheArticle() throws Exception {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        record Published(long id, long siteId, String site) {}
        Published article = jdbc.sql(
                        """
                        SELECT a.id, s.id AS site_id, s.slug AS site FROM portal.article a
                        JOIN portal.site s ON s.id = a.site_id
                        WHERE a.status = 'PUBLISHED' ORDER BY a.id DESC LIMIT 1
                        """)
                .query((rs, n) -> new Published(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .single();
        VisitCounter onFirst = first.getBean(VisitCounter.class);
        VisitCounter onSecond = second.getBean(VisitCounter.class);
        onFirst.flush();
        onSecond.flush();
        long views = views(jdbc, article.id());
        long visitors = visitors(jdbc, article.siteId());

        // The live part of the page is what counts a reader; a load balancer sends her requests to either node.
        String live = "/cong/" + article.site() + "/bai-viet/" + article.id() + "/doc-gia";
        String browser = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0 reader-" + System.nanoTime();
        HttpClient reader = HttpClient.newHttpClient();
        assertThat(get(reader, base(first) + live, browser).statusCode()).isEqualTo(200);
        assertThat(get(reader, base(second) + live, browser).statusCode()).isEqualTo(200);
        assertThat(get(reader, base(second) + live, browser).statusCode()).isEqualTo(200);
        onFirst.flush();
        onSecond.flush();
        assertThat(views(jdbc, article.id())).isEqualTo(views + 1);
        assertThat(visitors(jdbc, article.siteId())).isEqualTo(visitors + 1);

        // Another reader on the second node only is one more of each.
        assertThat(get(reader, base(second) + live, browser + " other").statusCode())
                .isEqualTo(200);
        onSecond.flush();
        onFirst.flush();
        assertThat(views(jdbc, article.id())).isEqualTo(views + 2);
        assertThat(visitors(jdbc, article.siteId())).isEqualTo(visitors + 2);
    }

    private static long views(JdbcClient jdbc, long article) {
        return jdbc.sql("SELECT coalesce(max(views), 0) FROM portal.article_views WHERE article_id = :a")
                .param("a", article)
                .query(Long.class)
                .single();
    }

    private static long visitors(JdbcClient jdbc, long site) {
        return jdbc.sql("SELECT count(*) FROM portal.visitor_day WHERE site_id = :s")
                .param("s", site)
                .query(Long.class)
                .single();
    }

    private static HttpResponse<String> get(HttpClient client, String url, String userAgent) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("User-Agent", userAgent)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static boolean servedFromTheCache(HttpClient client, String page) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpResponse<String> response = get(client, page);
            if ("HIT".equals(response.headers().firstValue("X-Page-Cache").orElse(""))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:"
                + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
