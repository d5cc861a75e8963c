package vn.chibo.dues;

import java.time.YearMonth;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationType;

/**
 * A branch's figures for a month as the level above sees them: whether the month is open, closed or not started, what
 * was collected, what was due (frozen once the month is closed, computed from the roster, bases and rules before; null
 * for a month to come), the shares kept and sent up (once the month is closed), and what the level above acknowledged
 * receiving of it (null until it does).
 */
public record BranchDuesTotals(
        OrganizationId organizationId,
        String organizationName,
        OrganizationType type,
        YearMonth month,
        MonthStatus status,
        Integer keptPercent,
        int payers,
        long paid,
        Long due,
        Long received) {

    /** What the branch keeps of what it collected (rounded down to the đồng), when the month is closed. */
    public Long kept() {
        return keptPercent == null ? null : DuesRules.kept(paid, keptPercent);
    }

    public Long sentUp() {
        return keptPercent == null ? null : paid - kept();
    }

    /** Whether the level above acknowledged receiving an amount other than what the branch had to send up. */
    public boolean receiptMismatch() {
        return received != null && !received.equals(sentUp());
    }
}
