package vn.chibo.dues;

import java.time.YearMonth;
import java.util.List;
import vn.chibo.organizations.OrganizationId;

/**
 * The collection sheet of a branch for a month (bảng thu đảng phí): the rules of the month, every member on the list
 * with what was due and paid, the totals and shares, and whether the reader may record in it.
 */
public record DuesSheet(
        OrganizationId organizationId,
        String organizationName,
        YearMonth month,
        DuesRules rules,
        MonthStatus status,
        List<DuesLine> lines,
        DuesTotals totals,
        boolean manageable) {

    public boolean closed() {
        return status == MonthStatus.CLOSED;
    }

    /** The members who, with this month, have paid nothing in 3 months or more of the year. */
    public List<DuesLine> removalWarnings() {
        return lines.stream().filter(DuesLine::removalWarning).toList();
    }
}
