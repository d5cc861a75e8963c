package vn.chibo.platform;

/**
 * A role held on an organization and its whole subtree; {@code organizationId == null} means the whole system.
 */
public record Grant(Long organizationId, Role role) {

    public boolean systemWide() {
        return organizationId == null;
    }
}
