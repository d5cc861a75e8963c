package vn.chibo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import testsupport.oidc.SingleSignOnTest;
import testsupport.oidc.SingleSignOnTestBase;
import testsupport.oidc.TestOidcProvider;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.UserManagement;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Authorization Server, {@link TestOidcProvider}) over
 * real HTTP, as a browser goes: ChiBo's sign-in page, the provider's form, the code back to ChiBo, the ID token checked.
 * A provider account opens nothing until the ChiBo account's holder links it, signed in with her password; then it
 * opens her account (and only hers), not when her account is disabled, and not after she unlinks it.
 */
@SingleSignOnTest
class SingleSignOnIntegrationTests extends SingleSignOnTestBase {

    private static final String PROVIDER = TestOidcProvider.issuer();
    private static final String PASSWORD = "Mat-khau-ChiBo-2026";
    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProviderAccountOpensOnlyTheChiboAccountItsHolderLinked() throws Exception {
        long hoa = newAccount("sso.hoa", "Nguyễn Thị Hòa");
        long binh = newAccount("sso.binh", "Trần Văn Bình");

        // The sign-in page offers the provider.
        Browser stranger = new Browser();
        assertThat(stranger.get(chibo("/login")).body())
                .contains("Đăng nhập bằng Cổng xác thực thử nghiệm")
                .contains("href=\"/login/sso\"");

        // The request to the provider: the code flow with state, nonce and PKCE (S256).
        HttpResponse<String> toProvider = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(chibo("/oauth2/authorization/sso"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(toProvider.headers().firstValue("Location").orElseThrow())
                .startsWith(PROVIDER + "/oauth2/authorize?")
                .contains("response_type=code")
                .contains("client_id=" + TestOidcProvider.CLIENT_ID)
                .contains("state=")
                .contains("nonce=")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");

        // Not linked yet: the provider's sign-in opens nothing.
        HttpResponse<String> unlinked = stranger.signInThroughProvider("nguyen.thi.hoa");
        assertThat(unlinked.uri().toString()).endsWith("/login?sso=unlinked");
        assertThat(unlinked.body())
                .contains("Tài khoản tại Cổng xác thực thử nghiệm vừa đăng nhập chưa được liên kết với tài khoản ChiBo"
                        + " nào.");
        assertThat(stranger.get(chibo("/")).uri().getPath()).isEqualTo("/login");

        // She signs in with her password and links her provider account from her account page.
        Browser hoaBrowser = new Browser();
        hoaBrowser.signInWithPassword("sso.hoa");
        HttpResponse<String> account = hoaBrowser.get(chibo("/account/password"));
        assertThat(account.body()).contains("Liên kết với Cổng xác thực thử nghiệm");
        HttpResponse<String> linked =
                hoaBrowser.post(chibo("/account/sso/link"), Map.of("_csrf", csrf(account.body())), "nguyen.thi.hoa");
        assertThat(linked.uri().toString()).endsWith("/account/password?sso=linked");
        assertThat(linked.body())
                .contains("Đã liên kết: từ nay bạn có thể đăng nhập bằng Cổng xác thực thử nghiệm.")
                .contains("Đã liên kết với tài khoản “nguyen.thi.hoa” tại Cổng xác thực thử nghiệm")
                .contains("chưa đăng nhập bằng cách này lần nào");
        // Her session goes on as herself.
        assertThat(hoaBrowser.get(chibo("/")).body()).contains("Nguyễn Thị Hòa");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM platform.audit_log WHERE action = 'user.sso.link' AND entity_id = :id")
                        .param("id", Long.toString(hoa))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // From a browser of her own, the provider now opens her ChiBo account: her name, her pages.
        Browser elsewhere = new Browser();
        HttpResponse<String> signedIn = elsewhere.signInThroughProvider("nguyen.thi.hoa");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.uri().getPath()).isEqualTo("/");
        assertThat(signedIn.body()).contains("Nguyễn Thị Hòa");
        assertThat(elsewhere.get(chibo("/account/password")).body()).contains("lần gần nhất đăng nhập bằng cách này");

        // Another ChiBo account cannot take her provider account.
        Browser binhBrowser = new Browser();
        binhBrowser.signInWithPassword("sso.binh");
        HttpResponse<String> taken = binhBrowser.post(
                chibo("/account/sso/link"),
                Map.of("_csrf", csrf(binhBrowser.get(chibo("/account/password")).body())),
                "nguyen.thi.hoa");
        assertThat(taken.uri().toString()).endsWith("/account/password?sso=linkedElsewhere");
        assertThat(taken.body()).contains("đã được liên kết với một tài khoản ChiBo khác");
        assertThat(binhBrowser.get(chibo("/")).body()).contains("Trần Văn Bình").doesNotContain("Nguyễn Thị Hòa");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.account_identity WHERE user_id = :id")
                        .param("id", binh)
                        .query(Integer.class)
                        .single())
                .isZero();

        // A disabled account stays closed whichever way it is opened.
        transaction.executeWithoutResult(s -> users.setEnabled(CurrentUser.system(), hoa, false));
        assertThat(new Browser().signInThroughProvider("nguyen.thi.hoa").uri().toString())
                .endsWith("/login?sso=disabled");
        // ... and her open session ends too.
        assertThat(elsewhere.get(chibo("/")).uri().getPath()).isEqualTo("/login");
        transaction.executeWithoutResult(s -> users.setEnabled(CurrentUser.system(), hoa, true));

        // She unlinks it: the provider opens nothing again.
        Browser again = new Browser();
        again.signInWithPassword("sso.hoa");
        HttpResponse<String> page = again.get(chibo("/account/password"));
        assertThat(page.body()).contains("Hủy liên kết");
        HttpResponse<String> unlinkedNow =
                again.post(chibo("/account/sso/unlink"), Map.of("_csrf", csrf(page.body())), null);
        assertThat(unlinkedNow.body()).contains("Đã hủy liên kết với Cổng xác thực thử nghiệm.");
        assertThat(new Browser().signInThroughProvider("nguyen.thi.hoa").uri().toString())
                .endsWith("/login?sso=unlinked");

        // Linked again, an administrator sees it on the account's page and removes it.
        HttpResponse<String> relinked = again.post(
                chibo("/account/sso/link"),
                Map.of("_csrf", csrf(again.get(chibo("/account/password")).body())),
                "nguyen.thi.hoa");
        assertThat(relinked.uri().toString()).endsWith("/account/password?sso=linked");
        Browser admin = new Browser();
        admin.signInWithPassword("admin", DemoFixtures.PASSWORD);
        HttpResponse<String> adminPage = admin.get(chibo("/admin/users/" + hoa));
        assertThat(adminPage.body())
                .contains("Tài khoản “nguyen.thi.hoa” tại " + PROVIDER)
                .contains("Hủy liên kết đăng nhập một lần");
        admin.post(chibo("/admin/users/" + hoa + "/sso/remove"), Map.of("_csrf", csrf(adminPage.body())), null);
        assertThat(admin.get(chibo("/admin/users/" + hoa)).body()).doesNotContain("nguyen.thi.hoa");
        assertThat(new Browser().signInThroughProvider("nguyen.thi.hoa").uri().toString())
                .endsWith("/login?sso=unlinked");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'user.sso.unlink'"
                                + " AND entity_id = :id AND actor = 'admin'")
                        .param("id", Long.toString(hoa))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void signingOutOfChiboSignsOutAtTheProviderToo() throws Exception {
        newAccount("sso.em", "Vũ Thị Em");
        TestOidcProvider.allowPostLogoutRedirect("http://127.0.0.1:" + port + "/login?logout");
        Browser browser = new Browser();
        browser.signInWithPassword("sso.em");
        HttpResponse<String> linked = browser.post(
                chibo("/account/sso/link"),
                Map.of("_csrf", csrf(browser.get(chibo("/account/password")).body())),
                "vu.thi.em");
        assertThat(linked.uri().toString()).endsWith("/account/password?sso=linked");
        // She signed in at the provider to link: signing out of ChiBo signs out there too ...
        HttpResponse<String> out = browser.signOut();
        assertThat(out.uri().toString()).isEqualTo(chibo("/login?logout").toString());
        assertThat(out.body()).contains("Bạn đã đăng xuất.");
        // ... so the provider asks who is at this computer before letting anyone in.
        assertThat(browser.get(chibo("/login/sso")).uri().toString()).startsWith(PROVIDER + "/login");

        // Signed in through the provider, then out: the same.
        HttpResponse<String> home = browser.signInThroughProvider("vu.thi.em");
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Vũ Thị Em");
        assertThat(browser.signOut().uri().toString())
                .isEqualTo(chibo("/login?logout").toString());
        assertThat(browser.get(chibo("/login/sso")).uri().toString()).startsWith(PROVIDER + "/login");
        assertThat(browser.get(chibo("/")).uri().getPath()).isEqualTo("/login");

        // A session opened with a password signs out of ChiBo alone, straight back to the sign-in page.
        Browser password = new Browser();
        password.signInWithPassword("sso.em");
        HttpResponse<String> passwordOut = password.signOutWithoutFollowing();
        assertThat(passwordOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
    }

    @Test
    void anAnswerChiboDidNotAskForIsRefused() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> forged = browser.get(chibo("/login/oauth2/code/sso?code=abc&state=forged"));
        assertThat(forged.uri().toString()).endsWith("/login?sso=failed");
        assertThat(forged.body()).contains("Đăng nhập qua Cổng xác thực thử nghiệm không thành công");
        assertThat(browser.get(chibo("/")).uri().getPath()).isEqualTo("/login");
        // A provider's refusal (the person cancelled) the same.
        assertThat(browser.get(chibo("/login/oauth2/code/sso?error=access_denied&state=x"))
                        .uri()
                        .toString())
                .endsWith("/login?sso=failed");
    }

