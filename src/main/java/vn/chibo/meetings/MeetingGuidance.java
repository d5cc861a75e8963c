package vn.chibo.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The committees' guidance of the monthly branch meetings (hướng dẫn nội dung sinh hoạt chi bộ hằng tháng): a committee
 * (đảng bộ at any level) issues, for a month, what the regular meetings of the branches below it should take up and the
 * thematic topic it proposes; a branch sees the guidance of every committee above it for the month, nearest first,
 * beside its calendar and its meeting. Issuing needs MEETING_RECORD on the committee, reading MEETING_VIEW on it or on a
 * branch below it.
 */
@Service
public class MeetingGuidance {

    private static final String ENTITY = "MonthlyGuidance";
    private static final int CONTENT_MAX = 20_000;
    private static final int TOPIC_MAX = 500;
    private static final int NUMBER_MAX = 100;

    private final JdbcClient jdbc;
    private final OrganizationAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingGuidance(JdbcClient jdbc, OrganizationAccess access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues the committee's guidance of the month, or corrects the one it issued: refused, naming the field, for a
     * branch or cell (they receive guidance, they do not issue it), without content, with a text too long, with an
     * issue date after today, or for a month more than a year away.
     */
    @Transactional
    public MonthlyGuidance issue(CurrentUser user, OrganizationId committee, YearMonth month, GuidanceDraft draft) {
        access.require(user, committee, Permission.MEETING_RECORD);
        if (!typeOf(committee).isCommittee()) {
            throw new InvalidInputException("organization", "guidance.organization.notCommittee");
        }
        if (month == null) {
            throw new InvalidInputException("month", "validation.required");
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth thisMonth = YearMonth.from(today);
        if (month.isBefore(thisMonth.minusYears(1)) || month.isAfter(thisMonth.plusYears(1))) {
            throw new InvalidInputException("month", "guidance.month.range");
        }
        String content = InputText.blankToNull(draft.content());
        if (content == null) {
            throw new InvalidInputException("content", "validation.required");
        }
        if (content.length() > CONTENT_MAX) {
            throw new InvalidInputException("content", "guidance.tooLong", CONTENT_MAX);
        }
        String topic = InputText.blankToNull(draft.thematicTopic());
        if (topic != null && topic.length() > TOPIC_MAX) {
            throw new InvalidInputException("thematicTopic", "guidance.tooLong", TOPIC_MAX);
        }
        String number = InputText.blankToNull(draft.documentNumber());
        if (number != null && number.length() > NUMBER_MAX) {
            throw new InvalidInputException("documentNumber", "guidance.tooLong", NUMBER_MAX);
        }
        LocalDate issuedOn = draft.issuedOn() == null ? today : draft.issuedOn();
        if (issuedOn.isAfter(today)) {
            throw new InvalidInputException("issuedOn", "guidance.issuedOn.future");
        }
        Optional<MonthlyGuidance> before = find(committee, month);
        long id = jdbc.sql(
                        """
                        INSERT INTO meetings.monthly_guidance
                            (organization_id, month, document_number, issued_on, content, thematic_topic)
                        VALUES (:org, :month, :number, :issuedOn, :content, :topic)
                        ON CONFLICT (organization_id, month) DO UPDATE SET document_number = EXCLUDED.document_number,
                            issued_on = EXCLUDED.issued_on, content = EXCLUDED.content,
                            thematic_topic = EXCLUDED.thematic_topic
                        RETURNING id
                        """)
                .param("org", committee.value())
                .param("month", month.atDay(1))
                .param("number", number)
                .param("issuedOn", issuedOn)
                .param("content", content)
                .param("topic", topic)
                .query(Long.class)
                .single();
        MonthlyGuidance after = find(committee, month).orElseThrow();
        audit.record(
                user,
                before.isPresent() ? "guidance.update" : "guidance.create",
                ENTITY,
                id,
                before.map(MeetingGuidance::auditValue).orElse(null),
                auditValue(after));
        return after;
    }

    /** Withdraws the committee's guidance of the month (issued by mistake). */
    @Transactional
    public void withdraw(CurrentUser user, OrganizationId committee, YearMonth month) {
        access.require(user, committee, Permission.MEETING_RECORD);
        MonthlyGuidance before =
                find(committee, month).orElseThrow(() -> new NotFoundException(ENTITY, committee.value()));
        jdbc.sql("DELETE FROM meetings.monthly_guidance WHERE id = :id")
                .param("id", before.id())
                .update();
        audit.record(user, "guidance.delete", ENTITY, before.id(), auditValue(before), null);
    }

    /** The guidance the committee issued for each month of the year, in month order. */
    @Transactional(readOnly = true)
    public List<MonthlyGuidance> issuedBy(CurrentUser user, OrganizationId committee, int year) {
        access.require(user, committee, Permission.MEETING_VIEW);
        return jdbc.sql(SELECT + " WHERE g.organization_id = :org AND g.month BETWEEN :from AND :to ORDER BY g.month")
                .param("org", committee.value())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 1))
                .query(MeetingGuidance::row)
                .list();
    }

