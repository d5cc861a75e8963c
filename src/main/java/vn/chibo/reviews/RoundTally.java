package vn.chibo.reviews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of a review round: how many members are on its roster, reviewed and rated, the count and share of each
 * level (the approved level once there is one, else the proposed), the excellence cap of the grassroots organization
 * the round belongs to, and what the page should warn of.
 *
 * @param levels each level with its count and its share of the rated members, best first
 * @param withoutLevel rated members with neither a proposed nor an approved level yet
 * @param cap the excellence cap across the grassroots organization's rounds of the year, this one included
 * @param capScope the name of the grassroots organization the cap is counted in
 */
public record RoundTally(
        int members,
        int reviewed,
        int rated,
        int notRated,
        int withoutLevel,
        List<LevelCount> levels,
        ExcellenceCap cap,
        String capScope,
        List<ReviewMessage> warnings) {

    public RoundTally {
        levels = List.copyOf(levels);
        warnings = List.copyOf(warnings);
    }

    /** One level with how many members hold it and their share of the rated members, in percent to one decimal. */
    public record LevelCount(RatingLevel level, int count, BigDecimal percent) {}

    /**
     * The summary of the round's members under its rules; {@code otherLevels} are the levels that count in the other
     * rounds of the same grassroots organization and year, for the cap.
     */
    public static RoundTally of(
            List<MemberReview> entries,
            ReviewRules rules,
            ExcellenceCap.RaisedCeiling raised,
            List<RatingLevel> otherLevels,
            String capScope) {
        int reviewed = 0;
        int rated = 0;
        int withoutLevel = 0;
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        List<RatingLevel> capLevels = new ArrayList<>(otherLevels);
        List<ReviewMessage> warnings = new ArrayList<>();
        for (MemberReview entry : entries) {
            if (entry.reviewed()) {
                reviewed++;
            }
            if (!entry.rated()) {
                continue;
            }
            rated++;
            RatingLevel level = entry.decidedLevel();
            if (level == null) {
                withoutLevel++;
            } else {
                counts.merge(level, 1, Integer::sum);
                capLevels.add(level);
            }
            if (!entry.problems().isEmpty()) {
                warnings.add(ReviewMessage.of("reviews.warning.aboveCeiling", entry.fullName()));
            }
            RatingLevel self = entry.selfLevel();
            if (self != null && entry.highest() != null && self.isAbove(entry.highest())) {
                warnings.add(ReviewMessage.of(
                        "reviews.warning.selfAboveCeiling",
                        entry.fullName(),
                        self.abbreviation(),
                        entry.highest().abbreviation()));
            }
        }
        if (withoutLevel > 0) {
            warnings.add(ReviewMessage.of("reviews.warning.withoutLevel", withoutLevel));
        }
        ExcellenceCap cap = ExcellenceCap.of(capLevels, rules, raised);
        cap.problem().ifPresent(warnings::add);
        List<LevelCount> levels = new ArrayList<>();
        for (RatingLevel level : RatingLevel.values()) {
            int count = counts.getOrDefault(level, 0);
            levels.add(new LevelCount(level, count, percent(count, rated)));
        }
        return new RoundTally(
                entries.size(), reviewed, rated, entries.size() - rated, withoutLevel, levels, cap, capScope, warnings);
    }

    static BigDecimal percent(int count, int of) {
        if (of == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
