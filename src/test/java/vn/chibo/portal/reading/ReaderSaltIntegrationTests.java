package vn.chibo.portal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.ChiboIntegrationTest;

/**
 * The salt of readers' addresses is made by the first reader who needs it, and that reader may come in a read-only
 * transaction: the live part of an article page (rating summary, whether she rated) on a portal nobody rated yet.
 */
@ChiboIntegrationTest
class ReaderSaltIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theFirstReaderInAReadOnlyTransactionMakesTheSaltAndLaterOnesGetTheSame() {
        String kept = jdbc.sql("SELECT value FROM platform.setting WHERE key = 'portal.reader-salt'")
                .query(String.class)
                .optional()
                .orElse(null);
        jdbc.sql("DELETE FROM platform.setting WHERE key = 'portal.reader-salt'")
                .update();
        try {
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            ReaderSalt first = new ReaderSalt(jdbc, transactions);

            String made = readOnly.execute(status -> first.value());
            String again = readOnly.execute(status -> new ReaderSalt(jdbc, transactions).value());

            assertThat(made).hasSize(48).matches("[0-9a-f]+");
            assertThat(jdbc.sql("SELECT value FROM platform.setting WHERE key = 'portal.reader-salt'")
                            .query(String.class)
                            .single())
                    .isEqualTo(made);
            assertThat(again).as("another node, or after a restart").isEqualTo(made);
        } finally {
            if (kept != null) {
                jdbc.sql("DELETE FROM platform.setting WHERE key = 'portal.reader-salt'")
                        .update();
                jdbc.sql("INSERT INTO platform.setting (key, value) VALUES ('portal.reader-salt', :value)")
                        .param("value", kept)
                        .update();
            }
        }
    }
}