    /** What the page shows: for a committee the guidance it issued, for a branch or cell what it received. */
    @Transactional(readOnly = true)
    public List<MonthlyGuidance> issuedOrReceived(CurrentUser user, OrganizationId organization, int year) {
        access.require(user, organization, Permission.MEETING_VIEW);
        return typeOf(organization).isCommittee()
                ? issuedBy(user, organization, year)
                : receivedBy(user, organization, year);
    }

    /**
     * The guidance the organization receives for each month of the year from the committees above it (and, for a
     * committee, its own), nearest committee first within a month.
     */
    @Transactional(readOnly = true)
    public List<MonthlyGuidance> receivedBy(CurrentUser user, OrganizationId organization, int year) {
        access.require(user, organization, Permission.MEETING_VIEW);
        return received(organization, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1));
    }

    /** The guidance of one month for the organization, nearest committee first. */
    @Transactional(readOnly = true)
    public List<MonthlyGuidance> forMonth(CurrentUser user, OrganizationId organization, YearMonth month) {
        access.require(user, organization, Permission.MEETING_VIEW);
        return received(organization, month.atDay(1), month.atDay(1));
    }

    /**
     * This month's guidance for each organization where the user sees meetings, nearest committee first, without
     * repeating one guidance that reaches several of them: what the home page shows.
     */
    @Transactional(readOnly = true)
    public List<MonthlyGuidance> thisMonth(CurrentUser user) {
        var scope = access.scope(user, Permission.MEETING_VIEW);
        if (scope.isEmpty()) {
            return List.of();
        }
        // A guidance reaches the user when its committee is inside her scope, or above an organization that is.
        return jdbc.sql(SELECT
                        + " WHERE g.month = :month AND (" + scope.sqlCondition("o.path")
                        + " OR EXISTS (SELECT 1 FROM organizations.organization_tree s WHERE s.path <@ o.path AND "
                        + scope.sqlCondition("s.path") + "))"
                        + " ORDER BY nlevel(o.path) DESC, o.name COLLATE \"vi-x-icu\"")
                .param("scopePaths", scope.pathArray())
                .param("month", YearMonth.now(clock).atDay(1))
                .query(MeetingGuidance::row)
                .list();
    }

    private List<MonthlyGuidance> received(OrganizationId organization, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT
                        + " WHERE g.month BETWEEN :from AND :to"
                        + " AND o.path @> (SELECT path FROM organizations.organization_tree WHERE id = :org)"
                        + " ORDER BY g.month, nlevel(o.path) DESC")
                .param("org", organization.value())
                .param("from", from)
                .param("to", to)
                .query(MeetingGuidance::row)
                .list();
    }

    private Optional<MonthlyGuidance> find(OrganizationId committee, YearMonth month) {
        return jdbc.sql(SELECT + " WHERE g.organization_id = :org AND g.month = :month")
                .param("org", committee.value())
                .param("month", month.atDay(1))
                .query(MeetingGuidance::row)
                .optional();
    }

    private OrganizationType typeOf(OrganizationId organization) {
        return jdbc.sql("SELECT type FROM organizations.organization_tree WHERE id = :id")
                .param("id", organization.value())
                .query((rs, n) -> OrganizationType.valueOf(rs.getString("type")))
                .single();
    }

    private static final String SELECT =
            """
            SELECT g.id, g.organization_id, o.name AS organization_name, g.month, g.document_number, g.issued_on,
                g.content, g.thematic_topic
            FROM meetings.monthly_guidance g JOIN organizations.organization_tree o ON o.id = g.organization_id
            """;

    private static MonthlyGuidance row(ResultSet rs, int n) throws SQLException {
        YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
        LocalDate issuedOn = rs.getObject("issued_on", LocalDate.class);
        return new MonthlyGuidance(
                rs.getLong("id"),
                OrganizationId.of(rs.getLong("organization_id")),
                rs.getString("organization_name"),
                month,
                rs.getString("document_number"),
                issuedOn,
                rs.getString("content"),
                rs.getString("thematic_topic"),
                issuedOn.isAfter(MonthlyGuidance.expectedBy(month)));
    }

    private static Map<String, Object> auditValue(MonthlyGuidance g) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("organization", g.organizationId().value());
        value.put("month", g.month().toString());
        value.put("documentNumber", g.documentNumber());
        value.put("issuedOn", g.issuedOn().toString());
        value.put("content", g.content());
        value.put("thematicTopic", g.thematicTopic());
        return value;
    }
}
