package vn.chibo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.chibo.TestDatabase;

/**
 * Nobody reaches the embedded PostgreSQL without the installation's password, ChiBo's role is no superuser, and a
 * data directory made by an older ChiBo (every local connection admitted as the superuser) is converted at its next
 * start with its data intact.
 */
class EmbeddedPostgresAccessIntegrationTests {

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
    void aConnectionWithoutThePasswordIsRefused() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            for (String user : List.of("chibo", "postgres")) {
                assertThatThrownBy(() -> connect(server.jdbcUrl(), user, null))
                        .as("%s without a password", user)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                assertThatThrownBy(() -> connect(server.jdbcUrl(), user, "chibo-demo"))
                        .as("%s with a wrong password", user)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            try (Connection c = connect(server.jdbcUrl(), "postgres", server.superuserPassword());
                    Statement s = c.createStatement()) {
                // Neither a Unix socket in a shared directory nor any way in but a password over loopback.
                assertThat(single(s, "SHOW unix_socket_directories")).isEmpty();
                assertThat(single(s, "SHOW listen_addresses")).isEqualTo("localhost");
                assertThat(single(s, "SELECT string_agg(DISTINCT auth_method, ',') FROM pg_hba_file_rules"))
                        .isEqualTo("scram-sha-256");
                assertThat(single(
                                s, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'chibo'"))
                        .isEqualTo("t");
            }
        }
        Path credentials = dir.resolve(EmbeddedCredentials.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
        assertThat(Files.readString(credentials)).contains("password=").contains("superuser.password=");
        // initdb's password file is gone.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("pg", "chibo.lock", EmbeddedCredentials.FILE);
        }
    }

    @Test
    void theApplicationConnectsAsARoleThatOwnsItsSchemasAndIsNoSuperuser() throws Exception {
        try (Database database = DatabaseStartup.take(environment(Map.of("chibo.data-dir", dir.toString())));
                ChiboDataSource dataSource = new ChiboDataSource(database);
                Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT current_user")).isEqualTo("chibo");
            assertThat(single(s, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
                    .isEqualTo("f");
            // The migrations ran as the role: it owns the schemas and tables, the extensions came in as trusted ones.
            assertThat(single(s, "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'members'"))
                    .isEqualTo("chibo");
            assertThat(single(s, "SELECT relowner::regrole::text FROM pg_class WHERE oid = 'members.member'::regclass"))
                    .isEqualTo("chibo");
            assertThat(single(s, "SELECT count(*) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm', 'ltree')"))
                    .isEqualTo("3");
            assertThatThrownBy(() -> s.execute("COPY (SELECT 1) TO PROGRAM 'id'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeQuery("SELECT pg_read_file('PG_VERSION')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("ALTER ROLE chibo SUPERUSER"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aDataDirectoryOfAnOlderChiboIsConvertedWithItsData() throws Exception {
        // As an older ChiBo left it: initdb with trust for every local connection, everything owned by postgres.
        Path pg = dir.resolve("pg");
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder()
                .setDataDirectory(pg)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8")
                .start()) {
            String url = legacy.getJdbcUrl("postgres", "postgres");
            Flyway.configure().dataSource(url, null, null).load().migrate();
            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO platform.app_user (username, full_name, password_hash)"
                        + " VALUES ('thuky', 'Nguyễn Thị Thư Ký', '{noop}x')");
            }
        }
        assertThat(dir.resolve(EmbeddedCredentials.FILE)).doesNotExist();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThatThrownBy(() -> connect(server.jdbcUrl(), "postgres", null))
                    .isInstanceOf(SQLException.class);
            try (Connection c = connect(server.jdbcUrl(), server.username(), server.password());
                    Statement s = c.createStatement()) {
                assertThat(single(s, "SELECT full_name FROM platform.app_user WHERE username = 'thuky'"))
                        .isEqualTo("Nguyễn Thị Thư Ký");
                // Everything of ChiBo's now belongs to its role, which can write and change its tables.
                assertThat(single(
                                s,
                                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                        + " WHERE n.nspname IN ('platform', 'members', 'portal', 'public')"
                                        + " AND c.relkind IN ('r', 'S', 'v') AND c.relowner <> 'chibo'::regrole"
                                        + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid"
                                        + " AND d.deptype = 'e')"))
                        .isEqualTo("0");
                assertThat(single(s, "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'platform'"))
                        .isEqualTo("chibo");
                s.execute("INSERT INTO platform.app_user (username, full_name, password_hash)"
                        + " VALUES ('vanthu2', 'Trần Văn Thư', '{noop}y')");
                s.execute("ALTER TABLE platform.app_user ADD COLUMN converted_check int");
                s.execute("ALTER TABLE platform.app_user DROP COLUMN converted_check");
                assertThatThrownBy(() -> s.execute("COPY (SELECT 1) TO PROGRAM 'id'"))
                        .isInstanceOf(SQLException.class);
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(EmbeddedCredentials.FILE))))
                .isEqualTo("rw-------");
        // The next start finds it converted; Flyway, as the role, finds the schema up to date.
        try (Database database = DatabaseStartup.take(environment(Map.of("chibo.data-dir", dir.toString())));
                ChiboDataSource dataSource = new ChiboDataSource(database);
                Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT count(*) FROM platform.app_user WHERE username IN ('thuky', 'vanthu2')"))
                    .isEqualTo("2");
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
