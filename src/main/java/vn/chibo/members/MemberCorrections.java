package vn.chibo.members;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/** Members' requests to correct their own records, and their branches' answers (the record is edited separately). */
@Service
public class MemberCorrections {

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final MemberAccess access;
    private final AuditTrail audit;

    MemberCorrections(JdbcClient jdbc, OrganizationManagement organizations, MemberAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
    }

    /** The signed-in member asks her branch to correct a field of her record. */
    @Transactional
    public long request(CurrentUser user, String field, String requested) {
        long memberId = jdbc.sql("SELECT id FROM members.member WHERE user_id = :u")
                .param("u", user.id())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(MemberManagement.ENTITY, "self"));
        String f = checkedField(field);
        String text = checkedText(requested);
        long id = jdbc.sql(
                        """
                        INSERT INTO members.correction_request (member_id, field, requested, requested_by)
                        VALUES (:m, :f, :r, :by) RETURNING id
                        """)
                .param("m", memberId)
                .param("f", f)
                .param("r", text)
                .param("by", user.username())
                .query(Long.class)
                .single();
        audit.record(user, "member.correctionRequest", MemberManagement.ENTITY, memberId, null, Map.of("field", f));
        return id;
    }

    /** The field a request names: required, at most 100 characters. */
    static String checkedField(String field) {
        String f = InputText.blankToNull(field);
        if (f == null || f.length() > 100) {
            throw new InvalidInputException("field", "validation.required");
        }
        return f;
    }

    /** What the record should say instead: required, stored as NFC, at most 2,000 characters. */
    static String checkedText(String requested) {
        String text = VietnameseText.clean(requested);
        if (text == null) {
            throw new InvalidInputException("requested", "validation.required");
        }
        if (text.length() > 2000) {
            throw new InvalidInputException("requested", "validation.tooLong", 2000);
        }
        return text;
    }

    /** The signed-in member's own requests, newest first. */
    @Transactional(readOnly = true)
    public List<CorrectionRequest> own(CurrentUser user) {
        return list("m.user_id = :u", Map.of("u", user.id()), organization -> true);
    }

    /** Open correction requests of members in the caller's management scope. */
    @Transactional(readOnly = true)
    public List<CorrectionRequest> open(CurrentUser user) {
        OrganizationsInScope scope = OrganizationsInScope.of(organizations, user, Permission.MEMBER_MANAGE);
        if (!scope.everything() && scope.ids().isEmpty()) {
            return List.of();
        }
        return list("c.resolved_at IS NULL", Map.of(), scope::contains);
    }

    /** The newest 200 requests of members in organizations the filter keeps. */
    private List<CorrectionRequest> list(String where, Map<String, Object> params, LongPredicate kept) {
        return jdbc
                .sql(
                        """
                        SELECT c.*, m.full_name, m.organization_id FROM members.correction_request c
                        JOIN members.member m ON m.id = c.member_id
                        WHERE """
                                + " " + where + " ORDER BY c.requested_at DESC, c.id DESC")
                .params(params)
                .query((rs, n) -> row(
                        rs.getLong("id"),
                        MemberId.of(rs.getLong("member_id")),
                        rs.getString("full_name"),
                        rs.getString("field"),
                        rs.getString("requested"),
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                        rs.getString("requested_by"),
                        rs.getString("resolution"),
                        rs.getLong("organization_id")))
                .list()
                .stream()
                .filter(row -> kept.test(row.organization()))
                .limit(200)
                .map(Row::request)
                .toList();
    }

    private record Row(CorrectionRequest request, long organization) {}

    private static Row row(
            long id,
            MemberId member,
            String memberName,
            String field,
            String requested,
            java.time.Instant requestedAt,
            String requestedBy,
            String resolution,
            long organization) {
        return new Row(
                new CorrectionRequest(id, member, memberName, field, requested, requestedAt, requestedBy, resolution),
                organization);
    }

    /** The branch accepts or rejects a correction request. */
    @Transactional
    public void resolve(CurrentUser user, long requestId, boolean accepted) {
        MemberId member = access.requireManageCorrection(user, requestId);
        jdbc.sql(
                        """
                        UPDATE members.correction_request SET resolved_at = now(), resolved_by = :by, resolution = :r
                        WHERE id = :id AND resolved_at IS NULL
                        """)
                .param("by", user.username())
                .param("r", accepted ? "ACCEPTED" : "REJECTED")
                .param("id", requestId)
                .update();
        audit.record(
                user,
                "member.correctionResolved",
                MemberManagement.ENTITY,
                member.value(),
                null,
                Map.of("request", requestId, "accepted", accepted));
    }
}
