package vn.chibo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.chibo.TestDatabase;

/** The server and the migrations start while the context is built, and a failed start leaves no server running. */
class EarlyEmbeddedPostgresIntegrationTests {

    Path dir;

    @BeforeEach
    void createDirectory() {
        dir = TestDatabase.createTempDirectory();
    }

    @AfterEach
    void removeDirectory() {
        TestDatabase.deleteRecursively(dir);
    }

    @Test
    void theServerStartedEarlyIsTakenMigratedByTheDataSource() throws Exception {
        new EarlyEmbeddedPostgres().onApplicationEvent(prepared(Map.of("chibo.data-dir", dir.toString())));

        try (EmbeddedPostgresServer server =
                EarlyEmbeddedPostgres.take(EarlyEmbeddedPostgres.dataDirectory(dir.toString()))) {
            assertThat(EarlyEmbeddedPostgres.migratedEarly(EarlyEmbeddedPostgres.dataDirectory(dir.toString())))
                    .isTrue();
            assertThat(EmbeddedPostgresIntegrationTests.query(
                            server, "SELECT count(*) FROM flyway_schema_history WHERE success"))
                    .isNotEqualTo("0");
            assertThat(EmbeddedPostgresIntegrationTests.query(
                            server, "SELECT to_regclass('platform.app_user') IS NOT NULL"))
                    .isEqualTo("t");
        }
    }

    @Test
    void nothingStartsEarlyForAnExternalDatabase() {
        new EarlyEmbeddedPostgres()
                .onApplicationEvent(prepared(Map.of(
                        "chibo.data-dir",
                        dir.toString(),
                        "spring.datasource.url",
                        "jdbc:postgresql://127.0.0.1:5432/none")));

        assertThat(dir.resolve("pg")).doesNotExist();
    }

    @Test
    void aFailedStartStopsTheServerItNeverHandedOver() throws Exception {
        Path pidFile = dir.resolve("pg/postmaster.pid");
        new EarlyEmbeddedPostgres().onApplicationEvent(prepared(Map.of("chibo.data-dir", dir.toString())));
        awaitUntil(() -> Files.exists(pidFile));

        new EarlyEmbeddedPostgres()
                .onApplicationEvent(new ApplicationFailedEvent(
                        new SpringApplication(), new String[0], null, new IllegalStateException("test")));

        // Stopped cleanly, and the directory's lock released: a new server may take it.
        awaitUntil(() -> !Files.exists(pidFile));
        awaitUntil(() -> {
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
                return true;
            } catch (EmbeddedPostgresServer.DataDirectoryInUseException e) {
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static ApplicationPreparedEvent prepared(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return new ApplicationPreparedEvent(new SpringApplication(), new String[0], context);
    }
}
