package vn.chibo.members;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/**
 * The organizations where a user holds a permission, as ids, read through the organizations module's API (the subtrees
 * under her grants in the tree she may see), for checks made in Java rather than in SQL.
 */
public record OrganizationsInScope(boolean everything, Map<Long, String> names) {

    public OrganizationsInScope {
        names = Map.copyOf(names);
    }

    /** The organizations in scope (none listed when that is everywhere). */
    public Set<Long> ids() {
        return names.keySet();
    }

    public static OrganizationsInScope of(
            OrganizationManagement organizations, CurrentUser user, Permission permission) {
        if (user.hasEverywhere(permission)) {
            return new OrganizationsInScope(true, Map.of());
        }
        Set<Long> roots = user.organizationsWith(permission);
        if (roots.isEmpty()) {
            return new OrganizationsInScope(false, Map.of());
        }
        // Every grant that gives a member permission also lets its holder see the organizations it covers.
        List<OrganizationNode> forest = organizations.visibleTree(user, true);
        Map<Long, String> names = new HashMap<>();
        for (long root : roots) {
            OrganizationNode.find(forest, OrganizationId.of(root))
                    .ifPresent(node ->
                            OrganizationNode.flatten(List.of(node)).forEach(o -> names.put(o.id().value(), o.name())));
        }
        return new OrganizationsInScope(false, names);
    }

    public boolean contains(long organizationId) {
        return everything || names.containsKey(organizationId);
    }
}
