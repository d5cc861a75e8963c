package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;

/**
 * A write PostgreSQL refuses is reported without the row's values (its "Detail" names them: a citizen id, a name), so
 * that exception messages, and the log lines made of them, carry no personal data.
 */
@ChiboIntegrationTest
class DatabaseErrorDetailIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedWriteDoesNotNameTheRowsValues() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO platform.app_user (username, password_hash, full_name)"
                                + " VALUES (:u, 'x', :n)")
                        .param("u", "bithu")
                        .param("n", "Trần Thị Bí Mật")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("app_user_username_key")
                .hasMessageNotContaining("(bithu)")
                .hasMessageNotContaining("Bí Mật");
    }
}
