package vn.chibo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresBinariesTests {

    @TempDir
    Path temp;

    @Test
    void theProgramsGoIntoADirectoryOfTheAccountThatNoOneElseMayEnter() throws IOException {
        Path cache = Files.createDirectory(temp.resolve("cache"));
        Path fallback = Files.createDirectory(temp.resolve("data"));

        Path dir = PostgresBinaries.workingDirectory(cache, fallback);

        assertThat(dir).isEqualTo(cache.resolve("chibo").resolve("postgresql"));
        assertThat(dir).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve("chibo"))))
                .isEqualTo("rwx------");
        // Again, now that it exists (the library has made the inner directory writable by all meanwhile).
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx-w--w-"));
        assertThat(PostgresBinaries.workingDirectory(cache, fallback)).isEqualTo(dir);
    }

    @Test
    void aCacheDirectoryOthersMayEnterOrThatIsALinkIsNotUsed() throws IOException {
        Path fallback = Files.createDirectory(temp.resolve("data"));

        Path open = Files.createDirectories(temp.resolve("open").resolve("chibo"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(PostgresBinaries.workingDirectory(open.getParent(), fallback))
                .isEqualTo(fallback.resolve("postgresql-programs"));

        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Path linked = Files.createDirectory(temp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("chibo"), elsewhere);
        assertThat(PostgresBinaries.workingDirectory(linked, fallback))
                .isEqualTo(fallback.resolve("postgresql-programs"));

        assertThat(PostgresBinaries.workingDirectory(null, fallback))
                .isEqualTo(fallback.resolve("postgresql-programs"));
    }

    @Test
    void theArchiveIsReadFromTheClassPathByItsName() throws IOException {
        assertThat(PostgresBinaries.archiveName("Linux", "x86_64")).isEqualTo("postgres-linux-x86_64.txz");
        try (InputStream archive = PostgresBinaries.CLASS_PATH.getPgBinary("Linux", "x86_64")) {
            // xz's magic bytes: FD 37 7A 58 5A 00
            assertThat(archive.readNBytes(6)).containsExactly(0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00);
        }
        assertThatThrownBy(() -> PostgresBinaries.CLASS_PATH.getPgBinary("Plan9", "mips"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("postgres-plan9-mips.txz")
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }
}
