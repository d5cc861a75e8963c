package vn.chibo.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/** The education units (đơn vị) attached to an organization, with the staff counts behind the member-to-staff ratio. */
@Service
public class OrganizationUnits {

    private static final String ENTITY = "Unit";

    private final JdbcClient jdbc;
    private final OrganizationAccess access;
    private final AuditTrail audit;

    OrganizationUnits(JdbcClient jdbc, OrganizationAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
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
     * The units attached to each of the organizations, with their staff counts (the denominator of the member-to-staff
     * ratio); an organization without units is absent. The caller has already decided which organizations the user may
     * see.
     */
    @Transactional(readOnly = true)
    public Map<OrganizationId, List<UnitDetails>> unitsByOrganization(Collection<OrganizationId> organizations) {
        Map<OrganizationId, List<UnitDetails>> result = new LinkedHashMap<>();
        if (organizations.isEmpty()) {
            return result;
        }
        jdbc.sql(
                        """
                        SELECT organization_id, id, name, kind, address, managers, teachers, employees, staff_as_of
                        FROM organizations.unit WHERE organization_id = ANY(:ids) ORDER BY name COLLATE "vi-x-icu", id
                        """)
                .param("ids", organizations.stream().map(OrganizationId::value).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(OrganizationId.of(rs.getLong("organization_id")), unitRow(rs, n)))
                .list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return result;
    }

    /** Attaches an education unit with its staff counts to the organization. */
    @Transactional
    public long addUnit(CurrentUser user, OrganizationId id, UnitDraft draft) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        UnitDraft clean = OrganizationRules.validate(draft);
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
        audit.record(user, "unit.create", ENTITY, unitId, null, clean);
        return unitId;
    }

    /** Corrects an attached unit: its name, kind, address and staff counts. */
    @Transactional
    public void updateUnit(CurrentUser user, OrganizationId id, long unitId, UnitDraft draft) {
        access.require(user, id, Permission.ORGANIZATION_MANAGE);
        UnitDetails before = unit(id, unitId);
        UnitDraft clean = OrganizationRules.validate(draft);
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
        audit.record(user, "unit.update", ENTITY, unitId, before, unit(id, unitId));
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
