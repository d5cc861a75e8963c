package vn.chibo.members;

import java.util.HashSet;
import java.util.List;
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
public record OrganizationsInScope(boolean everything, Set<Long> ids) {

    public OrganizationsInScope {
        ids = Set.copyOf(ids);
    }

    public static OrganizationsInScope of(
            OrganizationManagement organizations, CurrentUser user, Permission permission) {
        if (user.hasEverywhere(permission)) {
            return new OrganizationsInScope(true, Set.of());
        }
        Set<Long> roots = user.organizationsWith(permission);
        if (roots.isEmpty()) {
            return new OrganizationsInScope(false, Set.of());
        }
        // Every grant that gives a member permission also lets its holder see the organizations it covers.
        List<OrganizationNode> forest = organizations.visibleTree(user, true);
        Set<Long> ids = new HashSet<>();
        for (long root : roots) {
            OrganizationNode.find(forest, OrganizationId.of(root))
                    .ifPresent(node -> OrganizationNode.flatten(List.of(node)).forEach(o -> ids.add(o.id().value())));
        }
        return new OrganizationsInScope(false, ids);
    }

    public boolean contains(long organizationId) {
        return everything || ids.contains(organizationId);
    }
}
