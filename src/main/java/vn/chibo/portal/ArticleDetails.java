package vn.chibo.portal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An article with everything the editors see: text, workflow state, comments and overridden checks; who last approved
 * its publication and when (null before anyone did).
 */
public record ArticleDetails(
        ArticleId id,
        SiteId siteId,
        String slug,
        String title,
        String lead,
        String body,
        String byline,
        List<CategoryDetails> categories,
        List<Tag> tags,
        MediaId cover,
        String coverAlt,
        boolean featured,
        ArticleStatus status,
        Instant publishAt,
        Instant publishedAt,
        String reviewComment,
        Map<String, String> checkOverrides,
        int version,
        String createdBy,
        Instant updatedAt,
        String approvedBy,
        Instant approvedAt) {

    /** A tag as shown ("Đại hội") and as addressed ("dai-hoi"). */
    public record Tag(String slug, String name) {}
}
