package vn.chibo.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address over a sliding window and refuses further attempts once either
 * count reaches its limit, so that passwords cannot be guessed by brute force from one address or against one account.
 */
@Component
class LoginThrottle {

    private final int perAccount;
    private final int perAddress;
    private final Cache<String, AtomicInteger> accountFailures;
    private final Cache<String, AtomicInteger> addressFailures;

    LoginThrottle(
            @Value("${chibo.login.max-failures-per-account:5}") int perAccount,
            @Value("${chibo.login.max-failures-per-address:20}") int perAddress,
            @Value("${chibo.login.lockout:PT15M}") Duration lockout) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.accountFailures = Caffeine.newBuilder()
                .expireAfterWrite(lockout)
                .maximumSize(100_000)
                .build();
        this.addressFailures = Caffeine.newBuilder()
                .expireAfterWrite(lockout)
                .maximumSize(100_000)
                .build();
    }

    boolean isBlocked(String username, String address) {
        return count(accountFailures, key(username)) >= perAccount
                || (address != null && count(addressFailures, address) >= perAddress);
    }

    void failed(String username, String address) {
        accountFailures.get(key(username), k -> new AtomicInteger()).incrementAndGet();
        if (address != null) {
            addressFailures.get(address, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    void succeeded(String username) {
        accountFailures.invalidate(key(username));
    }

    private static int count(Cache<String, AtomicInteger> cache, String key) {
        AtomicInteger counter = cache.getIfPresent(key);
        return counter == null ? 0 : counter.get();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
