package vn.chibo.dues;

import java.time.LocalDate;
import vn.chibo.members.MemberId;

/** A member's payment for a month (or, with a reason, the correction of one in a closed month). */
public record RecordDuesPayment(
        MemberId memberId, Long amountPaid, LocalDate paidOn, PaymentChannel channel, String note, String reason) {}
