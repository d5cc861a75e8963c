package vn.chibo.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
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
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;
import vn.chibo.platform.StorableText;
import vn.chibo.portal.ArticleStatus.Action;
import vn.chibo.portal.content.ArticleHtml;
import vn.chibo.portal.content.SubmissionChecks;
import vn.chibo.portal.rendering.PageCache;

/**
 * Articles and their editorial workflow: editors write drafts and submit them once the checks pass (or are overridden
 * with a reason); the editor-in-chief of the site approves (now or at a set time), returns with comments, unpublishes
 * or archives. Every save keeps a revision. Editors only ever reach the articles of sites under their grants.
 */
@Service
public class ArticleManagement {

    private static final String ENTITY = "Article";
    private static final Pattern ARTICLE_LINK = Pattern.compile("^/cong/([a-z0-9-]+)/bai-viet/([a-z0-9-]+)/?$");
    private static final Pattern SITE_LINK = Pattern.compile("^/cong/([a-z0-9-]+)(/chuyen-muc/([a-z0-9-]+))?/?$");
    private static final Pattern MEDIA_LINK = Pattern.compile("^/cong/media/(\\d+)(/\\d+)?$");

    private final JdbcClient jdbc;
    private final PortalManagement portal;
    private final AuditTrail audit;
    private final PageCache cache;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ArticleManagement(
            JdbcClient jdbc,
            PortalManagement portal,
            AuditTrail audit,
            PageCache cache,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.portal = portal;
        this.audit = audit;
        this.cache = cache;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    // ---- reading (editors) ------------------------------------------------------------------------------------

    /** The articles of a site, newest change first, optionally in one state. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> list(CurrentUser user, SiteId site, ArticleStatus status) {
        portal.require(user, site, Permission.PORTAL_EDIT);
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM portal.article a WHERE a.site_id = :site"
                        + " AND (CAST(:status AS text) IS NULL OR a.status = :status)"
                        + " ORDER BY a.updated_at DESC, a.id DESC LIMIT 500")
                .param("site", site.value())
                .param("status", status == null ? null : status.name())
                .query(ArticleManagement::summary)
                .list();
    }

    /** Articles waiting for the user's decision, on every site she may publish on. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> awaitingDecision(CurrentUser user) {
        List<ArticleSummary> result = new ArrayList<>();
        for (SiteDetails site : portal.editableSites(user)) {
            if (!portal.allows(user, site.id(), Permission.PORTAL_PUBLISH)) {
                continue;
            }
            result.addAll(jdbc.sql("SELECT " + SUMMARY_COLUMNS
                            + " FROM portal.article a WHERE a.site_id = :site AND a.status = 'SUBMITTED'"
                            + " ORDER BY a.updated_at")
                    .param("site", site.id().value())
                    .query(ArticleManagement::summary)
                    .list());
        }
        return result;
    }

    @Transactional(readOnly = true)
    public ArticleDetails details(CurrentUser user, ArticleId id) {
        ArticleDetails article = load(id);
        portal.require(user, article.siteId(), Permission.PORTAL_EDIT);
        return article;
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(CurrentUser user, ArticleId id) {
        details(user, id);
        return jdbc.sql("SELECT number, title, lead, body, byline, status, note, saved_by, saved_at"
                        + " FROM portal.article_revision WHERE article_id = :id ORDER BY number DESC")
                .param("id", id.value())
                .query(ArticleManagement::revision)
                .list();
    }

    @Transactional(readOnly = true)
    public Revision revision(CurrentUser user, ArticleId id, int number) {
        details(user, id);
        return jdbc.sql("SELECT number, title, lead, body, byline, status, note, saved_by, saved_at"
                        + " FROM portal.article_revision WHERE article_id = :id AND number = :number")
                .param("id", id.value())
                .param("number", number)
                .query(ArticleManagement::revision)
                .optional()
                .orElseThrow(() -> new NotFoundException("Revision", id + "/" + number));
    }

    /** What the checks find in the article as saved now. */
    @Transactional(readOnly = true)
    public List<CheckIssue> check(CurrentUser user, ArticleId id) {
        return check(details(user, id));
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    @Transactional
    public ArticleId create(CurrentUser user, ArticleDraft draft) {
        if (draft.siteId() == null) {
            throw new InvalidInputException("siteId", "portal.article.site.required");
        }
        portal.require(user, draft.siteId(), Permission.PORTAL_EDIT);
        Clean clean = clean(draft);
        String slug = uniqueSlug(draft.siteId(), clean.slug(), null);
        long id = jdbc.sql(
                        """
                        INSERT INTO portal.article (site_id, slug, title, lead, body, body_text, byline, cover_media_id,
                            cover_alt, featured, created_by)
                        VALUES (:site, :slug, :title, :lead, :body, :text, :byline, :cover, :coverAlt, :featured, :by)
                        RETURNING id
                        """)
                .params(clean.params())
                .param("site", draft.siteId().value())
                .param("slug", slug)
                .param("by", user.username())
                .query(Long.class)
                .single();
        ArticleId articleId = ArticleId.of(id);
        saveRelations(articleId, draft.siteId(), clean);
        saveRevision(user, articleId, ArticleStatus.DRAFT, null);
        audit.record(user, "portal.article.create", ENTITY, id, null, Map.of("title", clean.title(), "slug", slug));
        return articleId;
    }

    /** Saves a new text; {@code expectedVersion} guards against overwriting someone else's save. */
    @Transactional
    public void update(CurrentUser user, ArticleId id, ArticleDraft draft, int expectedVersion) {
        ArticleDetails before = lockForChange(user, id);
        Permission needed = before.status().editPermission();
        if (needed == null) {
            throw new InvalidInputException("status", "portal.article.archived");
        }
        portal.require(user, before.siteId(), needed);
        if (before.version() != expectedVersion) {
            throw new InvalidInputException("version", "portal.article.stale");
        }
        Clean clean = clean(draft);
        String slug = uniqueSlug(before.siteId(), clean.slug(), id);
        jdbc.sql(
                        """
                        UPDATE portal.article SET slug = :slug, title = :title, lead = :lead, body = :body,
                            body_text = :text, byline = :byline, cover_media_id = :cover, cover_alt = :coverAlt,
                            featured = :featured, updated_at = now(), version = version + 1
                        WHERE id = :id
                        """)
                .params(clean.params())
                .param("slug", slug)
                .param("id", id.value())
                .update();
        saveRelations(id, before.siteId(), clean);
        saveRevision(user, id, before.status(), null);
        audit.record(
                user,
                "portal.article.update",
                ENTITY,
                id,
                Map.of("title", before.title()),
                Map.of("title", clean.title()));
        if (before.status() == ArticleStatus.PUBLISHED) {
            cache.changed(before.siteId());
        }
    }

    /** Brings back the text of an earlier revision as a new revision. */
    @Transactional
    public void restore(CurrentUser user, ArticleId id, int number) {
        ArticleDetails current = details(user, id);
        Revision old = revision(user, id, number);
        update(
                user,
                id,
                new ArticleDraft(
                        current.siteId(),
                        old.title(),
                        current.slug(),
                        old.lead(),
                        old.body(),
                        old.byline(),
                        current.categories().stream().map(CategoryDetails::id).toList(),
                        current.tags().stream().map(ArticleDetails.Tag::name).toList(),
                        current.cover(),
                        current.coverAlt(),
                        current.featured()),
                current.version());
        jdbc.sql("UPDATE portal.article_revision SET note = :note WHERE article_id = :id AND number ="
                        + " (SELECT max(number) FROM portal.article_revision WHERE article_id = :id)")
                .param("note", "restore:" + number)
                .param("id", id.value())
                .update();
    }

    /**
     * Sends the article to the editor-in-chief. Refused with the list of defects unless each is overridden with a
     * reason; the reasons are kept with the article.
     */
    @Transactional
    public void submit(CurrentUser user, ArticleId id, Map<CheckIssue.Code, String> overrides) {
        ArticleDetails article = transition(user, id, Action.SUBMIT);
        Map<String, String> kept = new LinkedHashMap<>();
        List<CheckIssue> blocking = new ArrayList<>();
        for (CheckIssue issue : check(article)) {
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
        jdbc.sql("UPDATE portal.article SET status = 'SUBMITTED', check_overrides = CAST(:overrides AS jsonb),"
                        + " review_comment = NULL, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("overrides", json.writeValueAsString(kept))
                .param("id", id.value())
                .update();
        audit.record(
                user,
                "portal.article.submit",
                ENTITY,
                id,
                Map.of("status", article.status()),
                Map.of("overrides", kept));
    }

    /** Publishes now, or at {@code publishAt} when that lies in the future. */
    @Transactional
    public void approve(CurrentUser user, ArticleId id, Instant publishAt) {
        ArticleDetails article = transition(user, id, Action.APPROVE);
        Instant now = clock.instant();
        if (publishAt != null && publishAt.isAfter(now)) {
            jdbc.sql("UPDATE portal.article SET status = 'SCHEDULED', publish_at = :at, updated_at = now(),"
                            + " version = version + 1 WHERE id = :id")
                    .param("at", OffsetDateTime.ofInstant(publishAt, ZoneOffset.UTC))
                    .param("id", id.value())
                    .update();
            audit.record(
                    user,
                    "portal.article.schedule",
                    ENTITY,
                    id,
                    Map.of("status", article.status()),
                    Map.of("publishAt", publishAt.toString()));
            return;
        }
        publish(id, article.siteId(), now);
        audit.record(
                user,
                "portal.article.publish",
                ENTITY,
                id,
                Map.of("status", article.status()),
                Map.of("status", "PUBLISHED"));
    }

    @Transactional
    public void returnToEditor(CurrentUser user, ArticleId id, String comment) {
        // Who may not return the article learns nothing of it from a missing comment: the permission comes first.
        ArticleDetails article = transition(user, id, Action.RETURN);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "portal.article.comment.required");
        }
        jdbc.sql("UPDATE portal.article SET status = 'RETURNED', review_comment = :comment, publish_at = NULL,"
                        + " updated_at = now(), version = version + 1 WHERE id = :id")
                .param("comment", comment.strip())
                .param("id", id.value())
                .update();
        audit.record(
                user,
                "portal.article.return",
                ENTITY,
                id,
                Map.of("status", article.status()),
                Map.of("comment", comment.strip()));
    }

    @Transactional
    public void unpublish(CurrentUser user, ArticleId id) {
        ArticleDetails article = transition(user, id, Action.UNPUBLISH);
        setStatus(id, ArticleStatus.UNPUBLISHED);
        audit.record(
                user,
                "portal.article.unpublish",
                ENTITY,
                id,
                Map.of("status", article.status()),
                Map.of("status", "UNPUBLISHED"));
        cache.changed(article.siteId());
        events.publishEvent(new PublicContentChanged(article.siteId()));
    }

    @Transactional
    public void archive(CurrentUser user, ArticleId id) {
        ArticleDetails article = transition(user, id, Action.ARCHIVE);
        setStatus(id, ArticleStatus.ARCHIVED);
        audit.record(
                user,
                "portal.article.archive",
                ENTITY,
                id,
                Map.of("status", article.status()),
                Map.of("status", "ARCHIVED"));
        cache.changed(article.siteId());
        events.publishEvent(new PublicContentChanged(article.siteId()));
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
            ArticleId id = ArticleId.of(((Number) row.get("id")).longValue());
            publish(id, SiteId.of(((Number) row.get("site_id")).longValue()), now);
            audit.record(
                    CurrentUser.system(),
                    "portal.article.publish",
                    ENTITY,
                    id,
                    Map.of("status", "SCHEDULED"),
                    Map.of("status", "PUBLISHED"));
        }
    }

    // ---- internals --------------------------------------------------------------------------------------------

    private void publish(ArticleId id, SiteId site, Instant now) {
        jdbc.sql("UPDATE portal.article SET status = 'PUBLISHED', published_at = coalesce(published_at, :now),"
                        + " publish_at = NULL, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("id", id.value())
                .update();
        cache.changed(site);
        events.publishEvent(new ArticlePublished(id, site));
        events.publishEvent(new PublicContentChanged(site));
    }

    private void setStatus(ArticleId id, ArticleStatus status) {
        jdbc.sql("UPDATE portal.article SET status = :status, publish_at = NULL, updated_at = now(),"
                        + " version = version + 1 WHERE id = :id")
                .param("status", status.name())
                .param("id", id.value())
                .update();
    }

    private ArticleDetails transition(CurrentUser user, ArticleId id, Action action) {
        ArticleDetails article = lockForChange(user, id);
        portal.require(user, article.siteId(), action.permission());
        if (!action.allowedFrom(article.status())) {
            throw new InvalidInputException(
                    "status", "portal.article.transition", article.status().name(), action.name());
        }
        return article;
    }

    private ArticleDetails lockForChange(CurrentUser user, ArticleId id) {
        jdbc.sql("SELECT id FROM portal.article WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        return details(user, id);
    }

    private List<CheckIssue> check(ArticleDetails article) {
        return SubmissionChecks.run(
                new SubmissionChecks.Draft(
                        article.title(), article.lead(), article.body(), article.cover() != null, article.coverAlt()),
                this::internalLinkExists);
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
        m = MEDIA_LINK.matcher(path);
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

    private record Clean(
            String title,
            String slug,
            String lead,
            String body,
            String text,
            String byline,
            MediaId cover,
            String coverAlt,
            boolean featured,
            List<CategoryId> categories,
            List<ArticleDetails.Tag> tags) {

        Map<String, Object> params() {
            Map<String, Object> map = new HashMap<>();
            map.put("title", title);
            map.put("lead", lead);
            map.put("body", body);
            map.put("text", text);
            map.put("byline", byline);
            map.put("cover", cover == null ? null : cover.value());
            map.put("coverAlt", coverAlt);
            map.put("featured", featured);
            return map;
        }
    }

    private Clean clean(ArticleDraft draft) {
        StorableText.require("title", draft.title());
        StorableText.require("slug", draft.slug());
        StorableText.require("lead", draft.lead());
        StorableText.require("body", draft.body());
        StorableText.require("byline", draft.byline());
        StorableText.require("coverAlt", draft.coverAlt());
        for (String tag : draft.tags()) {
            StorableText.require("tags", tag);
        }
        String title = normalize(draft.title());
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "portal.article.title.required");
        }
        if (title.length() > 300) {
            throw new InvalidInputException("title", "portal.article.title.tooLong");
        }
        String slug = draft.slug() == null || draft.slug().isBlank()
                ? Slug.of(title)
                : draft.slug().strip();
        if (!Slug.isValid(slug)) {
            throw new InvalidInputException("slug", "portal.article.slug.invalid");
        }
        String lead = normalize(draft.lead());
        if (lead.length() > 1000) {
            throw new InvalidInputException("lead", "portal.article.lead.tooLong");
        }
        String raw = draft.body() == null ? "" : draft.body();
        if (raw.length() > 500_000) {
            throw new InvalidInputException("body", "portal.article.body.tooLong");
        }
        String body = ArticleHtml.sanitize(java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC));
        String byline = normalize(draft.byline());
        if (byline.length() > 200) {
            throw new InvalidInputException("byline", "portal.article.byline.tooLong");
        }
        if (draft.cover() != null) {
            boolean exists = jdbc.sql("SELECT count(*) FROM portal.media WHERE id = :id AND site_id = :site"
                                    + " AND width IS NOT NULL")
                            .param("id", draft.cover().value())
                            .param(
                                    "site",
                                    draft.siteId() == null ? -1 : draft.siteId().value())
                            .query(Long.class)
                            .single()
                    > 0;
            if (!exists) {
                throw new InvalidInputException("cover", "portal.article.cover.invalid");
            }
        }
        List<ArticleDetails.Tag> tags = new ArrayList<>();
        for (String tag : draft.tags()) {
            String name = normalize(tag);
            String tagSlug = Slug.of(name);
            if (!tagSlug.isEmpty() && tags.stream().noneMatch(t -> t.slug().equals(tagSlug))) {
                if (name.length() > 60) {
                    throw new InvalidInputException("tags", "portal.article.tag.tooLong");
                }
                tags.add(new ArticleDetails.Tag(tagSlug, name));
            }
        }
        return new Clean(
                title,
                slug,
                lead,
                body,
                ArticleHtml.text(body),
                byline,
                draft.cover(),
                draft.cover() == null ? null : PortalManagement.blankToNull(draft.coverAlt()),
                draft.featured(),
                draft.categories(),
                tags);
    }

    private static String normalize(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC);
    }

