package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/**
 * What an administrator takes away is gone from the user's open sessions at their next request, on real sessions of
 * the running server (browsers with their cookies): a withdrawn grant no longer opens anything, a disabled account or
 * a reset password ends the session, and a password the user changes herself ends her other sessions but not the one
 * she changed it in.
 */
@ChiboIntegrationTest
class AccountSessionsIntegrationTests {

    static final String PASSWORD = "phien-dang-nhap-1";
    static final CurrentUser ADMIN = CurrentUser.system();

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWithdrawnGrantStopsWorkingAtTheNextRequestAndANewOneStartsWorking() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        long user = account("phien.quyen", new Grant(branch, Role.SECRETARY));
        Browser browser = new Browser();
        browser.signIn("phien.quyen", PASSWORD);
        assertThat(browser.get("/organizations/" + branch).statusCode()).isEqualTo(200);
        assertThat(browser.get("/members").statusCode()).isEqualTo(200);

        users.revoke(ADMIN, user, grantId(user));
        assertThat(browser.get("/organizations/" + branch).statusCode()).isEqualTo(404);
        // Still signed in, with nothing left to see.
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        users.grant(ADMIN, user, new Grant(branch, Role.CLERK));
        assertThat(browser.get("/organizations/" + branch).statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsSessionsForGood() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        long user = account("phien.khoa", new Grant(branch, Role.CLERK));
        Browser browser = new Browser();
        browser.signIn("phien.khoa", PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        users.setEnabled(ADMIN, user, false);
        HttpResponse<String> ended = browser.get("/");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        // Enabling the account again does not bring the ended session back.
        users.setEnabled(ADMIN, user, true);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheAccount() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        long user = account("phien.datlai", new Grant(branch, Role.CLERK));
        Browser office = new Browser();
        Browser home = new Browser();
        office.signIn("phien.datlai", PASSWORD);
        home.signIn("phien.datlai", PASSWORD);

        users.resetPassword(ADMIN, user, "mat-khau-tam-thoi-9");
        assertThat(office.get("/").statusCode()).isEqualTo(302);
        assertThat(home.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void changingHerOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        account("phien.doimk", new Grant(branch, Role.CLERK));
        Browser office = new Browser();
        Browser phone = new Browser();
        office.signIn("phien.doimk", PASSWORD);
        phone.signIn("phien.doimk", PASSWORD);

        HttpResponse<String> changed = office.post(
                "/account/password",
                Map.of(
                        "currentPassword", PASSWORD,
                        "newPassword", "phien-dang-nhap-2",
                        "confirmPassword", "phien-dang-nhap-2"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(office.get("/").statusCode()).isEqualTo(200);
        assertThat(phone.get("/").statusCode()).isEqualTo(302);
    }

    private long account(String username, Grant grant) {
        long id = users.createUser(ADMIN, username, "Người thử phiên " + username, PASSWORD, false);
        users.grant(ADMIN, id, grant);
        return id;
    }

    private long grantId(long user) {
        return users.user(ADMIN, user).grants().get(0).id();
    }

    /** A browser: its own cookies, no redirects followed. */
    final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        void signIn(String username, String password) throws Exception {
            HttpResponse<String> answer = post("/login", Map.of("username", username, "password", password));
            assertThat(answer.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form with the CSRF token of the login page, as the browser would from a page of the site. */
        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String page = get("/login").body();
            Matcher token = CSRF.matcher(page);
            assertThat(token.find()).isTrue();
            String body = fields.entrySet().stream()
                            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                            .collect(Collectors.joining("&"))
                    + "&_csrf=" + encode(token.group(1));
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
