package vn.chibo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.UserManagement;

/**
 * Failed sign-ins slow guessing down without locking anyone out: the wait doubles up to a minute, the right password
 * works once it is over, a browser the owner signed in with does not wait for a stranger's failures, and the counts are
 * in PostgreSQL for every node. Every attempt here comes from an address of its own (documentation ranges), so that the
 * other tests' sign-ins from the loopback address are never slowed down.
 */
@ChiboIntegrationTest
class LoginThrottleIntegrationTests {

    static final String PASSWORD = "mat-khau-that-dung";
    static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    Clock clock;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void forgetTheCounts() {
        jdbc.sql(
                        "DELETE FROM platform.login_throttle WHERE key LIKE 'account:cham.%' OR key LIKE 'address:198.51.100.%'"
                                + " OR key LIKE 'device:%'")
                .update();
    }

    @Test
    void failuresMakeTheNextAttemptWaitAndTheRightPasswordWorksOnceTheWaitIsOver() throws Exception {
        account("cham.cho");
        RequestPostProcessor from = from(nextAddress());
        for (int i = 0; i < 4; i++) {
            signIn("cham.cho", "sai-" + i, from, null).andExpect(redirectedUrl("/login?error"));
        }
        // The fifth failure sets a wait of one second; the sixth attempt, even right, is not checked during it.
        signIn("cham.cho", "sai-4", from, null).andExpect(redirectedUrl("/login?error"));
        signIn("cham.cho", PASSWORD, from, null).andExpect(redirectedUrl("/login?wait=1"));
        mvc.perform(get("/login").param("wait", "1"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("vui lòng chờ 1 giây")));

        passes(Duration.ofSeconds(2));
        signIn("cham.cho", PASSWORD, from, null).andExpect(redirectedUrl("/"));
        assertThat(count("account:cham.cho"))
                .as("a success clears the account's count")
                .isZero();
    }

    @Test
    void theWaitStopsGrowingAtAMinuteSoAGuesserCannotLockTheOwnerOut() throws Exception {
        account("cham.tran");
        RequestPostProcessor attacker = from(nextAddress());
        for (int i = 0; i < 25; i++) {
            signIn("cham.tran", "doan-" + i, attacker, null);
            passes(Duration.ofMinutes(2));
        }
        assertThat(count("account:cham.tran")).isEqualTo(25);
        signIn("cham.tran", "doan-tiep", attacker, null).andExpect(redirectedUrl("/login?error"));
        signIn("cham.tran", PASSWORD, from(nextAddress()), null).andExpect(redirectedUrl("/login?wait=60"));
        passes(Duration.ofSeconds(61));
        signIn("cham.tran", PASSWORD, from(nextAddress()), null).andExpect(redirectedUrl("/"));
    }

    @Test
    void aBrowserTheOwnerSignedInWithDoesNotWaitForAStrangersFailures() throws Exception {
        account("cham.thietbi");
        MvcResult first = signIn("cham.thietbi", PASSWORD, from(nextAddress()), null)
                .andExpect(redirectedUrl("/"))
                .andReturn();
        String setCookie = first.getResponse().getHeaders("Set-Cookie").stream()
                .filter(c -> c.startsWith(LoginDevices.COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/login");
        Cookie device = new Cookie(
                LoginDevices.COOKIE, setCookie.substring(LoginDevices.COOKIE.length() + 1, setCookie.indexOf(';')));

        RequestPostProcessor stranger = from(nextAddress());
        for (int i = 0; i < 8; i++) {
            signIn("cham.thietbi", "doan-" + i, stranger, null);
        }
        signIn("cham.thietbi", PASSWORD, stranger, null).andExpect(redirectedUrlPattern("/login?wait=*"));
        // Her own browser, from the same address even, signs in at once.
        signIn("cham.thietbi", PASSWORD, stranger, device).andExpect(redirectedUrl("/"));

        // A cookie made for another account, or tampered with, counts for nothing.
        account("cham.khac");
        signIn("cham.khac", PASSWORD, from(nextAddress()), device).andExpect(redirectedUrl("/"));
        String value = device.getValue();
        Cookie forged = new Cookie(
                LoginDevices.COOKIE, value.substring(0, value.length() - 1) + (value.endsWith("0") ? "1" : "0"));
        for (int i = 0; i < 8; i++) {
            signIn("cham.khac", "doan-" + i, from(nextAddress()), null);
        }
        signIn("cham.khac", PASSWORD, from(nextAddress()), forged).andExpect(redirectedUrlPattern("/login?wait=*"));
    }

    @Test
    void anAddressThatFailsOnManyAccountsWaitsTooButOtherAddressesDoNot() throws Exception {
        account("cham.diachi");
        String crowded = nextAddress();
        for (int i = 0; i < 31; i++) {
            signIn("cham.khongco" + i, "doan", from(crowded), null);
        }
        signIn("cham.diachi", PASSWORD, from(crowded), null).andExpect(redirectedUrlPattern("/login?wait=*"));
        signIn("cham.diachi", PASSWORD, from(nextAddress()), null).andExpect(redirectedUrl("/"));
    }

    @Test
    void theCountsLiveInTheDatabaseForEveryNodeAndTheApiSaysHowLongToWait() throws Exception {
        account("cham.api");
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/organizations")
                            .with(httpBasic("cham.api", "sai-" + i))
                            .with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(count("account:cham.api")).isEqualTo(5);
        // Another node (a throttle of its own over the same database) sees the same wait.
        LoginThrottle otherNode = new LoginThrottle(
                jdbc, clock, 5, Duration.ofMinutes(1), 30, Duration.ofMinutes(5), Duration.ofMinutes(15));
        assertThat(otherNode.waitFor("cham.api", "192.0.2.250", null))
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(1));
        mvc.perform(get("/api/v1/organizations").with(httpBasic("cham.api", PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("giây")));
    }

    private void account(String username) {
        if (users.findId(username).isEmpty()) {
            users.createUser(CurrentUser.system(), username, "Người thử " + username, PASSWORD, false);
        }
    }

    private org.springframework.test.web.servlet.ResultActions signIn(
            String username, String password, RequestPostProcessor from, Cookie device) throws Exception {
        var request = post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from);
        if (device != null) {
            request.cookie(device);
        }
        return mvc.perform(request);
    }

    /** Time passes for the counts: their last failure moves back. */
    private void passes(Duration time) {
        jdbc.sql("UPDATE platform.login_throttle SET last_failure = last_failure - make_interval(secs => :s)")
                .param("s", time.toSeconds())
                .update();
    }

    private int count(String key) {
        return jdbc.sql("SELECT coalesce(max(failures), 0) FROM platform.login_throttle WHERE key = :k")
                .param("k", key)
                .query(Integer.class)
                .single();
    }

    private static String nextAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
