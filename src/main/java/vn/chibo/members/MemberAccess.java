package vn.chibo.members;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * Who may read or change a member's record: a member outside the caller's grants does not exist for her (404), one she
 * sees without the permission is refused (403). The web layer asks it before reading a request's body, the beans of the
 * module again before they act.
 */
@Component
public class MemberAccess {

    private final JdbcClient jdbc;
    private final OrganizationAccess organizations;

    MemberAccess(JdbcClient jdbc, OrganizationAccess organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** Checks that the user may change the member's record; the permissions she holds on its organization. */
    @Transactional(readOnly = true)
    public Set<Permission> requireManage(CurrentUser user, MemberId id) {
        Set<Permission> held = organizations.permissions(user, OrganizationId.of(organizationOf(id)));
        if (!held.contains(Permission.MEMBER_MANAGE)) {
            throw held.isEmpty()
                    ? new NotFoundException(MemberManagement.ENTITY, id)
                    : new ForbiddenException("Missing MEMBER_MANAGE");
        }
        return held;
    }

    /**
     * Checks that the user manages members somewhere, before a new record or an import is even read (403 otherwise);
     * the organization the request names is checked when it is read.
     */
    public void requireManageSomewhere(CurrentUser user) {
        if (!user.hasEverywhere(Permission.MEMBER_MANAGE)
                && user.organizationsWith(Permission.MEMBER_MANAGE).isEmpty()) {
            throw new ForbiddenException("Missing MEMBER_MANAGE");
        }
    }

    /** Checks that the user may resolve the correction request: she manages its member's record. */
    @Transactional(readOnly = true)
    public MemberId requireManageCorrection(CurrentUser user, long requestId) {
        MemberId member = jdbc.sql("SELECT member_id FROM members.correction_request WHERE id = :id")
                .param("id", requestId)
                .query(Long.class)
                .optional()
                .map(MemberId::of)
                .orElseThrow(() -> new NotFoundException("CorrectionRequest", requestId));
        requireManage(user, member);
        return member;
    }

    /** What the user may read of the record: the permissions she holds on its organization, and whether it is hers. */
    Reading requireView(CurrentUser user, MemberId id) {
        Set<Permission> held = organizations.permissions(user, OrganizationId.of(organizationOf(id)));
        boolean self = isOwnRecord(user, id);
        if (!held.contains(Permission.MEMBER_VIEW) && !self) {
            throw held.isEmpty()
                    ? new NotFoundException(MemberManagement.ENTITY, id)
                    : new ForbiddenException("Missing MEMBER_VIEW");
        }
        return new Reading(held, self);
    }

    /** The permissions held on a record's organization, and whether the record is the reader's own. */
    record Reading(Set<Permission> held, boolean self) {

        boolean personalData() {
            return self || held.contains(Permission.MEMBER_PERSONAL_DATA);
        }

        boolean manageable() {
            return held.contains(Permission.MEMBER_MANAGE);
        }
    }

    /** The organization the member belongs to (404 for an unknown member). */
    long organizationOf(MemberId id) {
        return jdbc.sql("SELECT organization_id FROM members.member WHERE id = :id")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(MemberManagement.ENTITY, id));
    }

    private boolean isOwnRecord(CurrentUser user, MemberId id) {
        return jdbc.sql("SELECT count(*) FROM members.member WHERE id = :id AND user_id = :u")
                        .param("id", id.value())
                        .param("u", user.id())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
