package vn.chibo.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.chibo.platform.NotFoundException;
import vn.chibo.portal.CategoryDetails;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.PublicBaseUrl;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.SiteId;
import vn.chibo.portal.rendering.PageCache;

/** What every public page needs: the site, its menu, absolute links for canonical and Open Graph, and formatting. */
@Component("publicPages")
class PublicPages {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);

    private final PortalManagement portal;
    private final PageCache pages;
    private final PublicBaseUrl baseUrl;
    // Every public page needs its site and menu; they change rarely, and whatever empties the page cache (here or on
    // another node) makes these stale too, through the cache's generation.
    private final Cache<String, Generational<Optional<SiteDetails>>> sites =
            Caffeine.newBuilder().maximumSize(10_000).build();
    private final Cache<SiteId, Generational<List<CategoryDetails>>> menus =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private record Generational<T>(long generation, T value) {}

    PublicPages(PortalManagement portal, PageCache pages, PublicBaseUrl baseUrl) {
        this.portal = portal;
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    SiteDetails site(String slug) {
        return current(sites, slug, () -> portal.siteBySlug(slug))
                .orElseThrow(() -> new NotFoundException("Site", slug));
    }

    List<CategoryDetails> menu(SiteId site) {
        return current(menus, site, () -> portal.categories(site));
    }

    private <K, T> T current(Cache<K, Generational<T>> cache, K key, Supplier<T> loader) {
        Generational<T> cached = cache.getIfPresent(key);
        long generation = pages.generation();
        if (cached != null && cached.generation() == generation) {
            return cached.value();
        }
        T value = loader.get();
        cache.put(key, new Generational<>(generation, value));
        return value;
    }

    void prepare(Model model, HttpServletRequest request, SiteDetails site, String canonicalPath) {
        String base = siteBase(request, site);
        model.addAttribute("site", site);
        model.addAttribute("menu", menu(site.id()));
        model.addAttribute("baseUrl", base);
        model.addAttribute("canonical", base + canonicalPath);
        model.addAttribute("ogType", "website");
    }

    /**
     * The absolute address under which a site's pages are linked (canonical links, Open Graph, feeds, the sitemap):
     * its own host name when it has one, so that search engines and readers' shares point there, otherwise the
     * portal's address.
     */
    String siteBase(HttpServletRequest request, SiteDetails site) {
        String base = base(request);
        if (site.settings().hostName() == null || site.settings().hostName().isBlank()) {
            return base;
        }
        String scheme = base.startsWith("https:") ? "https" : "http";
        return scheme + "://" + site.settings().hostName() + request.getContextPath();
    }

    /** {@link #siteBase} of the site with this path name. */
    String siteBase(HttpServletRequest request, String siteSlug) {
        return siteBase(request, site(siteSlug));
    }

    /** The portal's public address: {@code chibo.portal.base-url}, never the request's Host outside the demo. */
    String base(HttpServletRequest request) {
        return baseUrl.of(request);
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
