package vn.chibo.elections;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/** A congress as lists show it. */
public record CongressSummary(
        CongressId id,
        OrganizationId organizationId,
        String organizationName,
        CongressKind kind,
        int number,
        CongressStatus status,
        LocalDate openingDate,
        LocalDate termStart,
        LocalDate termEnd,
        CongressId parentId) {}
