package vn.chibo.reviews;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/**
 * Opens the review of a branch's year: the review's date picks the rule set and the roster (the members on the list
 * that day).
 */
public record OpenReviewRound(OrganizationId organizationId, Integer year, LocalDate reviewDate) {}
