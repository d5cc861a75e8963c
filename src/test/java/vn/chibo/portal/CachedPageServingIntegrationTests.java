package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;

/**
 * Cached public pages over real HTTP: hits are answered inside Tomcat, before the servlet filters, so MockMvc cannot
 * see them. A hit must be the same page with the same headers as the rendered answer, and publishing must reach it.
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
    MeterRegistry meters;

    @Autowired
    ServletWebServerApplicationContext server;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHitIsTheRenderedPageWithItsHeaders() throws Exception {
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI + "?valve=" + System.nanoTime();
        HttpResponse<byte[]> rendered = send(HttpRequest.newBuilder(uri(home)).GET());
        HttpResponse<byte[]> hit = send(HttpRequest.newBuilder(uri(home)).GET());

        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(header(rendered, "X-Page-Cache")).isEqualTo("MISS");
        assertThat(header(hit, "X-Page-Cache")).isEqualTo("HIT");
        // Answered in Tomcat's connector, before the application's filters.
        double answeredInConnector = connectorHits();
        send(HttpRequest.newBuilder(uri(home)).GET());
        assertThat(connectorHits()).isEqualTo(answeredInConnector + 1);
        assertThat(hit.body()).isEqualTo(rendered.body());
        for (String name : new String[] {
            "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Content-Type", "Content-Language"
        }) {
            assertThat(header(hit, name)).as(name).isNotNull().isEqualTo(header(rendered, name));
        }
        assertThat(header(hit, "Content-Length")).isEqualTo(Integer.toString(rendered.body().length));
        assertThat(hit.headers().firstValue("Set-Cookie")).isEmpty();
        // The connector's answer carries its own headers once each, the date a current one.
        for (String name : new String[] {"Content-Type", "Content-Length", "Date", "Vary"}) {
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
        double beforeGzip = connectorHits();
        HttpResponse<byte[]> gzip = send(HttpRequest.newBuilder(uri(home))
                .header("Accept-Encoding", "gzip, deflate, br")
                .GET());
        assertThat(connectorHits()).isEqualTo(beforeGzip + 1);
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
        assertThat(header(refused, "Vary")).containsIgnoringCase("accept-encoding");
        assertThat(refused.headers().allValues("Vary")).hasSize(1);
    }

    @Test
    void readersRevalidateAndGetNotModifiedUntilThePageChanges() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI;
        HttpResponse<byte[]> first = send(HttpRequest.newBuilder(uri(home)).GET());
        String etag = header(first, "ETag");
        // Storable, but to be checked before each use: never Spring Security's no-store on a public page.
        assertThat(header(first, "Cache-Control")).isEqualTo("no-cache");
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

        PortalFixtures.published(articles, site, "Ngày hội đọc sách của học sinh khối 10 " + System.nanoTime());
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
        PortalFixtures.published(articles, site, title);

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

    private double connectorHits() {
        return meters.get("chibo.portal.page.cache")
                .tags("result", "hit", "answered", "connector")
                .counter()
                .count();
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
