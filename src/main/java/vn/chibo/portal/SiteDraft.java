package vn.chibo.portal;

import vn.chibo.organizations.OrganizationId;

/** What an administrator or editor-in-chief fills in to create or change a portal. */
public record SiteDraft(
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
