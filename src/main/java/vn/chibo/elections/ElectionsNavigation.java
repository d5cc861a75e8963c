package vn.chibo.elections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** What the elections module adds to the navigation. */
@Configuration(proxyBeanMethods = false)
class ElectionsNavigation {

    @Bean
    NavigationEntry congressesNavigationEntry() {
        return new NavigationEntry(32, "/congresses", "nav.congresses", Permission.ELECTION_VIEW);
    }
}
