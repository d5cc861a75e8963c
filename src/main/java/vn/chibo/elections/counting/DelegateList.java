package vn.chibo.elections.counting;

import java.util.List;
import java.util.Optional;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.elections.rules.Violation;

/**
 * Official and alternate delegates from one list (QĐ 190-QĐ/TW Điều 18): the officials are elected first, then the
 * candidates left on the list are voted on for the alternate seats, with counting minutes of their own. Under QĐ 244
 * the alternates have a list of their own.
 */
public final class DelegateList {

    private DelegateList() {}

    /** The candidates left on the official delegates' list once its elections are over, in list order. */
    public static List<Long> remaining(List<Long> officialList, List<Long> electedOfficials) {
        return officialList.stream()
                .filter(id -> !electedOfficials.contains(id))
                .toList();
    }

    /**
     * Whether an alternate delegates' list fits the rules: under one list, exactly the candidates left, once the
     * official election is over; under separate lists, nobody already elected an official delegate.
     */
    public static Optional<Violation> checkAlternates(
            ElectionRules rules,
            boolean officialsDecided,
            List<Long> officialList,
            List<Long> electedOfficials,
            List<Long> alternates) {
        if (alternates.stream().anyMatch(electedOfficials::contains)) {
            return Optional.of(Violation.of("candidates", "election.alternates.alreadyOfficial"));
        }
        if (!rules.delegatesFromOneList()) {
            return Optional.empty();
        }
        if (!officialsDecided) {
            return Optional.of(Violation.of("kind", "election.alternates.officialsFirst", rules.regulation()));
        }
        List<Long> left = remaining(officialList, electedOfficials);
        if (alternates.size() != left.size() || !alternates.containsAll(left)) {
            return Optional.of(Violation.of("candidates", "election.alternates.oneList", rules.regulation()));
        }
        return Optional.empty();
    }
}
