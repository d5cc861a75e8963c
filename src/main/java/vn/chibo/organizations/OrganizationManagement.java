package vn.chibo.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationRecords.LinkRow;
import vn.chibo.organizations.OrganizationRecords.OrganizationRow;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionColumns;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The Party organization tree: browsing within the caller's scope, creating, editing, moving and dissolving
 * organizations with their decisions, and the tree as it stood on a past date. Every method checks the caller's grants
 * through {@link OrganizationAccess}; units and terms have their own beans ({@link OrganizationUnits},
 * {@link OrganizationTerms}).
 */
@Service
public class OrganizationManagement {

    private static final String ENTITY = OrganizationRecords.ENTITY;

    private final JdbcClient jdbc;
    private final OrganizationRecords records;
    private final OrganizationAccess access;
    private final OrganizationUnits units;
    private final OrganizationTerms terms;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationManagement(
            JdbcClient jdbc,
            OrganizationRecords records,
            OrganizationAccess access,
            OrganizationUnits units,
            OrganizationTerms terms,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.units = units;
        this.terms = terms;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** The organizations the user may see, as a forest whose roots are the tops of her grants. */
    @Transactional(readOnly = true)
    public List<OrganizationNode> visibleTree(CurrentUser user, boolean includeDissolved) {
        OrganizationScope scope = access.scope(user, Permission.ORGANIZATION_VIEW);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<OrganizationSummary> rows = jdbc.sql("SELECT id, name, type, parent_id, nlevel(path) - 1 AS depth,"
                        + " dissolved_on FROM organizations.organization o WHERE " + scope.sqlCondition("o.path")
                        + (includeDissolved ? "" : " AND o.dissolved_on IS NULL")
                        + " ORDER BY nlevel(path), name COLLATE \"vi-x-icu\", id")
                .params(scopeParams(scope))
                .query(OrganizationRecords::summary)
                .list();
        return OrganizationRules.buildForest(rows);
    }

    /** One organization with its units, terms, committee and history, if the user may see it. */
    @Transactional(readOnly = true)
    public OrganizationDetails details(CurrentUser user, OrganizationId id) {
        Set<Permission> permissions = access.permissions(user, id);
        if (!permissions.contains(Permission.ORGANIZATION_VIEW)) {
            throw new NotFoundException(ENTITY, id);
        }
        OrganizationRow row = records.load(id);
        List<OrganizationSummary> ancestors = jdbc.sql(
                        """
                        SELECT a.id, a.name, a.type, a.parent_id, nlevel(a.path) - 1 AS depth, a.dissolved_on
                        FROM organizations.organization o
                        JOIN organizations.organization a ON o.path <@ a.path AND a.id <> o.id
                        WHERE o.id = :id ORDER BY nlevel(a.path)
                        """)
                .param("id", id.value())
                .query(OrganizationRecords::summary)
                .list();
        List<OrganizationSummary> children = jdbc.sql(
                        """
                        SELECT id, name, type, parent_id, nlevel(path) - 1 AS depth, dissolved_on
                        FROM organizations.organization WHERE parent_id = :id
                        ORDER BY dissolved_on NULLS FIRST, name COLLATE "vi-x-icu", id
                        """)
                .param("id", id.value())
                .query(OrganizationRecords::summary)
                .list();
        List<OrganizationSummary> visibleAncestors = ancestors.stream()
                .filter(a -> !access.permissions(user, a.id()).isEmpty())
                .toList();
        return new OrganizationDetails(
                row.summary(),
                row.particulars(),
                visibleAncestors,
                children,
                units.units(id),
                terms.terms(id),
                history(id),
                permissions,
                access.mayRestructure(user, row));
    }

    /** The summary of one organization the user may see. */
    @Transactional(readOnly = true)
    public OrganizationSummary summary(CurrentUser user, OrganizationId id) {
        access.require(user, id, Permission.ORGANIZATION_VIEW);
        return records.load(id).summary();
    }

    /** The letterhead of documents the organization issues today; the higher body is named even when not visible. */
    @Transactional(readOnly = true)
    public Letterhead letterhead(CurrentUser user, OrganizationId id) {
        return letterhead(user, id, LocalDate.now(clock));
    }

    /**
     * The letterhead of a document the organization issued on {@code date}: HD 36-HD/VPTW names the directly higher body
     * as it stood that day, so that minutes of 2024 re-rendered later still print the district committee the branch was
     * under then, not the body it moved to when the district level was abolished (QĐ 294-QĐ/TW).
     */
    @Transactional(readOnly = true)
    public Letterhead letterhead(CurrentUser user, OrganizationId id, LocalDate date) {
        access.require(user, id, Permission.ORGANIZATION_VIEW);
        OrganizationRow row = records.load(id);
        OrganizationId parent = jdbc.sql(
                        """
                        SELECT parent_id FROM organizations.organization_link
                        WHERE organization_id = :id AND (valid_from IS NULL OR valid_from <= :d)
                          AND (valid_to IS NULL OR valid_to > :d)
                        ORDER BY valid_from DESC NULLS LAST LIMIT 1
                        """)
                .param("id", id.value())
                .param("d", date)
                .query((rs, n) -> OrganizationRecords.optionalId(rs, "parent_id"))
                .optional()
                // Before the organization's first link (a date before its founding): its first parent.
                .orElseGet(() -> firstParent(id, row.parentId()));
        String higher = parent == null ? null : records.load(parent).summary().name();
        String code = row.particulars().shortName() == null
                ? OrganizationRules.defaultCode(row.summary().type())
                : row.particulars().shortName();
        return new Letterhead(
                higher,
                row.summary().name(),
                code,
                row.particulars().place(),
                row.summary().type());
    }

    private OrganizationId firstParent(OrganizationId id, OrganizationId current) {
        return jdbc.sql(
                        """
                        SELECT parent_id FROM organizations.organization_link WHERE organization_id = :id
                        ORDER BY valid_from NULLS FIRST LIMIT 1
                        """)
                .param("id", id.value())
                .query((rs, n) -> OrganizationRecords.optionalId(rs, "parent_id"))
                .optional()
                .orElse(current);
    }

    /** The organizations of the subtree under {@code root} as the tree stood on {@code date}, in tree order. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> subtreeAt(CurrentUser user, OrganizationId root, LocalDate date) {
        access.require(user, root, Permission.ORGANIZATION_VIEW);
        return jdbc.sql(
                        """
                        WITH RECURSIVE sub (id, parent_id, depth, sort_path) AS (
                            SELECT o.id, CAST(NULL AS bigint), 0, ARRAY[o.name]
                            FROM organizations.organization o WHERE o.id = :root
                          UNION ALL
                            SELECT l.organization_id, l.parent_id, sub.depth + 1, sub.sort_path || c.name
                            FROM organizations.organization_link l
                            JOIN sub ON l.parent_id = sub.id
                            JOIN organizations.organization c ON c.id = l.organization_id
                            WHERE (l.valid_from IS NULL OR l.valid_from <= :d) AND (l.valid_to IS NULL OR l.valid_to > :d)
                        )
                        SELECT o.id, o.name, o.type, sub.parent_id, sub.depth,
                               CASE WHEN o.dissolved_on <= :d THEN o.dissolved_on END AS dissolved_on
                        FROM sub JOIN organizations.organization o ON o.id = sub.id
                        WHERE (o.founded_on IS NULL OR o.founded_on <= :d)
                          AND (o.dissolved_on IS NULL OR o.dissolved_on > :d)
                        ORDER BY sub.sort_path
                        """)
                .param("root", root.value())
                .param("d", date)
                .query(OrganizationRecords::summary)
                .list();
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    /** Creates an organization under {@code parent} (a root when null, for administrators only). */
    @Transactional
    public OrganizationId create(CurrentUser user, OrganizationId parent, OrganizationDraft draft) {
        // Who may create here is checked before what was sent is judged (issue 15).
        if (parent == null) {
            if (!user.isAdministrator()) {
                throw new ForbiddenException("Only administrators create root organizations");
            }
        } else {
            access.require(user, parent, Permission.ORGANIZATION_STRUCTURE);
        }
        OrganizationDraft clean = OrganizationRules.validate(draft);
        String parentPath = null;
        if (parent == null) {
            if (!clean.type().mayBeRoot()) {
                throw new InvalidInputException("parentId", "organization.parent.required");
            }
        } else {
            OrganizationRow parentRow = records.load(parent);
            OrganizationRules.checkNewChild(clean, parentRow);
            parentPath = parentRow.path();
        }
        long id = jdbc.sql(
                        """
                        INSERT INTO organizations.organization (name, short_name, type, parent_id, path, place, address,
                            phone, email, founded_on, founding_number, founding_symbol, founding_date)
                        VALUES (:name, :shortName, :type, :parent, '0', :place, :address, :phone, :email, :foundedOn,
                            :fNumber, :fSymbol, :fDate)
                        RETURNING id
                        """)
                .params(draftParams(clean))
                .param("parent", parent == null ? null : parent.value())
                .query(Long.class)
                .single();
        String path = parentPath == null ? Long.toString(id) : parentPath + "." + id;
        jdbc.sql("UPDATE organizations.organization SET path = CAST(:path AS ltree) WHERE id = :id")
                .param("path", path)
                .param("id", id)
                .update();
        jdbc.sql(
                        """
                        INSERT INTO organizations.organization_link (organization_id, parent_id, valid_from,
                            decision_number, decision_symbol, decision_date)
                        VALUES (:id, :parent, :from, :n, :s, :d)
                        """)
                .param("id", id)
                .param("parent", parent == null ? null : parent.value())
                .param("from", clean.foundedOn())
                .params(DecisionColumns.parameters(clean.founding()))
                .update();
        OrganizationId created = OrganizationId.of(id);
        audit.record(user, "organization.create", ENTITY, id, null, records.load(created));
        return created;
    }

    /** Edits the organization's own details; its place in the tree changes only by {@link #move}. */
    @Transactional
    public void update(CurrentUser user, OrganizationId id, OrganizationDraft draft) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        OrganizationDraft clean = OrganizationRules.validate(draft);
        OrganizationRow before = records.load(id);
        if (clean.type() != before.summary().type()) {
            if (before.parentId() == null) {
                if (!clean.type().mayBeRoot()) {
                    throw new InvalidInputException("type", "organization.type.notRoot");
                }
            } else {
                OrganizationRules.checkParent(
                        clean.type(), records.load(before.parentId()).summary());
            }
            List<String> childTypes = jdbc.sql(
                            "SELECT DISTINCT type FROM organizations.organization WHERE parent_id = :id"
                                    + " AND dissolved_on IS NULL")
                    .param("id", id.value())
                    .query(String.class)
                    .list();
            for (String childType : childTypes) {
                if (!OrganizationType.valueOf(childType).mayBeUnder(clean.type())) {
                    throw new InvalidInputException("type", "organization.type.children");
                }
            }
        }
        jdbc.sql(
                        """
                        UPDATE organizations.organization SET name = :name, short_name = :shortName, type = :type,
                            place = :place, address = :address, phone = :phone, email = :email,
                            founded_on = :foundedOn, founding_number = :fNumber, founding_symbol = :fSymbol,
                            founding_date = :fDate, updated_at = now()
                        WHERE id = :id
                        """)
                .params(draftParams(clean))
                .param("id", id.value())
                .update();
        audit.record(user, "organization.update", ENTITY, id, before, records.load(id));
    }

