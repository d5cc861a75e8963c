package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The artifact users run: {@code java -jar target/chibo.jar} as a process of its own, started from its ahead-of-time
 * processed bean definitions (on JDK 17 to 20), in production and with the demo profile, on the embedded PostgreSQL
 * (and, in CI, on the external server too). The tests of the application context run from classes and cannot show
 * that the packaged jar starts and follows its run-time configuration.
 */
class PackagedJarIntegrationTests {

    private static final Path JAR = Path.of("target", "chibo.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final List<Process> processes = new ArrayList<>();
    private boolean capHeap = true;
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
        Started app = start(Map.of("CHIBO_DATA_DIR", dir.resolve("data").toString()));

        assertAheadOfTimeWhereItApplies(app);
        assertClassesLoadedAhead(app);
        // The empty data directory got the build's migrated cluster instead of initdb and the migrations.
        assertThat(app.log())
                .contains("Embedded PostgreSQL created from the build's cluster")
                .contains("Schema \"public\" is up to date");
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
        assertThat(get(app, "/v3/api-docs", null).body()).contains("/api/v1/organizations");
        // No demo data without the demo profile.
        assertThat(get(app, "/api/v1/organizations", "bithu:" + DemoFixtures.PASSWORD)
                        .statusCode())
                .isEqualTo(401);
        assertThat(dir.resolve("data/pg/PG_VERSION")).exists();
    }

