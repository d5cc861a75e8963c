package vn.chibo.members.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/** The organizations offered in the pages' selects: those where the user holds a permission, in tree order. */
@Component
class OrganizationChoices {

    private final OrganizationManagement organizations;

    private final OrganizationAccess organizationAccess;

    OrganizationChoices(OrganizationManagement organizations, OrganizationAccess organizationAccess) {
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
    }

    List<OrganizationSummary> with(CurrentUser user, Permission permission) {
        List<OrganizationSummary> result = new ArrayList<>();
        for (OrganizationNode root : organizations.visibleTree(user, false)) {
            collect(user, permission, root, result);
        }
        return result;
    }

    private void collect(
            CurrentUser user, Permission permission, OrganizationNode node, List<OrganizationSummary> result) {
        if (user.hasEverywhere(permission)
                || organizationAccess
                        .permissions(user, node.organization().id())
                        .contains(permission)) {
            result.add(node.organization());
        }
        for (OrganizationNode child : node.children()) {
            collect(user, permission, child, result);
        }
    }
}
