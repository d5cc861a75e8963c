package vn.chibo.portal;

import java.util.EnumSet;
import java.util.Set;
import vn.chibo.platform.Permission;

/**
 * Where an article stands in the editorial workflow. Only {@link #PUBLISHED} is ever shown to the public; the
 * transitions and the permission each needs are listed here so that the rules read in one place.
 */
public enum ArticleStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED;

    /** A step of the workflow, with the states it starts from and the permission it needs on the site. */
    public enum Action {
        SUBMIT(Permission.PORTAL_EDIT, EnumSet.of(DRAFT, RETURNED, UNPUBLISHED)),
        APPROVE(Permission.PORTAL_PUBLISH, EnumSet.of(SUBMITTED)),
        RETURN(Permission.PORTAL_PUBLISH, EnumSet.of(SUBMITTED, SCHEDULED)),
        UNPUBLISH(Permission.PORTAL_PUBLISH, EnumSet.of(PUBLISHED, SCHEDULED)),
        ARCHIVE(Permission.PORTAL_PUBLISH, EnumSet.of(PUBLISHED, UNPUBLISHED, DRAFT, RETURNED));

        private final Permission permission;
        private final Set<ArticleStatus> from;

        Action(Permission permission, Set<ArticleStatus> from) {
            this.permission = permission;
            this.from = from;
        }

        public Permission permission() {
            return permission;
        }

        public boolean allowedFrom(ArticleStatus status) {
            return from.contains(status);
        }
    }

    /** Editors change the text while it is theirs; once submitted or public, only the editor-in-chief does. */
    public Permission editPermission() {
        return switch (this) {
            case DRAFT, RETURNED, UNPUBLISHED -> Permission.PORTAL_EDIT;
            case SUBMITTED, SCHEDULED, PUBLISHED -> Permission.PORTAL_PUBLISH;
            case ARCHIVED -> null;
        };
    }

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
