package vn.chibo.platform;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
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

    /**
     * Once the application is ready, collects the garbage of the start (a start allocates a few hundred megabytes
     * that are dead once the context is built) in one full collection, after which the JVM gives the heap it no
     * longer needs back to the operating system: an idle ChiBo then holds what it uses, not what its start used. The
     * heap grows again as soon as requests need it. {@code chibo.startup.collect=false} turns it off.
     */
    public static ApplicationListener<ApplicationReadyEvent> collectStartupGarbage() {
        return event -> {
            if (event.getApplicationContext()
                    .getEnvironment()
                    .getProperty("chibo.startup.collect", Boolean.class, true)) {
                Thread thread = new Thread(System::gc, "chibo-startup-collect");
                thread.setDaemon(true);
                thread.start();
            }
        };
    }
}
