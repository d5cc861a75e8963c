package vn.chibo.portal;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.unit.DataSize;
import vn.chibo.platform.HomeSection;
import vn.chibo.platform.NavigationEntry;
import vn.chibo.platform.Permission;
import vn.chibo.platform.PublicRoutes;
import vn.chibo.platform.UploadRoute;

/**
 * The portal's entry in the navigation and on the home page, its upload routes, and the timer for scheduled
 * publication and visit batches.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortalConfiguration {

    /** Media and attachments: the library's file limit, and a little room for the form around the file. */
    @Bean
    UploadRoute portalMediaUpload(@Value("${chibo.portal.media.max-bytes:10485760}") long maxBytes) {
        return new UploadRoute("/portal/sites/{id}/media", Permission.PORTAL_EDIT, withForm(maxBytes));
    }

    @Bean
    UploadRoute portalAttachmentUpload(@Value("${chibo.portal.media.max-bytes:10485760}") long maxBytes) {
        return new UploadRoute("/portal/articles/{id}/attachments", Permission.PORTAL_EDIT, withForm(maxBytes));
    }

    private static DataSize withForm(long fileBytes) {
        return DataSize.ofBytes(fileBytes + DataSize.ofKilobytes(64).toBytes());
    }

    /**
     * What anyone may read: the public pages (sites, articles, feeds, published media, the sitemap) and the published
     * content through the API; a star rating is posted anonymously, without a session to protect (it is throttled).
     */
    @Bean
    PublicRoutes portalPublicRoutes() {
        return new PublicRoutes(
                List.of("/cong", "/cong/**", "/sitemap.xml"),
                List.of("/api/v1/portal/sites", "/api/v1/portal/sites/**"),
                List.of("/cong/*/bai-viet/*/danh-gia"));
    }

    @Bean
    NavigationEntry portalNavigationEntry() {
        return new NavigationEntry(50, "/portal", "nav.portal", Permission.PORTAL_EDIT);
    }

    /** On the signed-in home page: the portals the user edits and what awaits her decision. */
    @Bean
    HomeSection portalHomeSection(PortalManagement portal, ArticleManagement articles) {
        return HomeSection.of(50, "portal/dashboard :: home", user -> {
            List<SiteDetails> sites = portal.editableSites(user);
            return sites.isEmpty() ? null : Map.of("sites", sites, "awaiting", articles.awaitingDecision(user));
        });
    }
}
