package vn.chibo.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.platform.NotFoundException;
import vn.chibo.portal.CategoryDetails;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.reading.PublicArticles;
import vn.chibo.portal.reading.PublicArticles.Teaser;

/** RSS 2.0 and Atom feeds of each site and category, the sitemap of all public pages, and robots.txt. */
@Controller
class FeedController {

    private static final int FEED_SIZE = 20;
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final PortalManagement portal;
    private final PublicArticles articles;
    private final PublicPages pages;

    FeedController(PortalManagement portal, PublicArticles articles, PublicPages pages) {
        this.portal = portal;
        this.articles = articles;
        this.pages = pages;
    }

    @GetMapping("/cong/{site}/rss.xml")
    ResponseEntity<String> rss(@PathVariable String site, HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        return rss(s, s.settings().name(), "/cong/" + s.settings().slug(), articles.latest(s.id(), FEED_SIZE), request);
    }

    @GetMapping("/cong/{site}/chuyen-muc/{category}/rss.xml")
    ResponseEntity<String> categoryRss(
            @PathVariable String site, @PathVariable String category, HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        CategoryDetails c = category(s, category);
        return rss(
                s,
                s.settings().name() + " – " + c.name(),
                "/cong/" + s.settings().slug() + "/chuyen-muc/" + c.slug(),
                articles.latestInCategory(c.id().value(), FEED_SIZE),
                request);
    }

    @GetMapping("/cong/{site}/atom.xml")
    ResponseEntity<String> atom(@PathVariable String site, HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        return atom(
                s,
                s.settings().name(),
                "/cong/" + s.settings().slug(),
                "/cong/" + s.settings().slug() + "/atom.xml",
                articles.latest(s.id(), FEED_SIZE),
                request);
    }

    @GetMapping("/cong/{site}/chuyen-muc/{category}/atom.xml")
    ResponseEntity<String> categoryAtom(
            @PathVariable String site, @PathVariable String category, HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        CategoryDetails c = category(s, category);
        String path = "/cong/" + s.settings().slug() + "/chuyen-muc/" + c.slug();
        return atom(
                s,
                s.settings().name() + " – " + c.name(),
                path,
                path + "/atom.xml",
                articles.latestInCategory(c.id().value(), FEED_SIZE),
                request);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        // Every URL on the host asked (the sitemap protocol wants one host); a site with a host name of its own names
        // that host in its canonical links.
        String base = pages.base(request);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SiteDetails s : portal.allSites()) {
            url(xml, base + "/cong/" + s.settings().slug(), null);
            for (CategoryDetails c : portal.categories(s.id())) {
                url(xml, base + "/cong/" + s.settings().slug() + "/chuyen-muc/" + c.slug(), null);
            }
        }
        for (Teaser t : articles.all()) {
            url(xml, base + link(t), t.updatedAt());
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).body(xml.toString());
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    String robots(HttpServletRequest request) {
        // The public portal is for everyone; the signed-in application is nobody's business but its users'.
        return "User-agent: *\nAllow: /cong/\nAllow: /sitemap.xml\nDisallow: /\n\nSitemap: " + pages.base(request)
                + "/sitemap.xml\n";
    }

    private CategoryDetails category(SiteDetails s, String slug) {
        return portal.categories(s.id()).stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Category", slug));
    }

    private ResponseEntity<String> rss(
            SiteDetails site, String title, String path, List<Teaser> items, HttpServletRequest request) {
        String base = pages.siteBase(request, site);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
        element(xml, "title", title);
        element(xml, "link", base + path);
        element(
                xml,
                "description",
                site.settings().bannerText() != null
                        ? site.settings().bannerText()
                        : site.settings().name());
        element(xml, "language", "vi");
        xml.append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
                .append(escape(base + path + "/rss.xml"))
                .append("\"/>\n");
        for (Teaser t : items) {
            xml.append("<item>\n");
            element(xml, "title", t.title());
            element(xml, "link", pages.siteBase(request, t.siteSlug()) + link(t));
            element(xml, "guid", pages.siteBase(request, t.siteSlug()) + link(t));
            element(xml, "description", t.lead());
            element(
                    xml,
                    "pubDate",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(t.publishedAt().atOffset(ZoneOffset.UTC)));
            if (t.byline() != null && !t.byline().isBlank()) {
                element(xml, "author", "noreply@example.invalid (" + t.byline() + ")");
            }
            xml.append("</item>\n");
        }
        xml.append("</channel>\n</rss>\n");
        return ResponseEntity.ok().contentType(RSS).body(xml.toString());
    }

    private ResponseEntity<String> atom(
            SiteDetails site,
            String title,
            String path,
            String selfPath,
            List<Teaser> items,
            HttpServletRequest request) {
        String base = pages.siteBase(request, site);
        Instant updated =
                items.stream().map(Teaser::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n");
        element(xml, "title", title);
        element(xml, "id", base + path);
        element(xml, "updated", updated.toString());
        xml.append("<link rel=\"alternate\" href=\"")
                .append(escape(base + path))
                .append("\"/>\n");
        xml.append("<link rel=\"self\" href=\"").append(escape(base + selfPath)).append("\"/>\n");
        for (Teaser t : items) {
            xml.append("<entry>\n");
            element(xml, "title", t.title());
            element(xml, "id", pages.siteBase(request, t.siteSlug()) + link(t));
            xml.append("<link rel=\"alternate\" href=\"")
                    .append(escape(pages.siteBase(request, t.siteSlug()) + link(t)))
                    .append("\"/>\n");
            element(xml, "published", t.publishedAt().toString());
            element(xml, "updated", t.updatedAt().toString());
            xml.append("<author><name>")
                    .append(escape(t.byline() == null || t.byline().isBlank() ? t.siteName() : t.byline()))
                    .append("</name></author>\n");
            element(xml, "summary", t.lead());
            xml.append("</entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    static String link(Teaser t) {
        return "/cong/" + t.siteSlug() + "/bai-viet/" + t.slug();
    }

    private static void url(StringBuilder xml, String loc, Instant modified) {
        xml.append("<url><loc>").append(escape(loc)).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>")
                    .append(modified.atOffset(ZoneOffset.UTC).toLocalDate())
                    .append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append('<')
                .append(name)
                .append('>')
                .append(escape(value == null ? "" : value))
                .append("</")
                .append(name)
                .append(">\n");
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
