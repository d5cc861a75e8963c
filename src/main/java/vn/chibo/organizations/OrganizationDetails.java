package vn.chibo.organizations;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.chibo.platform.Permission;

/**
 * Everything the organization page shows, with what the viewer may do there: {@code permissions} on the organization
 * itself, and whether she may move or dissolve it (a decision of the level above).
 */
public record OrganizationDetails(
        OrganizationSummary summary,
        @JsonUnwrapped OrganizationParticulars particulars,
        List<OrganizationSummary> ancestors,
        List<OrganizationSummary> children,
        List<UnitDetails> units,
        List<TermDetails> terms,
        List<ParentLink> history,
        Set<Permission> permissions,
        boolean restructurable) {

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /** The attached unit with the id, if it is one of this organization's. */
    public Optional<UnitDetails> unit(long unitId) {
        return units.stream().filter(u -> u.id() == unitId).findFirst();
    }

    /** The term with the id, if it is one of this organization's. */
    public Optional<TermDetails> term(long termId) {
        return terms.stream().filter(t -> t.id() == termId).findFirst();
    }

    /** Staff of all attached units. */
    public int staff() {
        return units.stream().mapToInt(UnitDetails::staff).sum();
    }
}
