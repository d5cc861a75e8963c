package vn.chibo.portal.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.portal.PublicBaseUrl;

/**
 * What the page cache keeps and whom it answers, on one filter in front of a stand-in for the application: never a
 * private or no-store answer, never for a request with a session or a sign-in, and keyed by the portal's public address
 * rather than the Host header.
 */
class CachedPagesFilterTests {

    private final PageCache cache = new PageCache(null, new SimpleMeterRegistry());
    private final CachedPagesFilter filter = new CachedPagesFilter(
            cache,
            new PublicBaseUrl("https://cong.binhson.example", false),
            Duration.ofSeconds(1),
            Clock.fixed(Instant.parse("2026-12-06T03:00:00.700Z"), ZoneOffset.UTC));
    private final AtomicInteger renders = new AtomicInteger();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPublicPageIsRenderedOnceThenServedFromTheCacheWithItsValidator() throws Exception {
        MockHttpServletResponse first = get(request("/cong/so-gddt"), page("Trang chủ cổng"));
        MockHttpServletResponse second = get(request("/cong/so-gddt"), page("Trang chủ cổng"));

        assertThat(renders).hasValue(1);
        assertThat(first.getHeader("X-Page-Cache")).isEqualTo("MISS");
        assertThat(second.getHeader("X-Page-Cache")).isEqualTo("HIT");
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Trang chủ cổng</p>");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("W/\"");
        assertThat(second.getHeader("Cache-Control"))
                .isEqualTo(first.getHeader("Cache-Control"))
                .isEqualTo("public, max-age=0, must-revalidate, s-maxage=1");
        // nginx is told the second the page expires: the current one, so that it keeps it at most a second.
        assertThat(first.getHeader("X-Accel-Expires"))
                .isEqualTo("@" + Instant.parse("2026-12-06T03:00:00Z").getEpochSecond());
        assertThat(second.getHeader("X-Accel-Expires")).isEqualTo(first.getHeader("X-Accel-Expires"));

