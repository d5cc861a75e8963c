package vn.chibo.statistics;

import java.util.List;
import vn.chibo.elections.CongressSummary;
import vn.chibo.elections.Target;
import vn.chibo.organizations.OrganizationSummary;

/**
 * The targets of the resolution of an organization's congress in force (its latest congress whose term has begun),
 * those with a measure year by year ({@code measured}), the others as the resolution states them ({@code byHand});
 * {@code congress} and {@code resolution} are null when the organization has no such congress or no adopted resolution.
 */
public record TargetReport(
        OrganizationSummary organization,
        CongressSummary congress,
        String resolution,
        List<Integer> years,
        List<TargetProgress> measured,
        List<Target> byHand) {

    public TargetReport {
        years = List.copyOf(years);
        measured = List.copyOf(measured);
        byHand = List.copyOf(byHand);
    }
}
