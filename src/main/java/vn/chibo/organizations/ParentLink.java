package vn.chibo.organizations;

import java.time.LocalDate;
import vn.chibo.platform.DecisionReference;

/** One period of an organization's place in the tree: under which parent, from when, until when, by which decision. */
public record ParentLink(
        OrganizationId parentId,
        String parentName,
        LocalDate validFrom,
        LocalDate validTo,
        DecisionReference decision) {}
