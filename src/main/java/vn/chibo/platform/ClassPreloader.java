package vn.chibo.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, on a thread of its own, the classes a start is known to need, in the order a start needs them, so that the
 * second core reads and defines classes while the main thread creates the application context, which it does one bean
 * after the other. The list ({@value #LIST}) is recorded by the build: it starts the application once from its
 * classes on a throw-away embedded database, up to the end of the context refresh, with the JVM logging each class it
 * loads (see the {@code startup-classes} execution in {@code pom.xml}).
 *
 * <p>Classes are loaded, not initialized: no static initializer runs early, so the order in which the application
 * initializes its classes does not change. A name that no longer exists (the list is older than the code) is skipped;
 * a class missing from the list is loaded when first used, as without the list. Spring's class loaders, and the JDK's,
 * are parallel capable: when both threads want the same class, one defines it and the other gets it.
 * {@code -Dchibo.startup.preload=false} turns it off.
 */
final class ClassPreloader implements Runnable {

    static final String LIST = "META-INF/chibo/startup-classes.txt";

    private final ClassLoader loader;
    private final boolean aheadOfTime;
    private final AtomicInteger listed = new AtomicInteger();
    private final AtomicInteger loaded = new AtomicInteger();
    private final long started = System.nanoTime();
    private volatile long finished;
    private volatile boolean present;

    private ClassPreloader(ClassLoader loader, boolean aheadOfTime) {
        this.loader = loader;
        this.aheadOfTime = aheadOfTime;
    }

    /**
     * Starts loading the listed classes with the given class loader; with {@code aheadOfTime} false the classes that
     * Spring's ahead-of-time processing generated (their names hold {@code __}) are left out, since a start that does
     * not use them never loads them.
     */
    static ClassPreloader start(ClassLoader loader, boolean aheadOfTime) {
        ClassPreloader preloader = new ClassPreloader(loader, aheadOfTime);
        if (!"false".equals(System.getProperty("chibo.startup.preload"))) {
            Thread thread = new Thread(preloader, "chibo-class-preload");
            thread.setDaemon(true);
            thread.start();
        }
        return preloader;
    }

    @Override
    public void run() {
        try {
            List<String> names = readList();
            if (names == null) {
                return;
            }
            present = true;
            listed.set(names.size());
            for (String name : names) {
                if (load(name)) {
                    loaded.incrementAndGet();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Preloading only saves time: whatever it did not load is loaded when first used.
        } finally {
            finished = System.nanoTime();
        }
    }

    private List<String> readList() throws IOException {
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) {
                return null;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>(10_000);
            String name;
            while ((name = reader.readLine()) != null) {
                if (!name.isEmpty() && (aheadOfTime || !name.contains("__"))) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    private boolean load(String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** One log line on what the preloading did, once the application is ready. */
    void report() {
        // Not a static field: this class is loaded before Spring Boot configures logging.
        Logger log = LoggerFactory.getLogger(ClassPreloader.class);
        if (!present) {
            log.debug("No list of start-up classes ({}); classes are loaded when first used", LIST);
            return;
        }
        long end = finished;
        double seconds = ((end == 0 ? System.nanoTime() : end) - started) / 1e9;
        log.info(
                "Start-up classes loaded ahead on a second thread: {} of {} in {} s{}",
                loaded.get(),
                listed.get(),
                String.format("%.2f", seconds),
                end == 0 ? " (still loading)" : "");
    }

    int loaded() {
        return loaded.get();
    }

    int listed() {
        return listed.get();
    }

    boolean finished() {
        return finished != 0;
    }
}
