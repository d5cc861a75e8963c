package vn.chibo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.TestDatabase;

/** The embedded server keeps its data, refuses a second user of its directory, and survives a killed JVM. */
class EmbeddedPostgresIntegrationTests {

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
    void dataSurvivesARestartAndDurabilityIsOn() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            execute(
                    server,
                    "CREATE TABLE kept (name text)",
                    "INSERT INTO kept VALUES ('Chi bộ Trường THPT Hùng Vương')");
            assertThat(query(server, "SHOW fsync")).isEqualTo("on");
            assertThat(query(server, "SHOW synchronous_commit")).isEqualTo("on");
            // The server runs programs unpacked where only this account may go, not in the shared /tmp/embedded-pg.
            long postmaster = Long.parseLong(
                    Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).trim());
            Path program = Files.readSymbolicLink(Path.of("/proc", Long.toString(postmaster), "exe"));
            assertThat(program).startsWith(PostgresBinaries.workingDirectory(dir));
            assertThat(PostgresBinaries.privateToOwner(
                            PostgresBinaries.workingDirectory(dir).getParent()))
                    .isTrue();
        }
        assertThat(dir.resolve("pg/postmaster.pid")).doesNotExist();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThat(query(server, "SELECT name FROM kept")).isEqualTo("Chi bộ Trường THPT Hùng Vương");
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryIsRefusedClearly() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir))
                    .isInstanceOf(EmbeddedPostgresServer.DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another running ChiBo");
            assertThat(query(server, "SELECT 1")).isEqualTo("1");
        }
    }

    @Test
    void aServerOrphanedByKillMinus9IsRecovered() throws Exception {
        // A separate JVM starts the server and is then killed hard, leaving its postmaster running.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        boolean ready = false;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("READY")) {
                ready = true;
                break;
            }
        }
        assertThat(ready).as("the child JVM started its server").isTrue();
        long orphanPid = Long.parseLong(
                Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).trim());
        new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
        child.waitFor(10, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThat(query(server, "SELECT name FROM kept")).isEqualTo("écrit avant le kill, Đảng viên");
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
        }
    }

    @Test
    void aStaleLockFileLeftByAServerThatIsGoneIsReplaced() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            execute(server, "CREATE TABLE kept (name text)", "INSERT INTO kept VALUES ('trước khi mất điện')");
        }
        // As after a power cut: postmaster.pid still names a process, but that process no longer exists.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path pidFile = dir.resolve("pg/postmaster.pid");
        Files.writeString(pidFile, gone.pid() + "\n" + dir.resolve("pg") + "\n1764547200\n5432\n/tmp\nlocalhost\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir)) {
            assertThat(query(server, "SELECT name FROM kept")).isEqualTo("trước khi mất điện");
            assertThat(Files.readAllLines(pidFile).get(0)).isNotEqualTo(Long.toString(gone.pid()));
        }
    }

    static Connection connect(EmbeddedPostgresServer server) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    static void execute(EmbeddedPostgresServer server, String... sql) throws Exception {
        try (Connection c = connect(server);
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = connect(server);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Run in a child JVM: starts the server, writes a row, says READY and waits to be killed. */
    public static final class OrphanMaker {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
            execute(
                    server,
                    "CREATE TABLE kept (name text)",
                    "INSERT INTO kept VALUES ('écrit avant le kill, Đảng viên')");
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(600_000L);
            server.close();
        }
    }
}
