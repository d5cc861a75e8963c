package vn.chibo.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.chibo.platform.NotFoundException;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;

/** What every public page needs: the site, its menu, absolute links for canonical and Open Graph, and formatting. */
@Component("publicPages")
class PublicPages {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);

    private final PortalManagement portal;
    private final String baseUrl;

    PublicPages(PortalManagement portal, @Value("${chibo.portal.base-url:}") String baseUrl) {
        this.portal = portal;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    SiteDetails site(String slug) {
        return portal.siteBySlug(slug).orElseThrow(() -> new NotFoundException("Site", slug));
    }

    void prepare(Model model, HttpServletRequest request, SiteDetails site, String canonicalPath) {
        String base = base(request);
        model.addAttribute("site", site);
        model.addAttribute("menu", portal.categories(site.id()));
        model.addAttribute("baseUrl", base);
        model.addAttribute("canonical", base + canonicalPath);
        model.addAttribute("ogType", "website");
    }

    String base(HttpServletRequest request) {
        if (!baseUrl.isBlank()) {
            return baseUrl;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(VIETNAM).toOffsetDateTime().toString();
    }
}
