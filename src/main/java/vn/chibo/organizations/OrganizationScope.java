package vn.chibo.organizations;

import java.util.List;

/**
 * The part of the tree where a user holds a permission: everything, or the subtrees under the listed paths. Other
 * modules filter their queries with {@link #sqlCondition(String)} on the {@code path} column of the view
 * {@code organizations.organization_tree}, which the organizations module publishes for that purpose (migration V73);
 * no other module names the organizations module's tables.
 */
public record OrganizationScope(boolean everything, List<String> paths) {

    public OrganizationScope {
        paths = List.copyOf(paths);
    }

    public boolean isEmpty() {
        return !everything && paths.isEmpty();
    }

    /**
     * A condition on the given {@code path} column of {@code organizations.organization_tree} (e.g. {@code "o.path"} after
     * {@code JOIN organizations.organization_tree o ON o.id = x.organization_id}), with the bind parameter
     * {@code :scopePaths} (see {@link #pathArray()}).
     */
    public String sqlCondition(String pathColumn) {
        return everything ? "true" : pathColumn + " <@ CAST(:scopePaths AS ltree[])";
    }

    /** The paths as a PostgreSQL array literal for {@code :scopePaths}. */
    public String pathArray() {
        return "{" + String.join(",", paths) + "}";
    }
}
