package vn.chibo.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A node of the organization tree with its children, in Vietnamese name order. */
public record OrganizationNode(OrganizationSummary organization, List<OrganizationNode> children) {

    /** The organizations of the forest in tree order: each followed by its subtree. */
    public static List<OrganizationSummary> flatten(List<OrganizationNode> forest) {
        List<OrganizationSummary> flat = new ArrayList<>();
        collect(forest, flat);
        return flat;
    }

    /** The node of the organization in the forest, if it is there. */
    public static Optional<OrganizationNode> find(List<OrganizationNode> forest, OrganizationId id) {
        for (OrganizationNode node : forest) {
            if (node.organization().id().equals(id)) {
                return Optional.of(node);
            }
            Optional<OrganizationNode> below = find(node.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static void collect(List<OrganizationNode> nodes, List<OrganizationSummary> into) {
        for (OrganizationNode node : nodes) {
            into.add(node.organization());
            collect(node.children(), into);
        }
    }
}
