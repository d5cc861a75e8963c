package vn.chibo.organizations;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.platform.DecisionColumns;
import vn.chibo.platform.NotFoundException;

/** The stored rows of the organization tree, read without any check of the caller's grants. */
@Component
class OrganizationRecords {

    static final String ENTITY = "Organization";

    private final JdbcClient jdbc;

    OrganizationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrganizationRow load(OrganizationId id) {
        return jdbc.sql(
                        """
                        SELECT id, name, type, parent_id, nlevel(path) - 1 AS depth, dissolved_on, path::text AS path,
                               short_name, place, address, phone, email, founded_on, founding_number, founding_symbol,
                               founding_date, dissolution_number, dissolution_symbol, dissolution_date
                        FROM organizations.organization WHERE id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new OrganizationRow(
                        summary(rs, n),
                        rs.getString("path"),
                        new OrganizationParticulars(
                                rs.getString("short_name"),
                                rs.getString("place"),
                                rs.getString("address"),
                                rs.getString("phone"),
                                rs.getString("email"),
                                rs.getObject("founded_on", LocalDate.class),
                                DecisionColumns.read(rs, "founding"),
                                DecisionColumns.read(rs, "dissolution"))))
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The organization and all its ancestors, by id. */
    List<Long> ancestry(OrganizationId id) {
        return jdbc.sql(
                        """
                        SELECT a.id FROM organizations.organization o
                        JOIN organizations.organization a ON o.path <@ a.path
                        WHERE o.id = :id
                        """)
                .param("id", id.value())
                .query(Long.class)
                .list();
    }

    /** The current link of the organization to its parent (the one without an end). */
    LinkRow currentLink(OrganizationId id) {
        return jdbc.sql(
                        """
                        SELECT id, valid_from FROM organizations.organization_link
                        WHERE organization_id = :id AND valid_to IS NULL
                        """)
                .param("id", id.value())
                .query((rs, n) -> new LinkRow(rs.getLong("id"), rs.getObject("valid_from", LocalDate.class)))
                .optional()
                .orElseThrow(
                        () -> new IllegalStateException("Organization " + id + " has no current place in the tree"));
    }

    static OrganizationSummary summary(ResultSet rs, int rowNum) throws SQLException {
        return new OrganizationSummary(
                OrganizationId.of(rs.getLong("id")),
                rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")),
                optionalId(rs, "parent_id"),
                rs.getInt("depth"),
                rs.getObject("dissolved_on", LocalDate.class));
    }

    static OrganizationId optionalId(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : OrganizationId.of(value);
    }

    /** The stored organization, also the before/after value in the audit log. */
    record OrganizationRow(
            OrganizationSummary summary, String path, @JsonUnwrapped OrganizationParticulars particulars) {

        OrganizationId parentId() {
            return summary.parentId();
        }
    }

    record LinkRow(long id, LocalDate validFrom) {}
}
