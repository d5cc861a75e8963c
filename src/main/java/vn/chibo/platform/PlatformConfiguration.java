package vn.chibo.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans every module may use. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    /**
     * The one source of "today" and "now" (see {@link ChiboClock}): the time of Hà Nội, or the time as of
     * {@code chibo.clock.fixed} in the demo profile.
     */
    @Bean
    Clock clock(Environment environment) {
        return ChiboClock.of(
                environment.getProperty(ChiboClock.PROPERTY), environment.matchesProfiles("demo"), Clock.systemUTC());
    }

    @Bean
    NavigationEntry usersNavigation() {
        return new NavigationEntry(890, "/admin/users", "nav.users", Permission.USER_MANAGE);
    }

    @Bean
    NavigationEntry auditNavigation() {
        return new NavigationEntry(900, "/admin/audit", "nav.audit", Permission.USER_MANAGE);
    }
}
