package vn.chibo.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.chibo.members.MemberCategory;
import vn.chibo.members.MemberTally;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationType;

/**
 * One line of the statistics table: a subordinate organization with its whole subtree, the chosen organization's own
 * list and units ({@code direct}), or the total ({@code organization} null). {@code staff} is the staff of the attached
 * units as of {@code staffAsOf} (the oldest of their figures); {@code ratio} the members who are staff of their unit per
 * hundred staff, to two decimals (null without staff); {@code organizations} the organizations of the subtree by type.
 */
public record StatisticsRow(
        OrganizationId organization,
        String name,
        OrganizationType type,
        boolean direct,
        MemberTally members,
        long staff,
        LocalDate staffAsOf,
        BigDecimal ratio,
        Map<OrganizationType, Long> organizations) {

    public StatisticsRow {
        EnumMap<OrganizationType, Long> byType = new EnumMap<>(OrganizationType.class);
        byType.putAll(organizations);
        organizations = Collections.unmodifiableMap(byType);
    }

    /** A row with the ratio computed from its members and staff. */
    static StatisticsRow of(
            OrganizationId organization,
            String name,
            OrganizationType type,
            boolean direct,
            MemberTally members,
            long staff,
            LocalDate staffAsOf,
            Map<OrganizationType, Long> organizations) {
        return new StatisticsRow(
                organization,
                name,
                type,
                direct,
                members,
                staff,
                staffAsOf,
                ratio(members.count(MemberCategory.UNIT_STAFF), staff),
                organizations);
    }

    /** Members per hundred staff, to two decimals rounded half up as the portals publish it; null without staff. */
    /** A part per hundred of a whole, to two decimals; null when the whole is 0. */
    public static BigDecimal ratio(long members, long staff) {
        return staff <= 0
                ? null
                : BigDecimal.valueOf(members)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(staff), 2, RoundingMode.HALF_UP);
    }

    public long count(MemberCategory category) {
        return members.count(category);
    }

    /** The organizations of all types the row counts. */
    public long organizationCount() {
        return organizations.values().stream().mapToLong(Long::longValue).sum();
    }

    public long organizations(OrganizationType type) {
        return organizations.getOrDefault(type, 0L);
    }

    /** This row and another added up (the ratio recomputed, the older staff figure kept). */
    StatisticsRow plus(StatisticsRow other) {
        Map<OrganizationType, Long> byType = new EnumMap<>(OrganizationType.class);
        byType.putAll(organizations);
        other.organizations.forEach((t, n) -> byType.merge(t, n, Long::sum));
        return of(
                null,
                null,
                null,
                false,
                members.plus(other.members),
                staff + other.staff,
                older(staffAsOf, other.staffAsOf),
                byType);
    }

    static LocalDate older(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
