package vn.chibo.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.portal.ArticleStatus.Action;
import vn.chibo.portal.content.SubmissionChecks;
import vn.chibo.portal.rendering.PageCache;

/**
 * The editorial workflow of an article: an editor submits it once the checks pass (or are overridden with a reason);
 * the editor-in-chief of the site approves it (now or at a set time), returns it with comments, unpublishes or
 * archives it. Which move is allowed from which state, and with which permission, is {@link ArticleStatus.Action}'s
 * table; every move here goes through {@link #move} and is audited the same way.
 */
@Service
public class ArticleWorkflow {

    private static final String ENTITY = "Article";
    private static final Pattern ARTICLE_LINK = Pattern.compile("^/cong/([a-z0-9-]+)/bai-viet/([a-z0-9-]+)/?$");
    private static final Pattern SITE_LINK = Pattern.compile("^/cong/([a-z0-9-]+)(/chuyen-muc/([a-z0-9-]+))?/?$");

    private final JdbcClient jdbc;
    private final ArticleManagement articles;
    private final PortalManagement portal;
    private final AuditTrail audit;
    private final PageCache cache;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final RecordFacts recordFacts;

    ArticleWorkflow(
            JdbcClient jdbc,
            ArticleManagement articles,
            PortalManagement portal,
            AuditTrail audit,
            PageCache cache,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock,
            RecordFacts recordFacts) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.portal = portal;
        this.audit = audit;
        this.cache = cache;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.recordFacts = recordFacts;
    }

    /** What the checks find in the article as saved now. */
    @Transactional(readOnly = true)
    public List<CheckIssue> check(CurrentUser user, ArticleId id) {
        return check(user, articles.details(user, id));
    }

    /**
     * Sends the article to the editor-in-chief. Refused with the list of defects unless each is overridden with a
     * reason; the reasons are kept with the article.
     */
    @Transactional
    public void submit(CurrentUser user, ArticleId id, Map<CheckIssue.Code, String> overrides) {
        ArticleDetails article = allowed(user, id, Action.SUBMIT);
        Map<String, String> kept = new LinkedHashMap<>();
        List<CheckIssue> blocking = new ArrayList<>();
        for (CheckIssue issue : check(user, article)) {
            String reason = overrides == null ? null : overrides.get(issue.code());
            if (reason == null || reason.isBlank()) {
                blocking.add(issue);
            } else {
                kept.put(issue.code().name(), reason.strip());
            }
        }
        if (!blocking.isEmpty()) {
            throw new ChecksFailedException(blocking);
        }
        move(
                user,
                article,
                ArticleStatus.SUBMITTED,
                "check_overrides = CAST(:overrides AS jsonb), review_comment = NULL",
                Map.of("overrides", json.writeValueAsString(kept)),
                "portal.article.submit",
                Map.of("overrides", kept));
    }

    /** Publishes now, or at {@code publishAt} when that lies in the future. */
    @Transactional
    public void approve(CurrentUser user, ArticleId id, Instant publishAt) {
        ArticleDetails article = allowed(user, id, Action.APPROVE);
        Instant now = clock.instant();
        // Who approved it, whether it goes out now or at the set time (the scheduler then publishes it for her).
        jdbc.sql("UPDATE portal.article SET approved_by = :by, approved_by_name = :name, approved_at = :now"
                        + " WHERE id = :id")
                .param("by", user.username())
                .param("name", user.fullName())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("id", article.id().value())
                .update();
        if (publishAt != null && publishAt.isAfter(now)) {
            move(
                    user,
                    article,
                    ArticleStatus.SCHEDULED,
                    "publish_at = :at",
                    Map.of("at", OffsetDateTime.ofInstant(publishAt, ZoneOffset.UTC)),
                    "portal.article.schedule",
                    Map.of("publishAt", publishAt.toString()));
            return;
        }
        publish(user, article.id(), article.siteId(), article.status(), now);
    }

    @Transactional
    public void returnToEditor(CurrentUser user, ArticleId id, String comment) {
        // Who may not return the article learns nothing of it from a missing comment: the permission comes first.
        ArticleDetails article = allowed(user, id, Action.RETURN);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "portal.article.comment.required");
        }
        move(
                user,
                article,
                ArticleStatus.RETURNED,
                "review_comment = :comment, publish_at = NULL",
                Map.of("comment", comment.strip()),
                "portal.article.return",
                Map.of("comment", comment.strip()));
    }

    @Transactional
    public void unpublish(CurrentUser user, ArticleId id) {
        withdraw(user, allowed(user, id, Action.UNPUBLISH), ArticleStatus.UNPUBLISHED, "portal.article.unpublish");
    }

    @Transactional
    public void archive(CurrentUser user, ArticleId id) {
        withdraw(user, allowed(user, id, Action.ARCHIVE), ArticleStatus.ARCHIVED, "portal.article.archive");
    }

    /** Publishes the scheduled articles whose time has come; runs every half minute on every node (idempotent). */
    @Scheduled(fixedDelayString = "${chibo.portal.schedule-check:PT30S}", initialDelayString = "PT10S")
    @Transactional
    public void publishDue() {
        Instant now = clock.instant();
        List<Map<String, Object>> due = jdbc.sql("SELECT id, site_id FROM portal.article WHERE status = 'SCHEDULED'"
                        + " AND publish_at <= :now FOR UPDATE SKIP LOCKED")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query()
                .listOfRows();
        for (Map<String, Object> row : due) {
            publish(
                    CurrentUser.system(),
                    ArticleId.of(((Number) row.get("id")).longValue()),
                    SiteId.of(((Number) row.get("site_id")).longValue()),
                    ArticleStatus.SCHEDULED,
                    now);
        }
    }

    /** Whether a link to this site's own pages leads to something a reader can open. */
    boolean internalLinkExists(String href) {
        String path = href.split("[?#]", 2)[0];
        Matcher m = ARTICLE_LINK.matcher(path);
        if (m.matches()) {
            return jdbc.sql("SELECT count(*) FROM portal.article a JOIN portal.site s ON s.id = a.site_id"
                                    + " WHERE s.slug = :site AND a.slug = :slug AND a.status = 'PUBLISHED'")
                            .param("site", m.group(1))
                            .param("slug", m.group(2))
                            .query(Long.class)
                            .single()
                    > 0;
        }
        m = ArticleContent.MEDIA_LINK.matcher(path);
        if (m.matches()) {
            return jdbc.sql("SELECT count(*) FROM portal.media WHERE id = :id")
                            .param("id", Long.parseLong(m.group(1)))
                            .query(Long.class)
                            .single()
                    > 0;
        }
        m = SITE_LINK.matcher(path);
        if (m.matches()) {
            return jdbc.sql(
                                    "SELECT count(*) FROM portal.site s WHERE s.slug = :site AND (CAST(:category AS text) IS NULL"
                                            + " OR EXISTS (SELECT 1 FROM portal.category c WHERE c.site_id = s.id"
                                            + " AND c.slug = :category))")
                            .param("site", m.group(1))
                            .param("category", m.group(3))
                            .query(Long.class)
                            .single()
                    > 0;
        }
        return path.equals("/cong/don-vi") || path.equals("/sitemap.xml");
    }

    // ---- internals --------------------------------------------------------------------------------------------

    /** The article, locked, once the user holds the move's permission on its site and the move is allowed now. */
    private ArticleDetails allowed(CurrentUser user, ArticleId id, Action action) {
        ArticleDetails article = articles.lockForChange(user, id);
        portal.require(user, article.siteId(), action.permission());
        if (!action.allowedFrom(article.status())) {
            throw new InvalidInputException(
                    "status", "portal.article.transition", article.status().name(), action.name());
        }
        return article;
    }

    /** Moves the article to its new state, setting {@code assignments} too, and audits the move. */
    private void move(
            CurrentUser user,
            ArticleDetails article,
            ArticleStatus to,
            String assignments,
            Map<String, Object> params,
            String auditAction,
            Map<String, Object> audited) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("status", to.name());
        all.put("id", article.id().value());
        jdbc.sql("UPDATE portal.article SET status = :status, " + assignments
                        + ", updated_at = now(), version = version + 1 WHERE id = :id")
                .params(all)
                .update();
        audit.record(user, auditAction, ENTITY, article.id(), Map.of("status", article.status()), audited);
    }

    /** Takes the article off the public pages. */
    private void withdraw(CurrentUser user, ArticleDetails article, ArticleStatus to, String auditAction) {
        move(user, article, to, "publish_at = NULL", Map.of(), auditAction, Map.of("status", to.name()));
        cache.changed(article.siteId());
        events.publishEvent(new PublicContentChanged(article.siteId()));
    }

    private void publish(CurrentUser user, ArticleId id, SiteId site, ArticleStatus from, Instant now) {
        jdbc.sql("UPDATE portal.article SET status = 'PUBLISHED', published_at = coalesce(published_at, :now),"
                        + " publish_at = NULL, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("id", id.value())
                .update();
        audit.record(user, "portal.article.publish", ENTITY, id, Map.of("status", from), Map.of("status", "PUBLISHED"));
        cache.changed(site);
        events.publishEvent(new ArticlePublished(id, site));
        events.publishEvent(new PublicContentChanged(site));
    }

    private List<CheckIssue> check(CurrentUser user, ArticleDetails article) {
        SubmissionChecks.Draft draft = new SubmissionChecks.Draft(
                article.title(), article.lead(), article.body(), article.cover() != null, article.coverAlt());
        List<CheckIssue> issues = new ArrayList<>(SubmissionChecks.run(draft, this::internalLinkExists));
        articles.source(user, article.id())
                .flatMap(source ->
                        SubmissionChecks.againstRecord(source.kind().name(), draft, recordFacts.current(user, source)))
                .ifPresent(issues::add);
        return issues;
    }
}
