package vn.chibo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/** Over real HTTP, so that the servlet container's error handling is part of what is tested. */
@ChiboIntegrationTest
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnexpectedFailureShowsAFriendlyVietnamesePageWithoutDetails() throws Exception {
        HttpResponse<String> page = get("/test-failure", "admin");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body())
                .contains("Hệ thống gặp sự cố")
                .contains("lang=\"vi\"")
                .doesNotContain("IllegalStateException")
                .doesNotContain("jdbc:postgresql")
                .doesNotContain("at vn.chibo");
    }

    @Test
    void anUnexpectedApiFailureIsJsonWithoutDetails() throws Exception {
        HttpResponse<String> response = get("/api/v1/test-failure", "admin");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("IllegalStateException").doesNotContain("jdbc:postgresql");
    }

    @Test
    void anUnknownPageIsAFriendly404() throws Exception {
        HttpResponse<String> page = get("/khong-co-trang-nay", "bithu");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang").contains("Về trang chủ");
    }

    @Test
    void aPageTheUserMayNotSeeIsAFriendly403() throws Exception {
        HttpResponse<String> page = get("/admin/users", "bithu");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body())
                .contains("lang=\"vi\"")
                .contains("Không có quyền truy cập")
                .contains("Tài khoản của bạn không được phép thực hiện thao tác này.")
                .contains("Về trang chủ")
                .doesNotContain("AccessDeniedException");
    }

    @Test
    void aMalformedParameterIsAFriendly400NamingIt() throws Exception {
        HttpResponse<String> page = get("/meetings?year=hai-nghin", "vanthu");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("<title>Dữ liệu chưa hợp lệ")
                .contains("Yêu cầu có dữ liệu chưa hợp lệ")
                .contains("year")
                .doesNotContain("NumberFormatException");
    }

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        assertThat(get("/actuator/prometheus", "bithu").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = get("/actuator/prometheus", "admin");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("chibo_portal_page_cache_total");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + DemoFixtures.PASSWORD).getBytes());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            request.header("Authorization", "Basic " + credentials);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        request.header("Accept", "text/html,application/xhtml+xml");
        // Pages sign in through the form: fetch the token, post the form, keep the session cookie.
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + user + "&password=" + DemoFixtures.PASSWORD + "&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
