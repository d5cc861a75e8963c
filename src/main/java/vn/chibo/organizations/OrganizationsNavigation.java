package vn.chibo.organizations;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.platform.HomeSection;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** What the organizations module adds to the navigation and the home page. */
@Configuration(proxyBeanMethods = false)
class OrganizationsNavigation {

    @Bean
    NavigationEntry organizationsNavigationEntry() {
        return new NavigationEntry(10, "/organizations", "nav.organizations", Permission.ORGANIZATION_VIEW);
    }

    @Bean
    HomeSection organizationsHomeSection(OrganizationManagement organizations) {
        return HomeSection.of(10, "organizations/tree :: home", user -> {
            List<OrganizationNode> tree = organizations.visibleTree(user, false);
            return tree.isEmpty() ? null : Map.of("roots", tree);
        });
    }
}
