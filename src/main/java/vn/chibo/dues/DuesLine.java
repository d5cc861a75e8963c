package vn.chibo.dues;

import java.time.LocalDate;
import vn.chibo.members.MemberId;

/**
 * One member's line of a collection sheet: her basis, what the rules ask of her that month and why, what she paid,
 * when and how, and how many months of the year she has paid nothing.
 *
 * @param unpaidMonthsInYear closed months of the year so far in which something was due and nothing was paid, less
 *     those for which the branch accepted a valid reason
 * @param excused whether the branch accepted a valid reason for her not paying in this month
 */
public record DuesLine(
        MemberId memberId,
        String fullName,
        boolean probationary,
        DuesCategory category,
        Long basisAmount,
        Long amountDue,
        DuesStanding standing,
        Integer reducedPercent,
        Long amountPaid,
        LocalDate paidOn,
        PaymentChannel channel,
        String note,
        int unpaidMonthsInYear,
        boolean excused) {

    /** QĐ 01-QĐ/TW: not paying for 3 months in a year without good reason may lead the branch to propose removal. */
    public static final int UNPAID_MONTHS_WARNING = 3;

    public boolean paid() {
        return amountPaid != null;
    }

    /** Paid more than was due: allowed (voluntary), and reported to the level above. */
    public boolean paidMore() {
        return amountPaid != null && amountDue != null && amountPaid > amountDue;
    }

    /** Paid less than was due (nothing at all counts too once the month is closed). */
    public boolean paidLess() {
        return amountDue != null && amountDue > 0 && (amountPaid == null ? 0 : amountPaid) < amountDue;
    }

    public boolean removalWarning() {
        return unpaidMonthsInYear >= UNPAID_MONTHS_WARNING;
    }
}
