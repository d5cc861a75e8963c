package vn.chibo.members;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Refuses a member's record that repeats another's citizen id, or name and birth date, anywhere in the country. A
 * duplicate the user may see is named as such; one outside her scope is answered only with a neutral "already recorded
 * in another organization, ask the higher committee", so that nobody learns through the form whether someone is a Party
 * member elsewhere, and the hit is audited (in a transaction of its own, since the refused write rolls back).
 */
@Component
class MemberDuplicates {

    /** The audit action of a duplicate found outside the user's scope (the import records it too). */
    static final String ELSEWHERE = "member.duplicate.elsewhere";

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final AuditTrail audit;

    MemberDuplicates(JdbcClient jdbc, OrganizationManagement organizations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** Checks the draft against every other member ({@code self} is the member being edited, or -1). */
    void check(CurrentUser user, MemberDraft d, long self, String action) {
        OrganizationsInScope scope = OrganizationsInScope.of(organizations, user, Permission.MEMBER_VIEW);
        if (d.particulars().citizenId() != null) {
            refuseIfFound(
                    user,
                    scope,
                    d,
                    action,
                    "citizenId",
                    "m.citizen_id = :key",
                    Map.of("key", d.particulars().citizenId()),
                    self,
                    "member.duplicate.citizenId");
        }
        refuseIfFound(
                user,
                scope,
                d,
                action,
                "fullName",
                "m.name_fold = :key AND m.birth_date = :birth",
                Map.of(
                        "key",
                        VietnameseText.fold(d.particulars().fullName()),
                        "birth",
                        d.particulars().birthDate()),
                self,
                "member.duplicate.nameBirth");
    }

    private void refuseIfFound(
            CurrentUser user,
            OrganizationsInScope scope,
            MemberDraft d,
            String action,
            String field,
            String condition,
            Map<String, Object> keys,
            long self,
            String visibleKey) {
        record Hit(long id, boolean visible) {}
        Map<String, Object> params = new LinkedHashMap<>(keys);
        params.put("self", self);
        // One she may see wins: it is named as a duplicate; one elsewhere only gets the neutral answer.
        Optional<Hit> hit = jdbc
                .sql("SELECT m.id, m.organization_id FROM members.member m WHERE " + condition
                        + " AND m.id <> :self ORDER BY m.id")
                .params(params)
                .query((rs, n) -> new Hit(rs.getLong(1), scope.contains(rs.getLong(2))))
                .list()
                .stream()
                .min(java.util.Comparator.comparing((Hit h) -> !h.visible()));
        if (hit.isEmpty()) {
            return;
        }
        if (hit.get().visible()) {
            throw new InvalidInputException(field, visibleKey);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("during", action);
        details.put(
                "organization",
                d.organizationId() == null ? null : d.organizationId().value());
        audit.recordIndependently(
                user, ELSEWHERE, MemberManagement.ENTITY, hit.get().id(), details);
        throw new InvalidInputException(field, "member.duplicate.elsewhere");
    }
}
