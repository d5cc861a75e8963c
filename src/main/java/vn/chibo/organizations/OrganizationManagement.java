package vn.chibo.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The Party organization tree: browsing within the caller's scope, creating, editing, moving and dissolving
 * organizations with their decisions, and the tree as it stood on a past date. Every method checks the caller's grants:
 * an organization outside them does not exist for the caller (404); one inside without the needed permission is 403.
 */
@Service
public class OrganizationManagement {

    private static final String ENTITY = "Organization";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationManagement(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- scope ------------------------------------------------------------------------------------------------

    /** The part of the tree where the user holds the permission. */
    @Transactional(readOnly = true)
    public OrganizationScope scope(CurrentUser user, Permission permission) {
        if (user.hasEverywhere(permission)) {
            return new OrganizationScope(true, List.of());
        }
        Set<Long> roots = user.organizationsWith(permission);
        if (roots.isEmpty()) {
            return new OrganizationScope(false, List.of());
        }
        List<String> paths = jdbc.sql("SELECT path::text FROM organizations.organization WHERE id = ANY(:ids)")
                .param("ids", roots.toArray(Long[]::new))
                .query(String.class)
                .list();
        return new OrganizationScope(false, paths);
    }

    /** The permissions the user holds on the organization, through grants on it or any ancestor. */
    @Transactional(readOnly = true)
    public Set<Permission> permissions(CurrentUser user, OrganizationId id) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        List<Long> ancestry = jdbc.sql(
                        """
                        SELECT a.id FROM organizations.organization o
                        JOIN organizations.organization a ON o.path <@ a.path
                        WHERE o.id = :id
                        """)
                .param("id", id.value())
                .query(Long.class)
                .list();
        if (ancestry.isEmpty()) {
            return result;
        }
        for (var grant : user.grants()) {
            if (grant.systemWide() || ancestry.contains(grant.organizationId())) {
                for (Permission p : Permission.values()) {
                    if (grant.role().allows(p)) {
                        result.add(p);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Checks that the user holds the permission on the organization: 404 when the user may not even see it, 403 when
     * she sees it but may not do this.
     */
    @Transactional(readOnly = true)
    public void require(CurrentUser user, OrganizationId id, Permission permission) {
        Set<Permission> held = permissions(user, id);
        if (held.isEmpty()) {
            throw new NotFoundException(ENTITY, id);
        }
        if (!held.contains(permission)) {
            throw new ForbiddenException("Missing " + permission + " on organization " + id);
        }
    }

    /**
     * Moving or dissolving an organization is decided by the level above it: the user needs the structure permission
     * on its parent (administrators for a root). Someone who sees the organization but not that is refused (403).
     */
    @Transactional(readOnly = true)
    public void requireStructureOver(CurrentUser user, OrganizationId id) {
        requireStructureOver(user, load(id));
    }

    private void requireStructureOver(CurrentUser user, OrganizationRow row) {
        require(user, row.summary().id(), Permission.ORGANIZATION_VIEW);
        boolean allowed = row.parentId() == null
                ? user.isAdministrator()
                : permissions(user, row.parentId()).contains(Permission.ORGANIZATION_STRUCTURE);
        if (!allowed) {
            throw new ForbiddenException("Restructuring " + row.summary().id() + " is decided above it");
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** The organizations the user may see, as a forest whose roots are the tops of her grants. */
    @Transactional(readOnly = true)
    public List<OrganizationNode> visibleTree(CurrentUser user, boolean includeDissolved) {
        OrganizationScope scope = scope(user, Permission.ORGANIZATION_VIEW);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<OrganizationSummary> rows = jdbc.sql("SELECT id, name, type, parent_id, nlevel(path) - 1 AS depth,"
                        + " dissolved_on FROM organizations.organization o WHERE " + scope.sqlCondition("o.path")
                        + (includeDissolved ? "" : " AND o.dissolved_on IS NULL")
                        + " ORDER BY nlevel(path), name COLLATE \"vi-x-icu\", id")
                .params(scopeParams(scope))
                .query(OrganizationManagement::summary)
                .list();
        return buildForest(rows);
    }

    /** One organization with its units, terms, committee and history, if the user may see it. */
    @Transactional(readOnly = true)
    public OrganizationDetails details(CurrentUser user, OrganizationId id) {
        Set<Permission> permissions = permissions(user, id);
        if (!permissions.contains(Permission.ORGANIZATION_VIEW)) {
            throw new NotFoundException(ENTITY, id);
        }
        OrganizationRow row = load(id);
        List<OrganizationSummary> ancestors = jdbc.sql(
                        """
                        SELECT a.id, a.name, a.type, a.parent_id, nlevel(a.path) - 1 AS depth, a.dissolved_on
                        FROM organizations.organization o
                        JOIN organizations.organization a ON o.path <@ a.path AND a.id <> o.id
                        WHERE o.id = :id ORDER BY nlevel(a.path)
                        """)
                .param("id", id.value())
                .query(OrganizationManagement::summary)
                .list();
        List<OrganizationSummary> children = jdbc.sql(
                        """
                        SELECT id, name, type, parent_id, nlevel(path) - 1 AS depth, dissolved_on
                        FROM organizations.organization WHERE parent_id = :id
                        ORDER BY dissolved_on NULLS FIRST, name COLLATE "vi-x-icu", id
                        """)
                .param("id", id.value())
                .query(OrganizationManagement::summary)
                .list();
        List<OrganizationSummary> visibleAncestors = ancestors.stream()
                .filter(a -> !permissions(user, a.id()).isEmpty())
                .toList();
        return new OrganizationDetails(
                row.summary(),
                row.shortName(),
                row.place(),
                row.address(),
                row.phone(),
                row.email(),
                row.foundedOn(),
                row.founding(),
                row.dissolution(),
                visibleAncestors,
                children,
                units(id),
                terms(id),
                history(id),
                permissions,
                row.parentId() == null
                        ? user.isAdministrator()
                        : permissions(user, row.parentId()).contains(Permission.ORGANIZATION_STRUCTURE));
    }

    /** The summary of one organization the user may see. */
    @Transactional(readOnly = true)
    public OrganizationSummary summary(CurrentUser user, OrganizationId id) {
        require(user, id, Permission.ORGANIZATION_VIEW);
        return load(id).summary();
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
        require(user, id, Permission.ORGANIZATION_VIEW);
        OrganizationRow row = load(id);
        OrganizationId parent = jdbc.sql(
                        """
                        SELECT parent_id FROM organizations.organization_link
                        WHERE organization_id = :id AND (valid_from IS NULL OR valid_from <= :d)
                          AND (valid_to IS NULL OR valid_to > :d)
                        ORDER BY valid_from DESC NULLS LAST LIMIT 1
                        """)
                .param("id", id.value())
                .param("d", date)
                .query((rs, n) -> optionalId(rs, "parent_id"))
                .optional()
                // Before the organization's first link (a date before its founding): its first parent.
                .orElseGet(() -> firstParent(id, row.parentId()));
        String higher = parent == null ? null : load(parent).summary().name();
        String code = row.shortName() == null ? defaultCode(row.summary().type()) : row.shortName();
        return new Letterhead(
                higher, row.summary().name(), code, row.place(), row.summary().type());
    }

    private OrganizationId firstParent(OrganizationId id, OrganizationId current) {
        return jdbc.sql(
                        """
                        SELECT parent_id FROM organizations.organization_link WHERE organization_id = :id
                        ORDER BY valid_from NULLS FIRST LIMIT 1
                        """)
                .param("id", id.value())
                .query((rs, n) -> optionalId(rs, "parent_id"))
                .optional()
                .orElse(current);
    }

    /** The term of the organization that covers the date, if any. */
    @Transactional(readOnly = true)
    public Optional<TermDetails> termOn(CurrentUser user, OrganizationId id, LocalDate date) {
        require(user, id, Permission.ORGANIZATION_VIEW);
        return terms(id).stream().filter(t -> t.covers(date)).findFirst();
    }

    /**
     * The seats of the organization's committee held on the date, in the term that covers it: secretary first, then the
     * deputies, the standing members and the members.
     */
    @Transactional(readOnly = true)
    public List<CommitteeSeat> committeeOn(CurrentUser user, OrganizationId id, LocalDate date) {
        return termOn(user, id, date)
                .map(t -> t.committee().stream()
                        .filter(seat -> seat.activeOn(date))
                        .toList())
                .orElse(List.of());
    }

    private static String defaultCode(OrganizationType type) {
        // HD 36 abbreviations of the issuing body in document symbols.
        return switch (type) {
            case PROVINCIAL_COMMITTEE -> "TU";
            case DISTRICT_COMMITTEE -> "HU";
            case COMMUNE_COMMITTEE, GRASSROOTS_COMMITTEE -> "ĐU";
            case SUB_COMMITTEE -> "ĐUBP";
            case GRASSROOTS_BRANCH, BRANCH -> "CB";
            case CELL -> "TĐ";
        };
    }

    /** The organizations of the subtree under {@code root} as the tree stood on {@code date}, in tree order. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> subtreeAt(CurrentUser user, OrganizationId root, LocalDate date) {
        require(user, root, Permission.ORGANIZATION_VIEW);
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
                .query(OrganizationManagement::summary)
                .list();
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    /** Creates an organization under {@code parent} (a root when null, for administrators only). */
    @Transactional
    public OrganizationId create(CurrentUser user, OrganizationId parent, OrganizationDraft draft) {
        OrganizationDraft clean = validate(draft);
        String parentPath = null;
        if (parent == null) {
            if (!user.isAdministrator()) {
                throw new ForbiddenException("Only administrators create root organizations");
            }
            if (!clean.type().mayBeRoot()) {
                throw new InvalidInputException("parentId", "organization.parent.required");
            }
        } else {
            require(user, parent, Permission.ORGANIZATION_STRUCTURE);
            OrganizationRow parentRow = load(parent);
            checkParent(clean.type(), parentRow);
            if (clean.foundedOn() != null
                    && parentRow.foundedOn() != null
                    && clean.foundedOn().isBefore(parentRow.foundedOn())) {
                throw new InvalidInputException("foundedOn", "organization.foundedOn.beforeParent");
            }
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
                .param("n", clean.founding().number())
                .param("s", clean.founding().symbol())
                .param("d", clean.founding().date())
                .update();
        OrganizationId created = OrganizationId.of(id);
        audit.record(user, "organization.create", ENTITY, id, null, load(created));
        return created;
    }

    /** Edits the organization's own details; its place in the tree changes only by {@link #move}. */
    @Transactional
    public void update(CurrentUser user, OrganizationId id, OrganizationDraft draft) {
        require(user, id, Permission.ORGANIZATION_MANAGE);
        OrganizationDraft clean = validate(draft);
        OrganizationRow before = load(id);
        if (clean.type() != before.summary().type()) {
            if (before.parentId() == null) {
                if (!clean.type().mayBeRoot()) {
                    throw new InvalidInputException("type", "organization.type.notRoot");
                }
            } else {
                checkParent(clean.type(), load(before.parentId()));
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
        audit.record(user, "organization.update", ENTITY, id, before, load(id));
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
        OrganizationRow row = load(id);
        requireStructureOver(user, row);
        require(user, newParent, Permission.ORGANIZATION_STRUCTURE);
        if (effective.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("effectiveDate", "organization.move.future");
        }
        // A Party organization changes its superior by a decision of the committee above; the tree keeps it.
        if (decision == null || decision.number() == null || decision.number().isBlank()) {
            throw new InvalidInputException("decisionNumber", "organization.decision.required");
        }
        if (row.summary().dissolved()) {
            throw new InvalidInputException("parentId", "organization.dissolved.already");
        }
        OrganizationRow parentRow = load(newParent);
        if (newParent.equals(row.parentId())) {
            throw new InvalidInputException("parentId", "organization.move.sameParent");
        }
        if (isInSubtree(parentRow.path(), row.path())) {
            throw new InvalidInputException("parentId", "organization.move.cycle");
        }
        checkParent(row.summary().type(), parentRow);
        LinkRow current = currentLink(id);
        if (current.validFrom() != null && !effective.isAfter(current.validFrom())) {
            throw new InvalidInputException(
                    "effectiveDate",
                    "organization.move.beforeCurrent",
                    current.validFrom().toString());
        }
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
                .param("n", blankToNull(decision == null ? null : decision.number()))
                .param("s", blankToNull(decision == null ? null : decision.symbol()))
                .param("d", decision == null ? null : decision.date())
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
                        decision == null ? "" : decision.display()));
    }

    /** Dissolves an organization that has no active subordinate organizations left. */
    @Transactional
    public void dissolve(CurrentUser user, OrganizationId id, LocalDate on, DecisionReference decision) {
        OrganizationRow row = load(id);
        requireStructureOver(user, row);
        if (on == null) {
            throw new InvalidInputException("dissolvedOn", "validation.required");
        }
        if (decision == null || decision.number() == null || decision.number().isBlank()) {
            throw new InvalidInputException("decisionNumber", "organization.decision.required");
        }
        if (row.summary().dissolved()) {
            throw new InvalidInputException("dissolvedOn", "organization.dissolved.already");
        }
        if (row.foundedOn() != null && on.isBefore(row.foundedOn())) {
            throw new InvalidInputException("dissolvedOn", "organization.dissolvedOn.beforeFounded");
        }
        LinkRow current = currentLink(id);
        if (current.validFrom() != null && !on.isAfter(current.validFrom())) {
            throw new InvalidInputException(
                    "dissolvedOn",
                    "organization.move.beforeCurrent",
                    current.validFrom().toString());
        }
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
                .param("n", blankToNull(decision.number()))
                .param("s", blankToNull(decision.symbol()))
                .param("d", decision.date())
                .param("id", id.value())
                .update();
        jdbc.sql("UPDATE organizations.organization_link SET valid_to = :on WHERE id = :id")
                .param("on", on)
                .param("id", current.id())
                .update();
        audit.record(user, "organization.dissolve", ENTITY, id, row, load(id));
    }

    // ---- units --------------------------------------------------------------------------------------------------

    /** Attaches an education unit with its staff counts to the organization. */
    @Transactional
    public long addUnit(CurrentUser user, OrganizationId id, UnitDraft draft) {
        require(user, id, Permission.ORGANIZATION_MANAGE);
        UnitDraft clean = validate(draft);
        long unitId = jdbc.sql(
                        """
                        INSERT INTO organizations.unit (organization_id, name, kind, address, managers, teachers,
                            employees, staff_as_of)
                        VALUES (:org, :name, :kind, :address, :managers, :teachers, :employees, :asOf) RETURNING id
                        """)
                .params(unitParams(clean))
                .param("org", id.value())
                .query(Long.class)
                .single();
        audit.record(user, "unit.create", "Unit", unitId, null, clean);
        return unitId;
    }

    /** Corrects an attached unit: its name, kind, address and staff counts. */
    @Transactional
    public void updateUnit(CurrentUser user, OrganizationId id, long unitId, UnitDraft draft) {
        require(user, id, Permission.ORGANIZATION_MANAGE);
        UnitDetails before = unit(id, unitId);
        UnitDraft clean = validate(draft);
        jdbc.sql(
                        """
                        UPDATE organizations.unit SET name = :name, kind = :kind, address = :address,
                            managers = :managers, teachers = :teachers, employees = :employees, staff_as_of = :asOf
                        WHERE id = :unit AND organization_id = :org
                        """)
                .params(unitParams(clean))
                .param("unit", unitId)
                .param("org", id.value())
                .update();
        audit.record(user, "unit.update", "Unit", unitId, before, unit(id, unitId));
    }

    /** Detaches a unit from the organization. */
    @Transactional
    public void removeUnit(CurrentUser user, OrganizationId id, long unitId) {
        require(user, id, Permission.ORGANIZATION_MANAGE);
        UnitDetails before = unit(id, unitId);
        jdbc.sql("DELETE FROM organizations.unit WHERE id = :unit AND organization_id = :org")
                .param("unit", unitId)
                .param("org", id.value())
                .update();
        audit.record(user, "unit.delete", "Unit", unitId, before, null);
    }

    // ---- terms and committees -----------------------------------------------------------------------------------

    /** Opens a term (nhiệm kỳ) of the organization; the terms of one organization never overlap. */
    @Transactional
    public long addTerm(CurrentUser user, OrganizationId id, String name, LocalDate startsOn, LocalDate endsOn) {
        require(user, id, Permission.ORGANIZATION_MANAGE);
        checkTerm(id, 0, name, startsOn, endsOn);
        long termId = jdbc.sql(
                        """
                        INSERT INTO organizations.term (organization_id, name, starts_on, ends_on)
                        VALUES (:org, :name, :s, :e) RETURNING id
                        """)
                .param("org", id.value())
                .param("name", name.strip())
                .param("s", startsOn)
                .param("e", endsOn)
                .query(Long.class)
                .single();
        audit.record(user, "term.create", "Term", termId, null, termValue(id, name.strip(), startsOn, endsOn));
        return termId;
    }

    /**
     * Corrects a term's name and dates. The term may not come to overlap another one, and every seat of its committee
     * must still start within it.
     */
    @Transactional
    public void updateTerm(
            CurrentUser user, OrganizationId id, long termId, String name, LocalDate startsOn, LocalDate endsOn) {
        require(user, id, Permission.ORGANIZATION_MANAGE);
        TermDetails before = term(id, termId);
        checkTerm(id, termId, name, startsOn, endsOn);
        for (CommitteeSeat seat : before.committee()) {
            if (seat.fromDate().isBefore(startsOn)) {
                throw new InvalidInputException(
                        "startsOn",
                        "term.seatOutside",
                        seat.fullName(),
                        seat.fromDate().toString());
            }
            if (!seat.fromDate().isBefore(endsOn)) {
                throw new InvalidInputException(
                        "endsOn",
                        "term.seatOutside",
                        seat.fullName(),
                        seat.fromDate().toString());
            }
        }
        jdbc.sql(
                        """
                        UPDATE organizations.term SET name = :name, starts_on = :s, ends_on = :e
                        WHERE id = :term AND organization_id = :org
                        """)
                .param("name", name.strip())
                .param("s", startsOn)
                .param("e", endsOn)
                .param("term", termId)
                .param("org", id.value())
                .update();
        TermDetails after = term(id, termId);
        audit.record(
                user,
                "term.update",
                "Term",
                termId,
                termValue(id, before.name(), before.startsOn(), before.endsOn()),
                termValue(id, after.name(), after.startsOn(), after.endsOn()));
    }

    private void checkTerm(OrganizationId id, long termId, String name, LocalDate startsOn, LocalDate endsOn) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (startsOn == null) {
            throw new InvalidInputException("startsOn", "validation.required");
        }
        if (endsOn == null) {
            throw new InvalidInputException("endsOn", "validation.required");
        }
        if (!endsOn.isAfter(startsOn)) {
            throw new InvalidInputException("endsOn", "term.endsOn.beforeStart");
        }
        long overlapping = jdbc.sql(
                        """
                        SELECT count(*) FROM organizations.term WHERE organization_id = :org AND id <> :term
                        AND daterange(starts_on, ends_on) && daterange(:s, :e)
                        """)
                .param("org", id.value())
                .param("term", termId)
                .param("s", startsOn)
                .param("e", endsOn)
                .query(Long.class)
                .single();
        if (overlapping > 0) {
            throw new InvalidInputException("startsOn", "term.overlap");
        }
    }

    private static Map<String, Object> termValue(OrganizationId id, String name, LocalDate startsOn, LocalDate endsOn) {
        return Map.of("organizationId", id.value(), "name", name, "startsOn", startsOn, "endsOn", endsOn);
    }

    /** Seats someone on a term's committee; a term has at most one secretary at a time. */
    @Transactional
    public long addCommitteeSeat(
            CurrentUser user,
            OrganizationId id,
            long termId,
            String fullName,
            Position position,
            LocalDate from,
            LocalDate to,
            DecisionReference decision) {
        require(user, id, Permission.ORGANIZATION_MANAGE);
        TermDetails term = term(id, termId);
        checkSeat(term, 0, fullName, position, from, to);
        DecisionReference ref = decision == null ? new DecisionReference(null, null, null) : decision;
        long seatId = jdbc.sql(
                        """
                        INSERT INTO organizations.committee_seat (term_id, full_name, position, from_date, to_date,
                            decision_number, decision_symbol, decision_date)
                        VALUES (:term, :name, :position, :from, :to, :n, :s, :d) RETURNING id
                        """)
                .param("term", termId)
                .param("name", fullName.strip())
                .param("position", position.name())
                .param("from", from)
                .param("to", to)
                .param("n", blankToNull(ref.number()))
                .param("s", blankToNull(ref.symbol()))
                .param("d", ref.date())
                .query(Long.class)
                .single();
        audit.record(
                user,
                "committee.seat.create",
                "CommitteeSeat",
                seatId,
                null,
                new CommitteeSeat(seatId, fullName.strip(), position, from, to, ref));
        return seatId;
    }

    /** Corrects a committee seat: who held it, the position, the dates and the decision, under the rules of seating. */
    @Transactional
    public void updateCommitteeSeat(
            CurrentUser user,
            OrganizationId id,
            long termId,
            long seatId,
            String fullName,
            Position position,
            LocalDate from,
            LocalDate to,
            DecisionReference decision) {
        require(user, id, Permission.ORGANIZATION_MANAGE);
        TermDetails term = term(id, termId);
        CommitteeSeat before = seat(term, seatId);
        checkSeat(term, seatId, fullName, position, from, to);
        DecisionReference ref = decision == null ? new DecisionReference(null, null, null) : decision;
        jdbc.sql(
                        """
                        UPDATE organizations.committee_seat SET full_name = :name, position = :position,
                            from_date = :from, to_date = :to, decision_number = :n, decision_symbol = :s,
                            decision_date = :d
                        WHERE id = :seat AND term_id = :term
                        """)
                .param("name", fullName.strip())
                .param("position", position.name())
                .param("from", from)
                .param("to", to)
                .param("n", blankToNull(ref.number()))
                .param("s", blankToNull(ref.symbol()))
                .param("d", ref.date())
                .param("seat", seatId)
                .param("term", termId)
                .update();
        audit.record(user, "committee.seat.update", "CommitteeSeat", seatId, before, seat(term(id, termId), seatId));
    }

    /**
     * Records that the holder of a seat left the committee (resigned, moved, replaced): {@code lastDay} is the last day
     * in the seat. A seat that already has an end is corrected with {@link #updateCommitteeSeat} instead.
     */
    @Transactional
    public void endCommitteeSeat(CurrentUser user, OrganizationId id, long termId, long seatId, LocalDate lastDay) {
        require(user, id, Permission.ORGANIZATION_MANAGE);
        CommitteeSeat before = seat(term(id, termId), seatId);
        if (lastDay == null) {
            throw new InvalidInputException("toDate", "validation.required");
        }
        if (before.toDate() != null) {
            throw new InvalidInputException(
                    "toDate", "committee.seat.alreadyEnded", before.toDate().toString());
        }
        if (lastDay.isBefore(before.fromDate())) {
            throw new InvalidInputException("toDate", "committee.toDate.beforeFrom");
        }
        jdbc.sql("UPDATE organizations.committee_seat SET to_date = :to WHERE id = :seat AND term_id = :term")
                .param("to", lastDay)
                .param("seat", seatId)
                .param("term", termId)
                .update();
        audit.record(user, "committee.seat.end", "CommitteeSeat", seatId, before, seat(term(id, termId), seatId));
    }

    /** The rules of a seat; {@code seatId} is the seat being corrected (0 for a new one), which cannot clash with itself. */
    private static void checkSeat(
            TermDetails term, long seatId, String fullName, Position position, LocalDate from, LocalDate to) {
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInputException("fullName", "validation.required");
        }
        if (fullName.strip().length() > 200) {
            throw new InvalidInputException("fullName", "validation.tooLong", 200);
        }
        if (position == null) {
            throw new InvalidInputException("position", "validation.required");
        }
        if (from == null) {
            throw new InvalidInputException("fromDate", "validation.required");
        }
        if (from.isBefore(term.startsOn()) || !from.isBefore(term.endsOn())) {
            throw new InvalidInputException("fromDate", "committee.fromDate.outsideTerm");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("toDate", "committee.toDate.beforeFrom");
        }
        if (position == Position.SECRETARY) {
            boolean clash = term.committee().stream()
                    .filter(s -> s.id() != seatId && s.position() == Position.SECRETARY)
                    .anyMatch(s -> overlaps(s.fromDate(), s.toDate(), from, to));
            if (clash) {
                throw new InvalidInputException("position", "committee.secretary.taken");
            }
        }
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    private List<UnitDetails> units(OrganizationId id) {
        return jdbc.sql(
                        """
                        SELECT id, name, kind, address, managers, teachers, employees, staff_as_of
                        FROM organizations.unit WHERE organization_id = :id ORDER BY name COLLATE "vi-x-icu", id
                        """)
                .param("id", id.value())
                .query(OrganizationManagement::unitRow)
                .list();
    }

    private UnitDetails unit(OrganizationId id, long unitId) {
        return units(id).stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Unit", unitId));
    }

    private TermDetails term(OrganizationId id, long termId) {
        return terms(id).stream()
                .filter(t -> t.id() == termId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Term", termId));
    }

    private static CommitteeSeat seat(TermDetails term, long seatId) {
        return term.seat(seatId).orElseThrow(() -> new NotFoundException("CommitteeSeat", seatId));
    }

    private List<TermDetails> terms(OrganizationId id) {
        Map<Long, List<CommitteeSeat>> seats = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        SELECT s.term_id, s.id, s.full_name, s.position, s.from_date, s.to_date,
                               s.decision_number, s.decision_symbol, s.decision_date
                        FROM organizations.committee_seat s JOIN organizations.term t ON t.id = s.term_id
                        WHERE t.organization_id = :id
                        ORDER BY CASE s.position WHEN 'SECRETARY' THEN 0 WHEN 'DEPUTY_SECRETARY' THEN 1
                                 WHEN 'STANDING_MEMBER' THEN 2 ELSE 3 END, s.from_date, s.full_name COLLATE "vi-x-icu"
                        """)
                .param("id", id.value())
                .query((rs, n) -> {
                    seats.computeIfAbsent(rs.getLong("term_id"), k -> new ArrayList<>())
                            .add(new CommitteeSeat(
                                    rs.getLong("id"),
                                    rs.getString("full_name"),
                                    Position.valueOf(rs.getString("position")),
                                    rs.getObject("from_date", LocalDate.class),
                                    rs.getObject("to_date", LocalDate.class),
                                    decision(rs, "decision")));
                    return null;
                })
                .list();
        return jdbc.sql(
                        """
                        SELECT id, name, starts_on, ends_on FROM organizations.term
                        WHERE organization_id = :id ORDER BY starts_on DESC
                        """)
                .param("id", id.value())
                .query((rs, n) -> new TermDetails(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        List.copyOf(seats.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

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
                        optionalId(rs, "parent_id"),
                        rs.getString("parent_name"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        decision(rs, "decision")))
                .list();
    }

    private OrganizationRow load(OrganizationId id) {
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
                        rs.getString("short_name"),
                        rs.getString("place"),
                        rs.getString("address"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getObject("founded_on", LocalDate.class),
                        decision(rs, "founding"),
                        decision(rs, "dissolution")))
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private LinkRow currentLink(OrganizationId id) {
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

    static boolean isInSubtree(String candidatePath, String rootPath) {
        return candidatePath.equals(rootPath) || candidatePath.startsWith(rootPath + ".");
    }

    static void checkParent(OrganizationType type, OrganizationSummary parent) {
        if (parent.dissolved()) {
            throw new InvalidInputException("parentId", "organization.parent.dissolved");
        }
        if (!type.mayBeUnder(parent.type())) {
            throw new InvalidInputException("type", "organization.type.notUnderParent");
        }
    }

    private static void checkParent(OrganizationType type, OrganizationRow parent) {
        checkParent(type, parent.summary());
    }

    static OrganizationDraft validate(OrganizationDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (draft.name().strip().length() > 300) {
            throw new InvalidInputException("name", "validation.tooLong", 300);
        }
        if (draft.type() == null) {
            throw new InvalidInputException("type", "validation.required");
        }
        if (!draft.type().mayBeFoundedOn(draft.foundedOn())) {
            throw new InvalidInputException("type", "organization.type.districtAbolished");
        }
        if (draft.email() != null
                && !draft.email().isBlank()
                && !draft.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "validation.email");
        }
        DecisionReference founding =
                draft.founding() == null ? new DecisionReference(null, null, null) : draft.founding();
        return new OrganizationDraft(
                draft.name().strip(),
                blankToNull(draft.shortName()),
                draft.type(),
                blankToNull(draft.place()),
                blankToNull(draft.address()),
                blankToNull(draft.phone()),
                blankToNull(draft.email()),
                draft.foundedOn(),
                founding);
    }

    static UnitDraft validate(UnitDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        for (var count : List.of(
                Map.entry("managers", nullToZero(draft.managers())),
                Map.entry("teachers", nullToZero(draft.teachers())),
                Map.entry("employees", nullToZero(draft.employees())))) {
            if (count.getValue() < 0 || count.getValue() > 100_000) {
                throw new InvalidInputException(count.getKey(), "unit.staff.range");
            }
        }
        return new UnitDraft(
                draft.name().strip(),
                draft.kind(),
                blankToNull(draft.address()),
                nullToZero(draft.managers()),
                nullToZero(draft.teachers()),
                nullToZero(draft.employees()),
                draft.staffAsOf());
    }

    private static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return (aTo == null || !aTo.isBefore(bFrom)) && (bTo == null || !bTo.isBefore(aFrom));
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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
        params.put("fNumber", blankToNull(d.founding().number()));
        params.put("fSymbol", blankToNull(d.founding().symbol()));
        params.put("fDate", d.founding().date());
        return params;
    }

    private static Map<String, Object> unitParams(UnitDraft u) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", u.name());
        params.put("kind", u.kind().name());
        params.put("address", u.address());
        params.put("managers", u.managers());
        params.put("teachers", u.teachers());
        params.put("employees", u.employees());
        params.put("asOf", u.staffAsOf());
        return params;
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

    private static UnitDetails unitRow(ResultSet rs, int rowNum) throws SQLException {
        return new UnitDetails(
                rs.getLong("id"),
                rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getString("address"),
                rs.getInt("managers"),
                rs.getInt("teachers"),
                rs.getInt("employees"),
                rs.getObject("staff_as_of", LocalDate.class));
    }

    private static OrganizationId optionalId(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : OrganizationId.of(value);
    }

    private static DecisionReference decision(ResultSet rs, String prefix) throws SQLException {
        return new DecisionReference(
                rs.getString(prefix + "_number"),
                rs.getString(prefix + "_symbol"),
                rs.getObject(prefix + "_date", LocalDate.class));
    }

    static List<OrganizationNode> buildForest(List<OrganizationSummary> rows) {
        Map<OrganizationId, List<OrganizationNode>> childrenOf = new LinkedHashMap<>();
        Map<OrganizationId, OrganizationNode> nodes = new LinkedHashMap<>();
        for (OrganizationSummary row : rows) {
            OrganizationNode node = new OrganizationNode(row, new ArrayList<>());
            nodes.put(row.id(), node);
            childrenOf.put(row.id(), node.children());
        }
        List<OrganizationNode> roots = new ArrayList<>();
        for (OrganizationNode node : nodes.values()) {
            OrganizationId parent = node.organization().parentId();
            if (parent != null && childrenOf.containsKey(parent)) {
                childrenOf.get(parent).add(node);
            } else {
                roots.add(node);
            }
        }
        return roots;
    }

    /** The stored organization, also the before/after value in the audit log. */
    record OrganizationRow(
            OrganizationSummary summary,
            String path,
            String shortName,
            String place,
            String address,
            String phone,
            String email,
            LocalDate foundedOn,
            DecisionReference founding,
            DecisionReference dissolution) {

        OrganizationId parentId() {
            return summary.parentId();
        }
    }

    private record LinkRow(long id, LocalDate validFrom) {}
}
