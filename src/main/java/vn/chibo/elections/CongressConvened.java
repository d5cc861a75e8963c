package vn.chibo.elections;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/** A congress was convened. */
public record CongressConvened(
        CongressId congress, OrganizationId organization, CongressKind kind, LocalDate openingDate) {}
