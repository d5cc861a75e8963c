package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;
import vn.chibo.portal.media.MediaLibrary;
import vn.chibo.portal.rendering.PageCache;

/**
 * Cached public pages over real HTTP, through Tomcat and the whole filter chain: a hit is the same page with the same
 * headers as the rendered answer (Spring Security's included), the access log and the request metrics count it,
 * publishing reaches it, and nothing private or personal is ever stored or served from it.
 */
@ChiboIntegrationTest
class CachedPageServingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ServletWebServerApplicationContext server;

    @Autowired
    PageCache cache;

    @Autowired
    MediaLibrary media;

    @Autowired
    ApplicationEventPublisher events;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHitIsTheRenderedPageWithItsHeaders() throws Exception {
        cache.invalidateAll();
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI;
        HttpResponse<byte[]> rendered = send(HttpRequest.newBuilder(uri(home)).GET());
        HttpResponse<byte[]> hit = send(HttpRequest.newBuilder(uri(home)).GET());

        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(header(rendered, "X-Page-Cache")).isEqualTo("MISS");
        assertThat(header(hit, "X-Page-Cache")).isEqualTo("HIT");
        assertThat(hit.body()).isEqualTo(rendered.body());
        // Spring Security writes its headers on the cached answer too, once each, as on the rendered one.
        for (String name : new String[] {
            "Content-Security-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "Content-Type",
            "Content-Language",
            "Cache-Control",
            "ETag"
        }) {
            assertThat(header(hit, name)).as(name).isNotNull().isEqualTo(header(rendered, name));
            assertThat(hit.headers().allValues(name)).as(name).hasSize(1);
        }
        assertThat(header(hit, "Content-Length")).isEqualTo(Integer.toString(rendered.body().length));
        assertThat(hit.headers().firstValue("Set-Cookie")).isEmpty();
        for (String name : new String[] {"Content-Length", "Date", "Vary"}) {
            assertThat(hit.headers().allValues(name)).as(name).hasSize(1);
        }
        assertThat(header(hit, "Vary")).isEqualToIgnoringCase("accept-encoding");
        assertThat(ZonedDateTime.parse(header(hit, "Date"), DateTimeFormatter.RFC_1123_DATE_TIME))
                .isCloseTo(ZonedDateTime.now(), within(1, ChronoUnit.MINUTES));

        HttpResponse<byte[]> head =
                send(HttpRequest.newBuilder(uri(home)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(header(head, "X-Page-Cache")).isEqualTo("HIT");
        assertThat(head.body()).isEmpty();

        // A reader whose browser accepts gzip gets the copy compressed once when the page was cached.
        HttpResponse<byte[]> gzip = send(HttpRequest.newBuilder(uri(home))
                .header("Accept-Encoding", "gzip, deflate, br")
                .GET());
        assertThat(header(gzip, "X-Page-Cache")).isEqualTo("HIT");
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzip, "Vary")).containsIgnoringCase("accept-encoding");
        assertThat(header(gzip, "Content-Length")).isEqualTo(Integer.toString(gzip.body().length));
        assertThat(gzip.body().length).isLessThan(rendered.body().length / 2);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(rendered.body());
        }
        HttpResponse<byte[]> refused = send(HttpRequest.newBuilder(uri(home))
                .header("Accept-Encoding", "gzip;q=0")
                .GET());
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(rendered.body());
        assertThat(refused.headers().allValues("Vary")).hasSize(1);
    }

    @Test
    void theAccessLogAndTheRequestMetricsCountCachedAnswers() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        ArticleId id = PortalFixtures.published(
                articles, workflow, site, "Chuyên đề học tập và làm theo tư tưởng Bác, khối 11 " + System.nanoTime());
        String article = "/cong/" + PortalFixtures.NGUYEN_TRAI + "/bai-viet/" + PortalFixtures.slug(jdbc, id);
        double hitsBefore = cacheCount("hit");
        long timedBefore = timedRequests("/cong/{site}/bai-viet/{slug}");

        assertThat(header(send(HttpRequest.newBuilder(uri(article)).GET()), "X-Page-Cache"))
                .isEqualTo("MISS");
        for (int i = 0; i < 3; i++) {
            assertThat(header(send(HttpRequest.newBuilder(uri(article)).GET()), "X-Page-Cache"))
                    .isEqualTo("HIT");
        }

        assertThat(cacheCount("hit")).isEqualTo(hitsBefore + 3);
        // Micrometer's request timer names the route of each cached answer, as of a rendered one.
        awaitUntil(() -> timedRequests("/cong/{site}/bai-viet/{slug}") == timedBefore + 4);
        // And Tomcat's access log has a line for each answer, the cached ones included.
        awaitUntil(() -> accessLog(article).size() == 4);
        assertThat(accessLog(article))
                .filteredOn(line -> line.endsWith(" HIT"))
                .hasSize(3)
                .allMatch(line -> line.contains("\"GET " + article + " HTTP/1.1\" 200 "));
        // Timed once done, not also tracked while in flight: no long-task timer (one sorted set of running requests
        // shared by every thread) on the path of each request.
        assertThat(meters.find("http.server.requests.active").longTaskTimers()).isEmpty();
    }

    @Test
    void anEscapedMediaAddressNeverStoresNorServesAnEditorsPrivateFile() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.MAIN);
        MediaId draft = media.upload(
                        CurrentUser.system(), site, "du-thao-ke-hoach.png", png(), "Dự thảo kế hoạch", "Chưa công bố")
                .id();
        HttpClient editor = signedIn("bientap");
        for (String path : new String[] {"/cong/%6Dedia/" + draft, "/cong/media/" + draft}) {
            // The editor sees the draft's file, marked for her alone.
            HttpResponse<byte[]> editors = editor.send(
                    HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(editors.statusCode()).as(path).isEqualTo(200);
            assertThat(header(editors, "Cache-Control")).contains("no-store").contains("private");
            assertThat(header(editors, "X-Page-Cache")).isNull();
            // Nobody else gets it, by either address.
            for (String asked : new String[] {"/cong/%6Dedia/" + draft, "/cong/media/" + draft}) {
                HttpResponse<byte[]> anyone =
                        send(HttpRequest.newBuilder(uri(asked)).GET());
                assertThat(anyone.statusCode()).as(asked).isEqualTo(404);
                assertThat(header(anyone, "X-Page-Cache")).isNull();
            }
        }
        // A signed-in editor's public pages are hers: never served from the cache, never stored.
        cache.invalidateAll();
        String home = "/cong/" + PortalFixtures.MAIN;
        HttpResponse<byte[]> editorsHome =
                editor.send(HttpRequest.newBuilder(uri(home)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(header(editorsHome, "X-Page-Cache")).isEqualTo("BYPASS");
        assertThat(cache.size()).isZero();
        assertThat(header(send(HttpRequest.newBuilder(uri(home)).GET()), "X-Page-Cache"))
                .isEqualTo("MISS");
    }

    @Test
    void aForgedHostCannotPoisonTheLinksOfCachedPages() throws Exception {
        cache.invalidateAll();
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI;
        // The demo builds links from the request; a request naming another port gets links to that port...
        String forged = rawGet(home, "localhost:1");
        assertThat(forged).contains("href=\"http://localhost:1" + home + "\"");
        // ...but the page is kept under that address only: every other reader gets her own links.
        HttpResponse<byte[]> reader = send(HttpRequest.newBuilder(uri(home)).GET());
        String body = new String(reader.body(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("localhost:1/").contains("href=\"http://localhost:" + port + home + "\"");
        assertThat(rawGet(home, "localhost:1")).contains("X-Page-Cache: HIT");
    }

    @Test
    void chibosOwnHostNameNeverOpensAPortalEvenIfASiteClaimsIt() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.LE_LOI);
        try {
            // As an older version let an editor-in-chief do: the site claims the application's own host name.
            jdbc.sql("UPDATE portal.site SET host_name = 'localhost' WHERE id = :id")
                    .param("id", site.value())
                    .update();
            events.publishEvent(new PublicContentChanged(site));
            HttpResponse<byte[]> root = send(HttpRequest.newBuilder(uri("/")).GET());
            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(header(root, "Location")).endsWith("/login").doesNotContain("/cong/");
        } finally {
            jdbc.sql("UPDATE portal.site SET host_name = NULL WHERE id = :id")
                    .param("id", site.value())
                    .update();
            events.publishEvent(new PublicContentChanged(site));
        }
    }

    @Test
    void readersRevalidateAndGetNotModifiedUntilThePageChanges() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI;
        HttpResponse<byte[]> first = send(HttpRequest.newBuilder(uri(home)).GET());
        String etag = header(first, "ETag");
        // Storable, but to be checked before each use by browsers, and kept a second by a shared cache in front:
        // never Spring Security's no-store on a public page.
        assertThat(header(first, "Cache-Control")).isEqualTo("public, max-age=0, must-revalidate, s-maxage=1");
        assertThat(first.headers().firstValue("Pragma")).isEmpty();
        assertThat(etag).startsWith("W/\"");

        HttpResponse<byte[]> unchanged = send(
                HttpRequest.newBuilder(uri(home)).header("If-None-Match", etag).GET());
        if (unchanged.statusCode() == 200) {
            // The page really changed meanwhile (the header clock shows the minute): then it has a new validator,
            // and revalidating with that one is answered without the page.
            assertThat(header(unchanged, "ETag")).isNotEqualTo(etag);
            etag = header(unchanged, "ETag");
            unchanged = send(HttpRequest.newBuilder(uri(home))
                    .header("If-None-Match", etag)
                    .GET());
        }
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(header(unchanged, "Vary")).containsIgnoringCase("accept-encoding");
        assertThat(header(unchanged, "ETag")).isEqualTo(etag);

        PortalFixtures.published(
                articles, workflow, site, "Ngày hội đọc sách của học sinh khối 10 " + System.nanoTime());
        HttpResponse<byte[]> changed = send(
                HttpRequest.newBuilder(uri(home)).header("If-None-Match", etag).GET());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(header(changed, "ETag")).isNotEqualTo(etag);
        // The rendered answer (a miss) carries its validator too, so the next revalidation is a 304 again.
        assertThat(send(HttpRequest.newBuilder(uri(home))
                                .header("If-None-Match", header(changed, "ETag"))
                                .GET())
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void publishingReachesPagesServedFromTheCache() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI;
        send(HttpRequest.newBuilder(uri(home)).GET());
        assertThat(header(send(HttpRequest.newBuilder(uri(home)).GET()), "X-Page-Cache"))
                .isEqualTo("HIT");

        String title = "Hội thi giáo viên dạy giỏi cấp trường năm học mới " + System.nanoTime();
        PortalFixtures.published(articles, workflow, site, title);

        HttpResponse<byte[]> after = send(HttpRequest.newBuilder(uri(home)).GET());
        assertThat(header(after, "X-Page-Cache")).isEqualTo("MISS");
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains(title);
    }

    @Test
    void partialAndLivePagesNeverComeFromTheCache() throws Exception {
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI;
        send(HttpRequest.newBuilder(uri(home)).GET());
        HttpResponse<byte[]> htmx = send(
                HttpRequest.newBuilder(uri(home)).header("HX-Request", "true").GET());
        assertThat(header(htmx, "X-Page-Cache")).isNull();
    }

    @Test
    void aReaderKeepsHerConnectionAcrossManyPagesAndAPageLeavesInOneBuffer() throws Exception {
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI;
        send(HttpRequest.newBuilder(uri(home)).GET());
        // Tomcat closes a connection after 100 requests unless told otherwise; a reader's browser keeps it for more.
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            for (int i = 1; i <= 150; i++) {
                out.write(
                        ("GET " + home + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Map<String, String> headers = new HashMap<>();
                String status = readLine(in);
                for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                    int colon = line.indexOf(':');
                    headers.put(
                            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).trim());
                }
                assertThat(status).as("request %d", i).startsWith("HTTP/1.1 200");
                assertThat(headers.get("connection")).as("request %d", i).isNotEqualToIgnoringCase("close");
                in.readFully(new byte[Integer.parseInt(headers.get("content-length"))]);
            }
        }
        // The connector's write buffer holds a whole page with its headers, so a response goes out in one write.
        Connector connector =
                ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize")))
                .isEqualTo("32768");
        assertThat(send(HttpRequest.newBuilder(uri(home)).GET()).body().length).isLessThan(32768 - 2048);
        assertThat(String.valueOf(connector.getProperty("socket.directBuffer"))).isEqualTo("true");
        // NIO2 where requests run on platform threads, NIO (Spring Boot's) where they run on virtual threads.
        boolean virtual = Runtime.version().feature() >= 21;
        assertThat(connector.getProtocolHandlerClassName())
                .isEqualTo(
                        virtual
                                ? "org.apache.coyote.http11.Http11NioProtocol"
                                : "org.apache.coyote.http11.Http11Nio2Protocol");
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed after: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private double cacheCount(String result) {
        return meters.get("chibo.portal.page.cache")
                .tag("result", result)
                .counter()
                .count();
    }

    private long timedRequests(String route) {
        return meters.find("http.server.requests").tag("uri", route).timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }

    private static List<String> accessLog(String path) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(Path.of("target", "access-log"))) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.contains(" " + path + " ")) {
                        lines.add(line);
                    }
                }
            }
        }
        return lines;
    }

    private static void awaitUntil(Check check) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** A GET over a plain socket, with the Host header given (HttpClient does not let a caller set it). */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A client signed in through the login form, with its session cookie. */
    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = client.send(
                        HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).as("the login form's token").isTrue();
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + username + "&password=" + DemoFixtures.PASSWORD + "&_csrf="
                                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
