package vn.chibo.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** The portal's entry in the navigation, and the timer for scheduled publication and visit batches. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortalConfiguration {

    @Bean
    NavigationEntry portalNavigationEntry() {
        return new NavigationEntry(50, "/portal", "nav.portal", Permission.PORTAL_EDIT);
    }
}
