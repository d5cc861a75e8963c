package vn.chibo.members.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** What the members module adds to the navigation. */
@Configuration(proxyBeanMethods = false)
class MembersNavigation {

    @Bean
    NavigationEntry membersNavigationEntry() {
        return new NavigationEntry(20, "/members", "nav.members", Permission.MEMBER_VIEW);
    }

    @Bean
    NavigationEntry ownRecordNavigationEntry() {
        return new NavigationEntry(90, "/me", "nav.me", null);
    }
}
