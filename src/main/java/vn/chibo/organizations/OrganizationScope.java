package vn.chibo.organizations;

import java.util.List;

/**
 * The part of the tree where a user holds a permission: everything, or the subtrees under the listed paths. Other
 * modules filter their queries with {@link #sqlCondition(String)} on an {@code ltree} path column.
 */
public record OrganizationScope(boolean everything, List<String> paths) {

    public OrganizationScope {
        paths = List.copyOf(paths);
    }

    public boolean isEmpty() {
        return !everything && paths.isEmpty();
    }

    /**
     * A condition on the given ltree column, with the bind parameter {@code :scopePaths} (see {@link #pathArray()}).
     */
    public String sqlCondition(String pathColumn) {
        return everything ? "true" : pathColumn + " <@ CAST(:scopePaths AS ltree[])";
    }

    /** The paths as a PostgreSQL array literal for {@code :scopePaths}. */
    public String pathArray() {
        return "{" + String.join(",", paths) + "}";
    }
}
