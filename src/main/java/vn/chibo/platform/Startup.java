package vn.chibo.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.platform.database.DatabaseStartup;

/** What the application's {@code main} adds to Spring Boot's start. */
public final class Startup {

    private Startup() {}

    /**
     * Starts loading, on a second thread, the classes a start is known to need (see {@link ClassPreloader}); the
     * listener returned logs, once the application is ready, what the preloading did. Call it first thing in
     * {@code main}, after the choice of Spring's ahead-of-time mode ({@code spring.aot.enabled}).
     */
    public static ApplicationListener<ApplicationReadyEvent> preloadClasses(ClassLoader loader) {
        ClassPreloader preloader = ClassPreloader.start(loader, Boolean.getBoolean("spring.aot.enabled"));
        return event -> preloader.report();
    }

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

    /**
     * The end of the build's training start (see {@link ClassPreloader}), run with {@code -Dchibo.startup.training=true}:
     * once the application is ready, asks it for its first page, as a reader's browser would, then stops it cleanly
     * (the embedded database included) and exits. Does nothing in any other start.
     */
    public static void endTrainingRun(ConfigurableApplicationContext context) {
        if (!Boolean.getBoolean("chibo.startup.training")) {
            return;
        }
        int status = 0;
        if (context instanceof WebServerApplicationContext web) {
            try (InputStream page = URI.create(
                            "http://localhost:" + web.getWebServer().getPort() + "/login")
                    .toURL()
                    .openStream()) {
                page.readAllBytes();
            } catch (IOException e) {
                LoggerFactory.getLogger(Startup.class).warn("Training start: the first page failed: {}", e.toString());
                status = 1;
            }
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
