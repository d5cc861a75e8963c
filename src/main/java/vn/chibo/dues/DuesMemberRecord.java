package vn.chibo.dues;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import vn.chibo.members.MemberId;

/**
 * A member's dues bases, reliefs and accepted reasons for not paying, with their history, newest first, as the branch
 * keeps them; and whether the reader may record in them.
 */
public record DuesMemberRecord(
        MemberId memberId,
        String fullName,
        List<Basis> bases,
        List<Relief> reliefs,
        List<Excuse> excuses,
        boolean manageable) {

    public record Basis(DuesCategory category, Long amount, YearMonth fromMonth, boolean beyondWorkingAge) {}

    public record Relief(
            ReliefKind kind,
            ReliefReason reason,
            Integer percent,
            YearMonth fromMonth,
            YearMonth untilMonth,
            String decision) {}

    /**
     * Months in which not paying does not count towards the 3-month warning, and why; a withdrawn one (recorded by
     * mistake) is kept with who withdrew it, when and why, and no longer counts.
     */
    public record Excuse(
            long id,
            ExcuseReason reason,
            YearMonth fromMonth,
            YearMonth untilMonth,
            String note,
            String withdrawnBy,
            Instant withdrawnAt,
            String withdrawalReason) {

        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }
}
