package vn.chibo.demo;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * A step of the demo data, run at the end of the start. Each step is a bean only under the {@code demo} profile
 * ({@code @Profile(DemoRunner.PROFILE)} on the step): without it, none of the demo's beans is created.
 */
abstract class DemoRunner implements ApplicationRunner {

    static final String PROFILE = "demo";

    private final Clock clock;

    DemoRunner(Clock clock) {
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
}
