package vn.chibo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: a fresh embedded PostgreSQL data directory by default,
 * or, when {@code -Dchibo.test.external-db=<jdbc url>} is set (as in CI), a fresh database on that external server.
 * Either way migrations run from empty, and the database is removed when the context closes.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String EXTERNAL_DB_PROPERTY = "chibo.test.external-db";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String external = System.getProperty(EXTERNAL_DB_PROPERTY, "");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> properties;
        Runnable cleanup;
        if (!external.isBlank()) {
            // Named after the external database, so that whoever drops that one can find these too.
            String name = databaseName(external) + "_t" + suffix;
            execute(external, "CREATE DATABASE " + name);
            String url = withDatabase(external, name);
            properties = Map.of("spring.datasource.url", url);
            cleanup = () -> execute(external, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } else {
            // Under target/, so that the next clean build removes it; the server stops with the context.
            Path dir = createTempDirectory();
            properties = Map.of("chibo.data-dir", dir.toString());
            cleanup = () -> {};
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                cleanup.run();
            }
        });
    }

    /** Whether tests run against an external server (CI) rather than the embedded one. */
    public static boolean external() {
        return !System.getProperty(EXTERNAL_DB_PROPERTY, "").isBlank();
    }

    static String databaseName(String jdbcUrl) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?');
        return jdbcUrl.substring(slash + 1, query < 0 ? jdbcUrl.length() : query);
    }

    static String withDatabase(String jdbcUrl, String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?');
        String prefix = jdbcUrl.substring(0, slash + 1);
        String suffix = query < 0 ? "" : jdbcUrl.substring(query);
        return prefix + database + suffix;
    }

    static void execute(String jdbcUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + jdbcUrl, e);
        }
    }

    public static Path createTempDirectory() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent.toAbsolutePath(), "chibo-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}
