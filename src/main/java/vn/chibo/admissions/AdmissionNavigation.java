package vn.chibo.admissions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** What the admissions module adds to the navigation. */
@Configuration(proxyBeanMethods = false)
class AdmissionNavigation {

    @Bean
    NavigationEntry admissionsNavigationEntry() {
        return new NavigationEntry(22, "/admissions", "nav.admissions", Permission.MEMBER_VIEW);
    }
}
