package vn.chibo.platform;

import static vn.chibo.platform.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/** The roles a user can be granted on an organization; each brings a fixed set of permissions. */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Cấp ủy: manages the organization and everything under it. */
    COMMITTEE(EnumSet.of(
            ORGANIZATION_VIEW,
            ORGANIZATION_MANAGE,
            ORGANIZATION_STRUCTURE,
            MEMBER_VIEW,
            MEMBER_MANAGE,
            MEMBER_PERSONAL_DATA,
            MEETING_VIEW,
            MEETING_RECORD,
            ELECTION_VIEW,
            ELECTION_MANAGE,
            ELECTION_COUNT,
            AUDIT_VIEW)),
    /** Bí thư or Phó Bí thư of a branch. */
    SECRETARY(EnumSet.of(
            ORGANIZATION_VIEW,
            ORGANIZATION_MANAGE,
            MEMBER_VIEW,
            MEMBER_MANAGE,
            MEMBER_PERSONAL_DATA,
            MEETING_VIEW,
            MEETING_RECORD,
            ELECTION_VIEW,
            ELECTION_MANAGE,
            ELECTION_COUNT)),
    /** Văn thư: records meetings and issues documents. */
    CLERK(EnumSet.of(ORGANIZATION_VIEW, MEMBER_VIEW, MEETING_VIEW, MEETING_RECORD, ELECTION_VIEW, ELECTION_COUNT)),
    EDITOR(EnumSet.of(ORGANIZATION_VIEW, PORTAL_EDIT)),
    EDITOR_IN_CHIEF(EnumSet.of(ORGANIZATION_VIEW, PORTAL_EDIT, PORTAL_PUBLISH)),
    /** An ordinary member: self-service only. */
    MEMBER(EnumSet.of(ORGANIZATION_VIEW, MEETING_VIEW, ELECTION_VIEW));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }
}
