package vn.chibo.platform;

import static vn.chibo.platform.Permission.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The roles a user can be granted on an organization; each brings a fixed set of permissions. */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Cấp ủy: manages the organization and everything under it. */
    COMMITTEE(Grants.LEADERSHIP, ORGANIZATION_STRUCTURE, AUDIT_VIEW),
    /** Bí thư or Phó Bí thư of a branch. */
    SECRETARY(Grants.LEADERSHIP),
    /** Văn thư: records meetings and issues documents. */
    CLERK(EnumSet.of(
            ORGANIZATION_VIEW,
            MEMBER_VIEW,
            MEETING_VIEW,
            MEETING_RECORD,
            ELECTION_VIEW,
            ELECTION_COUNT,
            // The branch's dues are usually collected by its clerk (or a treasurer given this role).
            DUES_VIEW,
            DUES_MANAGE)),
    EDITOR(EnumSet.of(ORGANIZATION_VIEW, PORTAL_EDIT)),
    EDITOR_IN_CHIEF(EnumSet.of(ORGANIZATION_VIEW, PORTAL_EDIT, PORTAL_PUBLISH)),
    /** An ordinary member: self-service only. */
    MEMBER(EnumSet.of(ORGANIZATION_VIEW, MEETING_VIEW, ELECTION_VIEW));

    private final Set<Permission> permissions;

    /** A role with the {@code permissions} and, besides them, the {@code more}. */
    Role(Set<Permission> permissions, Permission... more) {
        this.permissions = EnumSet.copyOf(permissions);
        this.permissions.addAll(List.of(more));
    }

    /** The permissions that more than one role holds, said once (enum constants cannot read the enum's statics). */
    private static final class Grants {

        /** What an organization's leadership does: its record, members, meetings, elections and reviews. */
        static final Set<Permission> LEADERSHIP = EnumSet.of(
                ORGANIZATION_VIEW,
                ORGANIZATION_MANAGE,
                MEMBER_VIEW,
                MEMBER_MANAGE,
                MEMBER_PERSONAL_DATA,
                DUES_VIEW,
                DUES_MANAGE,
                MEETING_VIEW,
                MEETING_RECORD,
                ELECTION_VIEW,
                ELECTION_MANAGE,
                ELECTION_COUNT,
                REVIEW_VIEW,
                REVIEW_MANAGE,
                STATISTICS_VIEW);
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }
}
