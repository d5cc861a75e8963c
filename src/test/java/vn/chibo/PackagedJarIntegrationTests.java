package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The artifact users run: {@code java -jar target/chibo.jar}, Spring Boot's own launcher in one JVM, as a process of
 * its own, in production and with the demo profile, on the embedded PostgreSQL (and, in CI, on the external server
 * too): a first start, a restart on the same data directory, a second instance refused on a directory in use, and a
 * {@code kill -9} whose data directory the next start recovers. The tests of the application context run from classes
 * and cannot show that the packaged jar starts and follows its run-time configuration.
 */
class PackagedJarIntegrationTests {

    private static final Path JAR = Path.of("target", "chibo.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final List<Process> processes = new ArrayList<>();
    private Path dir;

    @BeforeEach
    void requireTheJar() {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "target/chibo.jar is built by the package phase");
        dir = TestDatabase.createTempDirectory();
    }

    @AfterEach
    void stop() throws Exception {
        stopAll();
        TestDatabase.deleteRecursively(dir);
    }

    private void stopAll() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        processes.clear();
    }

    @Test
    void theProductionJarStartsOnItsEmbeddedDatabaseWithOnlyTheFirstAdministrator() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .as("Spring Boot's own launcher")
                    .isEqualTo("org.springframework.boot.loader.launch.JarLauncher");
            assertThat(jar.getManifest().getMainAttributes().getValue("Start-Class"))
                    .isEqualTo("vn.chibo.ChiboApplication");
        }
        Started app = start(Map.of("CHIBO_DATA_DIR", dir.resolve("data").toString()));

        assertThat(app.log())
                .containsPattern("Starting ChiboApplication v\\S+ using Java")
                .contains("Embedded PostgreSQL initialized and started");
        // One JVM: the options given to java are the application's, and no second JVM runs under it.
        assertThat(app.process().descendants().anyMatch(PackagedJarIntegrationTests::isJava))
                .isFalse();
        HttpResponse<String> login = get(app, "/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"vi\"").contains("Đăng nhập");
        assertThat(get(app, "/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
        assertThat(get(app, "/api/v1/organizations", null).statusCode()).isEqualTo(401);
        // The first administrator exists, with the configured password, and must change it before using the API.
        assertThat(get(app, "/api/v1/organizations", "admin:wrong-password").statusCode())
                .isEqualTo(401);
        HttpResponse<String> admin = get(app, "/api/v1/organizations", "admin:" + app.adminPassword());
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("/account/password");
        // No bean queries the database while the application is built: the database is made ready on the other core
        // meanwhile, and the first connection is opened only once the web server has started (issue 16).
        String log = app.log();
        assertThat(log)
                .contains("Tomcat started on port")
                .contains("HikariDataSource")
                .contains("Starting...");
        assertThat(log.indexOf("chibo - Starting..."))
                .as("the pool's first connection comes after the web server's start:%n%s", log)
                .isGreaterThan(log.indexOf("Tomcat started on port"));
        assertThat(get(app, "/v3/api-docs", null).body()).contains("/api/v1/organizations");
        // No demo data without the demo profile.
        assertThat(get(app, "/api/v1/organizations", "bithu:" + DemoFixtures.PASSWORD)
                        .statusCode())
                .isEqualTo(401);
        assertThat(dir.resolve("data/pg/PG_VERSION")).exists();
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve("data/postgres-credentials.properties"))))
                .isEqualTo("rw-------");
    }

    @Test
    void theSameJarStartsFromItsContextProcessedAheadOfTime() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("BOOT-INF/classes/vn/chibo/ChiboApplication__ApplicationContextInitializer.class"))
                    .as("the build's process-aot output is in the jar")
                    .isNotNull();
        }
        Started app =
                start(Map.of("CHIBO_DATA_DIR", dir.resolve("data").toString()), List.of("-Dspring.aot.enabled=true"));

        // Spring Boot names the mode it started in; without the generated initializer the start would have failed.
        assertThat(app.log()).containsPattern("Starting AOT-processed ChiboApplication v\\S+ using Java");
        HttpResponse<String> login = get(app, "/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Đăng nhập");
        assertThat(get(app, "/api/v1/organizations", null).statusCode()).isEqualTo(401);
        HttpResponse<String> admin = get(app, "/api/v1/organizations", "admin:" + app.adminPassword());
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains("/account/password");
        assertThat(get(app, "/v3/api-docs", null).body()).contains("/api/v1/organizations");
        assertThat(get(app, "/sitemap.xml", null).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutItsPublicAddressTheProductionJarRefusesToStartWithAShortReport() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("CHIBO_DATA_DIR", dir.resolve("data").toString());
        environment.put("CHIBO_PORTAL_BASE_URL", "");
        Started app = launch(environment, List.of());

        assertThat(app.process().waitFor(3, TimeUnit.MINUTES))
                .as("the start ends by itself:%n%s", app.log())
                .isTrue();
        assertThat(app.process().exitValue()).isNotZero();
        assertThat(app.log())
                .contains("APPLICATION FAILED TO START")
                .contains("Chưa đặt địa chỉ công khai của cổng thông tin (chibo.portal.base-url)")
                .contains("The public address of the portal (chibo.portal.base-url) is not set")
                .contains("CHIBO_PORTAL_BASE_URL=https://cong.example.vn")
                .doesNotContain("\tat ");
        // The embedded server it had begun to start is stopped again.
        assertThat(dir.resolve("data/pg/postmaster.pid")).doesNotExist();
    }

    @Test
    void aRestartOnTheSameDataDirectoryKeepsWhatTheFirstRunWrote() throws Exception {
        Map<String, String> data = Map.of("CHIBO_DATA_DIR", dir.resolve("data").toString());
        Started first = start(data);
        String password = first.adminPassword();
        stopAll();
        assertThat(first.log()).contains("Embedded PostgreSQL stopped cleanly");
        assertThat(dir.resolve("data/pg/postmaster.pid")).doesNotExist();

        Started again = start(data);
        assertThat(again.log())
                .contains("Embedded PostgreSQL started on port")
                .doesNotContain("Embedded PostgreSQL initialized")
                .doesNotContain("Recovering");
        // The administrator the first start made, with the first start's password, not this one's.
        assertThat(get(again, "/api/v1/organizations", "admin:" + password).statusCode())
                .isEqualTo(403);
        assertThat(get(again, "/api/v1/organizations", "admin:" + again.adminPassword())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void afterKillMinus9OfTheJvmTheNextStartRecoversTheDataDirectory() throws Exception {
        Path data = dir.resolve("data");
        Started app = start(Map.of("CHIBO_DATA_DIR", data.toString()));
        long postmaster = Long.parseLong(
                Files.readAllLines(data.resolve("pg/postmaster.pid")).get(0).trim());

        app.process().destroyForcibly(); // kill -9: no shutdown hook, no clean stop of PostgreSQL
        assertThat(app.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);

        Started again = start(Map.of("CHIBO_DATA_DIR", data.toString()));
        assertThat(again.log())
                .contains("Recovering after an unclean shutdown")
                .contains("Orphaned PostgreSQL process " + postmaster + " stopped");
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        assertThat(get(again, "/login", null).statusCode()).isEqualTo(200);
        assertThat(get(again, "/api/v1/organizations", "admin:" + app.adminPassword())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aSecondChiboOnTheSameDataDirectoryIsRefusedWithAShortReportAndTheFirstGoesOn() throws Exception {
        Path data = dir.resolve("data");
        Started first = start(Map.of("CHIBO_DATA_DIR", data.toString()));

        Started second = launch(Map.of("CHIBO_DATA_DIR", data.toString()), List.of());

        assertThat(second.process().waitFor(3, TimeUnit.MINUTES))
                .as("the second start ends by itself:%n%s", second.log())
                .isTrue();
        assertThat(second.process().exitValue()).isNotZero();
        String report = second.log();
        assertThat(report)
                .contains("APPLICATION FAILED TO START")
                .contains("Thư mục dữ liệu " + data.toAbsolutePath() + " đang được một ChiBo khác đang chạy sử dụng")
                .contains("is used by another running ChiBo")
                .contains("CHIBO_DATA_DIR")
                // Spring Boot's report instead of a stack trace; no PostgreSQL of its own was started.
                .doesNotContain("\tat ")
                .doesNotContain("Embedded PostgreSQL created")
                .doesNotContain("Recovering");
        // The first ChiBo was not disturbed: still serving, its server still running on its data.
        assertThat(get(first, "/login", null).statusCode()).isEqualTo(200);
        assertThat(get(first, "/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
        assertThat(data.resolve("pg/postmaster.pid")).exists();
        assertThat(first.log()).doesNotContain("Recovering");
    }

    private static boolean isJava(ProcessHandle handle) {
        return handle.info().command().map(command -> command.endsWith("java")).orElse(false);
    }

    @Test
    void theSameJarLoadsTheDemoWhenTheDemoProfileIsChosenAtStart() throws Exception {
        Started app = start(Map.of("CHIBO_DATA_DIR", dir.resolve("demo").toString()), "--spring.profiles.active=demo");

        assertThat(app.log()).contains("DEMO DATA");
        HttpResponse<String> tree = get(app, "/api/v1/organizations", "bithu:" + DemoFixtures.PASSWORD);
        assertThat(tree.statusCode()).isEqualTo(200);
        assertThat(tree.body()).contains("Chi bộ");
        HttpResponse<String> portal = get(app, "/cong/so-gddt-binh-son", null);
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("/cong/so-gddt-binh-son/bai-viet/");
    }

    @Test
    void withAnExternalDatabaseTheJarMigratesItAndStartsNoServerOfItsOwn() throws Exception {
        Assumptions.assumeTrue(TestDatabase.external(), "runs where CI gives an external PostgreSQL");
        String external = System.getProperty(TestDatabase.EXTERNAL_DB_PROPERTY);
        String name = TestDatabase.databaseName(external) + "_t"
                + UUID.randomUUID().toString().substring(0, 8);
        TestDatabase.execute(external, "CREATE DATABASE " + name);
        try {
            Started app = start(Map.of(
                    "CHIBO_DATA_DIR", dir.resolve("unused").toString(),
                    "SPRING_DATASOURCE_URL", TestDatabase.withDatabase(external, name)));

            assertThat(get(app, "/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
            assertThat(get(app, "/api/v1/organizations", "admin:" + app.adminPassword())
                            .statusCode())
                    .isEqualTo(403);
            assertThat(dir.resolve("unused")).doesNotExist();
        } finally {
            for (Process process : processes) {
                process.destroy();
                process.waitFor(60, TimeUnit.SECONDS);
            }
            TestDatabase.execute(external, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** A running jar: its port, the administrator password it was given, and its log so far. */
    private record Started(int port, String adminPassword, Path logFile, Process process) {
        String log() {
            try {
                return Files.readString(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Started start(Map<String, String> environment, String... args) throws Exception {
        return start(environment, List.of(), args);
    }

    /** Starts the jar and returns at once. */
    private Started launch(Map<String, String> environment, List<String> jvmOptions, String... args) throws Exception {
        int port = freePort();
        String adminPassword = "jar-test-" + UUID.randomUUID();
        Path log = Files.createTempFile(dir, "app", ".log");
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().put("CHIBO_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("CHIBO_PORTAL_BASE_URL", "https://cong.chibo.example");
        builder.environment().putAll(environment);
        Process process = builder.start();
        processes.add(process);
        return new Started(port, adminPassword, log, process);
    }

    private Started start(Map<String, String> environment, List<String> jvmOptions, String... args) throws Exception {
        Started started = launch(environment, jvmOptions, args);
        Process process = started.process();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            assertThat(process.isAlive())
                    .as("the jar exited early:%n%s", started.log())
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("not started in time:%n%s", started.log())
                    .isLessThan(deadline);
            try {
                // Ready once the start's runners (first administrator, demo data) are done.
                if (get(started, "/actuator/health/readiness", null).statusCode() == 200) {
                    return started;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
    }

    private HttpResponse<String> get(Started app, String path, String basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(60));
        if (basic != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
