package vn.chibo.elections.rules;

import java.util.Optional;

/**
 * Nominations at the congress (QĐ 190-QĐ/TW Điều 14.3; HD 03-HD/TW 2020 for withdrawals): who may nominate and stand,
 * and whether a nominee from the floor goes on the list.
 */
public final class Nominations {

    private Nominations() {}

    /** A person at the congress as the nomination rules see her. */
    public record Person(boolean official, boolean temporarilyIn, boolean conveningCommitteeMember) {}

    /**
     * Whether {@code nominator} may put {@code nominee} forward: probationers and members on temporary transfer in may
     * nominate but not stand; a convening-committee member may not nominate anyone outside the committee's list.
     */
    public static Optional<Violation> check(Person nominator, Person nominee, boolean onCommitteeList) {
        if (!nominee.official() || nominee.temporarilyIn()) {
            return Optional.of(Violation.of("memberId", "election.nomination.mayNotStand"));
        }
        if (nominator.conveningCommitteeMember() && !onCommitteeList) {
            return Optional.of(Violation.of("nominatedBy", "election.nomination.committeeOutsideList"));
        }
        return Optional.empty();
    }

    /**
     * Whether a nominee from the floor (or a self-nominee) goes on the list: more than {@code floorNominationPercent}
     * of the voting members present in favour, by the presidium's secret opinion ballot.
     */
    public static boolean addedFromFloor(ElectionRules rules, int votingPresent, int inFavour) {
        if (votingPresent < 1 || inFavour < 0 || inFavour > votingPresent) {
            throw new IllegalArgumentException(inFavour + " in favour of " + votingPresent + " present");
        }
        // Compared in integers: more than 30% means inFavour / present > 30 / 100.
        return inFavour * 100L > (long) rules.floorNominationPercent() * votingPresent;
    }

    /** The fewest votes in favour that put a nominee from the floor on the list. */
    public static int floorNominationMinimum(ElectionRules rules, int votingPresent) {
        return (int) ((long) rules.floorNominationPercent() * votingPresent / 100) + 1;
    }
}
