package vn.chibo.elections.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Independent double or triple entry of the same paper ballots, compared ballot by ballot as the counting software of
 * the Central Organization Commission and the Thái Nguyên practice do: a ballot counts once every entry reads it
 * alike; otherwise it is shown with what each entry read, and the counting committee settles it before any result.
 */
public final class Reconciliation {

    private Reconciliation() {}

    /** One entry's reading of the ballot with the given number (numbers run from 1 in the order of the pile). */
    public record Entered(int number, BallotContent content) {}

    /** A ballot the entries read differently; {@code readings} has one slot per entry, null where it is missing. */
    public record Difference(int number, List<BallotContent> readings) {}

    /**
     * @param agreed the ballots every entry read alike, by number
     * @param differences the ballots read differently or missing from an entry, by number
     */
    public record Report(int entries, List<Entered> agreed, List<Difference> differences) {

        public boolean reconciled() {
            return differences.isEmpty();
        }
    }

    /** Compares two or three entries; a single entry is its own reconciliation. */
    public static Report reconcile(List<List<Entered>> entries) {
        if (entries.isEmpty() || entries.size() > 3) {
            throw new IllegalArgumentException(entries.size() + " entries");
        }
        int count = entries.size();
        List<Map<Integer, BallotContent>> byNumber = new ArrayList<>(count);
        TreeSet<Integer> numbers = new TreeSet<>();
        for (List<Entered> entry : entries) {
            Map<Integer, BallotContent> map = new HashMap<>(entry.size() * 2);
            for (Entered e : entry) {
                if (map.put(e.number(), e.content()) != null) {
                    throw new IllegalArgumentException("Ballot " + e.number() + " entered twice in one entry");
                }
                numbers.add(e.number());
            }
            byNumber.add(map);
        }
        List<Entered> agreed = new ArrayList<>(numbers.size());
        List<Difference> differences = new ArrayList<>();
        BallotContent[] readings = new BallotContent[count];
        for (int number : numbers) {
            boolean alike = true;
            for (int i = 0; i < count; i++) {
                readings[i] = byNumber.get(i).get(number);
                alike &= readings[i] != null && readings[i].equals(readings[0]);
            }
            if (alike) {
                agreed.add(new Entered(number, readings[0]));
            } else {
                differences.add(new Difference(number, Arrays.asList(readings.clone())));
            }
        }
        return new Report(count, agreed, differences);
    }
}
