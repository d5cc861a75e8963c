package vn.chibo.members;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many members on a list fall in each {@link MemberCategory}; every category is present, zero or not. */
public record MemberTally(Map<MemberCategory, Long> counts) {

    public MemberTally {
        EnumMap<MemberCategory, Long> all = new EnumMap<>(MemberCategory.class);
        for (MemberCategory category : MemberCategory.values()) {
            all.put(category, counts.getOrDefault(category, 0L));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public static MemberTally empty() {
        return new MemberTally(Map.of());
    }

    public long count(MemberCategory category) {
        return counts.get(category);
    }

    /** The members on the list (probationary and official). */
    public long members() {
        return count(MemberCategory.MEMBERS);
    }

    /** The counts of both lists added up, as for an organization and its subtree. */
    public MemberTally plus(MemberTally other) {
        EnumMap<MemberCategory, Long> sum = new EnumMap<>(MemberCategory.class);
        for (MemberCategory category : MemberCategory.values()) {
            sum.put(category, count(category) + other.count(category));
        }
        return new MemberTally(sum);
    }
}
