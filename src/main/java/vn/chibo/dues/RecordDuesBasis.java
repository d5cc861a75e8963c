package vn.chibo.dues;

import java.time.YearMonth;
import vn.chibo.members.MemberId;

/**
 * A member's dues basis from a month on: the category, the salary, benefit, pension or fixed amount in đồng, and
 * whether she is beyond working age (QĐ 342-QĐ/TW: such members among the others pay 50% of the fixed amount).
 */
public record RecordDuesBasis(
        MemberId memberId, DuesCategory category, Long amount, YearMonth fromMonth, boolean beyondWorkingAge) {

    /** A basis of a member within working age. */
    public RecordDuesBasis(MemberId memberId, DuesCategory category, Long amount, YearMonth fromMonth) {
        this(memberId, category, amount, fromMonth, false);
    }
}
