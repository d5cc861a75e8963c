package vn.chibo.portal;

/** An article became visible to the public (approved for now, or its scheduled time came). */
public record ArticlePublished(ArticleId articleId, SiteId siteId) {}
