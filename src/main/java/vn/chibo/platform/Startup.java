package vn.chibo.platform;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import vn.chibo.platform.database.DatabaseStartup;

/** What the application's {@code main} adds to Spring Boot's start. */
public final class Startup {

    private Startup() {}

    /**
     * Begins making the database ready as soon as the configuration is read, before the application context is
     * created (tests, which do not run {@code main}, begin a little later, once their initializers chose the database).
     */
    public static ApplicationListener<ApplicationEnvironmentPreparedEvent> databaseAsSoonAsConfigured() {
        return DatabaseStartup.whenEnvironmentPrepared();
    }
}