    /**
     * Moves the organization with its subtree under a new parent from the effective date, by the decision given (its
     * number at least); the old place stays in the history so that reports for earlier dates use the tree as it was.
     */
    @Transactional
    public void move(
            CurrentUser user,
            OrganizationId id,
            OrganizationId newParent,
            LocalDate effective,
            DecisionReference decision) {
        if (newParent == null) {
            throw new InvalidInputException("parentId", "validation.required");
        }
        if (effective == null) {
            throw new InvalidInputException("effectiveDate", "validation.required");
        }
        OrganizationRow row = records.load(id);
        access.requireStructureOver(user, row);
        access.require(user, newParent, Permission.ORGANIZATION_STRUCTURE);
        OrganizationRow parentRow = records.load(newParent);
        LinkRow current = records.currentLink(id);
        OrganizationRules.checkMove(row, parentRow, effective, LocalDate.now(clock), decision, current.validFrom());
        DecisionReference ref = OrganizationRules.cleanDecision(decision);
        jdbc.sql("UPDATE organizations.organization_link SET valid_to = :e WHERE id = :id")
                .param("e", effective)
                .param("id", current.id())
                .update();
        jdbc.sql(
                        """
                        INSERT INTO organizations.organization_link (organization_id, parent_id, valid_from,
                            decision_number, decision_symbol, decision_date)
                        VALUES (:id, :parent, :from, :n, :s, :d)
                        """)
                .param("id", id.value())
                .param("parent", newParent.value())
                .param("from", effective)
                .params(DecisionColumns.parameters(ref))
                .update();
        String newPath = parentRow.path() + "." + id.value();
        jdbc.sql(
                        """
                        UPDATE organizations.organization
                        SET path = CAST(:newPath AS ltree) || subpath(path, nlevel(CAST(:oldPath AS ltree))),
                            updated_at = now()
                        WHERE path <@ CAST(:oldPath AS ltree) AND path <> CAST(:oldPath AS ltree)
                        """)
                .param("newPath", newPath)
                .param("oldPath", row.path())
                .update();
        jdbc.sql(
                        """
                        UPDATE organizations.organization SET parent_id = :parent, path = CAST(:newPath AS ltree),
                            updated_at = now()
                        WHERE id = :id
                        """)
                .param("parent", newParent.value())
                .param("newPath", newPath)
                .param("id", id.value())
                .update();
        audit.record(
                user,
                "organization.move",
                ENTITY,
                id,
                Map.of("parentId", String.valueOf(row.parentId()), "path", row.path()),
                Map.of(
                        "parentId",
                        newParent.toString(),
                        "path",
                        newPath,
                        "effective",
                        effective.toString(),
                        "decision",
                        ref.display()));
    }

