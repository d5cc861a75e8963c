package vn.chibo.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without letting anyone lock an account. Failed sign-ins are counted per account and per
 * address; past a few, each failure doubles the wait before the next attempt on that account (or from that address) is
 * even checked, up to a short maximum, so that guessing becomes slow while the owner, once the wait is over, signs in
 * with her password as always. A browser that has signed in to the account before carries a signed device cookie (see
 * {@link LoginDevices}) and is counted on its own: failures of others on her account or from her address do not make
 * her wait (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"). The counts live in PostgreSQL, so every
 * node and every restart sees the same; a count is forgotten after a quiet period without failures.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Rule accounts;
    private final Rule addresses;
    private final Rule devices;
    private final Duration forget;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${chibo.login.free-failures-per-account:5}") int perAccount,
            @Value("${chibo.login.max-wait-per-account:PT1M}") Duration accountWait,
            @Value("${chibo.login.free-failures-per-address:30}") int perAddress,
            @Value("${chibo.login.max-wait-per-address:PT5M}") Duration addressWait,
            @Value("${chibo.login.forget-after:PT15M}") Duration forget) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = new Rule(perAccount, accountWait);
        this.addresses = new Rule(perAddress, addressWait);
        this.devices = new Rule(perAccount, accountWait);
        this.forget = forget;
    }

    /**
     * How many failures pass without a wait, and the longest wait: after {@code free} failures the wait is one second,
     * then two, four, and so on up to {@code max}.
     */
    record Rule(int free, Duration max) {

        Duration waitAfter(int failures) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 30);
            Duration wait = Duration.ofSeconds(1L << doublings);
            return wait.compareTo(max) > 0 ? max : wait;
        }
    }

    /** How long the attempt must wait before it is checked; zero when it may be checked now. */
    Duration waitFor(String username, String address, String device) {
        List<String> keys = keys(username, address, device);
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        List<Count> counts = jdbc.sql(
                        "SELECT key, failures, last_failure FROM platform.login_throttle WHERE key IN (:keys)")
                .param("keys", keys)
                .query((rs, n) -> new Count(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
        for (Count count : counts) {
            if (count.last().plus(forget).isBefore(now)) {
                continue;
            }
            Instant allowed = count.last().plus(rule(count.key()).waitAfter(count.failures()));
            if (allowed.isAfter(now)) {
                Duration left = Duration.between(now, allowed);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    void failed(String username, String address, String device) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String key : keys(username, address, device)) {
            jdbc.sql(
                            """
                            INSERT INTO platform.login_throttle (key, failures, last_failure) VALUES (:key, 1, :now)
                            ON CONFLICT (key) DO UPDATE SET
                                failures = CASE WHEN login_throttle.last_failure < :quiet THEN 1
                                                ELSE least(login_throttle.failures + 1, 1000000) END,
                                last_failure = greatest(login_throttle.last_failure, :now)
                            """)
                    .param("key", key)
                    .param("now", now)
                    .param("quiet", now.minus(forget))
                    .update();
        }
    }

    /** The owner signed in: her account's count and her browser's are cleared (not the address's). */
    void succeeded(String username, String device) {
        List<String> keys = new ArrayList<>(List.of(accountKey(username)));
        if (device != null) {
            keys.add("device:" + device);
        }
        jdbc.sql("DELETE FROM platform.login_throttle WHERE key IN (:keys)")
                .param("keys", keys)
                .update();
    }

    /** Forgets the counts nobody has added to for the quiet period; any node may run it. */
    @Scheduled(fixedDelayString = "${chibo.login.prune-every:PT10M}", initialDelayString = "PT1M")
    void prune() {
        jdbc.sql("DELETE FROM platform.login_throttle WHERE last_failure < :quiet")
                .param("quiet", OffsetDateTime.ofInstant(clock.instant().minus(forget), ZoneOffset.UTC))
                .update();
    }

    private List<String> keys(String username, String address, String device) {
        List<String> keys = new ArrayList<>(2);
        if (device != null) {
            // A browser the owner signed in with: counted on its own, whatever others try.
            keys.add("device:" + device);
            return keys;
        }
        keys.add(accountKey(username));
        if (address != null && !address.isBlank()) {
            keys.add("address:" + bounded(address));
        }
        return keys;
    }

    private Rule rule(String key) {
        return key.startsWith("device:") ? devices : key.startsWith("address:") ? addresses : accounts;
    }

    private static String accountKey(String username) {
        return "account:" + bounded(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /** Keys stay short whatever a form sends: anything longer than a user name or an address is hashed. */
    private static String bounded(String value) {
        if (value.length() <= 64) {
            return value;
        }
        try {
            return "#"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Count(String key, int failures, Instant last) {}
}
