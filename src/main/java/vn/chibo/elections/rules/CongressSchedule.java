package vn.chibo.elections.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chibo.members.WorkingDays;

/**
 * Warnings on when a congress is held: the opening date announced at least 30 working days ahead (QĐ 24/294 §11.1),
 * and the congress held within the margin around the end of the outgoing term (six months for a branch under a
 * grassroots committee, with the higher committee's consent).
 */
public final class CongressSchedule {

    private CongressSchedule() {}

    public static List<String> warnings(
            ElectionRules rules,
            LocalDate announcedOn,
            LocalDate openingDate,
            LocalDate outgoingTermEnd,
            boolean branchUnderGrassrootsCommittee,
            boolean higherCommitteeConsented) {
        List<String> warnings = new ArrayList<>();
        if (announcedOn != null
                && WorkingDays.add(announcedOn, rules.noticeWorkingDays()).isAfter(openingDate)) {
            warnings.add("congress.warning.shortNotice");
        }
        if (outgoingTermEnd != null) {
            int margin = rules.timingMarginMonths(branchUnderGrassrootsCommittee);
            if (openingDate.isBefore(outgoingTermEnd.minusMonths(margin))
                    || openingDate.isAfter(outgoingTermEnd.plusMonths(margin))) {
                warnings.add("congress.warning.beyondMargin");
            } else if (openingDate.isAfter(outgoingTermEnd) && !higherCommitteeConsented) {
                warnings.add("congress.warning.lateWithoutConsent");
            }
        }
        return warnings;
    }
}
