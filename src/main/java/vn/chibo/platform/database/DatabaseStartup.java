package vn.chibo.platform.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Begins making the database ready as soon as the start knows where it is, so that initdb, the PostgreSQL server and
 * the migrations run on the other core while Spring builds the application; the {@linkplain Database#awaitReady data
 * source} then waits for it only when a connection is first needed, and the web server does not wait at all.
 *
 * <p>Registered in {@code META-INF/spring.factories}, it begins on the {@link ApplicationPreparedEvent}, after the
 * context's initializers (tests choose their database there). {@code ChiboApplication.main} adds {@link
 * #whenEnvironmentPrepared()}, which begins a little earlier, as soon as the configuration is read.
 */
public final class DatabaseStartup implements SmartApplicationListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartup.class);
    private static final Map<String, Database> STARTS = new ConcurrentHashMap<>();

    /** For {@code main}: begins once the environment is prepared, before the application context is even created. */
    public static ApplicationListener<ApplicationEnvironmentPreparedEvent> whenEnvironmentPrepared() {
        return event -> {
            if (!processingAheadOfTime()) {
                begin(event.getEnvironment());
            }
        };
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            if (!processingAheadOfTime()) {
                begin(prepared.getApplicationContext().getEnvironment());
            }
        } else if (event instanceof ApplicationFailedEvent) {
            // The context never took the database: stop an embedded server rather than leave a postmaster behind.
            STARTS.forEach((key, database) -> {
                if (STARTS.remove(key, database)) {
                    closeQuietly(database);
                }
            });
        }
    }

    /** The build's ahead-of-time processing runs the start up to the refresh; it must not start a database. */
    private static boolean processingAheadOfTime() {
        return Boolean.getBoolean("spring.aot.processing");
    }

    /** Begins making the database of this environment ready, unless that has begun already. */
    static Database begin(Environment environment) {
        Database.Target target = Database.Target.of(environment);
        return STARTS.computeIfAbsent(
                target.key(),
                key -> Database.start(target, Thread.currentThread().getContextClassLoader()));
    }

    /**
     * The database of this environment, begun earlier or now; only the first caller gets one that was begun earlier,
     * and then owns it.
     */
    static Database take(Environment environment) {
        Database.Target target = Database.Target.of(environment);
        Database begun = STARTS.remove(target.key());
        return begun != null
                ? begun
                : Database.start(target, Thread.currentThread().getContextClassLoader());
    }

    private static void closeQuietly(Database database) {
        try {
            database.close();
        } catch (Exception e) {
            log.warn("Stopping the embedded PostgreSQL after a failed start failed", e);
        }
    }
}
