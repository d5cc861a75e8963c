package vn.chibo.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The embedded PostgreSQL cluster as a first start would make it, made once by the build: {@code initdb} with the
 * settings of {@link EmbeddedPostgresServer} and every migration applied, stopped cleanly and packed into the
 * application ({@value #ARCHIVE}, described by {@value #DESCRIPTION}). A start on an empty data directory unpacks it
 * instead of running {@code initdb} and the migrations, which takes the better part of two seconds of a first start on
 * two cores; Flyway then finds the schema up to date.
 *
 * <p>It is used only where it is the same as what the start would make: on the operating system and processor it was
 * made on (the embedded PostgreSQL binaries are those of the system), and with exactly the migrations of this
 * application (a digest of their names and contents); otherwise, or when it is missing, the start runs {@code initdb}
 * and the migrations as before. The copy is written to a directory beside the data directory, synced to disk and renamed
 * into place, so that a start that is cut short leaves either no cluster or a complete one. {@code
 * chibo.database.template=false} turns it off.
 */
final class ClusterTemplate {

    private static final Logger log = LoggerFactory.getLogger(ClusterTemplate.class);

    static final String ARCHIVE = "META-INF/chibo/postgres-template.zip";
    static final String DESCRIPTION = "META-INF/chibo/postgres-template.properties";
    static final String MIGRATIONS = "db/migration";

    private ClusterTemplate() {}

    /** The build's entry point: {@code ClusterTemplate <output directory>} writes the two resources there. */
    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        Path work = Files.createTempDirectory("chibo-postgres-template");
        try {
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(work, false)) {
                Flyway.configure(ClusterTemplate.class.getClassLoader())
                        .dataSource(server.jdbcUrl(), null, null)
                        .locations(MIGRATIONS)
                        .load()
                        .migrate();
            }
            Files.createDirectories(output);
            write(work.resolve("pg"), output.resolve(Path.of(ARCHIVE).getFileName()));
            Properties description = describe(ClusterTemplate.class.getClassLoader());
            try (OutputStream out =
                    Files.newOutputStream(output.resolve(Path.of(DESCRIPTION).getFileName()))) {
                description.store(out, "The embedded PostgreSQL cluster made by the build (see ClusterTemplate)");
            }
        } finally {
            deleteTree(work);
        }
    }

    /** What the template must match: the system, and the migrations of the application on this class path. */
    static Properties describe(ClassLoader loader) throws IOException {
        Properties description = new Properties();
        description.setProperty("os.name", System.getProperty("os.name"));
        description.setProperty("os.arch", System.getProperty("os.arch"));
        description.setProperty("migrations", migrationsDigest(loader));
        return description;
    }

    /** A digest of the names and contents of the migrations, in name order. */
    static String migrationsDigest(ClassLoader loader) throws IOException {
        Resource[] resources =
                new PathMatchingResourcePatternResolver(loader).getResources("classpath*:" + MIGRATIONS + "/**/*.sql");
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        MessageDigest digest = sha256();
        for (Resource resource : resources) {
            digest.update(resource.getFilename().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = resource.getInputStream()) {
                digest.update(in.readAllBytes());
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest()) + "/" + resources.length;
    }

    /**
     * Puts the template's cluster in {@code dataDir}, which must be empty or missing, when the application holds a
     * template that matches; returns whether it did.
     */
    static boolean restore(Path dataDir, ClassLoader loader) {
        if ("false".equals(System.getProperty("chibo.database.template"))) {
            return false;
        }
        try {
            Properties expected = new Properties();
            try (InputStream in = loader.getResourceAsStream(DESCRIPTION)) {
                if (in == null || loader.getResource(ARCHIVE) == null) {
                    return false;
                }
                expected.load(in);
            }
            Properties actual = describe(loader);
            if (!actual.equals(expected)) {
                log.info(
                        "The build's PostgreSQL cluster does not fit this start ({} here, {} in the template):"
                                + " creating the cluster with initdb",
                        actual,
                        expected);
                return false;
            }
            if (Files.isDirectory(dataDir)) {
                try (Stream<Path> children = Files.list(dataDir)) {
                    if (children.findAny().isPresent()) {
                        return false;
                    }
                }
            }
            Path partial = dataDir.resolveSibling("." + dataDir.getFileName() + ".from-template");
            deleteTree(partial);
            createPrivateDirectory(partial);
            try (InputStream in = loader.getResourceAsStream(ARCHIVE);
                    ZipInputStream zip = new ZipInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial) || target.equals(partial)) {
                        throw new IOException("entry outside the cluster: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        createPrivateDirectory(target);
                    } else {
                        createPrivateDirectory(target.getParent());
                        try (OutputStream out = java.nio.channels.Channels.newOutputStream(Files.newByteChannel(
                                target,
                                java.util.EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                                privately("rw-------")))) {
                            zip.transferTo(out);
                        }
                    }
                }
            }
            syncToDisk(partial);
            Files.deleteIfExists(dataDir);
            Files.move(partial, dataDir, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dataDir.getParent());
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "The build's PostgreSQL cluster could not be used ({}); creating the cluster with initdb",
                    e.toString());
            return false;
        }
    }

    private static void write(Path cluster, Path archive) throws IOException {
        List<Path> files;
        try (Stream<Path> tree = Files.walk(cluster)) {
            files = tree.filter(path -> !path.equals(cluster)).sorted().toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.setLevel(9);
            for (Path file : files) {
                String name = cluster.relativize(file).toString().replace('\\', '/');
                // Written anew by every start of the server.
                if (name.equals("postmaster.pid") || name.equals("postmaster.opts")) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(Files.isDirectory(file) ? name + "/" : name);
                entry.setTime(0);
                zip.putNextEntry(entry);
                if (!Files.isDirectory(file)) {
                    Files.copy(file, zip);
                }
                zip.closeEntry();
            }
        }
    }

    private static void createPrivateDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory.getParent());
            Files.createDirectory(directory, privately("rwx------"));
        }
    }

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Created with these permissions (PostgreSQL wants its files its owner's alone), where the system has them. */
    private static FileAttribute<?>[] privately(String permissions) {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
                }
                : new FileAttribute<?>[0];
    }

    /**
     * Makes the unpacked cluster durable before it is renamed into place, as initdb does: on Linux with one {@code
     * sync -f} (syncfs: the file system's pending writes at once, where a sync of each of its thousand files costs
     * seconds on a slow disk), elsewhere, or should that fail, file by file.
     */
    static void syncToDisk(Path root) throws IOException {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            try {
                Process sync = new ProcessBuilder("sync", "-f", root.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (sync.waitFor() == 0) {
                    return;
                }
            } catch (IOException e) {
                // no sync command: file by file below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while syncing " + root, e);
            }
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : (Iterable<Path>) tree::iterator) {
                if (Files.isDirectory(path)) {
                    syncDirectory(path);
                } else {
                    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                }
            }
        }
    }

    /** Syncs a directory's entries to disk where the system allows it (not on Windows). */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Directories cannot be opened for syncing on some systems; their files are synced.
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
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
