package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHitIsTheRenderedPageWithItsHeaders() throws Exception {
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI + "?valve=" + System.nanoTime();
        HttpResponse<byte[]> rendered = send(HttpRequest.newBuilder(uri(home)).GET());
        HttpResponse<byte[]> hit = send(HttpRequest.newBuilder(uri(home)).GET());

        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(header(rendered, "X-Page-Cache")).isEqualTo("MISS");
        assertThat(header(hit, "X-Page-Cache")).isEqualTo("HIT");
        assertThat(hit.body()).isEqualTo(rendered.body());
        for (String name : new String[] {
            "Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Content-Type", "Content-Language"
        }) {
            assertThat(header(hit, name)).as(name).isNotNull().isEqualTo(header(rendered, name));
        }
        assertThat(header(hit, "Content-Length")).isEqualTo(Integer.toString(rendered.body().length));
        assertThat(hit.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<byte[]> head =
                send(HttpRequest.newBuilder(uri(home)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(header(head, "X-Page-Cache")).isEqualTo("HIT");
        assertThat(head.body()).isEmpty();

        HttpResponse<byte[]> gzip = send(HttpRequest.newBuilder(uri(home))
                .header("Accept-Encoding", "gzip")
                .GET());
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(rendered.body());
        }
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
        assertThat(new String(after.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(title);
    }

    @Test
    void partialAndLivePagesNeverComeFromTheCache() throws Exception {
        String home = "/cong/" + PortalFixtures.NGUYEN_TRAI;
        send(HttpRequest.newBuilder(uri(home)).GET());
        HttpResponse<byte[]> htmx = send(
                HttpRequest.newBuilder(uri(home)).header("HX-Request", "true").GET());
        assertThat(header(htmx, "X-Page-Cache")).isNull();
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
