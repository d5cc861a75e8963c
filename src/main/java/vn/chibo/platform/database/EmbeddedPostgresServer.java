package vn.chibo.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run from Maven artifacts with its data in a directory of ours, durable (fsync and
 * synchronous commit on), reachable only from this machine and only with the installation's passwords, guarded against
 * a second ChiBo on the same directory, and able to recover the server that a killed JVM left running.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private final EmbeddedCredentials credentials;

    private EmbeddedPostgresServer(
            Path dataDir,
            FileChannel lockChannel,
            FileLock lock,
            EmbeddedPostgres postgres,
            EmbeddedCredentials credentials) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.credentials = credentials;
    }

    /**
     * Starts the server on {@code baseDir/pg}, creating the cluster with initdb when the directory is empty; it admits
     * only password connections from this machine, and ChiBo connects as a role that owns its database and is no
     * superuser (see {@link ApplicationRole}; a cluster of an older ChiBo is converted).
     */
    static EmbeddedPostgresServer start(Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path dataDir = base.resolve("pg");
        FileChannel channel = null;
        EmbeddedPostgres postgres = null;
        Path passwordFile = null;
        try {
            createPrivateDirectories(base);
            Files.createDirectories(dataDir);
            channel = FileChannel.open(base.resolve("chibo.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataDirectoryInUseException(base);
            }
            recoverOrphan(dataDir);
            boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
            if (fresh) {
                // What a failed initdb left behind would make the next one refuse the directory.
                clear(dataDir);
            }
            // A cluster of an older ChiBo has no credentials yet; one of this version cannot be opened without them.
            boolean legacy = !fresh && !EmbeddedCredentials.exist(base);
            if (legacy && ApplicationRole.inForce(dataDir)) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDir + " admits only passwords, and"
                        + " their file " + base.resolve(EmbeddedCredentials.FILE) + " is missing: restore it from a"
                        + " backup of the data directory");
            }
            EmbeddedCredentials credentials = EmbeddedCredentials.readOrCreate(base);
            ownerOnly(dataDir, fresh);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(PostgresBinaries.CLASS_PATH)
                    .setOverrideWorkingDirectory(
                            PostgresBinaries.workingDirectory(base).toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    // The readiness check of the library connects as the superuser.
                    .setConnectConfig("password", credentials.superuserPassword())
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    // TCP on localhost only: no Unix socket in a shared directory such as /tmp.
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("shared_buffers", "64MB")
                    // No logical replication: without workers the server starts no launcher process for them.
                    .setServerConfig("max_logical_replication_workers", "0");
            if (fresh) {
                // initdb's own options follow the library's "-A trust", and win: passwords from the very first start.
                passwordFile = credentials.writeSuperuserPasswordFile(base);
                builder.setLocaleConfig("auth-local", "scram-sha-256")
                        .setLocaleConfig("auth-host", "scram-sha-256")
                        .setLocaleConfig("pwfile", passwordFile.toString());
            }
            postgres = builder.start();
            if (!ApplicationRole.inForce(dataDir)) {
                ApplicationRole.establish(dataDir, postgres.getPort(), credentials, legacy);
            }
            log.info(
                    "Embedded PostgreSQL {} on port {} with data in {}",
                    fresh ? "initialized and started" : "started",
                    postgres.getPort(),
                    dataDir);
            return new EmbeddedPostgresServer(dataDir, channel, lock, postgres, credentials);
        } catch (IOException | SQLException e) {
            closeQuietly(postgres);
            closeQuietly(channel);
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir + ": " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(postgres);
            closeQuietly(channel);
            throw e;
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    /** The data directory's parent, made the owner's alone when ChiBo creates it. */
    private static void createPrivateDirectories(Path base) throws IOException {
        if (Files.isDirectory(base)) {
            return;
        }
        Files.createDirectories(base.getParent());
        try {
            if (Files.getFileStore(base.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.createDirectory(base, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectory(base);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Made meanwhile by another start, which then holds or will hold the lock.
        }
    }

    private static void clear(Path dataDir) throws IOException {
        try (var leftovers = Files.list(dataDir)) {
            if (leftovers.findAny().isEmpty()) {
                return;
            }
        }
        log.warn("Removing what an interrupted first start left in {} before initializing it", dataDir);
        try (var files = Files.walk(dataDir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(dataDir)) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * PostgreSQL refuses a data directory that others may read (a copy restored from a backup often is), and then
     * fails to start without a word the start can show; the directory is ChiBo's, so make it the owner's alone.
     */
    private static void ownerOnly(Path dataDir, boolean fresh) throws IOException {
        if (Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dataDir);
            if (permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                if (!fresh) {
                    log.warn(
                            "The data directory {} had permissions {}; PostgreSQL accepts no more than rwxr-x---, so"
                                    + " they are now rwx------",
                            dataDir,
                            PosixFilePermissions.toString(permissions));
                }
                Files.setPosixFilePermissions(dataDir, OWNER_ONLY);
            }
        }
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /**
     * After {@code kill -9} of the JVM the postmaster it started keeps running and holds the data directory. Our own
     * lock proves no other ChiBo uses the directory, so a live postmaster named in postmaster.pid is an orphan: stop it
     * and start afresh. A pid file naming a dead process is a stale lock that PostgreSQL replaces by itself.
     */
    static void recoverOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (RuntimeException e) {
            log.warn("Recovering after an unclean shutdown: unreadable {}, removing it", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !isPostgres(process.get())) {
            log.warn(
                    "Recovering after an unclean shutdown: stale lock file {} names process {} which is not running;"
                            + " PostgreSQL will replace it and replay its log",
                    pidFile,
                    pid);
            return;
        }
        log.warn(
                "Recovering after an unclean shutdown: PostgreSQL process {} left running by a ChiBo that was killed;"
                        + " stopping it before starting again",
                pid);
        // SIGINT asks the postmaster for a fast shutdown: it ends the orphaned sessions and checkpoints.
        new ProcessBuilder("kill", "-INT", Long.toString(pid))
                .inheritIO()
                .start()
                .onExit()
                .join();
        long deadline = System.nanoTime() + ORPHAN_STOP_WAIT.toNanos();
        while (process.get().isAlive() && System.nanoTime() < deadline) {
            sleep(100);
        }
        if (process.get().isAlive()) {
            throw new IllegalStateException("The orphaned PostgreSQL process " + pid + " did not stop within "
                    + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it by hand and start ChiBo again");
        }
        log.info("Orphaned PostgreSQL process {} stopped; the data directory is consistent", pid);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The address of ChiBo's database, to connect to as {@link #username()} with {@link #password()}. */
    String jdbcUrl() {
        return ApplicationRole.jdbcUrl(postgres.getPort(), EmbeddedCredentials.DATABASE);
    }

    String username() {
        return EmbeddedCredentials.ROLE;
    }

    String password() {
        return credentials.password();
    }

    /** For maintenance and tests only: the superuser's password. */
    String superuserPassword() {
        return credentials.superuserPassword();
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped cleanly");
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.debug("Stopping the embedded PostgreSQL after a failed start failed", e);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}; delete it by hand", file);
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("Closing the lock file failed", e);
            }
        }
    }

    /** Another running ChiBo holds the data directory. */
    static final class DataDirectoryInUseException extends IllegalStateException {
        private final transient Path directory;

        DataDirectoryInUseException(Path dir) {
            super("The data directory " + dir + " is in use by another running ChiBo. Stop that instance, or give this"
                    + " one its own directory with CHIBO_DATA_DIR.");
            this.directory = dir;
        }

        Path directory() {
            return directory;
        }
    }
}
