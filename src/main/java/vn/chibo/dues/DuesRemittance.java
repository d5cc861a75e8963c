package vn.chibo.dues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationType;

/**
 * What a branch sent up over a year, month by month (sổ nộp đảng phí lên cấp trên): what it collected, the share it
 * kept and what it had to send up once the month was closed, and what the level above acknowledged receiving, with the
 * difference shown. {@code acknowledgeable} says whether the reader may record receipts (DUES_MANAGE on the level
 * above); {@code shares} gives the retention shares of each rule set of the year by level, unknown ones as null.
 */
public record DuesRemittance(
        OrganizationId organizationId,
        String organizationName,
        OrganizationType type,
        RetentionLevel level,
        OrganizationId receiverId,
        String receiverName,
        int year,
        List<Month> months,
        Totals totals,
        List<Shares> shares,
        boolean acknowledgeable) {

    /**
     * One month: {@code status} null when the branch has not started it; {@code keptPercent}, {@code kept} and
     * {@code toSend} known once it is closed; {@code difference} is what the level above acknowledged less
     * {@code toSend}.
     */
    public record Month(
            YearMonth month,
            String regulation,
            boolean sharesVerified,
            MonthStatus status,
            long collected,
            Integer keptPercent,
            Long kept,
            Long toSend,
            Receipt receipt,
            Long difference) {

        /** A month whose {@code difference} is what was acknowledged less what was to be sent (null without both). */
        static Month of(
                YearMonth month,
                String regulation,
                boolean sharesVerified,
                MonthStatus status,
                long collected,
                Integer keptPercent,
                Long kept,
                Long toSend,
                Receipt receipt) {
            Long difference = receipt == null || toSend == null ? null : receipt.amount() - toSend;
            return new Month(
                    month,
                    regulation,
                    sharesVerified,
                    status,
                    collected,
                    keptPercent,
                    kept,
                    toSend,
                    receipt,
                    difference);
        }

        public boolean closed() {
            return status == MonthStatus.CLOSED;
        }

        public boolean mismatch() {
            return difference != null && difference != 0;
        }
    }

    /** The level above's acknowledgement: the amount it counted, the day it received it, who recorded it and when. */
    public record Receipt(long amount, LocalDate dateReceived, String note, String recordedBy, Instant recordedAt) {}

    /** The closed months' figures of the year, and what was acknowledged of them. */
    public record Totals(
            long collected, long kept, long toSend, long received, int months, int acknowledged, int mismatches) {

        /** Closed months the level above has not acknowledged yet. */
        public int unacknowledged() {
            return months - acknowledged;
        }
    }

    /** A rule set's retention shares by level; a null percent is one the regulation's text found does not give. */
    public record Shares(String regulation, boolean verified, List<Share> levels) {}

    public record Share(RetentionLevel level, Integer keptPercent) {}
}
