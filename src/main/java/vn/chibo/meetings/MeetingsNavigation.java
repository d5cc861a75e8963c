package vn.chibo.meetings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** What the meetings module adds to the navigation. */
@Configuration(proxyBeanMethods = false)
class MeetingsNavigation {

    @Bean
    NavigationEntry meetingsNavigationEntry() {
        return new NavigationEntry(30, "/meetings", "nav.meetings", Permission.MEETING_VIEW);
    }
}
