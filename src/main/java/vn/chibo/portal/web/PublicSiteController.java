package vn.chibo.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.platform.NotFoundException;
import vn.chibo.portal.CategoryDetails;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.media.MediaLibrary;
import vn.chibo.portal.reading.PublicArticles;

/**
 * The public pages of a portal: home, article, category, tag, search, print view and the directory of all units.
 * They show published articles only and depend on nothing about the reader, so they can be cached whole.
 */
@Controller
class PublicSiteController {

    static final int PAGE_SIZE = 10;

    private final PortalManagement portal;
    private final PublicArticles articles;
    private final PublicPages pages;

    private final MediaLibrary media;

    PublicSiteController(PortalManagement portal, PublicArticles articles, PublicPages pages, MediaLibrary media) {
        this.media = media;
        this.portal = portal;
        this.articles = articles;
        this.pages = pages;
    }

    @GetMapping({"/cong", "/cong/"})
    String mainPortal() {
        return portal.mainSite()
                .map(site -> "redirect:/cong/" + site.settings().slug())
                .orElse("redirect:/cong/don-vi");
    }

    @GetMapping("/cong/don-vi")
    String directory(Model model, HttpServletRequest request) {
        SiteDetails main = portal.mainSite().orElse(null);
        List<SiteDetails> sites = portal.allSites();
        if (main == null && sites.isEmpty()) {
            throw new NotFoundException("Site", "main");
        }
        pages.prepare(model, request, main != null ? main : sites.get(0), "/cong/don-vi");
        model.addAttribute("sites", sites);
        return "portal/directory";
    }

    @GetMapping("/cong/{site}")
    String home(@PathVariable String site, Model model, HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        pages.prepare(model, request, s, "/cong/" + s.settings().slug());
        var featured = articles.featured(s.id(), 3);
        model.addAttribute("featured", featured);
        model.addAttribute(
                "latest",
                articles.latest(s.id(), 8 + featured.size()).stream()
                        .filter(t -> featured.stream().noneMatch(f -> f.id().equals(t.id())))
                        .limit(8)
                        .toList());
        List<CategoryDetails> categories = pages.menu(s.id());
        model.addAttribute(
                "sections",
                categories.stream()
                        .map(c -> new Section(c, articles.latestInCategory(c.id().value(), 4)))
                        .filter(section -> !section.articles().isEmpty())
                        .toList());
        model.addAttribute("fromUnits", s.settings().main() ? articles.latestOfComponents(6) : List.of());
        return "portal/home";
    }

    /** A category with its newest articles, for the home page. */
    record Section(CategoryDetails category, List<PublicArticles.Teaser> articles) {}

    @GetMapping("/cong/{site}/bai-viet/{slug}")
    String article(@PathVariable String site, @PathVariable String slug, Model model, HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        var article = articles.article(s.id(), slug).orElseThrow(() -> new NotFoundException("Article", slug));
        pages.prepare(
                model,
                request,
                s,
                "/cong/" + s.settings().slug() + "/bai-viet/" + article.teaser().slug());
        model.addAttribute("article", article);
        model.addAttribute("attachments", media.attachments(article.teaser().id()));
        model.addAttribute("ogType", "article");
        model.addAttribute("description", article.teaser().lead());
        if (article.teaser().cover() != null) {
            model.addAttribute("ogImage", "/cong/media/" + article.teaser().cover() + "/1280");
        }
        model.addAttribute(
                "related",
                article.categories().isEmpty()
                        ? List.of()
                        : articles
                                .latestInCategory(
                                        article.categories().get(0).id().value(), 5)
                                .stream()
                                .filter(t -> !t.id().equals(article.teaser().id()))
                                .limit(4)
                                .toList());
        return "portal/article";
    }

    @GetMapping("/cong/{site}/in/{slug}")
    String print(@PathVariable String site, @PathVariable String slug, Model model, HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        var article = articles.article(s.id(), slug).orElseThrow(() -> new NotFoundException("Article", slug));
        pages.prepare(
                model,
                request,
                s,
                "/cong/" + s.settings().slug() + "/bai-viet/" + article.teaser().slug());
        model.addAttribute("article", article);
        return "portal/print";
    }

    @GetMapping("/cong/{site}/chuyen-muc/{category}")
    String category(
            @PathVariable String site,
            @PathVariable String category,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model,
            HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        CategoryDetails c = pages.menu(s.id()).stream()
                .filter(x -> x.slug().equals(category))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Category", category));
        int p = Math.max(1, page);
        pages.prepare(
                model,
                request,
                s,
                "/cong/" + s.settings().slug() + "/chuyen-muc/" + c.slug() + (p > 1 ? "?trang=" + p : ""));
        model.addAttribute("category", c);
        model.addAttribute("page", articles.category(c.id().value(), p, PAGE_SIZE));
        model.addAttribute("pagePath", "/cong/" + s.settings().slug() + "/chuyen-muc/" + c.slug());
        return "portal/category";
    }

    @GetMapping("/cong/{site}/the/{tag}")
    String tag(
            @PathVariable String site,
            @PathVariable String tag,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model,
            HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        String name = articles.tagName(s.id(), tag).orElseThrow(() -> new NotFoundException("Tag", tag));
        int p = Math.max(1, page);
        pages.prepare(model, request, s, "/cong/" + s.settings().slug() + "/the/" + tag + (p > 1 ? "?trang=" + p : ""));
        model.addAttribute("tagName", name);
        model.addAttribute("page", articles.tag(s.id(), tag, p, PAGE_SIZE));
        model.addAttribute("pagePath", "/cong/" + s.settings().slug() + "/the/" + tag);
        return "portal/tag";
    }

    @GetMapping("/cong/{site}/tim-kiem")
    String search(
            @PathVariable String site,
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model,
            HttpServletRequest request) {
        SiteDetails s = pages.site(site);
        String query = q.length() > 200 ? q.substring(0, 200) : q;
        pages.prepare(model, request, s, "/cong/" + s.settings().slug() + "/tim-kiem");
        model.addAttribute("q", query);
        model.addAttribute(
                "page", articles.search(s.settings().main() ? null : s.id(), query, Math.max(1, page), PAGE_SIZE));
        model.addAttribute("noindex", true);
        return "portal/search";
    }
}
