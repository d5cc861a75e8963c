package vn.chibo.reviews;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/**
 * Opens the quality rating of a Party organization (a branch or a committee) for a year: the review's date picks the
 * rule set.
 */
public record OpenOrganizationRating(OrganizationId organizationId, Integer year, LocalDate reviewDate) {}
