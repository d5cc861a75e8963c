package vn.chibo.organizations;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationRecords.OrganizationRow;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * What a user may do where in the organization tree: the scope of a permission and the checks every module runs before
 * it reads or changes something of an organization. An organization outside the user's grants does not exist for her
 * (404); one inside without the needed permission is refused (403).
 */
@Service
public class OrganizationAccess {

    private final JdbcClient jdbc;
    private final OrganizationRecords records;

    OrganizationAccess(JdbcClient jdbc, OrganizationRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    /** The part of the tree where the user holds the permission. */
    @Transactional(readOnly = true)
    public OrganizationScope scope(CurrentUser user, Permission permission) {
        if (user.hasEverywhere(permission)) {
            return new OrganizationScope(true, List.of());
        }
        Set<Long> roots = user.organizationsWith(permission);
        if (roots.isEmpty()) {
            return new OrganizationScope(false, List.of());
        }
        List<String> paths = jdbc.sql("SELECT path::text FROM organizations.organization WHERE id = ANY(:ids)")
                .param("ids", roots.toArray(Long[]::new))
                .query(String.class)
                .list();
        return new OrganizationScope(false, paths);
    }

    /** The permissions the user holds on the organization, through grants on it or any ancestor. */
    @Transactional(readOnly = true)
    public Set<Permission> permissions(CurrentUser user, OrganizationId id) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        List<Long> ancestry = records.ancestry(id);
        if (ancestry.isEmpty()) {
            return result;
        }
        for (var grant : user.grants()) {
            if (grant.systemWide() || ancestry.contains(grant.organizationId())) {
                for (Permission p : Permission.values()) {
                    if (grant.role().allows(p)) {
                        result.add(p);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Whether an organization with the id was ever recorded (dissolved ones too), for pages that tell a mistyped id
     * from one outside the user's grants; it says nothing else of the organization.
     */
    @Transactional(readOnly = true)
    public boolean exists(OrganizationId id) {
        return !records.ancestry(id).isEmpty();
    }

    /**
     * Checks that the user holds the permission on the organization: 404 when the user may not even see it, 403 when
     * she sees it but may not do this.
     */
    @Transactional(readOnly = true)
    public void require(CurrentUser user, OrganizationId id, Permission permission) {
        Set<Permission> held = permissions(user, id);
        if (held.isEmpty()) {
            throw new NotFoundException(OrganizationRecords.ENTITY, id);
        }
        if (!held.contains(permission)) {
            throw new ForbiddenException("Missing " + permission + " on organization " + id);
        }
    }

    /**
     * Moving or dissolving an organization is decided by the level above it: the user needs the structure permission
     * on its parent (administrators for a root). Someone who sees the organization but not that is refused (403).
     */
    @Transactional(readOnly = true)
    public void requireStructureOver(CurrentUser user, OrganizationId id) {
        requireStructureOver(user, records.load(id));
    }

    void requireStructureOver(CurrentUser user, OrganizationRow row) {
        require(user, row.summary().id(), Permission.ORGANIZATION_VIEW);
        if (!mayRestructure(user, row)) {
            throw new ForbiddenException("Restructuring " + row.summary().id() + " is decided above it");
        }
    }

    /** Whether the user may move or dissolve the organization: the structure permission on its parent. */
    boolean mayRestructure(CurrentUser user, OrganizationRow row) {
        return row.parentId() == null
                ? user.isAdministrator()
                : permissions(user, row.parentId()).contains(Permission.ORGANIZATION_STRUCTURE);
    }
}
