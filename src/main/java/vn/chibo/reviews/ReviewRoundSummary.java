package vn.chibo.reviews;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/** A review round as lists show it. */
public record ReviewRoundSummary(
        ReviewRoundId id,
        OrganizationId organizationId,
        String organizationName,
        int year,
        LocalDate reviewDate,
        ReviewStatus status,
        String regulation,
        int members) {}
