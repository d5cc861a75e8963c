package vn.chibo.elections.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The election rules a congress is held to, chosen by its opening date: QĐ 244-QĐ/TW (09/6/2014) before QĐ 190-QĐ/TW
 * (10/10/2024) took effect, QĐ 190 after. Every number the regulations leave to guidance, or that our sources did not
 * confirm, is a parameter here; {@link #fromMemory()} lists those recalled from memory and unverified, which the pages
 * show as such. Read side by side with party-rules.md §1.
 */
public record ElectionRules(
        String regulation,
        String guidance,
        LocalDate effectiveFrom,
        // Điều 14.1: the committee and standing committee lists exceed the seats by at most this share.
        int maxSurplusPercent,
        // Điều 14: committees of 3–5 seats have a surplus of at most one.
        int smallCommitteeMaxSeats,
        int smallCommitteeSurplus,
        // Điều 14.2: the convening committee's list plans a surplus of 10–15%.
        int plannedSurplusMinPercent,
        int plannedSurplusMaxPercent,
        // Điều 14.3: a nominee from the floor needs more than this share of the voting members present.
        int floorNominationPercent,
        // QĐ 190 Điều 18: official and alternate delegates come from one list, officials first; the candidates left
        // once
        // the official seats are filled are voted on again, on a ballot and minutes of their own, for the alternate
        // seats (the separate ballot is sourced: party-rules.md §1.6).
        boolean delegatesFromOneList,
        TieRule tieRule,
        // QĐ 294-QĐ/TW: a branch secretary not elected after this many rounds is appointed by the higher committee.
        int secretaryRoundsBeforeAppointment,
        // Unfilled delegate seats are voted on again at least once before the congress decides.
        int minimumDelegateRounds,
        AlternateOrder alternateOrder,
        // The members of the convening committee are official delegates by right at a delegate congress (the
        // denominator of Điều 30 subtracts those of them absent for the whole congress).
        boolean conveningCommitteeDelegatesByRight,
        // QĐ 24/294 §11.1: the opening date is announced this many working days ahead.
        int noticeWorkingDays,
        // A branch under a grassroots committee may hold its congress this many months early or late, with consent.
        int branchTimingMarginMonths,
        int otherTimingMarginMonths,
        // QĐ 294-QĐ/TW: a branch with this many official members elects a committee of at most branchCommitteeMaxSeats.
        int branchCommitteeMinOfficialMembers,
        int branchCommitteeMaxSeats,
        int branchDeputySecretaries,
        // Điều 33–35: complaints within 15 working days; ballots kept sealed 6 months.
        int complaintWorkingDays,
        int ballotKeepingMonths,
        Set<Parameter> fromMemory) {

    public ElectionRules {
        fromMemory = fromMemory.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fromMemory));
    }

    /** What happens when candidates tie at the cut-off for the last seats. */
    public enum TieRule {
        /** A run-off among the tied candidates only, for the seats they dispute. */
        RESTRICTED_RUNOFF,
        /** The congress decides whether to vote again for the seats left, and on whom, as after any unfilled round. */
        CONGRESS_DECIDES
    }

    /** Which alternate takes the place of an absent official delegate. */
    public enum AlternateOrder {
        /** An alternate of the same lower organization, in the order of the alternates' votes. */
        SAME_ORGANIZATION_BY_VOTES,
        /** Any alternate not yet in anyone's place, in the order of the alternates' votes. */
        BY_VOTES
    }

    /** The parameters a page may flag as recalled from memory. */
    public enum Parameter {
        SMALL_COMMITTEE_SURPLUS,
        FLOOR_NOMINATION_PERCENT,
        TIE_RULE,
        ALTERNATE_ORDER,
        OTHER_TIMING_MARGIN,
        BRANCH_COMMITTEE_SIZE,
        INVALID_CODES,
        DELEGATES_FROM_ONE_LIST
    }

    /** QĐ 190-QĐ/TW (10/10/2024), with its guidance HD 04-HD/TW (2024). */
    public static final ElectionRules QD_190 = new ElectionRules(
            "QĐ 190-QĐ/TW",
            "HD 04-HD/TW",
            LocalDate.of(2024, 10, 10),
            30,
            5,
            1,
            10,
            15,
            30,
            true,
            TieRule.RESTRICTED_RUNOFF,
            3,
            2,
            AlternateOrder.SAME_ORGANIZATION_BY_VOTES,
            true,
            30,
            6,
            12,
            9,
            7,
            1,
            15,
            6,
            EnumSet.of(
                    Parameter.TIE_RULE,
                    Parameter.ALTERNATE_ORDER,
                    Parameter.OTHER_TIMING_MARGIN,
                    Parameter.INVALID_CODES));

    /**
     * QĐ 244-QĐ/TW (09/6/2014), with its guidance HD 03-HD/TW (20/3/2020): the same thresholds, but official and
     * alternate delegates on separate lists and ballots.
     */
    public static final ElectionRules QD_244 = QD_190.copy(
            "QĐ 244-QĐ/TW",
            "HD 03-HD/TW",
            LocalDate.of(2014, 6, 9),
            false,
            QD_190.tieRule,
            QD_190.alternateOrder,
            EnumSet.of(
                    Parameter.SMALL_COMMITTEE_SURPLUS,
                    Parameter.FLOOR_NOMINATION_PERCENT,
                    Parameter.TIE_RULE,
                    Parameter.ALTERNATE_ORDER,
                    Parameter.OTHER_TIMING_MARGIN,
                    Parameter.BRANCH_COMMITTEE_SIZE,
                    Parameter.INVALID_CODES,
                    Parameter.DELEGATES_FROM_ONE_LIST));

    /** The rules in force on the congress's opening date; QĐ 244 is the earliest set ChiBo knows. */
    public static ElectionRules on(LocalDate openingDate) {
        return openingDate.isBefore(QD_190.effectiveFrom()) ? QD_244 : QD_190;
    }

    /** The largest surplus a committee or standing committee list may have for the seats (Điều 14). */
    public int maxSurplus(int seats) {
        if (seats <= smallCommitteeMaxSeats) {
            return smallCommitteeSurplus;
        }
        return seats * maxSurplusPercent / 100;
    }

    /** The largest list for the seats: seats plus the largest surplus. */
    public int maxCandidates(int seats) {
        return seats + maxSurplus(seats);
    }

    /** The timing margin for an organization: six months for a branch under a grassroots committee. */
    public int timingMarginMonths(boolean branchUnderGrassrootsCommittee) {
        return branchUnderGrassrootsCommittee ? branchTimingMarginMonths : otherTimingMarginMonths;
    }

    /** The same rules with another tie rule: for a rule set that differs from these only there, and for tests. */
    public ElectionRules with(TieRule rule) {
        return copy(regulation, guidance, effectiveFrom, delegatesFromOneList, rule, alternateOrder, fromMemory);
    }

    /** The same rules with another order for the alternates replacing absent delegates. */
    public ElectionRules with(AlternateOrder order) {
        return copy(regulation, guidance, effectiveFrom, delegatesFromOneList, tieRule, order, fromMemory);
    }

    /** These rules with the values that differ between rule sets replaced; every number stays as it is. */
    private ElectionRules copy(
            String regulation,
            String guidance,
            LocalDate effectiveFrom,
            boolean delegatesFromOneList,
            TieRule tieRule,
            AlternateOrder alternateOrder,
            Set<Parameter> fromMemory) {
        return new ElectionRules(
                regulation,
                guidance,
                effectiveFrom,
                maxSurplusPercent,
                smallCommitteeMaxSeats,
                smallCommitteeSurplus,
                plannedSurplusMinPercent,
                plannedSurplusMaxPercent,
                floorNominationPercent,
                delegatesFromOneList,
                tieRule,
                secretaryRoundsBeforeAppointment,
                minimumDelegateRounds,
                alternateOrder,
                conveningCommitteeDelegatesByRight,
                noticeWorkingDays,
                branchTimingMarginMonths,
                otherTimingMarginMonths,
                branchCommitteeMinOfficialMembers,
                branchCommitteeMaxSeats,
                branchDeputySecretaries,
                complaintWorkingDays,
                ballotKeepingMonths,
                fromMemory);
    }

    /** The options these rules take where the regulations leave a choice, as message keys for the pages. */
    public java.util.List<String> options() {
        return java.util.List.of(
                "rules.tieRule." + tieRule,
                "rules.alternateOrder." + alternateOrder,
                "rules.delegateList." + (delegatesFromOneList ? "ONE" : "SEPARATE"),
                "rules.delegatesByRight." + conveningCommitteeDelegatesByRight);
    }

    public boolean isFromMemory(Parameter parameter) {
        return fromMemory.contains(parameter);
    }
}
