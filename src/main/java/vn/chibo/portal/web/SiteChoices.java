package vn.chibo.portal.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;
import vn.chibo.portal.PortalManagement;

/** Where a user may open a new component portal. */
@Component
class SiteChoices {

    private final PortalManagement portal;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;

    SiteChoices(PortalManagement portal, OrganizationManagement organizations, OrganizationAccess organizationAccess) {
        this.portal = portal;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
    }

    /**
     * The organizations the user may open a component portal for: those where she may publish and which have no
     * portal yet, in tree order.
     */
    List<OrganizationSummary> withoutPortal(CurrentUser user) {
        Set<OrganizationId> taken = new HashSet<>();
        portal.allSites().forEach(site -> taken.add(site.settings().organizationId()));
        List<OrganizationSummary> result = new ArrayList<>();
        for (OrganizationNode root : organizations.visibleTree(user, false)) {
            collect(user, root, taken, result);
        }
        return result;
    }

    private void collect(
            CurrentUser user, OrganizationNode node, Set<OrganizationId> taken, List<OrganizationSummary> out) {
        OrganizationId id = node.organization().id();
        if (!taken.contains(id)
                && (user.hasEverywhere(Permission.PORTAL_PUBLISH)
                        || organizationAccess.permissions(user, id).contains(Permission.PORTAL_PUBLISH))) {
            out.add(node.organization());
        }
        for (OrganizationNode child : node.children()) {
            collect(user, child, taken, out);
        }
    }
}