    /** Dissolves an organization that has no active subordinate organizations left. */
    @Transactional
    public void dissolve(CurrentUser user, OrganizationId id, LocalDate on, DecisionReference decision) {
        OrganizationRow row = records.load(id);
        access.requireStructureOver(user, row);
        LinkRow current = records.currentLink(id);
        OrganizationRules.checkDissolution(row, on, decision, current.validFrom());
        long activeChildren = jdbc.sql(
                        "SELECT count(*) FROM organizations.organization WHERE parent_id = :id AND dissolved_on IS NULL")
                .param("id", id.value())
                .query(Long.class)
                .single();
        if (activeChildren > 0) {
            throw new InvalidInputException("dissolvedOn", "organization.dissolve.children", activeChildren);
        }
        jdbc.sql(
                        """
                        UPDATE organizations.organization SET dissolved_on = :on, dissolution_number = :n,
                            dissolution_symbol = :s, dissolution_date = :d, updated_at = now()
                        WHERE id = :id
                        """)
                .param("on", on)
                .params(DecisionColumns.parameters(decision))
                .param("id", id.value())
                .update();
        jdbc.sql("UPDATE organizations.organization_link SET valid_to = :on WHERE id = :id")
                .param("on", on)
                .param("id", current.id())
                .update();
        audit.record(user, "organization.dissolve", ENTITY, id, row, records.load(id));
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    private List<ParentLink> history(OrganizationId id) {
        return jdbc.sql(
                        """
                        SELECT l.parent_id, p.name AS parent_name, l.valid_from, l.valid_to,
                               l.decision_number, l.decision_symbol, l.decision_date
                        FROM organizations.organization_link l
                        LEFT JOIN organizations.organization p ON p.id = l.parent_id
                        WHERE l.organization_id = :id ORDER BY l.valid_from NULLS FIRST
                        """)
                .param("id", id.value())
                .query((rs, n) -> new ParentLink(
                        OrganizationRecords.optionalId(rs, "parent_id"),
                        rs.getString("parent_name"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        DecisionColumns.read(rs, "decision")))
                .list();
    }

    private static Map<String, Object> scopeParams(OrganizationScope scope) {
        return Map.of("scopePaths", scope.pathArray());
    }

    private static Map<String, Object> draftParams(OrganizationDraft d) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", d.name());
        params.put("shortName", d.shortName());
        params.put("type", d.type().name());
        params.put("place", d.place());
        params.put("address", d.address());
        params.put("phone", d.phone());
        params.put("email", d.email());
        params.put("foundedOn", d.foundedOn());
        params.put("fNumber", d.founding().number());
        params.put("fSymbol", d.founding().symbol());
        params.put("fDate", d.founding().date());
        return params;
    }
}
