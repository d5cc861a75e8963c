package vn.chibo.dues;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** What the dues module adds to the navigation. */
@Configuration(proxyBeanMethods = false)
class DuesNavigation {

    @Bean
    NavigationEntry duesNavigationEntry() {
        return new NavigationEntry(36, "/dues", "nav.dues", Permission.DUES_VIEW);
    }

    /** Every signed-in member may look at her own dues (an account not linked to a record sees nothing). */
    @Bean
    NavigationEntry ownDuesNavigationEntry() {
        return new NavigationEntry(91, "/dues/mine", "nav.duesMine", null);
    }
}
