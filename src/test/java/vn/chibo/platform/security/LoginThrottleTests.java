package vn.chibo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    final LoginThrottle.Rule rule = new LoginThrottle.Rule(5, Duration.ofMinutes(1));

    @Test
    void theFirstFailuresCostNothingThenEachDoublesTheWait() {
        assertThat(IntStream.rangeClosed(0, 4).mapToObj(rule::waitAfter)).allMatch(Duration::isZero);
        assertThat(rule.waitAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(rule.waitAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(rule.waitAfter(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(rule.waitAfter(10)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void theWaitNeverGrowsPastItsMaximumSoNobodyCanLockAnAccount() {
        assertThat(rule.waitAfter(11)).isEqualTo(Duration.ofMinutes(1));
        assertThat(rule.waitAfter(1_000_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aWaitIsAnnouncedInWholeSecondsRoundedUp() {
        assertThat(new LoginDelayedException(Duration.ofMillis(200)).seconds()).isEqualTo(1);
        assertThat(new LoginDelayedException(Duration.ofMillis(31_500)).seconds())
                .isEqualTo(32);
        assertThat(new LoginDelayedException(Duration.ofSeconds(60)).seconds()).isEqualTo(60);
    }
}
