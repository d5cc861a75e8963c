package vn.chibo.members;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * A party member's record itself: creating it, reading it whole (audited, personal data masked without the permission)
 * and editing its fields in place. Searching is {@link MemberSearch}, the life cycle {@link MemberLifeCycle}, badges
 * {@link MemberBadges}, rewards and discipline {@link MemberDiscipline}, correction requests {@link MemberCorrections}.
 */
@Service
public class MemberManagement {

    static final String ENTITY = "Member";

    /** The columns a new record is written with, besides the derived name keys. */
    private static final List<MemberField> CREATED = List.of(MemberField.values());

    private final JdbcClient jdbc;
    private final OrganizationAccess organizations;
    private final MemberAccess access;
    private final MemberRows rows;
    private final AuditTrail audit;
    private final MemberDuplicates duplicates;
    private final ApplicationEventPublisher events;

    MemberManagement(
            JdbcClient jdbc,
            OrganizationAccess organizations,
            MemberAccess access,
            MemberRows rows,
            AuditTrail audit,
            MemberDuplicates duplicates,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.access = access;
        this.rows = rows;
        this.audit = audit;
        this.duplicates = duplicates;
        this.events = events;
    }

    /** Today, by the application's clock. */
    public LocalDate today() {
        return rows.today();
    }

    /** The full record; the view is audited. */
    @Transactional
    public MemberDetails details(CurrentUser user, MemberId id) {
        MemberAccess.Reading reading = access.requireView(user, id);
        MemberDetails details = rows.load(id, reading.personalData(), reading.manageable());
        audit.record(user, "member.view", ENTITY, id.value(), null, null);
        return details;
    }

    /** The id of the member record linked to the signed-in account, if any: nothing of the record is read. */
    @Transactional(readOnly = true)
    public Optional<MemberId> ownId(CurrentUser user) {
        return jdbc.sql("SELECT id FROM members.member WHERE user_id = :u")
                .param("u", user.id())
                .query(Long.class)
                .optional()
                .map(MemberId::of);
    }

