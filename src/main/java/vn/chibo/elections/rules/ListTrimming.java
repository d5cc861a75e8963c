package vn.chibo.elections.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Trims a committee or standing-committee list that exceeds the largest surplus, by the congress's opinion ballot (QĐ
 * 190-QĐ/TW Điều 14.3): the candidates with the most votes stay, up to the seats plus the largest surplus. A tie across
 * that line is not settled here: the congress decides, and for a committee of 3–5 seats the committee's head chooses.
 */
public final class ListTrimming {

    private ListTrimming() {}

    /**
     * @param kept indexes of the candidates who stay, in list order
     * @param dropped indexes of those who leave, in list order
     * @param tiedAtLine indexes of the candidates tied across the line (empty when there is no tie); none of them is in
     *     {@code kept} or {@code dropped}
     * @param placesForTied how many of the tied candidates can stay
     */
    public record Outcome(List<Integer> kept, List<Integer> dropped, List<Integer> tiedAtLine, int placesForTied) {

        public boolean tie() {
            return !tiedAtLine.isEmpty();
        }
    }

    public static Outcome trim(ElectionRules rules, int seats, int[] opinionVotes) {
        int limit = rules.maxCandidates(seats);
        int n = opinionVotes.length;
        if (n <= limit) {
            return new Outcome(IntStream.range(0, n).boxed().toList(), List.of(), List.of(), 0);
        }
        List<Integer> ranked = IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -opinionVotes[i]).thenComparingInt(i -> i))
                .toList();
        int line = opinionVotes[ranked.get(limit - 1)];
        boolean tie = opinionVotes[ranked.get(limit)] == line;
        List<Integer> kept = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        List<Integer> tied = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (opinionVotes[i] > line || (!tie && opinionVotes[i] == line && ranked.indexOf(i) < limit)) {
                kept.add(i);
            } else if (tie && opinionVotes[i] == line) {
                tied.add(i);
            } else {
                dropped.add(i);
            }
        }
        return new Outcome(kept, dropped, tied, tie ? limit - kept.size() : 0);
    }
}
