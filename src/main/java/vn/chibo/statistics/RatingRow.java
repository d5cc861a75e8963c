package vn.chibo.statistics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.reviews.RatingLevel;

/**
 * One line of the members-by-rating table: a subordinate organization with its subtree, the chosen organization's own
 * rounds ({@code direct}), or the total ({@code organization} null). {@code levels} counts the members of the year's
 * approved review rounds by their approved level, {@code notRated} those on the rounds' rosters who were not rated
 * (exempt, suspended, admitted less than six months before), {@code rounds} the approved rounds counted.
 */
public record RatingRow(
        OrganizationId organization,
        String name,
        boolean direct,
        Map<RatingLevel, Long> levels,
        long notRated,
        int rounds) {

    public RatingRow {
        EnumMap<RatingLevel, Long> copy = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            copy.put(level, levels.getOrDefault(level, 0L));
        }
        levels = Collections.unmodifiableMap(copy);
    }

    static RatingRow empty(OrganizationId organization, String name, boolean direct) {
        return new RatingRow(organization, name, direct, Map.of(), 0, 0);
    }

    public long count(RatingLevel level) {
        return levels.get(level);
    }

    /** The members rated, whatever their level. */
    public long rated() {
        return levels.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The members on the rosters of the rounds, rated or not. */
    public long members() {
        return rated() + notRated;
    }

    /** The members rated at the level or better. */
    public long atLeast(RatingLevel level) {
        long sum = 0;
        for (RatingLevel l : RatingLevel.values()) {
            if (l == level || l.isAbove(level)) {
                sum += count(l);
            }
        }
        return sum;
    }

    /** A level's share of the rated members, in percent to two decimals; null with nobody rated. */
    public BigDecimal share(RatingLevel level) {
        return StatisticsRow.ratio(count(level), rated());
    }

    /** The share of the rated members rated at the level or better; null with nobody rated. */
    public BigDecimal shareAtLeast(RatingLevel level) {
        return StatisticsRow.ratio(atLeast(level), rated());
    }

    /** The share of the members on the rosters who were not rated; null without members. */
    public BigDecimal notRatedShare() {
        return StatisticsRow.ratio(notRated, members());
    }

    /** Whether any approved round of the year is counted in the row. */
    public boolean hasData() {
        return rounds > 0;
    }

    RatingRow plus(RatingRow other) {
        Map<RatingLevel, Long> sum = new EnumMap<>(levels);
        other.levels.forEach((l, n) -> sum.merge(l, n, Long::sum));
        return new RatingRow(organization, name, direct, sum, notRated + other.notRated, rounds + other.rounds);
    }
}