    /**
     * The accounts linked to the member records named, for notices sent to them in their own name (a reminder to send
     * a self-review): nothing of the records is read, and the caller has checked its own permission on what it
     * notifies them of. Records without an account are absent.
     */
    @Transactional(readOnly = true)
    public java.util.Map<MemberId, Long> linkedAccounts(java.util.Collection<MemberId> ids) {
        java.util.Map<MemberId, Long> accounts = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return accounts;
        }
        jdbc.sql("SELECT id, user_id FROM members.member WHERE id = ANY(:ids) AND user_id IS NOT NULL")
                .param("ids", ids.stream().map(MemberId::value).toArray(Long[]::new))
                .query(rs -> {
                    accounts.put(MemberId.of(rs.getLong(1)), rs.getLong(2));
                });
        return accounts;
    }

    /** The record of the signed-in member herself, if her account is linked to one. */
    @Transactional
    public Optional<MemberDetails> own(CurrentUser user) {
        return jdbc.sql("SELECT id FROM members.member WHERE user_id = :u")
                .param("u", user.id())
                .query(Long.class)
                .optional()
                .map(value -> details(user, MemberId.of(value)));
    }

    /** Creates a member's record with her admission (and recognition, if already official) in the history. */
    @Transactional
    public MemberId create(CurrentUser user, MemberDraft draft) {
        if (draft.organizationId() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        organizations.require(user, draft.organizationId(), Permission.MEMBER_MANAGE);
        MemberDraft d = MemberRules.validate(draft, today());
        duplicates.check(user, d, -1, "create");
        Map<String, Object> params = MemberField.parameters(d, CREATED);
        params.put("organization_id", d.organizationId().value());
        params.put("status", d.status().name());
        Map<String, Object> written = new LinkedHashMap<>(params);
        params.put("given_name", VietnameseText.givenName(d.particulars().fullName()));
        params.put("name_fold", VietnameseText.fold(d.particulars().fullName()));
        String columns = String.join(", ", params.keySet());
        String values = ":" + String.join(", :", params.keySet());
        long id = jdbc.sql("INSERT INTO members.member (" + columns + ") VALUES (" + values + ") RETURNING id")
                .params(params)
                .query(Long.class)
                .single();
        rows.insertEvent(id, MemberEvent.admitted(d.admissionDate(), d.admission()), user);
        if (d.officialDate() != null) {
            rows.insertEvent(id, MemberEvent.of(MemberEventKind.RECOGNIZED, d.officialDate()), user);
        }
        // Personal data stays out of the audit log.
        for (MemberField field : CREATED) {
            if (field.personal()) {
                written.remove(field.column());
            }
        }
        audit.record(user, "member.create", ENTITY, id, null, written);
        events.publishEvent(new MemberAdmitted(
                MemberId.of(id), d.organizationId(), d.particulars().fullName(), d.admissionDate(), user));
        return MemberId.of(id);
    }

    /** The record prepared for the edit form (audited as a view); personal data unmasked only for those who may. */
    @Transactional
    public MemberEditing editing(CurrentUser user, MemberId id) {
        access.requireManage(user, id);
        MemberDetails details = details(user, id);
        return new MemberEditing(details, MemberUpdate.of(details, rows.version(id)));
    }

    /** A record and the values its edit form starts from. */
    public record MemberEditing(MemberDetails details, MemberUpdate values) {}

    /**
     * Changes the record's fields in place. Refused with a clear message when someone else saved the record since it
     * was read ({@code version}); personal fields are kept as they are unless the editor may see them.
     */
    @Transactional
    public void update(CurrentUser user, MemberId id, MemberUpdate u) {
        Set<Permission> held = access.requireManage(user, id);
        boolean personal = held.contains(Permission.MEMBER_PERSONAL_DATA);
        Map<String, Object> row = jdbc.sql(
                        """
                        SELECT m.*, (extract(epoch FROM m.updated_at) * 1000000)::bigint AS version
                        FROM members.member m WHERE m.id = :id FOR UPDATE
                        """)
                .param("id", id.value())
                .query()
                .singleRow();
        if (u.version() == null || u.version() != ((Number) row.get("version")).longValue()) {
            throw new InvalidInputException("version", "member.edit.conflict");
        }
        MemberDraft d = MemberRules.validate(u.toDraft(row, personal), today());
        if (d.particulars().youthUnionDate() != null
                && d.particulars().youthUnionDate().isAfter(today())) {
            throw new InvalidInputException("youthUnionDate", "member.date.future");
        }
        duplicates.check(user, d, id.value(), "update");
        if (u.unitId() != null && unitChoices(id).stream().noneMatch(c -> c.id() == u.unitId())) {
            throw new InvalidInputException("unitId", "member.unit.unknown");
        }
        Map<String, Object> after = MemberField.parameters(d, MemberField.editableFields());
        after.put("unit_id", u.unitId());
        StringBuilder set = new StringBuilder();
        Map<String, Object> auditBefore = new LinkedHashMap<>();
        Map<String, Object> auditAfter = new LinkedHashMap<>();
        for (MemberField field : MemberField.editableFields()) {
            compare(field.column(), row, after, set, auditBefore, auditAfter, field);
        }
        compare("unit_id", row, after, set, auditBefore, auditAfter, null);
        if (auditAfter.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE members.member SET " + set + "updated_at = clock_timestamp() WHERE id = :id")
                .params(after)
                .param("id", id.value())
                .update();
        audit.record(user, "member.update", ENTITY, id.value(), auditBefore, auditAfter);
    }

    private static void compare(
            String column,
            Map<String, Object> row,
            Map<String, Object> after,
            StringBuilder set,
            Map<String, Object> auditBefore,
            Map<String, Object> auditAfter,
            MemberField field) {
        set.append(column).append(" = :").append(column).append(", ");
        Object before = row.get(column);
        if (before instanceof java.sql.Date date) {
            before = date.toLocalDate();
        }
        Object value = after.get(column);
        if (!Objects.equals(before, value)) {
            // The audit log says that personal data changed, never what it was or became.
            auditBefore.put(column, field == null ? before : field.audited(before));
            auditAfter.put(column, field == null ? value : field.audited(value));
        }
    }

    /** An education unit a member can work at. */
    public record UnitChoice(long id, String name) {}

    /** The units a member of this record's branch may work at: those of her organization and of the ones above it. */
    @Transactional(readOnly = true)
    public List<UnitChoice> unitChoices(MemberId id) {
        return rows.unitsAround(OrganizationId.of(access.organizationOf(id))).stream()
                .map(u -> new UnitChoice(u.id(), u.name()))
                .toList();
    }

    /** Links a user account to a member's record, so that she sees it on her own page. */
    @Transactional
    public void linkAccount(CurrentUser user, MemberId id, long userId) {
        access.requireManage(user, id);
        jdbc.sql("UPDATE members.member SET user_id = :u WHERE id = :id")
                .param("u", userId)
                .param("id", id.value())
                .update();
        audit.record(user, "member.linkAccount", ENTITY, id.value(), null, Map.of("userId", userId));
    }
}
