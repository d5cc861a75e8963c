package vn.chibo.meetings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The scoring templates: those issued centrally, and the copies a committee adapts for its subtree. A meeting is scored
 * with the newest template in force on its date, the most local one first.
 */
@Service
public class ScoringTemplates {

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;
    private final AuditTrail audit;

    ScoringTemplates(
            JdbcClient jdbc,
            OrganizationManagement organizations,
            OrganizationAccess organizationAccess,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
        this.audit = audit;
    }

    /**
     * A template as the list shows it, with where it comes from and how far that source is trusted ({@code confidence}:
     * CENTRAL, PROVINCIAL, LOCAL_UNVERIFIED, OWN), and whether "Tốt" needs the key criteria at their maximum.
     */
    public record TemplateSummary(
            long id,
            String code,
            String name,
            String issuingBody,
            LocalDate effectiveFrom,
            String organizationName,
            BigDecimal maxTotal,
            String source,
            String confidence,
            boolean keysAtMaxForGood,
            Long organizationId) {

        public boolean local() {
            return organizationName != null;
        }
    }

    /** A criterion of a template. */
    public record Criterion(
            long id,
            int groupNo,
            String groupName,
            String text,
            BigDecimal maxPoints,
            String rule,
            boolean keyForGood) {}

    /** The central templates and the local ones of the organizations the user may see. */
    @Transactional(readOnly = true)
    public List<TemplateSummary> templates(CurrentUser user) {
        OrganizationScope scope = organizationAccess.scope(user, Permission.ORGANIZATION_VIEW);
        return jdbc.sql("SELECT t.id, t.code, t.name, t.issuing_body, t.effective_from, o.name AS org_name,"
                        + " t.source, t.confidence, t.keys_at_max_for_good, t.organization_id,"
                        + " (SELECT sum(max_points) FROM meetings.scoring_criterion c WHERE c.template_id = t.id) AS total"
                        + " FROM meetings.scoring_template t LEFT JOIN organizations.organization_tree o ON o.id = t.organization_id"
                        + " WHERE t.organization_id IS NULL OR " + scope.sqlCondition("o.path")
                        + " ORDER BY t.effective_from DESC, t.id")
                .param("scopePaths", scope.pathArray())
                .query((rs, n) -> new TemplateSummary(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("issuing_body"),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getString("org_name"),
                        rs.getBigDecimal("total"),
                        rs.getString("source"),
                        rs.getString("confidence"),
                        rs.getBoolean("keys_at_max_for_good"),
                        rs.getObject("organization_id", Long.class)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Criterion> criteria(CurrentUser user, long templateId) {
        summary(user, templateId);
        return jdbc.sql(
                        """
                        SELECT id, group_no, group_name, text, max_points, rule, key_for_good
                        FROM meetings.scoring_criterion WHERE template_id = :t ORDER BY group_no, position
                        """)
                .param("t", templateId)
                .query((rs, n) -> new Criterion(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
    }

    @Transactional(readOnly = true)
    public TemplateSummary summary(CurrentUser user, long templateId) {
        return templates(user).stream()
                .filter(t -> t.id() == templateId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("ScoringTemplate", templateId));
    }

    /**
     * Copies a template for an organization's subtree, in force from the given date (not before the original), so that
     * its committee can adapt criteria and points.
     */
    @Transactional
    public long copy(
            CurrentUser user, long templateId, OrganizationId organization, String name, LocalDate effectiveFrom) {
        organizationAccess.require(user, organization, Permission.ORGANIZATION_MANAGE);
        TemplateSummary source = summary(user, templateId);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (effectiveFrom == null) {
            throw new InvalidInputException("effectiveFrom", "validation.required");
        }
        if (effectiveFrom.isBefore(source.effectiveFrom())) {
            throw new InvalidInputException(
                    "effectiveFrom",
                    "template.copy.beforeSource",
                    source.effectiveFrom().toString());
        }
        String issuer = organizations.summary(user, organization).name();
        long id = jdbc.sql(
                        """
                        INSERT INTO meetings.scoring_template (code, name, issuing_body, effective_from, organization_id,
                            copied_from, good_min, fair_min, average_min, source, confidence, keys_at_max_for_good)
                        SELECT :code, :name, :issuer, :from, :org, t.id, t.good_min, t.fair_min, t.average_min,
                            t.source, t.confidence, t.keys_at_max_for_good
                        FROM meetings.scoring_template t WHERE t.id = :source
                        RETURNING id
                        """)
                .param(
                        "code",
                        source.code() + "-" + organization + "-"
                                + UUID.randomUUID().toString().substring(0, 8))
                .param("name", name.strip())
                .param("issuer", issuer)
                .param("from", effectiveFrom)
                .param("org", organization.value())
                .param("source", templateId)
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        INSERT INTO meetings.scoring_criterion (template_id, group_no, group_name, position, text,
                            max_points, rule, key_for_good)
                        SELECT :id, group_no, group_name, position, text, max_points, rule, key_for_good
                        FROM meetings.scoring_criterion WHERE template_id = :source
                        """)
                .param("id", id)
                .param("source", templateId)
                .update();
        audit.record(
                user,
                "template.copy",
                "ScoringTemplate",
                id,
                null,
                Map.of("source", templateId, "organizationId", organization.value(), "name", name.strip()));
        return id;
    }

    /** Changes a criterion of a local template: its wording and maximum points. Central templates stay as issued. */
    @Transactional
    public void adapt(CurrentUser user, long templateId, long criterionId, String text, BigDecimal maxPoints) {
        requireLocal(user, templateId);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "validation.required");
        }
        if (maxPoints == null || maxPoints.signum() <= 0 || maxPoints.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("maxPoints", "template.criterion.points");
        }
        Criterion before = criteria(user, templateId).stream()
                .filter(c -> c.id() == criterionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Criterion", criterionId));
        jdbc.sql(
                        "UPDATE meetings.scoring_criterion SET text = :text, max_points = :max WHERE id = :c AND template_id = :t")
                .param("text", text.strip())
                .param("max", maxPoints)
                .param("c", criterionId)
                .param("t", templateId)
                .update();
        audit.record(
                user,
                "template.adapt",
                "ScoringTemplate",
                templateId,
                before,
                Map.of("criterionId", criterionId, "text", text.strip(), "maxPoints", maxPoints));
    }

    /**
     * Whether the local template's band "Tốt" needs its key criteria at their maximum: a rule of one provincial source
     * (party-rules §2.4), so each template says whether it applies.
     */
    @Transactional
    public void setKeysAtMaxForGood(CurrentUser user, long templateId, boolean required) {
        requireLocal(user, templateId);
        TemplateSummary before = summary(user, templateId);
        jdbc.sql("UPDATE meetings.scoring_template SET keys_at_max_for_good = :k WHERE id = :t")
                .param("k", required)
                .param("t", templateId)
                .update();
        audit.record(
                user,
                "template.keysRule",
                "ScoringTemplate",
                templateId,
                Map.of("keysAtMaxForGood", before.keysAtMaxForGood()),
                Map.of("keysAtMaxForGood", required));
    }

    /** A committee's own official scoring sheet, as it loads it. */
    public record OwnSheet(
            OrganizationId organization,
            String name,
            String issuingBody,
            String source,
            LocalDate effectiveFrom,
            BigDecimal goodMin,
            BigDecimal fairMin,
            BigDecimal averageMin,
            boolean keysAtMaxForGood,
            byte[] criteriaCsv) {}

    /**
     * Loads a committee's own official scoring sheet for its subtree: the criteria come from a CSV file (group number,
     * group name, criterion, maximum points, key criterion yes/no), a header line allowed. It is then the newest, most
     * local template for the meetings of its subtree from its date.
     */
    @Transactional
    public long load(CurrentUser user, OwnSheet sheet) {
        if (sheet.organization() == null) {
            throw new InvalidInputException("org", "validation.required");
        }
        organizationAccess.require(user, sheet.organization(), Permission.ORGANIZATION_MANAGE);
        for (var field : List.of(
                Map.entry("name", String.valueOf(sheet.name())),
                Map.entry("issuingBody", String.valueOf(sheet.issuingBody())))) {
            if (field.getValue().isBlank() || field.getValue().equals("null")) {
                throw new InvalidInputException(field.getKey(), "validation.required");
            }
        }
        if (sheet.effectiveFrom() == null) {
            throw new InvalidInputException("effectiveFrom", "validation.required");
        }
        BigDecimal good = sheet.goodMin() == null ? BigDecimal.valueOf(90) : sheet.goodMin();
        BigDecimal fair = sheet.fairMin() == null ? BigDecimal.valueOf(70) : sheet.fairMin();
        BigDecimal average = sheet.averageMin() == null ? BigDecimal.valueOf(50) : sheet.averageMin();
        if (!(average.signum() >= 0 && average.compareTo(fair) < 0 && fair.compareTo(good) < 0)) {
            throw new InvalidInputException("goodMin", "template.load.bands");
        }
        List<vn.chibo.meetings.scoring.SheetRows.Row> rows =
                vn.chibo.meetings.scoring.SheetRows.parse(sheet.criteriaCsv());
        long id = jdbc.sql(
                        """
                        INSERT INTO meetings.scoring_template (code, name, issuing_body, effective_from, organization_id,
                            good_min, fair_min, average_min, source, confidence, keys_at_max_for_good)
                        VALUES (:code, :name, :issuer, :from, :org, :good, :fair, :average, :source, 'OWN', :keys)
                        RETURNING id
                        """)
                .param(
                        "code",
                        "OWN-" + sheet.organization() + "-"
                                + UUID.randomUUID().toString().substring(0, 8))
                .param("name", sheet.name().strip())
                .param("issuer", sheet.issuingBody().strip())
                .param("from", sheet.effectiveFrom())
                .param("org", sheet.organization().value())
                .param("good", good)
                .param("fair", fair)
                .param("average", average)
                .param(
                        "source",
                        sheet.source() == null || sheet.source().isBlank()
                                ? null
                                : sheet.source().strip())
                .param("keys", sheet.keysAtMaxForGood())
                .query(Long.class)
                .single();
        int position = 0;
        for (var row : rows) {
            jdbc.sql(
                            """
                            INSERT INTO meetings.scoring_criterion (template_id, group_no, group_name, position, text,
                                max_points, key_for_good)
                            VALUES (:t, :g, :gn, :p, :text, :max, :key)
                            """)
                    .param("t", id)
                    .param("g", row.groupNo())
                    .param("gn", row.groupName())
                    .param("p", ++position)
                    .param("text", row.text())
                    .param("max", row.maxPoints())
                    .param("key", row.key())
                    .update();
        }
        audit.record(
                user,
                "template.load",
                "ScoringTemplate",
                id,
                null,
                Map.of(
                        "organizationId",
                        sheet.organization().value(),
                        "name",
                        sheet.name().strip(),
                        "criteria",
                        rows.size()));
        return id;
    }

    private void requireLocal(CurrentUser user, long templateId) {
        // A central template has no organization: read the column as a list, where null is a value, not absence.
        List<Long> owner = jdbc.sql("SELECT organization_id FROM meetings.scoring_template WHERE id = :t")
                .param("t", templateId)
                .query((rs, n) -> rs.getObject(1, Long.class))
                .list();
        if (owner.isEmpty()) {
            throw new NotFoundException("ScoringTemplate", templateId);
        }
        Long organization = owner.get(0);
        if (organization == null) {
            throw new ForbiddenException("Central templates are not edited; copy one first");
        }
        organizationAccess.require(user, OrganizationId.of(organization), Permission.ORGANIZATION_MANAGE);
    }
}