    private String uniqueSlug(SiteId site, String slug, ArticleId self) {
        String candidate = slug;
        for (int i = 2; ; i++) {
            boolean taken = jdbc.sql("SELECT count(*) FROM portal.article WHERE site_id = :site AND slug = :slug"
                                    + " AND id <> :self")
                            .param("site", site.value())
                            .param("slug", candidate)
                            .param("self", self == null ? -1 : self.value())
                            .query(Long.class)
                            .single()
                    > 0;
            if (!taken) {
                return candidate;
            }
            candidate = slug + "-" + i;
        }
    }

    private void saveRelations(ArticleId id, SiteId site, Clean clean) {
        jdbc.sql("DELETE FROM portal.article_category WHERE article_id = :id")
                .param("id", id.value())
                .update();
        for (CategoryId category : clean.categories()) {
            int inserted = jdbc.sql("INSERT INTO portal.article_category (article_id, category_id)"
                            + " SELECT :id, c.id FROM portal.category c WHERE c.id = :category AND c.site_id = :site"
                            + " ON CONFLICT DO NOTHING")
                    .param("id", id.value())
                    .param("category", category.value())
                    .param("site", site.value())
                    .update();
            if (inserted == 0
                    && jdbc.sql("SELECT count(*) FROM portal.category WHERE id = :c AND site_id = :site")
                                    .param("c", category.value())
                                    .param("site", site.value())
                                    .query(Long.class)
                                    .single()
                            == 0) {
                throw new InvalidInputException("categories", "portal.article.category.invalid");
            }
        }
        jdbc.sql("DELETE FROM portal.article_media WHERE article_id = :id")
                .param("id", id.value())
                .update();
        java.util.Set<Long> media = new java.util.LinkedHashSet<>();
        if (clean.cover() != null) {
            media.add(clean.cover().value());
        }
        for (ArticleHtml.Image image : ArticleHtml.outline(clean.body()).images()) {
            Matcher m = MEDIA_LINK.matcher(image.src() == null ? "" : image.src());
            if (m.matches()) {
                media.add(Long.parseLong(m.group(1)));
            }
        }
        for (Long mediaId : media) {
            // Only files of the article's own site; another site's id in a body is simply not linked.
            jdbc.sql("INSERT INTO portal.article_media (article_id, media_id) SELECT :id, m.id FROM portal.media m"
                            + " WHERE m.id = :media AND m.site_id = :site ON CONFLICT DO NOTHING")
                    .param("id", id.value())
                    .param("media", mediaId)
                    .param("site", site.value())
                    .update();
        }
        jdbc.sql("DELETE FROM portal.article_tag WHERE article_id = :id")
                .param("id", id.value())
                .update();
        for (ArticleDetails.Tag tag : clean.tags()) {
            jdbc.sql("INSERT INTO portal.article_tag (article_id, slug, name) VALUES (:id, :slug, :name)")
                    .param("id", id.value())
                    .param("slug", tag.slug())
                    .param("name", tag.name())
                    .update();
        }
    }

