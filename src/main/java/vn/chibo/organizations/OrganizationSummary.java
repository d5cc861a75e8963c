package vn.chibo.organizations;

import java.time.LocalDate;

/** An organization as lists and trees show it. */
public record OrganizationSummary(
        OrganizationId id,
        String name,
        OrganizationType type,
        OrganizationId parentId,
        int depth,
        LocalDate dissolvedOn) {

    public boolean dissolved() {
        return dissolvedOn != null;
    }
}
