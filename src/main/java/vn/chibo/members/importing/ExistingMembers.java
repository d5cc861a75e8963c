package vn.chibo.members.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.members.OrganizationsInScope;

/**
 * Looks the keys of a batch of imported rows up among existing members, on a read-only connection of its own: who has
 * these citizen ids, or these names with these birth dates, and whether the importing user may see her.
 */
final class ExistingMembers {

    private final Connection lookup;
    /** Where the user may see members: a duplicate outside it is answered neutrally and audited. */
    private final OrganizationsInScope scope;

    ExistingMembers(Connection lookup, OrganizationsInScope scope) {
        this.lookup = lookup;
        this.scope = scope;
    }

    /**
     * Which of these citizen ids and names with birth dates existing members have, and whether the user may see
     * one of them (on the look-up thread). Whether she may see one is decided in Java, from
     * the organizations in her scope.
     */
    Found lookUp(List<String> citizenKeys, List<String> names, List<String> dates) throws SQLException {
        Map<String, Existing> citizenIdsFound = new HashMap<>();
        if (!citizenKeys.isEmpty()) {
            try (PreparedStatement statement = lookup.prepareStatement("SELECT m.citizen_id, m.id, m.organization_id"
                    + " FROM members.member m WHERE m.citizen_id = ANY (?)")) {
                statement.setArray(1, lookup.createArrayOf("text", citizenKeys.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        citizenIdsFound.merge(
                                rs.getString(1),
                                new Existing(rs.getLong(2), scope.contains(rs.getLong(3))),
                                Existing::either);
                    }
                }
            }
        }
        Map<String, Existing> namesFound = new HashMap<>();
        if (!names.isEmpty()) {
            try (PreparedStatement statement = lookup.prepareStatement("SELECT m.name_fold, m.birth_date::text,"
                    + " m.id, m.organization_id FROM members.member m"
                    + " JOIN unnest(?::text[], ?::date[]) AS k(name_fold, birth_date)"
                    + " ON m.name_fold = k.name_fold AND m.birth_date = k.birth_date")) {
                statement.setArray(1, lookup.createArrayOf("text", names.toArray()));
                statement.setArray(2, lookup.createArrayOf("text", dates.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        namesFound.merge(
                                key(rs.getString(1), LocalDate.parse(rs.getString(2))),
                                new Existing(rs.getLong(3), scope.contains(rs.getLong(4))),
                                Existing::either);
                    }
                }
            }
        }
        return new Found(citizenIdsFound, namesFound);
    }

    /** The key of a name with a birth date in {@link Found#names()}. */
    static String key(String nameFold, LocalDate birthDate) {
        return nameFold + '\u0000' + birthDate;
    }

    /** What existing members have, of the keys of one batch. */
    record Found(Map<String, Existing> citizenIds, Map<String, Existing> names) {}

    /** An existing member a row repeats, and whether the user may see her (one she may see wins). */
    record Existing(long id, boolean visible) {

        Existing either(Existing other) {
            return visible ? this : other;
        }
    }
}
