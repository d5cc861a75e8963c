package vn.chibo.portal;

/** Something readers see on a site changed (published, edited while public, withdrawn, site details): caches drop it. */
public record PublicContentChanged(SiteId siteId) {}
