package vn.chibo.dues;

import java.util.List;

/**
 * The branches' month added up as the committee above reads it: what the closed branches collected, kept and had to
 * send up, what it acknowledged receiving, and how many closed months it has not acknowledged or acknowledged with a
 * difference. Open months are counted apart: what they will send is not fixed yet.
 */
public record BranchDuesSum(
        int branches,
        int closed,
        long paid,
        long kept,
        long sentUp,
        long received,
        int unacknowledged,
        int mismatches) {

    public static BranchDuesSum of(List<BranchDuesTotals> rows) {
        int closed = 0;
        long paid = 0;
        long kept = 0;
        long sentUp = 0;
        long received = 0;
        int unacknowledged = 0;
        int mismatches = 0;
        for (BranchDuesTotals row : rows) {
            if (row.status() != MonthStatus.CLOSED) {
                continue;
            }
            closed++;
            paid += row.paid();
            kept += row.kept();
            sentUp += row.sentUp();
            if (row.received() == null) {
                unacknowledged++;
            } else {
                received += row.received();
                if (row.receiptMismatch()) {
                    mismatches++;
                }
            }
        }
        return new BranchDuesSum(rows.size(), closed, paid, kept, sentUp, received, unacknowledged, mismatches);
    }
}
