package vn.chibo.platform;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random secrets of this installation, one per purpose, made at their first use and kept in {@code platform.setting}
 * so that every node and every restart uses the same: salts for hashing readers' addresses, keys for signing cookies.
 */
@Component
public class InstallationSecrets {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    InstallationSecrets(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // A transaction of its own: the first use may come inside a read-only one, where the secret could not be
        // written.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The secret for {@code purpose} (a setting key such as {@code portal.reader-salt}), in hexadecimal. */
    public String secret(String purpose) {
        return known.computeIfAbsent(purpose, this::load);
    }

    /** The HMAC-SHA256 of {@code data} under the purpose's secret, in hexadecimal. */
    public String sign(String purpose, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(secret(purpose)), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private String load(String purpose) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return transaction.execute(status -> {
            jdbc.sql("INSERT INTO platform.setting (key, value) VALUES (:key, :value) ON CONFLICT DO NOTHING")
                    .param("key", purpose)
                    .param("value", HexFormat.of().formatHex(random))
                    .update();
            return jdbc.sql("SELECT value FROM platform.setting WHERE key = :key")
                    .param("key", purpose)
                    .query(String.class)
                    .single();
        });
    }
}