    private void saveRevision(CurrentUser user, ArticleId id, ArticleStatus status, String note) {
        jdbc.sql(
                        """
                        INSERT INTO portal.article_revision (article_id, number, title, lead, body, byline, status, note,
                            saved_by)
                        SELECT a.id, coalesce((SELECT max(number) FROM portal.article_revision r
                                              WHERE r.article_id = a.id), 0) + 1,
                               a.title, a.lead, a.body, a.byline, :status, :note, :by
                        FROM portal.article a WHERE a.id = :id
                        """)
                .param("id", id.value())
                .param("status", status.name())
                .param("note", note)
                .param("by", user.username())
                .update();
    }

    private ArticleDetails load(ArticleId id) {
        return jdbc.sql(
                        """
                        SELECT id, site_id, slug, title, lead, body, byline, cover_media_id, cover_alt, featured, status,
                               publish_at, published_at, review_comment, check_overrides::text AS overrides, version,
                               created_by, updated_at
                        FROM portal.article WHERE id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> {
                    long cover = rs.getLong("cover_media_id");
                    boolean noCover = rs.wasNull();
                    @SuppressWarnings("unchecked")
                    Map<String, String> overrides = json.readValue(rs.getString("overrides"), Map.class);
                    return new ArticleDetails(
                            ArticleId.of(rs.getLong("id")),
                            SiteId.of(rs.getLong("site_id")),
                            rs.getString("slug"),
                            rs.getString("title"),
                            rs.getString("lead"),
                            rs.getString("body"),
                            rs.getString("byline"),
                            categoriesOf(rs.getLong("id")),
                            tagsOf(rs.getLong("id")),
                            noCover ? null : MediaId.of(cover),
                            rs.getString("cover_alt"),
                            rs.getBoolean("featured"),
                            ArticleStatus.valueOf(rs.getString("status")),
                            instant(rs, "publish_at"),
                            instant(rs, "published_at"),
                            rs.getString("review_comment"),
                            overrides,
                            rs.getInt("version"),
                            rs.getString("created_by"),
                            instant(rs, "updated_at"));
                })
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private List<CategoryDetails> categoriesOf(long article) {
        return jdbc.sql("SELECT c.id, c.site_id, c.slug, c.name, c.position FROM portal.category c"
                        + " JOIN portal.article_category ac ON ac.category_id = c.id WHERE ac.article_id = :id"
                        + " ORDER BY c.position")
                .param("id", article)
                .query(PortalManagement::category)
                .list();
    }

    private List<ArticleDetails.Tag> tagsOf(long article) {
        return jdbc.sql("SELECT slug, name FROM portal.article_tag WHERE article_id = :id ORDER BY name")
                .param("id", article)
                .query((rs, n) -> new ArticleDetails.Tag(rs.getString("slug"), rs.getString("name")))
                .list();
    }

    static final String SUMMARY_COLUMNS = "a.id, a.site_id, a.slug, a.title, a.lead, a.byline, a.status,"
            + " a.cover_media_id, a.cover_alt, a.published_at, a.updated_at";

    static ArticleSummary summary(ResultSet rs, int n) throws SQLException {
        long cover = rs.getLong("cover_media_id");
        boolean noCover = rs.wasNull();
        return new ArticleSummary(
                ArticleId.of(rs.getLong("id")),
                SiteId.of(rs.getLong("site_id")),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("lead"),
                rs.getString("byline"),
                ArticleStatus.valueOf(rs.getString("status")),
                noCover ? null : MediaId.of(cover),
                rs.getString("cover_alt"),
                instant(rs, "published_at"),
                instant(rs, "updated_at"));
    }

    private static Revision revision(ResultSet rs, int n) throws SQLException {
        return new Revision(
                rs.getInt("number"),
                rs.getString("title"),
                rs.getString("lead"),
                rs.getString("body"),
                rs.getString("byline"),
                ArticleStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                rs.getString("saved_by"),
                instant(rs, "saved_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @SuppressWarnings("unused")
    private static Map<CheckIssue.Code, String> noOverrides() {
        return new EnumMap<>(CheckIssue.Code.class);
    }
}
