package vn.chibo.organizations;

import java.util.ArrayList;
import java.util.List;

/** A node of the organization tree with its children, in Vietnamese name order. */
public record OrganizationNode(OrganizationSummary organization, List<OrganizationNode> children) {

    /** The organizations of the forest in tree order: each followed by its subtree. */
    public static List<OrganizationSummary> flatten(List<OrganizationNode> forest) {
        List<OrganizationSummary> flat = new ArrayList<>();
        collect(forest, flat);
        return flat;
    }

    private static void collect(List<OrganizationNode> nodes, List<OrganizationSummary> into) {
        for (OrganizationNode node : nodes) {
            into.add(node.organization());
            collect(node.children(), into);
        }
    }
}
