package vn.chibo.elections;

import java.time.LocalDate;
import java.util.List;

/**
 * What became of a congress's ballots after the count: each election's sealed packets, who sealed them and who took
 * them, when they may be destroyed and whether they were; and the complaints lodged, with the last day to lodge one
 * (15 working days after the closing, a rule-set parameter; null while the congress is held); and which elections had
 * nominees from the floor, whose opinion ballot has minutes of its own.
 */
public record BallotKeepingDetails(
        int complaintWorkingDays,
        int keepingMonths,
        LocalDate complaintDeadline,
        LocalDate destroyableFrom,
        List<Custody> custody,
        List<Complaint> complaints,
        List<ElectionId> withOpinionBallot) {

    /** The sealed ballots of one election. */
    public record Custody(
            ElectionId electionId,
            ElectionKind kind,
            LocalDate sealedOn,
            String sealedBy,
            String handedTo,
            int packets,
            LocalDate destroyedOn,
            String destroyedBy,
            String destructionDecision) {

        public boolean destroyed() {
            return destroyedOn != null;
        }
    }

    /** A complaint about the election, late when lodged after the deadline. */
    public record Complaint(
            long id,
            ElectionId electionId,
            LocalDate receivedOn,
            String complainant,
            String content,
            boolean late,
            LocalDate settledOn,
            String settlement) {

        public boolean pending() {
            return settledOn == null;
        }
    }

    /** The sealed ballots of an election, or null. */
    public Custody of(ElectionId election) {
        return custody.stream()
                .filter(c -> c.electionId().equals(election))
                .findFirst()
                .orElse(null);
    }

    public boolean anyPending() {
        return complaints.stream().anyMatch(Complaint::pending);
    }
}
