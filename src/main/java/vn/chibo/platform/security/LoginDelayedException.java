package vn.chibo.platform.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** The attempt came before the wait that earlier failures set (see LoginThrottle); its password was not checked. */
class LoginDelayedException extends LockedException {

    private final long seconds;

    LoginDelayedException(Duration wait) {
        super("Sign-in attempts are slowed down");
        // Whole seconds, rounded up: "try again in 0 seconds" would be wrong.
        this.seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    long seconds() {
        return seconds;
    }
}
