package vn.chibo.statistics;

import java.util.List;
import vn.chibo.organizations.OrganizationSummary;

/**
 * The members of an organization's subtree by rating level for a year, from the approved (closed) review rounds of its
 * branches: a row per subordinate organization (and one for the organization's own rounds when it has any), the
 * total, the rounds of the year not approved yet (not counted), and the years the subtree has rounds of.
 */
public record RatingReport(
        OrganizationSummary organization,
        int year,
        List<RatingRow> rows,
        RatingRow total,
        int pendingRounds,
        List<Integer> years) {

    public RatingReport {
        rows = List.copyOf(rows);
        years = List.copyOf(years);
    }

    /** Whether any approved round of the year is counted; without one the page says "chưa có số liệu", not 0. */
    public boolean hasData() {
        return total.hasData();
    }
}
