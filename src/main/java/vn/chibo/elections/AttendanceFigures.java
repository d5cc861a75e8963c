package vn.chibo.elections;

/**
 * The figures the counting minutes and the credentials report give: summoned with a vote, attending and absent among
 * them (with accepted reasons), attending without a vote, not summoned, guests, and the legal denominator with its
 * threshold.
 */
public record AttendanceFigures(
        int summoned,
        int attending,
        int absent,
        int absentAccepted,
        int withoutVote,
        int notSummoned,
        int guests,
        int denominator,
        int threshold) {}
