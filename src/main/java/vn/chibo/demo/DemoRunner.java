package vn.chibo.demo;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step of the demo data, run at the end of the start. Each step is a bean only under the {@code demo} profile
 * ({@code @Profile(DemoRunner.PROFILE)} on the step): without it, none of the demo's beans is created.
 */
abstract class DemoRunner implements ApplicationRunner {

    static final String PROFILE = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoRunner(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The dates of the demo, as of the moment this step loads. */
    final DemoCalendar calendar() {
        return new DemoCalendar(clock);
    }

    @Override
    public final void run(ApplicationArguments args) {
        runDemo();
    }

    /** Loads this step's data (once: each step checks whether it has been loaded before). */
    abstract void runDemo();

    /**
     * Runs {@code load} in one transaction unless the setting {@code key} says it has run before, records the key in
     * the same transaction and logs how long it took as "{@code what} loaded in … ms".
     */
    final void loadOnce(String key, String what, Runnable load) {
        if (loaded(key)) {
            return;
        }
        long started = System.nanoTime();
        boolean[] ran = {false};
        transaction.executeWithoutResult(status -> {
            // Nodes started together on one database: the first to take the step's lock loads it, the others wait
            // for its commit and find it loaded.
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
                    .param("key", key)
                    .query((rs, n) -> 1)
                    .single();
            if (loaded(key)) {
                return;
            }
            ran[0] = true;
            load.run();
            jdbc.sql("INSERT INTO platform.setting (key, value) VALUES (:key, now()::text)")
                    .param("key", key)
                    .update();
        });
        if (ran[0]) {
            log.info("{} loaded in {} ms", what, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private boolean loaded(String key) {
        return jdbc.sql("SELECT count(*) FROM platform.setting WHERE key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
