package vn.chibo.portal.reading;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The installation's secret salt for hashing readers' addresses, created once and shared by all nodes. */
@Component
class ReaderSalt {

    private static final String KEY = "portal.reader-salt";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private volatile String salt;

    ReaderSalt(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // A transaction of its own: the first reader may arrive inside a read-only one (the live part of an article
        // page reads whether she rated it), where the salt could not be written.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String value() {
        String current = salt;
        if (current == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            current = transaction.execute(status -> {
                jdbc.sql("INSERT INTO platform.setting (key, value) VALUES (:key, :value) ON CONFLICT DO NOTHING")
                        .param("key", KEY)
                        .param("value", HexFormat.of().formatHex(random))
                        .update();
                return jdbc.sql("SELECT value FROM platform.setting WHERE key = :key")
                        .param("key", KEY)
                        .query(String.class)
                        .single();
            });
            salt = current;
        }
        return current;
    }
}
