package vn.chibo.dues;

import java.time.LocalDate;
import java.time.YearMonth;

/** One month of a member's own dues, as she sees it: what was due (once known), what she paid, when and how. */
public record OwnDuesPayment(
        YearMonth month,
        String organizationName,
        MonthStatus status,
        Long amountDue,
        Long amountPaid,
        LocalDate paidOn,
        PaymentChannel channel) {}
