package vn.chibo.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.reviews.ApprovedRatings;
import vn.chibo.reviews.ApprovedRoundTally;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundSummary;
import vn.chibo.reviews.ReviewStatus;

/**
 * The members of an organization's subtree by rating level for a year, read from the reviews module's approved rounds
 * (a round counts once the level above has closed it: proposed levels are not figures yet), per subordinate
 * organization as the tree stood at the end of the year (or today in the current year). The rounds' counts are read
 * all at once through {@link ApprovedRatings}, each member once in a year.
 */
@Service
public class RatingStatistics {

    private final OrganizationStatistics statistics;
    private final ReviewManagement reviews;
    private final ApprovedRatings approved;
    private final OrganizationManagement organizations;
    private final AuditTrail audit;

    RatingStatistics(
            OrganizationStatistics statistics,
            ReviewManagement reviews,
            ApprovedRatings approved,
            OrganizationManagement organizations,
            AuditTrail audit) {
        this.statistics = statistics;
        this.reviews = reviews;
        this.approved = approved;
        this.organizations = organizations;
        this.audit = audit;
    }

    /**
     * The report of the year; a null year is the latest year with an approved round (this year without one). 404 for
     * an organization the user may not see, 403 without STATISTICS_VIEW there, bad input of {@code year} outside 1930
     * to this year.
     */
    @Transactional(readOnly = true)
    public RatingReport report(CurrentUser user, OrganizationId id, Integer year) {
        statistics.requireView(user, id);
        List<ReviewRoundSummary> rounds = reviews.list(user, id);
        int thisYear = statistics.today().getYear();
        int chosen = year != null ? year : latestApproved(rounds, thisYear);
        if (chosen < StatisticsYears.FIRST || chosen > thisYear) {
            throw new InvalidInputException(
                    "year",
                    "statistics.year.range",
                    Integer.toString(StatisticsYears.FIRST),
                    Integer.toString(thisYear));
        }
        Map<OrganizationId, RatingRow> byRound =
                byOrganization(approved.tallies(user, id, List.of(chosen))).getOrDefault(chosen, Map.of());
        int pending = (int) rounds.stream()
                .filter(r -> r.year() == chosen && r.status() != ReviewStatus.CLOSED)
                .count();
        List<RatingRow> rows = rows(user, id, StatisticsYears.endOf(chosen, statistics.today()), byRound);
        RatingRow total = rows.stream()
                .reduce(RatingRow::plus)
                .map(t -> new RatingRow(null, null, false, t.levels(), t.notRated(), t.rounds()))
                .orElseThrow();
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        rounds.forEach(r -> years.add(r.year()));
        years.add(thisYear);
        years.add(chosen);
        return new RatingReport(organizations.summary(user, id), chosen, rows, total, pending, List.copyOf(years));
    }

    /** The report for a download, recorded in the audit log like the other statistics exports. */
    @Transactional
    public RatingReport export(CurrentUser user, OrganizationId id, Integer year, String format) {
        RatingReport report = report(user, id, year);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", report.year());
        details.put("format", format);
        details.put("rows", report.rows().size());
        audit.recordAccess(user, "statistics.ratings.export", "Organization", id.value(), details);
        return report;
    }

    /**
     * The totals of the subtree's approved rounds for each of the years (a row without rounds for a year without one),
     * for a caller that has checked the user's view of the organization.
     */
    Map<Integer, RatingRow> totals(CurrentUser user, OrganizationId id, List<Integer> years) {
        Map<Integer, Map<OrganizationId, RatingRow>> byYear = byOrganization(approved.tallies(user, id, years));
        Map<Integer, RatingRow> totals = new LinkedHashMap<>();
        for (int year : years) {
            RatingRow total = RatingRow.empty(null, null, false);
            for (RatingRow row : byYear.getOrDefault(year, Map.of()).values()) {
                total = total.plus(row);
            }
            totals.put(year, total);
        }
        return totals;
    }

    /**
     * The levels of the approved rounds, by year and branch. The reviews module counts a member on the rosters of two
     * approved rounds of a year once, in the later round (see {@link ApprovedRatings#tallies}).
     */
    private static Map<Integer, Map<OrganizationId, RatingRow>> byOrganization(List<ApprovedRoundTally> tallies) {
        Map<Integer, Map<OrganizationId, RatingRow>> byYear = new HashMap<>();
        for (ApprovedRoundTally tally : tallies) {
            Map<RatingLevel, Long> levels = new HashMap<>();
            tally.levels().forEach((level, count) -> levels.put(level, (long) count));
            byYear.computeIfAbsent(tally.year(), y -> new LinkedHashMap<>())
                    .merge(
                            tally.organizationId(),
                            new RatingRow(null, null, false, levels, tally.notRated(), 1),
                            RatingRow::plus);
        }
        return byYear;
    }

    private static int latestApproved(List<ReviewRoundSummary> rounds, int thisYear) {
        return rounds.stream()
                .filter(r -> r.status() == ReviewStatus.CLOSED)
                .mapToInt(ReviewRoundSummary::year)
                .max()
                .orElse(thisYear);
    }

    /**
     * A row per subordinate organization of the tree on the date (the organization alone when it has none), and one
     * for its own rounds when it has subordinates and rounds of its own; each round is added to the row of the
     * subordinate it sits under, as the tree stood that day or, for a branch not in it then, as it stands today.
     */
    private List<RatingRow> rows(
            CurrentUser user, OrganizationId id, LocalDate date, Map<OrganizationId, RatingRow> byRound) {
        List<OrganizationSummary> then = organizations.subtreeAt(user, id, date);
        if (then.isEmpty() || !then.get(0).id().equals(id)) {
            then = organizations.subtreeAt(user, id, statistics.today());
        }
        Map<OrganizationId, OrganizationId> parents = new HashMap<>();
        organizations.subtreeAt(user, id, statistics.today()).forEach(o -> parents.put(o.id(), o.parentId()));
        then.forEach(o -> parents.put(o.id(), o.parentId()));
        OrganizationSummary root = then.get(0);
        List<OrganizationSummary> children =
                then.stream().filter(o -> id.equals(o.parentId())).toList();
        Map<OrganizationId, RatingRow> rows = new LinkedHashMap<>();
        RatingRow direct = RatingRow.empty(root.id(), root.name(), !children.isEmpty());
        for (OrganizationSummary child : children) {
            rows.put(child.id(), RatingRow.empty(child.id(), child.name(), false));
        }
        for (Map.Entry<OrganizationId, RatingRow> round : byRound.entrySet()) {
            OrganizationId top = round.getKey();
            while (top != null && !id.equals(top) && !id.equals(parents.get(top))) {
                top = parents.get(top);
            }
            if (top == null || id.equals(top) || !rows.containsKey(top)) {
                direct = direct.plus(round.getValue());
            } else {
                rows.put(top, rows.get(top).plus(round.getValue()));
            }
        }
        List<RatingRow> lines = new ArrayList<>();
        if (children.isEmpty() || direct.hasData()) {
            lines.add(direct);
        }
        lines.addAll(rows.values());
        return lines;
    }
}
