package vn.chibo.platform;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
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
            var environment = event.getApplicationContext().getEnvironment();
            if (environment.getProperty("chibo.startup.collect", Boolean.class, true)) {
                // Not at once: the first requests and the runners' last work are still allocating when the application
                // is ready, and a heap shrunk under them is grown again at the next young collections (seen in the GC
                // log: 56 MB after the collection, 220 MB a few young collections later).
                Duration delay =
                        environment.getProperty("chibo.startup.collect-delay", Duration.class, Duration.ofSeconds(3));
                Thread thread = new Thread(() -> collectAfter(delay), "chibo-startup-collect");
                thread.setDaemon(true);
                thread.start();
            }
        };
    }

    private static void collectAfter(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        collectAndShrink();
    }

    /**
     * One full collection, during which the heap may shrink to its live data and a third more (the JVM's default lets a
     * heap stay more than three times its live data after a full collection, MaxHeapFreeRatio 70 %); the default is
     * put back afterwards, so that the heap grows and shrinks under load as it would anyway. Both ratios are
     * "manageable" options of the JDK, changeable while it runs; where they cannot be changed, the collection runs as
     * it is.
     */
    private static void collectAndShrink() {
        HotSpotDiagnosticMXBean options = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = null;
        String max = null;
        try {
            min = options.getVMOption("MinHeapFreeRatio").getValue();
            max = options.getVMOption("MaxHeapFreeRatio").getValue();
            options.setVMOption("MinHeapFreeRatio", "10");
            options.setVMOption("MaxHeapFreeRatio", "25");
        } catch (RuntimeException e) {
            // Not changeable here (an option given on the command line, another JVM): collect as it is.
        }
        System.gc();
        try {
            if (max != null) {
                options.setVMOption("MaxHeapFreeRatio", max);
                options.setVMOption("MinHeapFreeRatio", min);
            }
        } catch (RuntimeException e) {
            // Left as set: the heap grows with its load all the same.
        }
    }
}
