package vn.chibo.elections;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.platform.DecisionReference;

/**
 * Everything the congress page shows: the congress, its rule set and the warnings on its dates, who is on its list
 * and how they attended, the figures and the legal denominator, its elections, the resolution, the approval by the
 * higher committee, and what the viewer may do.
 */
public record CongressDetails(
        CongressSummary summary,
        String place,
        LocalDate announcedOn,
        LocalDate closingDate,
        DecisionReference plan,
        boolean higherConsent,
        RuleSetInfo rules,
        List<String> warnings,
        List<Attendee> attendees,
        AttendanceFigures figures,
        List<ElectionSummary> elections,
        ResolutionDetails resolution,
        Long termId,
        String approvalStatus,
        DecisionReference approval,
        boolean manageable,
        boolean countable) {

    public CongressId id() {
        return summary.id();
    }
}
