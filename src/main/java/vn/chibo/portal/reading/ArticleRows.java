package vn.chibo.portal.reading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.portal.ArticleDetails;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.CategoryDetails;
import vn.chibo.portal.CategoryId;
import vn.chibo.portal.MediaId;
import vn.chibo.portal.SiteId;

/**
 * How the portal's tables read as its records, said once for the editors' side ({@code ArticleManagement},
 * {@code PortalManagement}) and the readers' ({@link PublicArticles}): no permission checks and no status conditions
 * here, the callers have made them.
 */
public final class ArticleRows {

    private ArticleRows() {}

    /** The cover image of the row's {@code cover_media_id}, null when the article has none. */
    public static MediaId cover(ResultSet rs) throws SQLException {
        long cover = rs.getLong("cover_media_id");
        return rs.wasNull() ? null : MediaId.of(cover);
    }

    /** The instant of a timestamp column, null when it is empty. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A row of {@code portal.category} (id, site_id, slug, name, position). */
    public static CategoryDetails category(ResultSet rs, int n) throws SQLException {
        return new CategoryDetails(
                CategoryId.of(rs.getLong("id")),
                SiteId.of(rs.getLong("site_id")),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getInt("position"));
    }

    /** The categories an article is filed under, in the site's order. */
    public static List<CategoryDetails> categories(JdbcClient jdbc, ArticleId article) {
        return jdbc.sql("SELECT c.id, c.site_id, c.slug, c.name, c.position FROM portal.category c"
                        + " JOIN portal.article_category ac ON ac.category_id = c.id WHERE ac.article_id = :id"
                        + " ORDER BY c.position")
                .param("id", article.value())
                .query(ArticleRows::category)
                .list();
    }

    /** An article's tags, by name. */
    public static List<ArticleDetails.Tag> tags(JdbcClient jdbc, ArticleId article) {
        return jdbc.sql("SELECT slug, name FROM portal.article_tag WHERE article_id = :id ORDER BY name")
                .param("id", article.value())
                .query((rs, n) -> new ArticleDetails.Tag(rs.getString("slug"), rs.getString("name")))
                .list();
    }
}
