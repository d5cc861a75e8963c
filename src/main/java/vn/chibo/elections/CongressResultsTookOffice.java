package vn.chibo.elections;

import vn.chibo.organizations.OrganizationId;

/** The committee elected by a congress took office: its term and seats now stand in organizations. */
public record CongressResultsTookOffice(CongressId congress, OrganizationId organization, long termId, int seats) {}
