package vn.chibo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;

/**
 * Behind a TLS-terminating proxy that sends X-Forwarded-Proto and X-Forwarded-For ({@code server.forward-headers-strategy
 * =native}, as the tests run): the session cookie is Secure, pages carry HSTS, and sign-in failures are counted against
 * the reader's address, not the proxy's. Over plain HTTP neither Secure nor HSTS is sent (a browser would drop both).
 */
@ChiboIntegrationTest
class ProxyHeadersIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void forgetTheCounts() {
        jdbc.sql("DELETE FROM platform.login_throttle WHERE key IN ('address:203.0.113.77', 'account:khongco.proxy')")
                .update();
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndPagesCarryHsts() throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.77")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(session(page.headers().allValues("Set-Cookie")))
                .contains("; Secure")
                .contains("HttpOnly");

        HttpResponse<String> plain = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(session(plain.headers().allValues("Set-Cookie"))).doesNotContain("Secure");
    }

    @Test
    void aFailedSignInCountsAgainstTheReadersAddressNotTheProxys() throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-For", "203.0.113.77")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        String cookie = session(page.headers().allValues("Set-Cookie"));
        HttpResponse<String> failed = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-For", "203.0.113.77")
                        .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=khongco.proxy&password=sai&_csrf="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(jdbc.sql("SELECT failures FROM platform.login_throttle WHERE key = 'address:203.0.113.77'")
                        .query(Integer.class)
                        .optional())
                .contains(1);
    }

    private static String session(List<String> cookies) {
        return cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
