package vn.chibo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.chibo.TestDatabase;

/**
 * The database is made ready on a thread of its own while the application starts: the server started and migrated
 * early is the one the data source uses, connections wait for the migrations, a failed migration reaches whoever asks
 * for a connection, and a failed start leaves no server running.
 */
class DatabaseStartupIntegrationTests {

    Path dir;

    @BeforeEach
    void createDirectory() {
        dir = TestDatabase.createTempDirectory();
    }

    @AfterEach
    void removeDirectory() {
        // A test that failed before it took the database begun for it leaves no server running either.
        new DatabaseStartup()
                .onApplicationEvent(new ApplicationFailedEvent(
                        new SpringApplication(), new String[0], null, new IllegalStateException("test over")));
        TestDatabase.deleteRecursively(dir);
    }

    @Test
    void theServerBegunEarlyIsMigratedAndTakenByTheDataSource() throws Exception {
        new DatabaseStartup().onApplicationEvent(prepared(Map.of("chibo.data-dir", dir.toString())));
        // Begun on a thread of its own, before anything asks for it: the data directory appears by itself.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!Files.exists(dir.resolve("pg/PG_VERSION")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(dir.resolve("pg/PG_VERSION")).exists();

        try (Database database = DatabaseStartup.take(environment(Map.of("chibo.data-dir", dir.toString())));
                ChiboDataSource dataSource = new ChiboDataSource(database)) {
            assertThat(query(dataSource, "SELECT count(*) FROM flyway_schema_history WHERE success"))
                    .isNotEqualTo("0");
            assertThat(query(dataSource, "SELECT to_regclass('platform.app_user') IS NOT NULL"))
                    .isEqualTo("t");
            assertThat(database.isReady()).isTrue();
        }
        assertThat(dir.resolve("pg/postmaster.pid")).doesNotExist();
    }

    @Test
    void anExternalServerIsMigratedToo() throws Exception {
        // A server of our own stands in for the external one.
        try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(dir.resolve("external"))) {
            Path unused = dir.resolve("unused");
            try (Database database = DatabaseStartup.take(environment(Map.of(
                            "chibo.data-dir",
                            unused.toString(),
                            "spring.datasource.url",
                            external.jdbcUrl(),
                            "spring.datasource.username",
                            external.username(),
                            "spring.datasource.password",
                            external.password())));
                    ChiboDataSource dataSource = new ChiboDataSource(database)) {
                dataSource.setJdbcUrl(external.jdbcUrl());
                dataSource.setUsername(external.username());
                dataSource.setPassword(external.password());
                assertThat(query(dataSource, "SELECT to_regclass('members.member') IS NOT NULL"))
                        .isEqualTo("t");
            }
            assertThat(unused).doesNotExist();
        }
    }

    @Test
    void connectionsWaitUntilTheDatabaseIsReady() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            CompletableFuture<Database.Connectivity> ready = new CompletableFuture<>();
            Database starting = new Database(
                    Database.Target.of(environment(Map.of("chibo.data-dir", dir.toString()))),
                    CompletableFuture.completedFuture(null),
                    ready);
            try (ChiboDataSource dataSource = new ChiboDataSource(starting)) {
                CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                    try {
                        return query(dataSource, "SELECT 'sẵn sàng'");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(300);
                assertThat(answer)
                        .as("no connection before the database is ready")
                        .isNotDone();
                assertThat(dataSource.isRunning())
                        .as("no pool before the database is ready")
                        .isFalse();

                ready.complete(new Database.Connectivity(server.jdbcUrl(), server.username(), server.password()));
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("sẵn sàng");
            }
        }
    }

    @Test
    void aFailedMigrationIsThrownToWhoeverAsksForAConnection() throws Exception {
        Map<String, Object> properties = new HashMap<>();
        properties.put("chibo.data-dir", dir.toString());
        properties.put("spring.flyway.locations", "classpath:db/broken");
        try (Database database = DatabaseStartup.take(environment(properties));
                ChiboDataSource dataSource = new ChiboDataSource(database)) {
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(dataSource::getConnection)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("could not be made ready")
                        .hasMessageContaining("V1__broken.sql");
            }
            assertThat(database.isReady()).isFalse();
        }
    }

    @Test
    void nothingStartsInADataDirectoryWhenTheDatabaseIsExternal() {
        new DatabaseStartup()
                .onApplicationEvent(prepared(Map.of(
                        "chibo.data-dir",
                        dir.toString(),
                        "spring.datasource.url",
                        "jdbc:postgresql://127.0.0.1:1/none",
                        "spring.flyway.enabled",
                        "false")));

        assertThat(dir.resolve("pg")).doesNotExist();
        DatabaseStartup.take(environment(Map.of(
                "chibo.data-dir", dir.toString(), "spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/none")));
    }

    @Test
    void aDataDirectoryOthersMayReadIsMadeTheOwnersAndStarts() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThat(server.jdbcUrl()).isNotBlank();
        }
        Files.setPosixFilePermissions(dir.resolve("pg"), PosixFilePermissions.fromString("rwxr-xr-x"));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThat(EmbeddedPostgresIntegrationTests.query(server, "SELECT 1"))
                    .isEqualTo("1");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pg"))))
                .isEqualTo("rwx------");
    }

    @Test
    void aFailedStartStopsTheServerItNeverHandedOver() throws Exception {
        Path pidFile = dir.resolve("pg/postmaster.pid");
        new DatabaseStartup().onApplicationEvent(prepared(Map.of("chibo.data-dir", dir.toString())));
        awaitUntil(() -> Files.exists(pidFile));

        new DatabaseStartup()
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

    private static String query(ChiboDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    private static ApplicationPreparedEvent prepared(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return new ApplicationPreparedEvent(new SpringApplication(), new String[0], context);
    }
}
