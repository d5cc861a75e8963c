package vn.chibo.dues;

import java.time.YearMonth;
import java.util.List;
import vn.chibo.members.MemberId;

/** A member's dues bases and reliefs with their history, newest first, as the branch keeps them. */
public record DuesMemberRecord(MemberId memberId, String fullName, List<Basis> bases, List<Relief> reliefs) {

    public record Basis(DuesCategory category, Long amount, YearMonth fromMonth) {}

    public record Relief(
            ReliefKind kind,
            ReliefReason reason,
            Integer percent,
            YearMonth fromMonth,
            YearMonth untilMonth,
            String decision) {}
}
