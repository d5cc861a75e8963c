package vn.chibo.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.members.MemberStatistics;
import vn.chibo.members.MemberTally;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.OrganizationUnits;
import vn.chibo.organizations.UnitDetails;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * The statistics of an organization and its subtree on a date, for those who hold {@link Permission#STATISTICS_VIEW}
 * there (a branch's secretary her branch, a committee its subtree); the organizations a user may ask for.
 */
@Service
public class OrganizationStatistics {

    /** Ngày thành lập Đảng: no statistics before it. */
    static final LocalDate PARTY_FOUNDED = LocalDate.of(1930, 2, 3);

    private final MemberStatistics members;
    private final OrganizationManagement organizations;
    private final OrganizationAccess access;
    private final OrganizationUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    OrganizationStatistics(
            MemberStatistics members,
            OrganizationManagement organizations,
            OrganizationAccess access,
            OrganizationUnits units,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.organizations = organizations;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The statistics of the organization on the date. An id no organization has, or one outside the user's grants, is
     * not found (404); one she sees without the permission is refused (403); a date after today is refused as bad input
     * (the figures of a day not yet over would change).
     */
    @Transactional(readOnly = true)
    public StatisticsReport report(CurrentUser user, OrganizationId id, LocalDate date) {
        requireView(user, id);
        if (date.isAfter(today())) {
            throw new InvalidInputException("date", "statistics.date.future", StatisticsFormat.date(today()));
        }
        if (date.isBefore(PARTY_FOUNDED)) {
            // No member before it; and PostgreSQL's dates end in 4713 BC, where Java's go on.
            throw new InvalidInputException("date", "statistics.date.tooEarly", StatisticsFormat.date(PARTY_FOUNDED));
        }
        StatisticsReport report = build(user, id, date);
        if (report == null) {
            // Not founded yet, or dissolved by then.
            throw new InvalidInputException("date", "statistics.date.notExisting", StatisticsFormat.date(date));
        }
        return report;
    }

    /** The report of a day the caller has checked, or null when the organization did not exist that day. */
    StatisticsReport build(CurrentUser user, OrganizationId id, LocalDate date) {
        List<OrganizationSummary> subtree = organizations.subtreeAt(user, id, date);
        if (subtree.isEmpty() || !subtree.get(0).id().equals(id)) {
            return null;
        }
        Map<OrganizationId, MemberTally> tallies = members.tallies(user, id, date);
        // The staff counted on the day: a past report divides by the staff of then, not of today.
        Map<OrganizationId, List<UnitDetails>> attached = units.unitsByOrganization(
                subtree.stream().map(OrganizationSummary::id).toList(), date);
        LocalDate staffCountedAfter = attached.values().stream()
                .flatMap(List::stream)
                .map(UnitDetails::staffAsOf)
                .filter(asOf -> asOf != null && asOf.isAfter(date))
                .max(LocalDate::compareTo)
                .orElse(null);
        OrganizationSummary root = subtree.get(0);

        // Each organization is counted in the row of the subordinate organization it sits under (or is).
        Map<OrganizationId, OrganizationId> parents = new HashMap<>();
        subtree.forEach(o -> parents.put(o.id(), o.parentId()));
        Map<OrganizationId, StatisticsRow> rows = new LinkedHashMap<>();
        List<OrganizationSummary> children =
                subtree.stream().filter(o -> id.equals(o.parentId())).toList();
        boolean alone = children.isEmpty();
        StatisticsRow direct = row(root, true, tallies, attached, false);
        for (OrganizationSummary child : children) {
            rows.put(child.id(), empty(child));
        }
        for (OrganizationSummary o : subtree.subList(1, subtree.size())) {
            OrganizationId top = o.id();
            while (!id.equals(parents.get(top))) {
                top = parents.get(top);
            }
            StatisticsRow sum = rows.get(top).plus(row(o, false, tallies, attached, true));
            StatisticsRow head = rows.get(top);
            rows.put(top, named(sum, head));
        }
        List<StatisticsRow> lines = new ArrayList<>();
        if (alone) {
            lines.add(row(root, false, tallies, attached, true));
        } else {
            if (direct.members().members() > 0 || direct.staff() > 0) {
                lines.add(direct);
            }
            lines.addAll(rows.values());
        }
        StatisticsRow total = lines.stream().reduce(StatisticsRow::plus).orElseThrow();
        return new StatisticsReport(root, date, lines, total, staffCountedAfter);
    }

    /**
     * The statistics for a download, recorded in the audit log like the member exports: who took which organization's
     * figures of which day, in which format.
     */
    @Transactional
    public StatisticsReport export(CurrentUser user, OrganizationId id, LocalDate date, String format) {
        StatisticsReport report = report(user, id, date);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("date", date.toString());
        details.put("format", format);
        details.put("rows", report.rows().size());
        audit.recordAccess(user, "statistics.export", "Organization", id.value(), details);
        return report;
    }

    /** The organizations where the user may see statistics, in tree order (dissolved ones left out). */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> choices(CurrentUser user) {
        boolean everywhere = user.hasEverywhere(Permission.STATISTICS_VIEW);
        Set<Long> roots = user.organizationsWith(Permission.STATISTICS_VIEW);
        List<OrganizationSummary> result = new ArrayList<>();
        if (everywhere || !roots.isEmpty()) {
            collect(organizations.visibleTree(user, false), everywhere, roots, result);
        }
        return result;
    }

    private static void collect(
            List<OrganizationNode> nodes, boolean granted, Set<Long> roots, List<OrganizationSummary> into) {
        for (OrganizationNode node : nodes) {
            boolean here = granted || roots.contains(node.organization().id().value());
            if (here) {
                into.add(node.organization());
            }
            collect(node.children(), here, roots, into);
        }
    }

    /**
     * Checks that the user may see the organization's statistics: 404 when no organization has the id or the user may
     * not see it (the same answer, so that ids cannot be probed), 403 when she sees it without the permission there.
     */
    void requireView(CurrentUser user, OrganizationId id) {
        access.require(user, id, Permission.STATISTICS_VIEW);
    }

    private static StatisticsRow empty(OrganizationSummary o) {
        return StatisticsRow.of(o.id(), o.name(), o.type(), false, MemberTally.empty(), 0, null, Map.of());
    }

    /** The sum with the name and organization of the row it adds to. */
    private static StatisticsRow named(StatisticsRow sum, StatisticsRow head) {
        return new StatisticsRow(
                head.organization(),
                head.name(),
                head.type(),
                false,
                sum.members(),
                sum.staff(),
                sum.staffAsOf(),
                sum.ratio(),
                sum.organizations());
    }

    /** One organization's own list and units; {@code counted}: whether the organization itself counts by type. */
    private static StatisticsRow row(
            OrganizationSummary o,
            boolean direct,
            Map<OrganizationId, MemberTally> tallies,
            Map<OrganizationId, List<UnitDetails>> attached,
            boolean counted) {
        List<UnitDetails> own = attached.getOrDefault(o.id(), List.of());
        long staff = own.stream().mapToLong(UnitDetails::staff).sum();
        LocalDate asOf = own.stream().map(UnitDetails::staffAsOf).reduce(null, StatisticsRow::older);
        Map<OrganizationType, Long> byType = new EnumMap<>(OrganizationType.class);
        if (counted) {
            byType.put(o.type(), 1L);
        }
        return StatisticsRow.of(
                o.id(),
                o.name(),
                o.type(),
                direct,
                tallies.getOrDefault(o.id(), MemberTally.empty()),
                staff,
                asOf,
                byType);
    }
}
