package vn.chibo.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;
import vn.chibo.portal.reading.ArticleRows;
import vn.chibo.portal.rendering.PageCache;

/**
 * Articles as editors write them: drafts created and saved (every save keeps a revision, and an earlier revision can
 * be brought back), and the lists editors work from. Editors only ever reach the articles of sites under their grants.
 * The moves between states are {@link ArticleWorkflow}'s.
 */
@Service
public class ArticleManagement {

    private static final String ENTITY = "Article";

    private final JdbcClient jdbc;
    private final PortalManagement portal;
    private final ArticleContent content;
    private final AuditTrail audit;
    private final PageCache cache;
    private final JsonMapper json;

    ArticleManagement(
            JdbcClient jdbc,
            PortalManagement portal,
            ArticleContent content,
            AuditTrail audit,
            PageCache cache,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.portal = portal;
        this.content = content;
        this.audit = audit;
        this.cache = cache;
        this.json = json;
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

    // ---- writing ----------------------------------------------------------------------------------------------

    /**
     * Creates a draft from the news draft of a record (a closed meeting or congress), remembering the record and the
     * facts the news draft stated: the checks before submission compare the article with them.
     */
    @Transactional
    public ArticleId create(CurrentUser user, ArticleDraft draft, ArticleSource source) {
        ArticleId id = create(user, draft);
        jdbc.sql("INSERT INTO portal.article_source (article_id, kind, record_id, facts)"
                        + " VALUES (:id, :kind, :record, CAST(:facts AS jsonb))")
                .param("id", id.value())
                .param("kind", source.kind().name())
                .param("record", source.recordId())
                .param("facts", json.writeValueAsString(source.facts()))
                .update();
        audit.record(
                user,
                "portal.article.source",
                ENTITY,
                id.value(),
                null,
                Map.of("kind", source.kind().name(), "recordId", source.recordId()));
        return id;
    }

    /** The record the article was drafted from, if it was; for those who may see the article. */
    @Transactional(readOnly = true)
    public java.util.Optional<ArticleSource> source(CurrentUser user, ArticleId id) {
        details(user, id);
        return jdbc.sql(
                        "SELECT kind, record_id, facts::text AS facts FROM portal.article_source WHERE article_id = :id")
                .param("id", id.value())
                .query((rs, n) -> new ArticleSource(
                        ArticleSource.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("record_id"),
                        List.of(json.readValue(rs.getString("facts"), vn.chibo.platform.NewsDraft.Fact[].class))))
                .optional();
    }

    @Transactional
    public ArticleId create(CurrentUser user, ArticleDraft draft) {
        if (draft.siteId() == null) {
            throw new InvalidInputException("siteId", "portal.article.site.required");
        }
        portal.require(user, draft.siteId(), Permission.PORTAL_EDIT);
        ArticleContent.Clean clean = content.clean(draft);
        String slug = content.uniqueSlug(draft.siteId(), clean.slug(), null);
        long id = jdbc.sql(
                        """
                        INSERT INTO portal.article (site_id, slug, title, lead, body, body_text, byline, cover_media_id,
                            cover_alt, featured, created_by, created_by_name)
                        VALUES (:site, :slug, :title, :lead, :body, :text, :byline, :cover, :coverAlt, :featured, :by,
                            :byName)
                        RETURNING id
                        """)
                .params(clean.params())
                .param("site", draft.siteId().value())
                .param("slug", slug)
                .param("by", user.username())
                .param("byName", user.fullName())
                .query(Long.class)
                .single();
        ArticleId articleId = ArticleId.of(id);
        content.saveRelations(articleId, draft.siteId(), clean);
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
        ArticleContent.Clean clean = content.clean(draft);
        String slug = content.uniqueSlug(before.siteId(), clean.slug(), id);
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
        content.saveRelations(id, before.siteId(), clean);
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

    // ---- internals --------------------------------------------------------------------------------------------

    /** The article, locked until the transaction ends, once the user may see it. */
    ArticleDetails lockForChange(CurrentUser user, ArticleId id) {
        jdbc.sql("SELECT id FROM portal.article WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        return details(user, id);
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
                               created_by, updated_at, approved_by_name, approved_at
                        FROM portal.article WHERE id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> {
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
                            ArticleRows.categories(jdbc, id),
                            ArticleRows.tags(jdbc, id),
                            ArticleRows.cover(rs),
                            rs.getString("cover_alt"),
                            rs.getBoolean("featured"),
                            ArticleStatus.valueOf(rs.getString("status")),
                            ArticleRows.instant(rs, "publish_at"),
                            ArticleRows.instant(rs, "published_at"),
                            rs.getString("review_comment"),
                            overrides,
                            rs.getInt("version"),
                            rs.getString("created_by"),
                            ArticleRows.instant(rs, "updated_at"),
                            rs.getString("approved_by_name"),
                            ArticleRows.instant(rs, "approved_at"));
                })
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    static final String SUMMARY_COLUMNS = "a.id, a.site_id, a.slug, a.title, a.lead, a.byline, a.status,"
            + " a.cover_media_id, a.cover_alt, a.published_at, a.updated_at,"
            + " coalesce(a.created_by_name, a.created_by) AS created_by_display, a.approved_by_name, a.approved_at";

    static ArticleSummary summary(ResultSet rs, int n) throws SQLException {
        return new ArticleSummary(
                ArticleId.of(rs.getLong("id")),
                SiteId.of(rs.getLong("site_id")),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("lead"),
                rs.getString("byline"),
                ArticleStatus.valueOf(rs.getString("status")),
                ArticleRows.cover(rs),
                rs.getString("cover_alt"),
                ArticleRows.instant(rs, "published_at"),
                ArticleRows.instant(rs, "updated_at"),
                rs.getString("created_by_display"),
                rs.getString("approved_by_name"),
                ArticleRows.instant(rs, "approved_at"));
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
                ArticleRows.instant(rs, "saved_at"));
    }
}
