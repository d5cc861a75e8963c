package vn.chibo.portal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A portal as its readers and editors see it: its id and what was filled in for it ({@link SiteDraft}: where it
 * lives, whose it is, and what its header and footer say). In JSON the settings stand beside the id, as one object.
 */
public record SiteDetails(SiteId id, @JsonUnwrapped SiteDraft settings) {}
