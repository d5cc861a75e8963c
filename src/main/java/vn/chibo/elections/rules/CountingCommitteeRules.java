package vn.chibo.elections.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who may sit on the counting committee of an election (QĐ 190-QĐ/TW Điều 8): official members (member congress) or
 * official delegates (delegate congress) who are not candidates in that election; never a probationer. Checked for
 * each election: a committee that must change is elected again.
 */
public final class CountingCommitteeRules {

    private CountingCommitteeRules() {}

    /** A counting committee member as the rule sees her. */
    public record Teller(long memberId, String fullName, boolean withVote) {}

    /** One teller the rule refuses, and why. */
    public record Refusal(Teller teller, String messageKey) {}

    public static List<Refusal> refusals(List<Teller> committee, Set<Long> candidates) {
        List<Refusal> refusals = new ArrayList<>();
        for (Teller t : committee) {
            if (!t.withVote()) {
                refusals.add(new Refusal(t, "election.counting.noVote"));
            } else if (candidates.contains(t.memberId())) {
                refusals.add(new Refusal(t, "election.counting.candidate"));
            }
        }
        return refusals;
    }
}
