package vn.chibo.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * The education units (đơn vị) attached to an organization, with the staff counts behind the member-to-staff ratio.
 * Each dated count is kept ({@code organizations.unit_staff}), so that the ratio on a past date divides by the staff
 * counted then; the unit's own row holds the newest count, or an undated one for a unit whose counts were never dated.
 */
@Service
public class OrganizationUnits {

    private static final String ENTITY = "Unit";

    private final JdbcClient jdbc;
    private final OrganizationAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationUnits(JdbcClient jdbc, OrganizationAccess access, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The units attached to any of the organizations, in Vietnamese order of their names; the caller has already
     * decided which organizations the user may see.
     */
    @Transactional(readOnly = true)
    public List<UnitName> unitsOf(Collection<OrganizationId> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, name FROM organizations.unit WHERE organization_id IN (:ids)"
                        + " ORDER BY name COLLATE \"vi-x-icu\", id")
                .param("ids", organizations.stream().map(OrganizationId::value).toList())
                .query((rs, n) -> new UnitName(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /**
     * The units attached to each of the organizations, with their newest staff counts; an organization without units
     * is absent. The caller has already decided which organizations the user may see.
     */
    @Transactional(readOnly = true)
    public Map<OrganizationId, List<UnitDetails>> unitsByOrganization(Collection<OrganizationId> organizations) {
        return unitsByOrganization(organizations, null);
    }

    /**
     * The units attached to each of the organizations with the staff counted on the date (the newest count dated on
     * or before it): the denominator of the member-to-staff ratio on that day. A unit first counted after the date
     * gets its earliest count, whose date shows it; a unit whose counts were never dated, its undated one. With a null
     * date, the newest counts. The caller has already decided which organizations the user may see.
     */
    @Transactional(readOnly = true)
    public Map<OrganizationId, List<UnitDetails>> unitsByOrganization(
            Collection<OrganizationId> organizations, LocalDate date) {
        Map<OrganizationId, List<UnitDetails>> result = new LinkedHashMap<>();
        if (organizations.isEmpty()) {
            return result;
        }
        Long[] ids = organizations.stream().map(OrganizationId::value).toArray(Long[]::new);
        String sql = date == null
                ? """
                  SELECT organization_id, id, name, kind, address, managers, teachers, employees, staff_as_of
                  FROM organizations.unit WHERE organization_id = ANY(:ids) ORDER BY name COLLATE "vi-x-icu", id
                  """
                : """
                  SELECT u.organization_id, u.id, u.name, u.kind, u.address,
                      coalesce(s.managers, u.managers) AS managers, coalesce(s.teachers, u.teachers) AS teachers,
                      coalesce(s.employees, u.employees) AS employees, coalesce(s.as_of, u.staff_as_of) AS staff_as_of
                  FROM organizations.unit u
                  LEFT JOIN LATERAL (
                      SELECT c.as_of, c.managers, c.teachers, c.employees FROM organizations.unit_staff c
                      WHERE c.unit_id = u.id
                      ORDER BY c.as_of <= :date DESC, CASE WHEN c.as_of <= :date THEN c.as_of END DESC, c.as_of
                      LIMIT 1) s ON true
                  WHERE u.organization_id = ANY(:ids) ORDER BY u.name COLLATE "vi-x-icu", u.id
                  """;
        var statement = jdbc.sql(sql).param("ids", ids);
        if (date != null) {
            statement = statement.param("date", date);
        }
        statement
                .query((rs, n) -> Map.entry(OrganizationId.of(rs.getLong("organization_id")), unitRow(rs, n)))
                .list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return result;
    }

    /** The unit's dated staff counts, newest first. */
    @Transactional(readOnly = true)
    public List<StaffCount> staffCounts(CurrentUser user, OrganizationId id, long unitId) {
        access.require(user, id, Permission.ORGANIZATION_VIEW);
        unit(id, unitId);
        return counts(unitId);
    }

    /**
     * Removes a dated staff count entered by mistake; the unit then shows the newest count left (or keeps the removed
     * one's figures, undated, when none is left: a unit's staff is never silently emptied).
     */
    @Transactional
    public void removeStaffCount(CurrentUser user, OrganizationId id, long unitId, LocalDate asOf) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        UnitDetails before = unit(id, unitId);
        int removed = jdbc.sql("DELETE FROM organizations.unit_staff WHERE unit_id = :unit AND as_of = :asOf")
                .param("unit", unitId)
                .param("asOf", asOf)
                .update();
        if (removed == 0) {
            throw new NotFoundException("StaffCount", unitId);
        }
        if (counts(unitId).isEmpty()) {
            jdbc.sql("UPDATE organizations.unit SET staff_as_of = NULL WHERE id = :unit")
                    .param("unit", unitId)
                    .update();
        } else {
            showNewestCount(unitId);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unit", before.name());
        details.put("asOf", asOf.toString());
        audit.record(user, "unit.staff.delete", ENTITY, unitId, details, unit(id, unitId));
    }

    /** Attaches an education unit with its staff counts to the organization. */
    @Transactional
    public long addUnit(CurrentUser user, OrganizationId id, UnitDraft draft) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        UnitDraft clean = OrganizationRules.validate(draft);
        checkCountDate(clean);
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
        if (clean.staffAsOf() != null) {
            recordCount(unitId, clean);
        }
        audit.record(user, "unit.create", ENTITY, unitId, null, clean);
        return unitId;
    }

    /**
     * Corrects an attached unit: its name, kind and address, and its staff counted on the given date. A count of a
     * date already recorded is corrected; one of a new date is added to the unit's counts (the unit shows the newest).
     * Once a unit's counts are dated, a count without a date is refused, naming the field.
     */
    @Transactional
    public void updateUnit(CurrentUser user, OrganizationId id, long unitId, UnitDraft draft) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        UnitDetails before = unit(id, unitId);
        UnitDraft clean = OrganizationRules.validate(draft);
        checkCountDate(clean);
        if (clean.staffAsOf() == null && !counts(unitId).isEmpty()) {
            throw new InvalidInputException("staffAsOf", "unit.staff.asOfRequired");
        }
        jdbc.sql(
                        """
                        UPDATE organizations.unit SET name = :name, kind = :kind, address = :address
                        WHERE id = :unit AND organization_id = :org
                        """)
                .params(unitParams(clean))
                .param("unit", unitId)
                .param("org", id.value())
                .update();
        if (clean.staffAsOf() == null) {
            jdbc.sql(
                            """
                            UPDATE organizations.unit SET managers = :managers, teachers = :teachers,
                                employees = :employees, staff_as_of = NULL
                            WHERE id = :unit
                            """)
                    .params(unitParams(clean))
                    .param("unit", unitId)
                    .update();
        } else {
            recordCount(unitId, clean);
        }
        audit.record(user, "unit.update", ENTITY, unitId, before, unit(id, unitId));
    }

    /** A count is of a day that has come: tomorrow's staff is not known. */
    private void checkCountDate(UnitDraft draft) {
        if (draft.staffAsOf() != null && draft.staffAsOf().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("staffAsOf", "unit.staff.asOfFuture");
        }
    }

    /** Records (or corrects) the count of its date and shows the newest count on the unit. */
    private void recordCount(long unitId, UnitDraft count) {
        jdbc.sql(
                        """
                        INSERT INTO organizations.unit_staff (unit_id, as_of, managers, teachers, employees)
                        VALUES (:unit, :asOf, :managers, :teachers, :employees)
                        ON CONFLICT (unit_id, as_of) DO UPDATE SET managers = EXCLUDED.managers,
                            teachers = EXCLUDED.teachers, employees = EXCLUDED.employees
                        """)
                .params(unitParams(count))
                .param("unit", unitId)
                .update();
        showNewestCount(unitId);
    }

    private void showNewestCount(long unitId) {
        jdbc.sql(
                        """
                        UPDATE organizations.unit u SET managers = c.managers, teachers = c.teachers,
                            employees = c.employees, staff_as_of = c.as_of
                        FROM (SELECT managers, teachers, employees, as_of FROM organizations.unit_staff
                              WHERE unit_id = :unit ORDER BY as_of DESC LIMIT 1) c
                        WHERE u.id = :unit
                        """)
                .param("unit", unitId)
                .update();
    }

    private List<StaffCount> counts(long unitId) {
        return jdbc.sql(
                        """
                        SELECT as_of, managers, teachers, employees FROM organizations.unit_staff
                        WHERE unit_id = :unit ORDER BY as_of DESC
                        """)
                .param("unit", unitId)
                .query((rs, n) -> new StaffCount(
                        rs.getObject("as_of", LocalDate.class),
                        rs.getInt("managers"),
                        rs.getInt("teachers"),
                        rs.getInt("employees")))
                .list();
    }

    /** Detaches a unit from the organization. */
    @Transactional
    public void removeUnit(CurrentUser user, OrganizationId id, long unitId) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        UnitDetails before = unit(id, unitId);
        jdbc.sql("DELETE FROM organizations.unit WHERE id = :unit AND organization_id = :org")
                .param("unit", unitId)
                .param("org", id.value())
                .update();
        audit.record(user, "unit.delete", ENTITY, unitId, before, null);
    }

    /** The units of the organization by name, without a check of the caller's grants. */
    List<UnitDetails> units(OrganizationId id) {
        return jdbc.sql(
                        """
                        SELECT id, name, kind, address, managers, teachers, employees, staff_as_of
                        FROM organizations.unit WHERE organization_id = :id ORDER BY name COLLATE "vi-x-icu", id
                        """)
                .param("id", id.value())
                .query(OrganizationUnits::unitRow)
                .list();
    }

    private UnitDetails unit(OrganizationId id, long unitId) {
        return units(id).stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY, unitId));
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
}
