package vn.chibo.portal;

/** A category (chuyên mục) of a site. */
public record CategoryDetails(CategoryId id, SiteId siteId, String slug, String name, int position) {}
