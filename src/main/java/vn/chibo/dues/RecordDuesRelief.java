package vn.chibo.dues;

import java.time.YearMonth;
import vn.chibo.members.MemberId;

/** An exemption or a 30/50/70% reduction decided on a member's application, for a number of months from one. */
public record RecordDuesRelief(
        MemberId memberId,
        ReliefKind kind,
        ReliefReason reason,
        Integer percent,
        YearMonth fromMonth,
        Integer months,
        String decision) {}
