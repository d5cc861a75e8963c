package vn.chibo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with its demo data on a real PostgreSQL of its own, served on a random port; shared by the
 * integration and browser tests so that the context starts once. It runs as of {@link #AS_OF} (the application's
 * {@code Clock}, and the demo data loaded from it), so that no test depends on the day it runs; tests take their dates
 * from the {@code Clock} bean. The demo is checked on other days by {@code DemoCalendarTests} and
 * {@code DemoOnEdgeDatesIntegrationTests}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ChiboIntegrationTest.AS_OF,
            ChiboIntegrationTest.ACCESS_LOG,
            ChiboIntegrationTest.ACCESS_LOG_DIR,
            ChiboIntegrationTest.ACCESS_LOG_UNBUFFERED,
            ChiboIntegrationTest.ACCESS_LOG_PATTERN
        })
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
public @interface ChiboIntegrationTest {

    /** 6 December: the day in the review-conference week that once stopped the demo from loading. */
    String AS_OF = "chibo.clock.fixed=2026-12-06T10:00:00+07:00";

    /** Tomcat's access log, as an operator turns it on, so that tests can see every answer reached it. */
    String ACCESS_LOG = "server.tomcat.accesslog.enabled=true";

    String ACCESS_LOG_DIR = "server.tomcat.accesslog.directory=${user.dir}/target/access-log";
    String ACCESS_LOG_UNBUFFERED = "server.tomcat.accesslog.buffered=false";
    String ACCESS_LOG_PATTERN = "server.tomcat.accesslog.pattern=%h \"%r\" %s %b %{X-Page-Cache}o";
}
