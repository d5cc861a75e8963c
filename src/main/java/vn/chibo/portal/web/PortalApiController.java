package vn.chibo.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;
import vn.chibo.portal.ArticleDetails;
import vn.chibo.portal.ArticleDraft;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.ArticleStatus;
import vn.chibo.portal.ArticleSummary;
import vn.chibo.portal.ArticleWorkflow;
import vn.chibo.portal.CategoryDetails;
import vn.chibo.portal.CategoryId;
import vn.chibo.portal.CheckIssue;
import vn.chibo.portal.MediaId;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.SiteDraft;
import vn.chibo.portal.SiteId;
import vn.chibo.portal.reading.PublicArticles;

/**
 * The portal as JSON. Reading is public and shows only what the public pages show (published articles of a site);
 * writing follows the editorial workflow with the same permissions as the editor's pages.
 */
@RestController
@RequestMapping("/api/v1/portal")
@Tag(name = "Portal", description = "Public reading of the portals and the editorial workflow")
class PortalApiController {

    private static final int PAGE_SIZE = 20;

    private final PortalManagement portal;
    private final PublicArticles published;
    private final ArticleManagement articles;
    private final ArticleWorkflow workflow;

    PortalApiController(
            PortalManagement portal, PublicArticles published, ArticleManagement articles, ArticleWorkflow workflow) {
        this.portal = portal;
        this.published = published;
        this.articles = articles;
        this.workflow = workflow;
    }

    /** A portal as the public sees it: name, path and footer. */
    record PublicSite(
            String slug,
            String name,
            boolean main,
            String managingAgency,
            String licence,
            String contentManagers,
            String address,
            String phone,
            String fax,
            String email) {

        static PublicSite of(SiteDetails site) {
            SiteDraft s = site.settings();
            return new PublicSite(
                    s.slug(),
                    s.name(),
                    s.main(),
                    s.managingAgency(),
                    s.licence(),
                    s.contentManagers(),
                    s.address(),
                    s.phone(),
                    s.fax(),
                    s.email());
        }
    }

    record PublicCategory(String slug, String name) {}

    record ArticleTeaser(
            String site, String slug, String title, String lead, String byline, Instant publishedAt, String url) {

        static ArticleTeaser of(PublicArticles.Teaser t) {
            return new ArticleTeaser(
                    t.siteSlug(),
                    t.slug(),
                    t.title(),
                    t.lead(),
                    t.byline(),
                    t.publishedAt(),
                    "/cong/" + t.siteSlug() + "/bai-viet/" + t.slug());
        }
    }

    record ArticlePage(List<ArticleTeaser> items, int page, int pages, long total) {}

    record PublicArticleBody(ArticleTeaser article, String body, List<PublicCategory> categories, List<String> tags) {}

    @GetMapping("/sites")
    @Operation(summary = "All portals (public)")
    List<PublicSite> sites() {
        return portal.allSites().stream().map(PublicSite::of).toList();
    }

    @GetMapping("/sites/{site}/categories")
    @Operation(summary = "A portal's categories (public)")
    List<PublicCategory> categories(@PathVariable String site) {
        return portal.categories(site(site).id()).stream()
                .map(c -> new PublicCategory(c.slug(), c.name()))
                .toList();
    }

    @GetMapping("/sites/{site}/articles")
    @Operation(
            summary = "A portal's published articles (public), newest first",
            description =
                    "category: a category's slug; q: search ignoring diacritics, ranked by relevance and recency.")
    ArticlePage list(
            @PathVariable String site,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page) {
        SiteDetails s = site(site);
        int p = Math.max(1, page);
        PublicArticles.Page result;
        if (q != null && !q.isBlank()) {
            result = published.search(s.id(), q, p, PAGE_SIZE);
        } else if (category != null && !category.isBlank()) {
            CategoryDetails c = portal.categories(s.id()).stream()
                    .filter(x -> x.slug().equals(category))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Category", category));
            result = published.category(c.id().value(), p, PAGE_SIZE);
        } else {
            result = published.site(s.id(), p, PAGE_SIZE);
        }
        return new ArticlePage(
                result.items().stream().map(ArticleTeaser::of).toList(), result.page(), result.pages(), result.total());
    }

    @GetMapping("/sites/{site}/articles/{slug}")
    @Operation(summary = "One published article with its (sanitized) body (public)")
    PublicArticleBody article(@PathVariable String site, @PathVariable String slug) {
        PublicArticles.PublicArticle a =
                published.article(site(site).id(), slug).orElseThrow(() -> new NotFoundException("Article", slug));
        return new PublicArticleBody(
                ArticleTeaser.of(a.teaser()),
                a.body(),
                a.categories().stream()
                        .map(c -> new PublicCategory(c.slug(), c.name()))
                        .toList(),
                a.tags().stream().map(ArticleDetails.Tag::name).toList());
    }

