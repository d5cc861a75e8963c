package vn.chibo.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;

/**
 * On the first start of a production install there is no account yet: create {@code admin}, with the password from
 * {@code CHIBO_ADMIN_PASSWORD} or a random one, to be changed at the first sign-in. A random password is written to a
 * file only the account running ChiBo can read ({@value #PASSWORD_FILE} in the data directory), never to the log,
 * which is often collected and kept elsewhere. The demo profile brings its own accounts instead (decided when the
 * application starts, so that the ahead-of-time processed jar obeys {@code --spring.profiles.active=demo} too).
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final String PASSWORD_FILE = "initial-admin-password.txt";

    private final UserManagement users;
    private final TransactionTemplate transaction;
    private final String configuredPassword;
    private final Environment environment;
    private final Path dataDirectory;

    AdministratorBootstrap(
            UserManagement users,
            TransactionTemplate transaction,
            @Value("${CHIBO_ADMIN_PASSWORD:}") String configuredPassword,
            Environment environment,
            @Value("${chibo.data-dir:./data}") Path dataDirectory) {
        this.users = users;
        this.transaction = transaction;
        this.configuredPassword = configuredPassword;
        this.environment = environment;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.matchesProfiles("demo")) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (users.countUsers() > 0) {
                return;
            }
            boolean generated = configuredPassword.isBlank();
            String password = generated ? randomPassword() : configuredPassword;
            long id = users.createUser(CurrentUser.system(), "admin", "Quản trị hệ thống", password, true);
            users.grant(CurrentUser.system(), id, new Grant(null, Role.ADMIN));
            if (generated) {
                Path file = writePrivately(password);
                log.warn(
                        "First start: created the account 'admin' with a one-time password, written to {} (readable by"
                                + " this account only); it must be changed at the first sign-in. Delete the file then.",
                        file.toAbsolutePath());
            } else {
                log.info("First start: created the account 'admin' with the password from CHIBO_ADMIN_PASSWORD; it must"
                        + " be changed at the first sign-in.");
            }
        });
    }

    /** Writes the password to a file that only the account running ChiBo may read (where the system allows it). */
    private Path writePrivately(String password) {
        try {
            Files.createDirectories(dataDirectory);
            Path file = dataDirectory.resolve(PASSWORD_FILE);
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the first administrator's password to " + dataDirectory, e);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
