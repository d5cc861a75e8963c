package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.ChiboIntegrationTest;

/**
 * An installation secret is made by its first use, and that use may come in a read-only transaction (the live part of
 * an article page on a portal nobody rated yet needs the readers' salt); every node and every restart gets the same.
 */
@ChiboIntegrationTest
class InstallationSecretsIntegrationTests {

    static final String PURPOSE = "test.secret-made-in-read-only";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theFirstUseInAReadOnlyTransactionMakesTheSecretAndLaterOnesGetTheSame() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        String made = readOnly.execute(status -> new InstallationSecrets(jdbc, transactions).secret(PURPOSE));
        String again = readOnly.execute(status -> new InstallationSecrets(jdbc, transactions).secret(PURPOSE));

        assertThat(made).hasSize(48).matches("[0-9a-f]+");
        assertThat(jdbc.sql("SELECT value FROM platform.setting WHERE key = :k")
                        .param("k", PURPOSE)
                        .query(String.class)
                        .single())
                .isEqualTo(made);
        assertThat(again).as("another node, or after a restart").isEqualTo(made);
    }

    @Test
    void signaturesDependOnTheDataAndThePurpose() {
        InstallationSecrets secrets = new InstallationSecrets(jdbc, transactions);
        String signed = secrets.sign(PURPOSE, "bithu.0011");
        assertThat(signed).hasSize(64).isEqualTo(secrets.sign(PURPOSE, "bithu.0011"));
        assertThat(secrets.sign(PURPOSE, "bithu.0012")).isNotEqualTo(signed);
        assertThat(secrets.sign(PURPOSE + ".other", "bithu.0011")).isNotEqualTo(signed);
    }
}
