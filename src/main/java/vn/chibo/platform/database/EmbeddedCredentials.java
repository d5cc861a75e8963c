package vn.chibo.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of one installation's embedded PostgreSQL: the superuser's, used only to create and maintain the
 * application's role, and the application role's. Generated at the first start of a data directory and kept in {@value
 * #FILE} beside the cluster, readable by its owner only (mode 0600), so that no other account on the machine can
 * connect.
 */
record EmbeddedCredentials(String superuserPassword, String password) {

    static final String FILE = "postgres-credentials.properties";
    static final String SUPERUSER = "postgres";
    static final String ROLE = "chibo";
    // The cluster is ChiBo's alone: its data lives in the default database, owned by the role.
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The credentials kept in {@code baseDir}, made and saved first if there are none. */
    static EmbeddedCredentials readOrCreate(Path baseDir) throws IOException {
        Path file = baseDir.resolve(FILE);
        if (Files.exists(file)) {
            return read(file);
        }
        EmbeddedCredentials created = new EmbeddedCredentials(generate(), generate());
        created.save(file);
        return created;
    }

    /** Whether {@code baseDir} holds credentials (a data directory made by an older ChiBo has none). */
    static boolean exist(Path baseDir) {
        return Files.exists(baseDir.resolve(FILE));
    }

    private static EmbeddedCredentials read(Path file) throws IOException {
        privateToOwner(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty("superuser.password");
        String password = properties.getProperty("password");
        if (superuser == null || superuser.isBlank() || password == null || password.isBlank()) {
            throw new IllegalStateException("The embedded PostgreSQL's credentials file " + file
                    + " lacks a password; restore it from a backup of the data directory");
        }
        return new EmbeddedCredentials(superuser.trim(), password.trim());
    }

    /** Written aside with owner-only permissions from the start, then renamed into place. */
    private void save(Path file) throws IOException {
        Path temporary = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(temporary);
        if (posix(file.getParent())) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        } else {
            Files.createFile(temporary);
        }
        Properties properties = new Properties();
        properties.setProperty("superuser", SUPERUSER);
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("user", ROLE);
        properties.setProperty("password", password);
        properties.setProperty("database", DATABASE);
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.ISO_8859_1)) {
            properties.store(
                    writer,
                    " The embedded PostgreSQL of this data directory: generated passwords (keep this file private)."
                            + "\n ChiBo connects as '" + ROLE + "' to the database '" + DATABASE + "' on localhost.");
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes the superuser's password alone to a new owner-only file, as {@code initdb --pwfile} reads it; the caller
     * deletes it once initdb ran.
     */
    Path writeSuperuserPasswordFile(Path dir) throws IOException {
        Path file = dir.resolve("initdb-password.tmp");
        Files.deleteIfExists(file);
        if (posix(dir)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, superuserPassword + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void privateToOwner(Path file) throws IOException {
        if (!posix(file.getParent())) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!permissions.equals(OWNER_READ_WRITE)) {
            log.warn(
                    "The credentials file {} had permissions {}; they are now rw-------",
                    file,
                    PosixFilePermissions.toString(permissions));
            Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
        }
    }

    private static boolean posix(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        // Never the passwords, should a record end up in a log line.
        return "EmbeddedCredentials[" + ROLE + "]";
    }
}
