package vn.chibo.elections;

import java.util.List;
import java.util.Map;
import vn.chibo.members.MemberId;

/**
 * The result of an election's latest (or a given) round: the legal denominator and threshold, the ballots, each
 * candidate's votes in list order, the elected of every round so far ranked by round and votes, a tie at the cut-off
 * and who goes to the run-off, the seats left, the sum checks that fail, the ballots the entries read differently,
 * and what comes next. A round not yet counted shows the count of the ballots entered so far.
 */
public record ElectionResult(
        ElectionId election,
        ElectionKind kind,
        int seats,
        int round,
        String roundKind,
        BallotForm form,
        boolean counted,
        int denominator,
        int threshold,
        Integer issued,
        Integer returned,
        int valid,
        int invalid,
        Map<InvalidBallotCode, Integer> invalidByReason,
        List<CandidateResult> candidates,
        List<MemberId> elected,
        List<MemberId> electedThisRound,
        List<MemberId> runoff,
        boolean tieAtCutOff,
        int unfilledSeats,
        List<String> sumChecks,
        int differences,
        String next,
        ElectionStatus status) {}
