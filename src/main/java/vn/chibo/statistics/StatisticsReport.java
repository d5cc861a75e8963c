package vn.chibo.statistics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.organizations.OrganizationType;

/**
 * The statistics of an organization and its subtree on a date: a row per subordinate organization (and one for the
 * organization's own list and units when it has any), or the organization alone when it has none below it; the total
 * adds the rows up. The staff is each unit's as counted on the date (the newest count up to it); a unit first counted
 * after the date has its earliest count, and {@code staffCountedAfter} is then the latest of such counts' dates (null
 * when every count is of the date or before).
 */
public record StatisticsReport(
        OrganizationSummary organization,
        LocalDate date,
        List<StatisticsRow> rows,
        StatisticsRow total,
        LocalDate staffCountedAfter) {

    public StatisticsReport {
        rows = List.copyOf(rows);
    }

    /** The organization types the rows count any of, in the tree's order: the columns of the table. */
    public List<OrganizationType> organizationTypes() {
        return Arrays.stream(OrganizationType.values())
                .filter(t -> total.organizations(t) > 0)
                .toList();
    }
}
