package vn.chibo.elections;

import java.util.List;
import vn.chibo.members.MemberId;

/**
 * Everything the election page shows: the election and its congress's rule set, its list with where each name came
 * from, the counting committee, the nominations from the floor, the result of every round, whether the list fits the
 * rules (the message key of the rule it breaks, with its arguments), the planned-surplus warnings, the ballots entered
 * per entry, and what the viewer may do.
 */
public record ElectionDetails(
        ElectionId id,
        CongressId congressId,
        ElectionKind kind,
        int seats,
        ElectionStatus status,
        ElectionId officialElectionId,
        RuleSetInfo rules,
        List<Candidate> candidates,
        List<Teller> tellers,
        List<Nomination> nominations,
        List<ElectionResult> rounds,
        Integer maxListSize,
        String listProblem,
        List<Object> listProblemArguments,
        List<String> planWarnings,
        int[] entered,
        boolean manageable,
        boolean countable) {

    /** A name on the list: from the convening committee's list, nominated from the floor, or self-nominated. */
    public record Candidate(MemberId memberId, String fullName, String source, boolean withdrawn) {}

    /** A member of the counting committee. */
    public record Teller(MemberId memberId, String fullName, boolean head) {}

    /** A nomination at the congress with its opinion ballot. */
    public record Nomination(
            MemberId memberId, String fullName, boolean self, int present, int inFavour, boolean added) {}

    public ElectionResult latest() {
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }
}
