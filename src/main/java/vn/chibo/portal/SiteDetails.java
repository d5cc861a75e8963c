package vn.chibo.portal;

import vn.chibo.organizations.OrganizationId;

/** A portal as its readers and editors see it: where it lives, whose it is, and what its header and footer say. */
public record SiteDetails(
        SiteId id,
        OrganizationId organizationId,
        String slug,
        String hostName,
        boolean main,
        String name,
        String bannerText,
        String managingAgency,
        String licence,
        String contentManagers,
        String address,
        String phone,
        String fax,
        String email) {}
