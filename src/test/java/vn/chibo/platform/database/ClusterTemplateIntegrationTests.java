package vn.chibo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.TestDatabase;

/**
 * The build's PostgreSQL cluster (the {@code postgres-template} execution in pom.xml, run before the integration
 * tests): a start on an empty data directory gets the migrated cluster without initdb, and only when it fits.
 */
class ClusterTemplateIntegrationTests {

    private static final ClassLoader LOADER = ClusterTemplateIntegrationTests.class.getClassLoader();

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
    void theBuildMadeATemplateForThisApplicationsMigrationsOnThisSystem() throws Exception {
        assertThat(LOADER.getResource(ClusterTemplate.ARCHIVE)).isNotNull();
        Properties description = new Properties();
        try (InputStream in = LOADER.getResourceAsStream(ClusterTemplate.DESCRIPTION)) {
            description.load(in);
        }
        assertThat(description).isEqualTo(ClusterTemplate.describe(LOADER));
        assertThat(description.getProperty("migrations")).matches("[0-9a-f]{64}/\\d+");
    }

    @Test
    void anEmptyDataDirectoryGetsTheMigratedClusterThatTheServerStartsFromAsItsOwn() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            // Migrated before any Flyway of this start ran: the template's schema history.
            assertThat(query(server, "SELECT count(*) FROM flyway_schema_history WHERE success"))
                    .isNotEqualTo("0");
            assertThat(query(server, "SELECT to_regclass('members.member') IS NOT NULL"))
                    .isEqualTo("t");
            assertThat(query(server, "SELECT count(*) FROM platform.app_user")).isEqualTo("0");
            assertThat(query(server, "SHOW fsync")).isEqualTo("on");
            MigrationInfo[] pending = Flyway.configure(LOADER)
                    .dataSource(server.jdbcUrl(), null, null)
                    .locations(ClusterTemplate.MIGRATIONS)
                    .load()
                    .info()
                    .pending();
            assertThat(pending).isEmpty();
            execute(server, "CREATE TABLE public.kept (name text)", "INSERT INTO public.kept VALUES ('Chi bộ 1')");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pg"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pg/PG_VERSION"))))
                .isEqualTo("rw-------");
        assertThat(dir.resolve(".pg.from-template")).doesNotExist();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThat(query(server, "SELECT name FROM public.kept")).isEqualTo("Chi bộ 1");
        }
    }

    @Test
    void aTemplateMadeForOtherMigrationsOrAnotherSystemIsNotUsed() throws Exception {
        Path dataDir = Files.createDirectories(dir.resolve("pg"));
        for (String[] change :
                new String[][] {{"migrations", "0000/10"}, {"os.arch", "sparc"}, {"os.name", "Plan 9"}}) {
            ClassLoader other = withDescription(change[0], change[1]);
            assertThat(ClusterTemplate.restore(dataDir, other)).as(change[0]).isFalse();
            try (var children = Files.list(dataDir)) {
                assertThat(children).as(change[0]).isEmpty();
            }
        }
        // As without a template at all: initdb.
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, false)) {
            assertThat(query(server, "SELECT to_regclass('public.flyway_schema_history') IS NULL"))
                    .isEqualTo("t");
        }
    }

    @Test
    void aDataDirectoryThatHoldsAnythingIsLeftAsItIs() throws Exception {
        Path dataDir = Files.createDirectories(dir.resolve("pg"));
        Files.writeString(dataDir.resolve("notes.txt"), "mine");

        assertThat(ClusterTemplate.restore(dataDir, LOADER)).isFalse();

        assertThat(dataDir.resolve("notes.txt")).hasContent("mine");
        assertThat(dataDir.resolve("PG_VERSION")).doesNotExist();
    }

    @Test
    void theTemplateCanBeSwitchedOff() throws Exception {
        Path dataDir = dir.resolve("pg");
        System.setProperty("chibo.database.template", "false");
        try {
            assertThat(ClusterTemplate.restore(dataDir, LOADER)).isFalse();
        } finally {
            System.clearProperty("chibo.database.template");
        }
        assertThat(dataDir.resolve("PG_VERSION")).doesNotExist();
        assertThat(ClusterTemplate.restore(dataDir, LOADER)).isTrue();
        assertThat(dataDir.resolve("PG_VERSION")).hasContent("17\n");
    }

    /** The application's class loader, but with one value of the template's description changed. */
    private static ClassLoader withDescription(String key, String value) throws IOException {
        Properties description = new Properties();
        try (InputStream in = LOADER.getResourceAsStream(ClusterTemplate.DESCRIPTION)) {
            description.load(in);
        }
        description.setProperty(key, value);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        description.store(bytes, null);
        byte[] changed = bytes.toByteArray();
        return new ClassLoader(LOADER) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return ClusterTemplate.DESCRIPTION.equals(name)
                        ? new ByteArrayInputStream(changed)
                        : super.getResourceAsStream(name);
            }
        };
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
