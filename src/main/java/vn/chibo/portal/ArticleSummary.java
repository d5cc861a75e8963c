package vn.chibo.portal;

import java.time.Instant;

/**
 * One line of an article list; {@code createdBy} the name of who drafted it, {@code approvedBy} and {@code approvedAt}
 * who last approved its publication (the editor-in-chief) and when, null before anyone did.
 */
public record ArticleSummary(
        ArticleId id,
        SiteId siteId,
        String slug,
        String title,
        String lead,
        String byline,
        ArticleStatus status,
        MediaId cover,
        String coverAlt,
        Instant publishedAt,
        Instant updatedAt,
        String createdBy,
        String approvedBy,
        Instant approvedAt) {}
