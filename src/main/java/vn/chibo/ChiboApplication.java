package vn.chibo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import vn.chibo.platform.Startup;

/** ChiBo: Party-work records, meetings and the public portal for the education sector. */
@SpringBootApplication
public class ChiboApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ChiboApplication.class);
        application.addListeners(Startup.databaseAsSoonAsConfigured(), Startup.collectStartupGarbage());
        // For start-up analysis: with -Dchibo.startup.jfr=true and -XX:StartFlightRecording, every step of the start
        // (each bean's creation included) is a Java Flight Recorder event with its duration.
        if (Boolean.getBoolean("chibo.startup.jfr")) {
            application.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        application.run(args);
    }
}
