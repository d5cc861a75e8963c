package vn.chibo.platform;

import java.io.Serializable;

/**
 * A role held on an organization and its whole subtree; {@code organizationId == null} means the whole system.
 */
public record Grant(Long organizationId, Role role) implements Serializable {

    public boolean systemWide() {
        return organizationId == null;
    }
}
