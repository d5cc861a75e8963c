package vn.chibo.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of every write: who, when, what (entity and id) and the values before and after. Recorded in
 * the caller's transaction, so a write and its audit entry land or roll back together.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a write; {@code before} is null for a creation and {@code after} null for a deletion. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            CurrentUser actor, String action, String entityType, Object entityId, Object before, Object after) {
        jdbc.sql(
                        """
                        INSERT INTO platform.audit_log (actor, action, entity_type, entity_id, before_value, after_value,
                                                        remote_address)
                        VALUES (:actor, :action, :type, :id, CAST(:before AS jsonb), CAST(:after AS jsonb), :address)
                        """)
                .param("actor", actor.username())
                .param("action", action)
                .param("type", entityType)
                .param("id", entityId == null ? null : entityId.toString())
                .param("before", toJson(before))
                .param("after", toJson(after))
                .param("address", remoteAddress())
                .update();
    }

    /** Records a read of confidential data (a full member record, an export); needs no surrounding transaction. */
    @Transactional
    public void recordAccess(CurrentUser actor, String action, String entityType, Object entityId, Object details) {
        record(actor, action, entityType, entityId, null, details);
    }

    /**
     * Records, in a transaction of its own, something that must stay in the log even though the caller's work is
     * refused and rolled back: a look-up that touched data outside the caller's scope (a duplicate found elsewhere).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(
            CurrentUser actor, String action, String entityType, Object entityId, Object details) {
        record(actor, action, entityType, entityId, null, details);
    }

    /** One page of the log, newest first, filtered by any of actor, entity type, entity id and time range. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        return jdbc.sql(
                        """
                        SELECT id, occurred_at, actor, action, entity_type, entity_id,
                               before_value::text AS before_value, after_value::text AS after_value, remote_address
                        FROM platform.audit_log
                        WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
                          AND (CAST(:type AS text) IS NULL OR entity_type = :type)
                          AND (CAST(:entityId AS text) IS NULL OR entity_id = :entityId)
                          AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
                        ORDER BY occurred_at DESC, id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("actor", InputText.blankToNull(query.actor()))
                .param("type", InputText.blankToNull(query.entityType()))
                .param("entityId", InputText.blankToNull(query.entityId()))
                .param(
                        "from",
                        query.from() == null ? null : OffsetDateTime.ofInstant(query.from(), java.time.ZoneOffset.UTC))
                .param("to", query.to() == null ? null : OffsetDateTime.ofInstant(query.to(), java.time.ZoneOffset.UTC))
                .param("limit", query.pageSize() + 1)
                .param("offset", query.page() * query.pageSize())
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("before_value"),
                        rs.getString("after_value"),
                        rs.getString("remote_address")))
                .list();
    }

    /** The distinct entity types seen in the log, for the filter. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM platform.audit_log ORDER BY 1")
                .query(String.class)
                .list();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** One line of the audit log. */
    public record AuditEntry(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String before,
            String after,
            String remoteAddress) {}

    /** Filters for browsing the log; blank filters match everything. */
    public record AuditQuery(
            String actor, String entityType, String entityId, Instant from, Instant to, int page, int pageSize) {}
}
