package vn.chibo.platform.database;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * ChiBo's database while it is being made ready, and once it is: the embedded PostgreSQL started (or the external
 * server reached) and the migrations applied, on a thread of its own. {@link #awaitReady} is where anything that needs
 * a connection waits; nothing else in the start does.
 */
final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /**
     * Where the database is: an external server when {@code spring.datasource.url} is set, otherwise the embedded one
     * in {@code <chibo.data-dir>/pg}; and which migrations to apply ({@code spring.flyway.enabled}, {@code .locations}).
     */
    record Target(String url, String username, String password, Path dataDir, boolean migrate, String[] locations) {

        static Target of(Environment environment) {
            String url = environment.getProperty("spring.datasource.url");
            boolean migrate = environment.getProperty("spring.flyway.enabled", Boolean.class, true);
            String[] locations =
                    environment.getProperty("spring.flyway.locations", String[].class, new String[] {"db/migration"});
            if (StringUtils.hasText(url)) {
                return new Target(
                        url.trim(),
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"),
                        null,
                        migrate,
                        locations);
            }
            return new Target(null, null, null, dataDirectory(environment), migrate, locations);
        }

        static Path dataDirectory(Environment environment) {
            return Path.of(environment.getProperty("chibo.data-dir", "./data"))
                    .toAbsolutePath()
                    .normalize();
        }

        boolean embedded() {
            return url == null;
        }

        /** One database per key: a data directory or a JDBC URL. */
        String key() {
            return embedded() ? "embedded:" + dataDir : "external:" + url;
        }
    }

    /** How to connect once the database is ready: the embedded server's port, role and password are known only then. */
    record Connectivity(String url, String username, String password) {

        @Override
        public String toString() {
            return "Connectivity[" + url + " as " + username + "]";
        }
    }

    private final Target target;
    private final CompletableFuture<EmbeddedPostgresServer> server;
    private final CompletableFuture<Connectivity> ready;

    Database(Target target, CompletableFuture<EmbeddedPostgresServer> server, CompletableFuture<Connectivity> ready) {
        this.target = target;
        this.server = server;
        this.ready = ready;
    }

    /** Starts making the target ready on a new thread and returns at once. */
    static Database start(Target target, ClassLoader classLoader) {
        CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
        CompletableFuture<Connectivity> ready = new CompletableFuture<>();
        Thread thread = new Thread(() -> prepare(target, classLoader, server, ready), "chibo-database-start");
        thread.setContextClassLoader(classLoader);
        thread.setDaemon(true);
        thread.start();
        return new Database(target, server, ready);
    }

    private static void prepare(
            Target target,
            ClassLoader classLoader,
            CompletableFuture<EmbeddedPostgresServer> server,
            CompletableFuture<Connectivity> ready) {
        Connectivity connectivity;
        if (target.embedded()) {
            try {
                EmbeddedPostgresServer started = EmbeddedPostgresServer.start(target.dataDir());
                server.complete(started);
                connectivity = new Connectivity(started.jdbcUrl(), started.username(), started.password());
            } catch (Throwable e) {
                server.completeExceptionally(e);
                ready.completeExceptionally(e);
                return;
            }
        } else {
            server.complete(null);
            connectivity = new Connectivity(target.url(), target.username(), target.password());
        }
        if (target.migrate()) {
            try {
                Flyway.configure(classLoader)
                        .dataSource(connectivity.url(), connectivity.username(), connectivity.password())
                        .locations(target.locations())
                        .load()
                        .migrate();
            } catch (Throwable e) {
                log.error("The database migrations failed; ChiBo cannot use the database: {}", e.getMessage());
                ready.completeExceptionally(e);
                return;
            }
        }
        ready.complete(connectivity);
    }

    Target target() {
        return target;
    }

    /** Whether the database is started and migrated (false while that is under way, or when it failed). */
    boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }

    /**
     * Waits until the database is started and migrated, as long as that takes (a migration of a large database may
     * take minutes), and returns how to connect; a start or migration that failed is thrown, each time it is asked for.
     */
    Connectivity awaitReady() throws SQLException {
        try {
            return ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the database to start", "08001", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new SQLException("The database could not be made ready: " + cause.getMessage(), "08001", cause);
        }
    }

    /**
     * Stops the embedded server, waiting for it if it is still starting, and for the migrations under way (a start
     * that failed for another reason does not cut them off); an external server is left alone.
     */
    @Override
    public void close() throws Exception {
        EmbeddedPostgresServer started;
        try {
            started = server.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            return;
        } catch (TimeoutException e) {
            log.warn("The embedded PostgreSQL was still starting when ChiBo stopped; it is left to stop by itself");
            return;
        }
        try {
            ready.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            // Failed (and said so), or still migrating after two minutes: stop the server all the same.
        }
        if (started != null) {
            started.close();
        }
    }
}
