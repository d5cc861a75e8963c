package vn.chibo.elections.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import vn.chibo.elections.rules.CongressDenominator;

/**
 * Who a round elects (QĐ 190-QĐ/TW Điều 30): the candidates with at least floor(denominator / 2) + 1 votes, ranked by
 * votes from highest to lowest, up to the round's seats. Candidates tied across the last seat are not elected: they go
 * to a run-off among themselves for the seats left ({@link #runoff}), and the seats neither filled nor disputed stay
 * open ({@link #unfilledSeats}).
 *
 * @param elected positions of the elected candidates, ranked by votes (list order among equals)
 * @param runoff positions of the candidates tied across the last seat, in list order
 * @param runoffSeats the seats the run-off is for
 */
public record RoundOutcome(
        int denominator,
        int threshold,
        int seats,
        List<Integer> elected,
        List<Integer> runoff,
        int runoffSeats,
        int unfilledSeats) {

    public RoundOutcome {
        elected = List.copyOf(elected);
        runoff = List.copyOf(runoff);
    }

    public boolean tieAtCutOff() {
        return !runoff.isEmpty();
    }

    public static RoundOutcome decide(int[] votes, int seats, int denominator) {
        int threshold = CongressDenominator.threshold(denominator);
        List<Integer> passed = IntStream.range(0, votes.length)
                .filter(i -> votes[i] >= threshold)
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -votes[i]).thenComparingInt(i -> i))
                .toList();
        if (passed.size() <= seats) {
            return new RoundOutcome(denominator, threshold, seats, passed, List.of(), 0, seats - passed.size());
        }
        int cutOff = votes[passed.get(seats - 1)];
        if (votes[passed.get(seats)] != cutOff) {
            return new RoundOutcome(denominator, threshold, seats, passed.subList(0, seats), List.of(), 0, 0);
        }
        List<Integer> elected = new ArrayList<>();
        List<Integer> tied = new ArrayList<>();
        for (int i : passed) {
            if (votes[i] > cutOff) {
                elected.add(i);
            } else if (votes[i] == cutOff) {
                tied.add(i);
            }
        }
        tied.sort(Comparator.naturalOrder());
        return new RoundOutcome(denominator, threshold, seats, elected, tied, seats - elected.size(), 0);
    }

    /** Votes as a percentage of the legal denominator, two decimals, as the counting minutes print them. */
    public static BigDecimal percent(int votes, int denominator) {
        if (denominator == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(votes * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
