package vn.chibo.members;

import java.time.LocalDate;

/**
 * The rules of admission and recognition as official, chosen by the date of the event, so that each is judged by the
 * regulation in force when it happened. Values the reference (party-rules §4.5, §8) marks as low confidence are
 * parameters here rather than constants in the code that applies them.
 *
 * @param probationMonths Điều lệ Đảng Điều 5: probation lasts 12 months from the admission ceremony
 * @param branchWorkingDays the branch considers recognition within 30 working days after probation ends
 * @param committeeWorkingDays the competent committee decides within 60 working days of the branch's resolution
 * @param voteShareNumerator with {@code voteShareDenominator}: the share of the legal denominator that must agree to
 *     an admission or a recognition (2/3; sourced only from a quiz, hence a parameter)
 * @param failedVotesBeforeReferral after this many votes without the share, the matter goes to the higher committee
 */
public record MembershipRules(
        String source,
        LocalDate effectiveFrom,
        int probationMonths,
        int branchWorkingDays,
        int committeeWorkingDays,
        int voteShareNumerator,
        int voteShareDenominator,
        int failedVotesBeforeReferral) {

    /** QĐ 24-QĐ/TW (30/7/2021) §4.3, as QĐ 232-QĐ/TW kept it. */
    public static final MembershipRules QD_24_2021 =
            new MembershipRules("QĐ 24-QĐ/TW", LocalDate.of(2021, 7, 30), 12, 30, 60, 2, 3, 3);

    /** QĐ 294-QĐ/TW (26/5/2025, in force 01/7/2025) with HD 06-HD/TW (2025): the same deadlines and shares. */
    public static final MembershipRules QD_294_2025 =
            new MembershipRules("QĐ 294-QĐ/TW", LocalDate.of(2025, 7, 1), 12, 30, 60, 2, 3, 3);

    public static MembershipRules on(LocalDate date) {
        return date.isBefore(QD_294_2025.effectiveFrom()) ? QD_24_2021 : QD_294_2025;
    }

    /** The fewest votes in favour out of {@code denominator} that make the share (2/3 of 17 is 12). */
    public int votesNeeded(int denominator) {
        return (denominator * voteShareNumerator + voteShareDenominator - 1) / voteShareDenominator;
    }

    /** Whether {@code agree} votes make the share of the denominator; nothing passes with a denominator of 0. */
    public boolean voteShareReached(int agree, int denominator) {
        return denominator > 0 && agree * voteShareDenominator >= denominator * voteShareNumerator;
    }
}
