package vn.chibo.elections.counting;

import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic the counting minutes must satisfy, checked before results are announced: ballots returned no more
 * than issued; the ballots entered as many as returned; valid plus invalid equal to returned; no candidate with more
 * votes than valid ballots.
 */
public final class SumChecks {

    private SumChecks() {}

    /** A failed check, with the candidate position for a per-candidate one (else -1). */
    public record Failure(Check check, int position) {}

    public enum Check {
        RETURNED_OVER_ISSUED,
        ENTERED_NOT_RETURNED,
        VALID_AND_INVALID_NOT_RETURNED,
        VOTES_OVER_VALID
    }

    /**
     * @param issued ballots the counting committee issued
     * @param returned ballots found in the box, as counted by hand (null when not recorded yet)
     * @param tally the count of the ballots entered
     */
    public static List<Failure> check(int issued, Integer returned, Tally tally) {
        List<Failure> failures = new ArrayList<>();
        int inBox = returned == null ? tally.returned() : returned;
        if (inBox > issued) {
            failures.add(new Failure(Check.RETURNED_OVER_ISSUED, -1));
        }
        if (returned != null && tally.returned() != returned) {
            failures.add(new Failure(Check.ENTERED_NOT_RETURNED, -1));
        }
        int invalid = tally.invalidByReason().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        if (tally.valid() + invalid != tally.returned()) {
            failures.add(new Failure(Check.VALID_AND_INVALID_NOT_RETURNED, -1));
        }
        int[] votes = tally.votes();
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] > tally.valid()) {
                failures.add(new Failure(Check.VOTES_OVER_VALID, i));
            }
        }
        return failures;
    }
}
