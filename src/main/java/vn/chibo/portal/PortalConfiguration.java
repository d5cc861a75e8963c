package vn.chibo.portal;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.HomeSection;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;

/** The portal's entry in the navigation and on the home page, and the timer for scheduled publication and visit batches. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortalConfiguration {

    @Bean
    NavigationEntry portalNavigationEntry() {
        return new NavigationEntry(50, "/portal", "nav.portal", Permission.PORTAL_EDIT);
    }

    /** On the signed-in home page: the portals the user edits and what awaits her decision. */
    @Bean
    HomeSection portalHomeSection(PortalManagement portal, ArticleManagement articles) {
        return new HomeSection() {
            @Override
            public int order() {
                return 50;
            }

            @Override
            public String fragment() {
                return "portal/dashboard :: home";
            }

            @Override
            public Map<String, Object> model(CurrentUser user) {
                List<SiteDetails> sites = portal.editableSites(user);
                return sites.isEmpty() ? null : Map.of("sites", sites, "awaiting", articles.awaitingDecision(user));
            }
        };
    }
}
