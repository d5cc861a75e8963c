package vn.chibo.portal;

import java.time.Instant;

/** One line of an article list. */
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
        Instant updatedAt) {}
