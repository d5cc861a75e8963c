package vn.chibo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
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
    void theBlockEndsWhenTheLockoutHasPassedSinceTheLastFailure() {
        Clock clock = new Clock();
        LoginThrottle throttle = new LoginThrottle(2, 100, Duration.ofMinutes(15), clock);
        throttle.failed("dangvien", null);
        clock.advance(Duration.ofMinutes(10));
        throttle.failed("dangvien", null);
        // 20 minutes after the first failure, but only 10 after the last one: both still count.
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.isBlocked("dangvien", null)).isTrue();
        clock.advance(Duration.ofMinutes(6));
        assertThat(throttle.isBlocked("dangvien", null)).isFalse();
        // Forgotten, not just hidden: one new failure does not block again.
        throttle.failed("dangvien", null);
        assertThat(throttle.isBlocked("dangvien", null)).isFalse();
    }

    @Test
    void theAddressCountAlsoRunsFromItsLastFailureAndOutlivesAnAccountsSuccess() {
        Clock clock = new Clock();
        LoginThrottle throttle = new LoginThrottle(100, 2, Duration.ofMinutes(15), clock);
        throttle.failed("a", "192.0.2.9");
        throttle.succeeded("a");
        clock.advance(Duration.ofMinutes(14));
        throttle.failed("b", "192.0.2.9");
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("c", "192.0.2.9")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isBlocked("c", "192.0.2.9")).isFalse();
    }

    /** A clock the test moves. */
    private static final class Clock implements Ticker {
        private long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long read() {
            return nanos;
        }
    }
}
