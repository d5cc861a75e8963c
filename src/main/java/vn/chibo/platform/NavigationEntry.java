package vn.chibo.platform;

/**
 * A link in the main navigation, contributed by a module as a bean. It shows to users who hold the permission
 * somewhere ({@code null}: every signed-in user).
 */
public record NavigationEntry(int order, String path, String messageKey, Permission permission) {

    public boolean visibleTo(CurrentUser user) {
        return permission == null
                || user.hasEverywhere(permission)
                || !user.organizationsWith(permission).isEmpty();
    }
}
