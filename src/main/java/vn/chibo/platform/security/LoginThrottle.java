package vn.chibo.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address and refuses further attempts once either count reaches its limit,
 * so that passwords cannot be guessed by brute force from one address or against one account. A count is forgotten
 * once {@code chibo.login.lockout} has passed without a new failure: each failure starts the lockout anew, so that
 * failures spread just under the window still add up. A successful sign-in clears the account's count (not the
 * address's). The counts live in memory: a restart forgets them.
 */
@Component
class LoginThrottle {

    private final int perAccount;
    private final int perAddress;
    private final Cache<String, Integer> accountFailures;
    private final Cache<String, Integer> addressFailures;

    @Autowired
    LoginThrottle(
            @Value("${chibo.login.max-failures-per-account:5}") int perAccount,
            @Value("${chibo.login.max-failures-per-address:20}") int perAddress,
            @Value("${chibo.login.lockout:PT15M}") Duration lockout) {
        this(perAccount, perAddress, lockout, Ticker.systemTicker());
    }

    LoginThrottle(int perAccount, int perAddress, Duration lockout, Ticker ticker) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.accountFailures = counts(lockout, ticker);
        this.addressFailures = counts(lockout, ticker);
    }

    private static Cache<String, Integer> counts(Duration lockout, Ticker ticker) {
        // Every failure writes the entry, so the lockout runs from the latest one.
        return Caffeine.newBuilder()
                .expireAfterWrite(lockout)
                .maximumSize(100_000)
                .ticker(ticker)
                .build();
    }

    boolean isBlocked(String username, String address) {
        return count(accountFailures, key(username)) >= perAccount
                || (address != null && count(addressFailures, address) >= perAddress);
    }

    void failed(String username, String address) {
        accountFailures.asMap().merge(key(username), 1, Integer::sum);
        if (address != null) {
            addressFailures.asMap().merge(address, 1, Integer::sum);
        }
    }

    void succeeded(String username) {
        accountFailures.invalidate(key(username));
    }

    private static int count(Cache<String, Integer> cache, String key) {
        Integer counter = cache.getIfPresent(key);
        return counter == null ? 0 : counter;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
