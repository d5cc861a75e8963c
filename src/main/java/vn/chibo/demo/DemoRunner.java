package vn.chibo.demo;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A step of the demo data, run at the end of the start when the {@code demo} profile is active and skipped otherwise.
 * The profile is looked at when the application starts rather than by {@code @Profile}, which the ahead-of-time
 * processed jar would have settled when it was built: {@code java -jar chibo.jar --spring.profiles.active=demo} still
 * loads the demo.
 */
abstract class DemoRunner implements ApplicationRunner, EnvironmentAware {

    static final String PROFILE = "demo";

    private final Clock clock;
    private Environment environment;

    DemoRunner(Clock clock) {
        this.clock = clock;
    }

    /** The dates of the demo, as of the moment this step loads. */
    final DemoCalendar calendar() {
        return new DemoCalendar(clock);
    }

    @Override
    public final void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public final void run(ApplicationArguments args) {
        if (environment.matchesProfiles(PROFILE)) {
            runDemo();
        }
    }

    /** Loads this step's data (once: each step checks whether it has been loaded before). */
    abstract void runDemo();
}
