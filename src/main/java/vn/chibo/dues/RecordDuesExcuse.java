package vn.chibo.dues;

import java.time.YearMonth;
import vn.chibo.members.MemberId;

/**
 * A valid reason, accepted by the branch, for a member not paying in a number of months from one: those months do not
 * count towards the 3-month warning.
 */
public record RecordDuesExcuse(
        MemberId memberId, ExcuseReason reason, YearMonth fromMonth, Integer months, String note) {}