    private SiteDetails site(String slug) {
        return portal.siteBySlug(slug).orElseThrow(() -> new NotFoundException("Site", slug));
    }

    // ---- editors ----------------------------------------------------------------------------------------------

    /**
     * An article as an editor writes it; categories by id, the cover by media id. The article form of the pages posts
     * the same and is turned into an {@link ArticleDraft} through it.
     */
    record DraftRequest(
            String title,
            String slug,
            String lead,
            String body,
            String byline,
            List<Long> categories,
            List<String> tags,
            Long cover,
            String coverAlt,
            Boolean featured,
            Integer version) {

        ArticleDraft toDraft(SiteId site) {
            return new ArticleDraft(
                    site,
                    title,
                    slug,
                    lead,
                    body,
                    byline,
                    categories == null
                            ? List.of()
                            : categories.stream().map(CategoryId::of).toList(),
                    tags,
                    cover == null ? null : MediaId.of(cover),
                    coverAlt,
                    Boolean.TRUE.equals(featured));
        }
    }

    record SubmitRequest(Map<CheckIssue.Code, String> overrides) {}

    record ApproveRequest(Instant publishAt) {}

    record ReturnRequest(String comment) {}

    @GetMapping("/editor/sites/{site}/articles")
    @Operation(summary = "The articles of a portal the caller edits, drafts included (editors)")
    List<ArticleSummary> editorList(
            CurrentUser user, @PathVariable String site, @RequestParam(required = false) ArticleStatus status) {
        SiteDetails s = portal.require(user, site(site).id(), Permission.PORTAL_EDIT);
        return articles.list(user, s.id(), status);
    }

    @PostMapping("/editor/sites/{site}/articles")
    @Operation(summary = "Creates a draft (editors of that portal)")
    ResponseEntity<ArticleDetails> create(
            CurrentUser user, @PathVariable String site, @RequestBody DraftRequest request) {
        SiteDetails s = portal.require(user, site(site).id(), Permission.PORTAL_EDIT);
        ArticleId id = articles.create(user, request.toDraft(s.id()));
        return ResponseEntity.status(HttpStatus.CREATED).body(articles.details(user, id));
    }

    @GetMapping("/editor/articles/{id}")
    @Operation(summary = "An article as its editors see it, with its status and version")
    ArticleDetails details(CurrentUser user, @PathVariable long id) {
        return articles.details(user, ArticleId.of(id));
    }

    @PutMapping("/editor/articles/{id}")
    @Operation(summary = "Changes an article; `version` is the one read (a stale version is refused)")
    ArticleDetails update(CurrentUser user, @PathVariable long id, @RequestBody DraftRequest request) {
        ArticleDetails before = articles.details(user, ArticleId.of(id));
        if (request.version() == null) {
            throw new InvalidInputException("version", "validation.required");
        }
        articles.update(user, ArticleId.of(id), request.toDraft(before.siteId()), request.version());
        return articles.details(user, ArticleId.of(id));
    }

    @PostMapping("/editor/articles/{id}/submit")
    @Operation(
            summary = "Submits a draft for approval",
            description = "The pre-submission checks run; a failed check can be overridden with a reason.")
    ArticleDetails submit(
            CurrentUser user, @PathVariable long id, @RequestBody(required = false) SubmitRequest request) {
        workflow.submit(
                user,
                ArticleId.of(id),
                request == null || request.overrides() == null ? Map.of() : request.overrides());
        return articles.details(user, ArticleId.of(id));
    }

    @PostMapping("/editor/articles/{id}/approve")
    @Operation(summary = "Approves and publishes now, or at publishAt (editor-in-chief)")
    ArticleDetails approve(
            CurrentUser user, @PathVariable long id, @RequestBody(required = false) ApproveRequest request) {
        workflow.approve(user, ArticleId.of(id), request == null ? null : request.publishAt());
        return articles.details(user, ArticleId.of(id));
    }

    @PostMapping("/editor/articles/{id}/return")
    @Operation(summary = "Returns a submitted article to its editor with a comment (editor-in-chief)")
    ArticleDetails returnToEditor(CurrentUser user, @PathVariable long id, @RequestBody ReturnRequest request) {
        workflow.returnToEditor(user, ArticleId.of(id), request == null ? null : request.comment());
        return articles.details(user, ArticleId.of(id));
    }

    @PostMapping("/editor/articles/{id}/unpublish")
    @Operation(summary = "Takes a published article off the portal (editor-in-chief)")
    ArticleDetails unpublish(CurrentUser user, @PathVariable long id) {
        workflow.unpublish(user, ArticleId.of(id));
        return articles.details(user, ArticleId.of(id));
    }
}
