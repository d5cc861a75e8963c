package vn.chibo.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in user as the modules see it: who acts, and with which grants. */
public record CurrentUser(long id, String username, String fullName, List<Grant> grants) implements Serializable {

    public CurrentUser {
        grants = List.copyOf(grants);
    }

    /** The actor for work the system does by itself (start-up, demo data, scheduled jobs). */
    public static CurrentUser system() {
        return new CurrentUser(0, "system", "Hệ thống", List.of(new Grant(null, Role.ADMIN)));
    }

    public boolean isAdministrator() {
        return grants.stream().anyMatch(g -> g.systemWide() && g.role() == Role.ADMIN);
    }

    /** Whether some system-wide grant gives the permission everywhere. */
    public boolean hasEverywhere(Permission permission) {
        return grants.stream().anyMatch(g -> g.systemWide() && g.role().allows(permission));
    }

    /** The organizations at the top of the subtrees where the user holds the permission. */
    public Set<Long> organizationsWith(Permission permission) {
        return grants.stream()
                .filter(g -> !g.systemWide() && g.role().allows(permission))
                .map(Grant::organizationId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
