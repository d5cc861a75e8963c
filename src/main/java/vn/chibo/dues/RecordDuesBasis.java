package vn.chibo.dues;

import java.time.YearMonth;
import vn.chibo.members.MemberId;

/** A member's dues basis from a month on: the category and the salary, pension or fixed amount in đồng. */
public record RecordDuesBasis(MemberId memberId, DuesCategory category, Long amount, YearMonth fromMonth) {}