        MockHttpServletRequest revalidation = request("/cong/so-gddt");
        revalidation.addHeader("If-None-Match", first.getHeader("ETag"));
        assertThat(get(revalidation, page("x")).getStatus()).isEqualTo(304);
    }

    @Test
    void nginxsCopyGoesStaleBeforeTheSharedMaxAgeHasPassedWhateverTheMomentWithinTheSecond() {
        long second = Instant.parse("2026-12-06T03:00:00Z").getEpochSecond();
        for (int millis = 0; millis < 1000; millis++) {
            Instant stored = Instant.ofEpochSecond(second, millis * 1_000_000L);
            for (long maxAge = 1; maxAge <= 3; maxAge++) {
                long expiry = CachedPagesFilter.sharedExpirySecond(stored, maxAge);
                // nginx answers from its copy until the second after the expiry second begins.
                Instant stale = Instant.ofEpochSecond(expiry + 1);
                assertThat(Duration.between(stored, stale))
                        .as("stored at %s with s-maxage=%d", stored, maxAge)
                        .isLessThanOrEqualTo(Duration.ofSeconds(maxAge).minus(CachedPagesFilter.SHARED_EXPIRY_MARGIN))
                        .isGreaterThan(Duration.ofSeconds(maxAge - 1).minus(CachedPagesFilter.SHARED_EXPIRY_MARGIN));
            }
        }
        // Late in a second the copy is kept to the end of it; in its first moments it is stale at once.
        assertThat(CachedPagesFilter.sharedExpirySecond(Instant.ofEpochSecond(second, 700_000_000), 1))
                .isEqualTo(second);
        assertThat(CachedPagesFilter.sharedExpirySecond(Instant.ofEpochSecond(second, 20_000_000), 1))
                .isEqualTo(second - 1);
    }

    @Test
    void anAnswerMarkedPrivateOrNoStoreIsNeverStored() throws Exception {
        for (String rule : List.of("private, no-store", "no-store", "private", "PRIVATE, max-age=60")) {
            cache.invalidateAll();
            BiConsumer<HttpServletRequest, HttpServletResponse> privatePage = (request, response) -> {
                response.setHeader("Cache-Control", rule);
                write(response, "Bản nháp");
            };
            get(request("/cong/so-gddt/bai-viet/ban-nhap"), privatePage);
            MockHttpServletResponse again = get(request("/cong/so-gddt/bai-viet/ban-nhap"), privatePage);
            assertThat(again.getHeader("X-Page-Cache")).as(rule).isEqualTo("MISS");
            assertThat(again.getHeader("Cache-Control")).as(rule).isEqualTo(rule);
        }
        assertThat(cache.size()).isZero();
    }

    @Test
    void anAnswerThatSetsACookieOrIsNoSuccessIsNotStored() throws Exception {
        get(request("/cong/so-gddt"), (request, response) -> {
            response.addCookie(new Cookie("chibo-reader", "abc"));
            write(response, "Có cookie");
        });
        get(request("/cong/khong-co"), (request, response) -> response.setStatus(404));
        assertThat(cache.size()).isZero();
    }

    @Test
    void aRequestWithASessionOrASignInIsNeitherAnsweredFromTheCacheNorStored() throws Exception {
        get(request("/cong/so-gddt"), page("Trang công khai"));
        assertThat(cache.size()).isEqualTo(1);

        MockHttpServletRequest withSession = request("/cong/so-gddt");
        withSession.getSession(true);
        MockHttpServletResponse editorsAnswer = get(withSession, page("Trang của biên tập viên"));
        assertThat(editorsAnswer.getHeader("X-Page-Cache")).isEqualTo("BYPASS");
        assertThat(editorsAnswer.getContentAsString(StandardCharsets.UTF_8)).contains("biên tập viên");

        MockHttpServletRequest withCredentials = request("/cong/so-gddt");
        withCredentials.addHeader("Authorization", "Basic YWRtaW46eA==");
        assertThat(get(withCredentials, page("x")).getHeader("X-Page-Cache")).isEqualTo("BYPASS");

        CurrentUsers.HasCurrentUser editor = CurrentUser::system;
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(editor, "x", "ROLE_USER"));
        assertThat(get(request("/cong/so-gddt"), page("x")).getHeader("X-Page-Cache"))
                .isEqualTo("BYPASS");
        SecurityContextHolder.clearContext();

        // A page whose rendering opened a session (as a sign-in would) is not kept either.
        cache.invalidateAll();
        get(request("/cong/so-gddt/bai-viet/phien"), (request, response) -> {
            request.getSession(true);
            write(response, "Mở phiên");
        });
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheIsKeyedByThePublicAddressNotByTheHostHeader() throws Exception {
        MockHttpServletRequest forged = request("/cong/so-gddt");
        forged.setServerName("ke-gian.example");
        forged.setServerPort(8443);
        assertThat(filter.key(forged)).isEqualTo("https://cong.binhson.example/cong/so-gddt");

        MockHttpServletRequest english = request("/cong/so-gddt");
        english.setCookies(new Cookie("chibo-lang", "en"));
        assertThat(filter.key(english)).isEqualTo("https://cong.binhson.example/cong/so-gddt#en");

        // In the demo, without a configured address, the request's scheme, host and port, the port included.
        CachedPagesFilter demo = new CachedPagesFilter(cache, new PublicBaseUrl("", true), Duration.ofSeconds(1), null);
        MockHttpServletRequest otherPort = request("/cong/so-gddt");
        otherPort.setServerPort(8081);
        assertThat(demo.key(otherPort)).isEqualTo("http://localhost:8081/cong/so-gddt");
        assertThat(demo.key(request("/cong/so-gddt"))).isEqualTo("http://localhost/cong/so-gddt");
    }

    @Test
    void anEscapedPathIsCachedUnderThePlainOne() throws Exception {
        get(request("/cong/so-gd%64t"), page("Trang chủ"));
        MockHttpServletResponse plain = get(request("/cong/so-gddt"), page("Trang chủ"));
        assertThat(plain.getHeader("X-Page-Cache")).isEqualTo("HIT");
        assertThat(renders).hasValue(1);
    }

    private MockHttpServletRequest request(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setServerPort(80);
        return request;
    }

    private BiConsumer<HttpServletRequest, HttpServletResponse> page(String text) {
        return (request, response) -> write(response, text);
    }

    private void write(HttpServletResponse response, String text) {
        renders.incrementAndGet();
        response.setContentType("text/html;charset=UTF-8");
        try {
            response.getOutputStream().write(("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletResponse get(
            MockHttpServletRequest request, BiConsumer<HttpServletRequest, HttpServletResponse> application)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                application.accept(req, resp);
            }
        };
        filter.doFilter(request, response, new MockFilterChain(servlet));
        return response;
    }
}
