package vn.chibo.portal.reading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.portal.ArticleDetails;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.CategoryDetails;
import vn.chibo.portal.MediaId;
import vn.chibo.portal.SiteId;

/**
 * What the public may read. Every query here is limited to published articles: a draft, a submitted, scheduled,
 * returned, unpublished or archived article does not exist for readers, whatever its address.
 */
@Service
public class PublicArticles {

    /** The one condition that makes an article public; every query below uses it. */
    static final String PUBLIC = "a.status = 'PUBLISHED'";

    private static final String COLUMNS = "a.id, a.site_id, s.slug AS site_slug, s.name AS site_name, a.slug, a.title,"
            + " a.lead, a.byline, a.cover_media_id, a.cover_alt, a.published_at, a.updated_at";
    private static final String FROM = " FROM portal.article a JOIN portal.site s ON s.id = a.site_id WHERE " + PUBLIC;
    private static final String NEWEST = " ORDER BY a.published_at DESC, a.id DESC";
    private static final String IN_CATEGORY =
            " AND EXISTS (SELECT 1 FROM portal.article_category ac WHERE ac.article_id = a.id"
                    + " AND ac.category_id = :category)";

    private final JdbcClient jdbc;

    PublicArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line of a public list. */
    public record Teaser(
            ArticleId id,
            SiteId siteId,
            String siteSlug,
            String siteName,
            String slug,
            String title,
            String lead,
            String byline,
            MediaId cover,
            String coverAlt,
            Instant publishedAt,
            Instant updatedAt) {}

    /** A published article with its text. */
    public record PublicArticle(
            Teaser teaser, String body, List<CategoryDetails> categories, List<ArticleDetails.Tag> tags) {}

    /** One page of a list. */
    public record Page(List<Teaser> items, int page, int pages, long total) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    @Transactional(readOnly = true)
    public List<Teaser> featured(SiteId site, int limit) {
        return teasers(
                " AND a.site_id = :site AND a.featured" + NEWEST + " LIMIT :limit",
                Map.of("site", site.value(), "limit", limit));
    }

    @Transactional(readOnly = true)
    public List<Teaser> latest(SiteId site, int limit) {
        return teasers(
                " AND a.site_id = :site" + NEWEST + " LIMIT :limit", Map.of("site", site.value(), "limit", limit));
    }

    /** The newest articles of the component portals, for the main portal's home page. */
    @Transactional(readOnly = true)
    public List<Teaser> latestOfComponents(int limit) {
        return teasers(" AND NOT s.main" + NEWEST + " LIMIT :limit", Map.of("limit", limit));
    }

    @Transactional(readOnly = true)
    public List<Teaser> latestInCategory(long category, int limit) {
        return teasers(IN_CATEGORY + NEWEST + " LIMIT :limit", Map.of("category", category, "limit", limit));
    }

    @Transactional(readOnly = true)
    public Page category(long category, int page, int size) {
        return page(IN_CATEGORY, NEWEST, Map.of("category", category), page, size);
    }

    @Transactional(readOnly = true)
    public Page tag(SiteId site, String tag, int page, int size) {
        String where = " AND a.site_id = :site AND EXISTS (SELECT 1 FROM portal.article_tag t"
                + " WHERE t.article_id = a.id AND t.slug = :tag)";
        return page(where, NEWEST, Map.of("site", site.value(), "tag", tag), page, size);
    }

    @Transactional(readOnly = true)
    public Optional<String> tagName(SiteId site, String tag) {
        return jdbc.sql("SELECT t.name FROM portal.article_tag t JOIN portal.article a ON a.id = t.article_id"
                        + " WHERE a.site_id = :site AND t.slug = :tag AND " + PUBLIC + " LIMIT 1")
                .param("site", site.value())
                .param("tag", tag)
                .query(String.class)
                .optional();
    }

    /**
     * Articles matching every word of the query, ignoring case and diacritics, ranked by relevance and then by how
     * recent they are (relevance halves for every year of age). {@code site} null searches all sites.
     */
    @Transactional(readOnly = true)
    public Page search(SiteId site, String query, int page, int size) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Page(List.of(), 1, 0, 0);
        }
        String where = " AND a.search @@ plainto_tsquery('simple', platform.fold(:q))"
                + " AND (CAST(:site AS bigint) IS NULL OR a.site_id = :site)";
        String order = " ORDER BY ts_rank(a.search, plainto_tsquery('simple', platform.fold(:q)))"
                + " * power(0.5, extract(epoch FROM now() - a.published_at) / 31557600.0) DESC,"
                + " a.published_at DESC";
        Map<String, Object> params = new HashMap<>();
        params.put("q", q);
        params.put("site", site == null ? null : site.value());
        return page(where, order, params, page, size);
    }

    /** A site's published articles, newest first, one page at a time. */
    @Transactional(readOnly = true)
    public Page site(SiteId site, int page, int size) {
        return page(" AND a.site_id = :site", NEWEST, Map.of("site", site.value()), page, size);
    }

    @Transactional(readOnly = true)
    public Optional<PublicArticle> article(SiteId site, String slug) {
        return jdbc.sql("SELECT " + COLUMNS + ", a.body" + FROM + " AND a.site_id = :site AND a.slug = :slug")
                .param("site", site.value())
                .param("slug", slug)
                .query((rs, n) -> new PublicArticle(teaser(rs, n), rs.getString("body"), List.of(), List.of()))
                .optional()
                .map(a -> new PublicArticle(
                        a.teaser(),
                        a.body(),
                        ArticleRows.categories(jdbc, a.teaser().id()),
                        ArticleRows.tags(jdbc, a.teaser().id())));
    }

    /** Whether the article can be read by the public, for the live parts of a page (rating, views). */
    @Transactional(readOnly = true)
    public Optional<Teaser> publicTeaser(ArticleId id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " AND a.id = :id")
                .param("id", id.value())
                .query(PublicArticles::teaser)
                .optional();
    }

    /** Every public article of every site, for the sitemap. */
    @Transactional(readOnly = true)
    public List<Teaser> all() {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " ORDER BY s.id, a.published_at DESC")
                .query(PublicArticles::teaser)
                .list();
    }

    /** The public articles that {@code whereAndOrder} (conditions on {@code a} and {@code s}, an order) selects. */
    private List<Teaser> teasers(String whereAndOrder, Map<String, ?> params) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + whereAndOrder)
                .params(params)
                .query(PublicArticles::teaser)
                .list();
    }

    /** One page of the public articles that {@code where} selects, in {@code order}, with how many there are. */
    private Page page(String where, String order, Map<String, ?> params, int page, int size) {
        long total = jdbc.sql("SELECT count(*)" + FROM + where)
                .params(params)
                .query(Long.class)
                .single();
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("limit", size);
        paged.put("offset", (long) (page - 1) * size);
        return new Page(
                teasers(where + order + " LIMIT :limit OFFSET :offset", paged), page, pages(total, size), total);
    }

    private static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    private static Teaser teaser(ResultSet rs, int n) throws SQLException {
        return new Teaser(
                ArticleId.of(rs.getLong("id")),
                SiteId.of(rs.getLong("site_id")),
                rs.getString("site_slug"),
                rs.getString("site_name"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("lead"),
                rs.getString("byline"),
                ArticleRows.cover(rs),
                rs.getString("cover_alt"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
