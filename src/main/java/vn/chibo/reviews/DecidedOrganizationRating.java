package vn.chibo.reviews;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationType;

/**
 * The level the level above decided for a Party organization's year: what other modules (statistics, reports) read of
 * the organizations' ratings through {@link OrganizationRatingManagement#decidedLevels}.
 */
public record DecidedOrganizationRating(
        OrganizationId organizationId,
        String organizationName,
        OrganizationType organizationType,
        int year,
        LocalDate reviewDate,
        RatingLevel level) {}
