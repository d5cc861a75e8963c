package vn.chibo;

import java.net.URL;
import java.security.CodeSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import vn.chibo.platform.Startup;

/** ChiBo: Party-work records, meetings and the public portal for the education sector. */
@SpringBootApplication
public class ChiboApplication {

    static final String AOT_ENABLED = "spring.aot.enabled";

    public static void main(String[] args) {
        if (System.getProperty(AOT_ENABLED) == null && aheadOfTimeArtifactsApply()) {
            System.setProperty(AOT_ENABLED, "true");
        }
        // The classes a start needs are loaded on the second core while this thread builds the context.
        ApplicationListener<ApplicationReadyEvent> preloading =
                Startup.preloadClasses(ChiboApplication.class.getClassLoader());
        SpringApplication application = new SpringApplication(ChiboApplication.class);
        application.addListeners(preloading, Startup.collectStartupGarbage(), reportUnpackedCopy());
        // The database starts on a thread of its own as soon as the configuration says where it is.
        application.addListeners(Startup.databaseAsSoonAsConfigured());
        // For start-up analysis: with -Dchibo.startup.jfr=true and -XX:StartFlightRecording, every step of the start
        // (each bean's creation included) is a Java Flight Recorder event with its duration.
        if (Boolean.getBoolean("chibo.startup.jfr")) {
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        Startup.endTrainingRun(application.run(args));
    }

    /**
     * Logs, once the application is ready, where its classes came from when it runs from the jar's unpacked copy,
     * and, when the launcher started it in a JVM of its own, what became of its class data archive.
     */
    private static ApplicationListener<ApplicationReadyEvent> reportUnpackedCopy() {
        return event -> {
            String from = System.getProperty(ChiboLauncher.FROM);
            if (from != null) {
                String seconds = System.getProperty(ChiboLauncher.SECONDS, "0");
                String archive = System.getProperty(ChiboLauncher.ARCHIVE_STATE);
                LoggerFactory.getLogger(ChiboApplication.class)
                        .info(
                                "Classes loaded from the jar's libraries unpacked in {} ({}){}",
                                from,
                                "0".equals(seconds)
                                        ? "unpacked by an earlier start"
                                        : "unpacked at this start in " + seconds + " s",
                                archive == null
                                        ? ", in the launcher's JVM"
                                        : switch (archive) {
                                            case "in use" ->
                                                ", in a JVM of their own with the class data archive"
                                                        + " recorded by an earlier start";
                                            case "recording" ->
                                                ", in a JVM of their own that records its class"
                                                        + " data archive when it stops, for the next start";
                                            default -> ", in a JVM of their own without a class data archive";
                                        });
            }
        };
    }

    /**
     * Whether to start from the bean definitions the build worked out ahead of time (Spring AOT on the JVM), which
     * skips reading configuration classes and evaluating conditions: when running from the packaged jar that holds
     * them ({@code spring-boot:run} and the tests run from classes, where they may be stale or missing), and on a JDK
     * without virtual threads, like the one the build processed them for (on JDK 21 and newer ChiBo runs its requests
     * on virtual threads, a choice the processed definitions do not contain). {@code -Dspring.aot.enabled=false} turns
     * it off, for instance to change at run time a setting that switches a whole feature on or off.
     */
    static boolean aheadOfTimeArtifactsApply() {
        if (Runtime.version().feature() >= 21) {
            return false;
        }
        if (ChiboApplication.class.getResource("ChiboApplication__ApplicationContextInitializer.class") == null) {
            return false;
        }
        if (System.getProperty(ChiboLauncher.FROM) != null) {
            // Run from the self-contained jar's unpacked copy (see ChiboLauncher).
            return true;
        }
        CodeSource source = ChiboApplication.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        return location != null && location.toString().contains(".jar");
    }
}