    @Test
    void theEmailFormOfTheAccountPageSavesHerAddress() throws Exception {
        newAccount("sso.cuc", "Lê Thị Cúc");
        Browser browser = new Browser();
        browser.signInWithPassword("sso.cuc");
        String token = csrf(browser.get(chibo("/account/password")).body());
        HttpResponse<String> wrong =
                browser.post(chibo("/account/email"), Map.of("_csrf", token, "email", "khong-phai-dia-chi"), null);
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("alert-error");
        HttpResponse<String> saved =
                browser.post(chibo("/account/email"), Map.of("_csrf", token, "email", "cuc@example.invalid"), null);
        assertThat(saved.body()).contains("Đã lưu địa chỉ thư điện tử.").contains("cuc@example.invalid");
    }

    private long newAccount(String username, String fullName) {
        return transaction.execute(s -> users.createUser(CurrentUser.system(), username, fullName, PASSWORD, false));
    }

    private URI chibo(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** A browser: its own cookies (ChiBo's on 127.0.0.1, the provider's on localhost), redirects followed by hand. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(URI uri) throws Exception {
            return follow(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }

        /**
         * Posts a form and follows where it leads; when that is the provider's sign-in form, signs in there as the
         * person named and follows on.
         */
        HttpResponse<String> post(URI uri, Map<String, String> form, String providerPerson) throws Exception {
            HttpResponse<String> response = follow(send(uri, form));
            if (providerPerson != null && response.uri().toString().startsWith(PROVIDER + "/login")) {
                response = follow(send(
                        URI.create(PROVIDER + "/login"),
                        Map.of(
                                "username",
                                providerPerson,
                                "password",
                                TestOidcProvider.PASSWORD,
                                "_csrf",
                                csrf(response.body()))));
            }
            return response;
        }

        HttpResponse<String> signInThroughProvider(String person) throws Exception {
            HttpResponse<String> atProvider = get(chibo("/login/sso"));
            if (!atProvider.uri().toString().startsWith(PROVIDER + "/login")) {
                return atProvider;
            }
            return follow(send(
                    URI.create(PROVIDER + "/login"),
                    Map.of(
                            "username",
                            person,
                            "password",
                            TestOidcProvider.PASSWORD,
                            "_csrf",
                            csrf(atProvider.body()))));
        }

        /** Signs out from a ChiBo page's form and follows where that leads. */
        HttpResponse<String> signOut() throws Exception {
            return follow(signOutWithoutFollowing());
        }

        HttpResponse<String> signOutWithoutFollowing() throws Exception {
            String token = csrf(get(chibo("/account/password")).body());
            return send(chibo("/logout"), Map.of("_csrf", token));
        }

        void signInWithPassword(String username) throws Exception {
            signInWithPassword(username, PASSWORD);
        }

        void signInWithPassword(String username, String password) throws Exception {
            String token = csrf(get(chibo("/login")).body());
            HttpResponse<String> home =
                    follow(send(chibo("/login"), Map.of("username", username, "password", password, "_csrf", token)));
            assertThat(home.uri().getPath()).isEqualTo("/");
        }

        private HttpResponse<String> send(URI uri, Map<String, String> form) throws Exception {
            String body = new LinkedHashMap<>(form)
                    .entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            for (int hops = 0; hops < 15 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri()
                        .resolve(response.headers().firstValue("Location").orElseThrow());
                response = http.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            }
            return response;
        }
    }
}
