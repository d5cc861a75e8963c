package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.UserManagement;

/**
 * The whole application, started in production (no profile) on its embedded PostgreSQL in a data directory, stopped,
 * and started again on the same directory: what the first run wrote is there, and the first start's work (the first
 * administrator, the migrations) is not done again.
 */
class ApplicationRestartIntegrationTests {

    private static final String ADMIN_PASSWORD = "Khoi-dong-lai-2026!";
    private static final String PASSWORD = "Giao-vien-Toan-2026!";

    private Path dir;

    @BeforeEach
    void createDirectory() {
        dir = TestDatabase.createTempDirectory();
    }

    @AfterEach
    void deleteDirectory() {
        TestDatabase.deleteRecursively(dir);
    }

    @Test
    void whatOneRunWroteIsThereWhenTheSameDataDirectoryStartsAgain() {
        long id;
        try (ConfigurableApplicationContext first = start()) {
            id = first.getBean(UserManagement.class)
                    .createUser(CurrentUser.system(), "giaovien.toan", "Trần Thị Minh Thư", PASSWORD, false);
            assertThat(authenticate(first, "giaovien.toan", PASSWORD).isAuthenticated())
                    .isTrue();
        }
        // Stopped cleanly: the server is gone, its data stays.
        assertThat(dir.resolve("pg/postmaster.pid")).doesNotExist();
        assertThat(dir.resolve("pg/PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start()) {
            UserManagement users = second.getBean(UserManagement.class);
            assertThat(users.findId("giaovien.toan")).contains(id);
            // The password hash written by the first run still signs her in.
            assertThat(authenticate(second, "giaovien.toan", PASSWORD).isAuthenticated())
                    .isTrue();
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql(
                                    "SELECT count(*) FROM platform.audit_log WHERE action = 'user.create' AND entity_id = :id")
                            .param("id", String.valueOf(id))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            // The first administrator was made once, by the first start, and still has to change her password.
            assertThat(jdbc.sql("SELECT count(*) FROM platform.app_user WHERE username = 'admin'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(users.mustChangePassword(users.findId("admin").orElseThrow()))
                    .isTrue();
            assertThat(users.countUsers()).isEqualTo(2);
        }
    }

    private ConfigurableApplicationContext start() {
        // As command-line arguments, which come before application.properties and the environment.
        return new SpringApplicationBuilder(ChiboApplication.class)
                .run(
                        "--chibo.data-dir=" + dir,
                        // The embedded server in that directory even where the environment names another database.
                        "--spring.datasource.url=",
                        "--server.port=0",
                        "--chibo.portal.base-url=https://cong.chibo.example",
                        "--CHIBO_ADMIN_PASSWORD=" + ADMIN_PASSWORD);
    }

    private static Authentication authenticate(
            ConfigurableApplicationContext context, String username, String password) {
        return context.getBean(AuthenticationManager.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
