package vn.chibo.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import vn.chibo.elections.BallotForm;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.counting.BallotContent;
import vn.chibo.elections.counting.BallotValidator;
import vn.chibo.elections.counting.Reconciliation;
import vn.chibo.elections.counting.Reconciliation.Entered;
import vn.chibo.elections.counting.RoundOutcome;
import vn.chibo.elections.counting.Tally;

/**
 * Measures what issue 19 names for the count: tallying 10,000 crossing-out ballots of 15 names (and deciding who is
 * elected), and reconciling a triple independent entry of 1,600 ballots. Runs without Spring or a database: these
 * are pure computations. Prints the first (cold) run and the median and worst of the warm runs. Run with
 * bench/elections.sh.
 */
public final class ElectionsBenchmark {

    private static final int WARM_RUNS = 30;

    public static void main(String[] args) {
        System.out.println("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " processors");
        Random random = new Random(190);
        List<BallotContent> ballots = crossingOut(random, 10_000, 15, 12);
        BallotValidator validator = new BallotValidator(BallotForm.CROSSING_OUT, 15, 12);
        time("tally 10,000 ballots x 15 names (12 seats) and decide", 100, () -> {
            Tally tally = Tally.count(validator, 15, ballots);
            return RoundOutcome.decide(tally.votes(), 12, 10_400).elected().size();
        });

        List<BallotContent> pile = crossingOut(random, 1_600, 15, 12);
        List<List<Entered>> entries = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            List<Entered> entry = new ArrayList<>(pile.size());
            for (int i = 0; i < pile.size(); i++) {
                BallotContent content = pile.get(i);
                // Each entry misreads about one ballot in two hundred.
                if (random.nextInt(200) == 0) {
                    content = new BallotContent.Declared(InvalidBallotCode.NOT_ISSUED);
                }
                entry.add(new Entered(i + 1, content));
            }
            entries.add(entry);
        }
        time("reconcile a triple entry of 1,600 ballots and tally the agreed", 1_000, () -> {
            Reconciliation.Report report = Reconciliation.reconcile(entries);
            Tally tally = Tally.count(
                    validator,
                    15,
                    report.agreed().stream().map(Entered::content).toList());
            return report.differences().size() + tally.valid();
        });
    }

    /** Ballots keeping 1 to {@code seats + 1} names (so that some keep too many) and a few with every name crossed. */
    static List<BallotContent> crossingOut(Random random, int count, int names, int seats) {
        List<BallotContent> ballots = new ArrayList<>(count);
        int[] order = new int[names];
        for (int i = 0; i < names; i++) {
            order[i] = i;
        }
        for (int b = 0; b < count; b++) {
            for (int i = names - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int kept = random.nextInt(100) == 0 ? 0 : 1 + random.nextInt(seats + 1);
            ballots.add(new BallotContent.Kept(Arrays.copyOf(order, kept)));
        }
        return ballots;
    }

    static void time(String what, long targetMillis, Supplier<Integer> work) {
        long start = System.nanoTime();
        int sink = work.get();
        double cold = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            start = System.nanoTime();
            sink += work.get();
            warm[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf(
                "%s: first %.1f ms, warm median %.2f ms, worst %.2f ms (target < %d ms)%s%n",
                what,
                cold,
                warm[WARM_RUNS / 2],
                warm[WARM_RUNS - 1],
                targetMillis,
                sink == Integer.MIN_VALUE ? "" : "");
    }
}
