package vn.chibo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    @Test
    void anAccountIsBlockedAfterTooManyFailuresWhateverTheAddress() {
        LoginThrottle throttle = new LoginThrottle(3, 100, Duration.ofMinutes(15));
        throttle.failed("BiThu", "10.0.0.1");
        throttle.failed("bithu", "10.0.0.2");
        assertThat(throttle.isBlocked("bithu", "10.0.0.3")).isFalse();
        throttle.failed("bithu ", "10.0.0.3");
        assertThat(throttle.isBlocked("bithu", "10.0.0.4")).isTrue();
        assertThat(throttle.isBlocked("capuy", "10.0.0.4")).isFalse();
    }

    @Test
    void anAddressIsBlockedAfterTooManyFailuresAcrossAccounts() {
        LoginThrottle throttle = new LoginThrottle(100, 3, Duration.ofMinutes(15));
        throttle.failed("a", "192.0.2.7");
        throttle.failed("b", "192.0.2.7");
        throttle.failed("c", "192.0.2.7");
        assertThat(throttle.isBlocked("d", "192.0.2.7")).isTrue();
        assertThat(throttle.isBlocked("d", "192.0.2.8")).isFalse();
    }

    @Test
    void aSuccessClearsTheAccountsCount() {
        LoginThrottle throttle = new LoginThrottle(2, 100, Duration.ofMinutes(15));
        throttle.failed("vanthu", "192.0.2.1");
        throttle.succeeded("vanthu");
        throttle.failed("vanthu", "192.0.2.1");
        assertThat(throttle.isBlocked("vanthu", "192.0.2.1")).isFalse();
    }

    @Test
    void theBlockEndsWhenTheWindowHasPassed() throws InterruptedException {
        LoginThrottle throttle = new LoginThrottle(1, 100, Duration.ofMillis(50));
        throttle.failed("dangvien", null);
        assertThat(throttle.isBlocked("dangvien", null)).isTrue();
        Thread.sleep(120);
        assertThat(throttle.isBlocked("dangvien", null)).isFalse();
    }
}
