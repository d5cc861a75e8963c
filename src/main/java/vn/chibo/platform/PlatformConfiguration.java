package vn.chibo.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may use. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Dates are Vietnamese dates: "today" turns at midnight in Hà Nội, whatever the server's zone. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
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