    @Test
    void theJarRunsFromItsLibrariesUnpackedAtItsFirstStartAndReusesThem() throws Exception {
        Map<String, String> data = Map.of("CHIBO_DATA_DIR", dir.resolve("data").toString());
        Started first = start(data);
        assertThat(first.log())
                .contains("Classes loaded from the jar's libraries unpacked in " + dir.resolve("unpack"))
                .contains("(unpacked at this start in ")
                .contains("in a JVM of their own that records its class data archive when it stops")
                .containsPattern(
                        "Starting AOT-processed ChiboApplication v\\S+ using Java|Starting ChiboApplication v\\S+ using Java");
        Path copy;
        try (var copies = Files.list(dir.resolve("unpack"))) {
            copy = copies.filter(path -> path.getFileName().toString().startsWith("chibo-"))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(copy.resolve("unpacked")).isRegularFile();
        assertThat(copy.resolve("application.jar")).isRegularFile();
        assertThat(copy.resolve("lib"))
                .isDirectoryContaining(path -> path.getFileName().toString().startsWith("spring-core-"));
        assertThat(get(first, "/login", null).statusCode()).isEqualTo(200);
        // The application runs in a JVM of its own, the launcher's child, which logs its own process id.
        ProcessHandle application = applicationJvm(first);
        assertThat(first.log()).contains("with PID " + application.pid() + " ");
        stopAll();
        assertThat(application.isAlive())
                .as("the application's JVM stops with its launcher")
                .isFalse();
        assertThat(copy.resolve("cds/classes.jsa")).isNotEmptyFile();

        // The next start maps the classes from the archive the first one recorded.
        Started again = start(data, List.of("-Xlog:class+load=info:file=" + dir.resolve("class-load-%p.log")));
        assertThat(again.log())
                .contains("(unpacked by an earlier start)")
                .contains("in a JVM of their own with the class data archive recorded by an earlier start");
        assertThat(get(again, "/login", null).statusCode()).isEqualTo(200);
        assertThat(get(again, "/actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
        String classLoading = Files.readString(
                dir.resolve("class-load-" + applicationJvm(again).pid() + ".log"));
        assertThat(classLoading)
                .contains("vn.chibo.ChiboApplication source: shared objects file (top)")
                .contains("org.springframework.boot.SpringApplication source: shared objects file (top)");
        stopAll();

        // In the launcher's JVM when asked: no second JVM.
        Map<String, String> one = new java.util.HashMap<>(data);
        one.put("CHIBO_SEPARATE_JVM", "false");
        Started single = start(one);
        assertThat(single.log()).contains("(unpacked by an earlier start), in the launcher's JVM");
        assertThat(single.process().descendants().anyMatch(PackagedJarIntegrationTests::isJava))
                .isFalse();
        stopAll();

        // Switched off, the jar runs from its nested libraries, as Spring Boot's launcher does.
        Map<String, String> off = new java.util.HashMap<>(data);
        off.put("CHIBO_UNPACK", "false");
        Started nested = start(off);
        assertThat(nested.log()).doesNotContain("Classes loaded from the jar's libraries unpacked");
        assertThat(nested.log()).contains(JAR.getFileName() + " started by");
        assertThat(get(nested, "/login", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theFirstStartOfTheJarMapsTheClassArchiveTheBuildRecorded() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getJarEntry("BOOT-INF/cds/classes.jsa"))
                    .as("the build's class data archive")
                    .isNotNull();
        }
        // As the build's training start ran: no options of its own (logging does not count).
        capHeap = false;
        Started app = start(
                Map.of("CHIBO_DATA_DIR", dir.resolve("data").toString()),
                List.of("-Xlog:class+load=info:file=" + dir.resolve("class-load-%p.log")));
        assertThat(app.log())
                .contains("(unpacked at this start in ")
                .contains("in a JVM of their own with the class data archive recorded by an earlier start");
        assertThat(Files.readString(
                        dir.resolve("class-load-" + applicationJvm(app).pid() + ".log")))
                .contains("vn.chibo.ChiboApplication source: shared objects file (top)");
    }

    @Test
    void whenTheLauncherIsKilledTheApplicationStopsCleanlyWithItsDatabase() throws Exception {
        Path data = dir.resolve("data");
        Started app = start(Map.of("CHIBO_DATA_DIR", data.toString()));
        ProcessHandle application = applicationJvm(app);

        app.process().destroyForcibly(); // kill -9 of the launcher: nothing of it runs any more

        assertThat(application.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(app.log())
                .contains("ended; stopping the application")
                .contains("Embedded PostgreSQL stopped cleanly");
        assertThat(data.resolve("pg/postmaster.pid")).doesNotExist();
        // And the data directory starts again as usual.
        Started again = start(Map.of("CHIBO_DATA_DIR", data.toString()));
        assertThat(again.log()).doesNotContain("Recovering after an unclean shutdown");
        assertThat(get(again, "/login", null).statusCode()).isEqualTo(200);
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

    /** The application's JVM: the launcher's only Java child. */
    private static ProcessHandle applicationJvm(Started app) {
        List<ProcessHandle> children = app.process()
                .children()
                .filter(PackagedJarIntegrationTests::isJava)
                .toList();
        assertThat(children).as("the launcher's Java children").hasSize(1);
        return children.get(0);
    }

    @Test
    void theSameJarLoadsTheDemoWhenTheDemoProfileIsChosenAtStart() throws Exception {
        Started app = start(Map.of("CHIBO_DATA_DIR", dir.resolve("demo").toString()), "--spring.profiles.active=demo");

        assertAheadOfTimeWhereItApplies(app);
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

    /** The build recorded the classes a start loads (pom.xml, startup-classes), and the jar loads them ahead. */
    private static void assertClassesLoadedAhead(Started app) throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            // Spring Boot's repackaging puts the application's META-INF at the root of the jar.
            JarEntry list = jar.getJarEntry("META-INF/chibo/startup-classes.txt");
            assertThat(list).as("the start-up class list in the jar").isNotNull();
            List<String> names;
            try (InputStream in = jar.getInputStream(list)) {
                names = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
            }
            assertThat(names.size()).isGreaterThan(2000);
            assertThat(names).contains("vn.chibo.ChiboApplication", "org.springframework.boot.SpringApplication");
            assertThat(names).allMatch(name -> name.matches("[\\w.$-]+"), "class names only");
            assertThat(names).noneMatch(name -> name.startsWith("java."), "no JDK classes");
        }
        Pattern report = Pattern.compile("Start-up classes loaded ahead on a second thread: (\\d+) of (\\d+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Matcher matcher = report.matcher(app.log());
        while (!matcher.find()) {
            assertThat(System.nanoTime())
                    .as("no preloading report in the log:%n%s", app.log())
                    .isLessThan(deadline);
            Thread.sleep(200);
            matcher = report.matcher(app.log());
        }
        int loaded = Integer.parseInt(matcher.group(1));
        int listed = Integer.parseInt(matcher.group(2));
        assertThat(listed).isGreaterThan(2000);
        assertThat(loaded).as("classes of the list found in the jar").isGreaterThan(listed * 95 / 100);
    }

    private static void assertAheadOfTimeWhereItApplies(Started app) {
        if (Runtime.version().feature() < 21) {
            assertThat(app.log()).contains("Starting AOT-processed ChiboApplication");
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
        if (capHeap) {
            command.add("-Xmx256m");
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().put("CHIBO_ADMIN_PASSWORD", adminPassword);
        // The jar unpacks its libraries into this test's directory, not into the user's cache.
        builder.environment().put("CHIBO_UNPACK_DIR", dir.resolve("unpack").toString());
        builder.environment().remove("CHIBO_UNPACK");
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
