package vn.chibo.reviews;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of the organizations a committee rates for a year: how many it lists, how many have a level (the decided
 * one, else the proposal), the count and share of each level, the excellence cap of the scope they are counted in, and
 * what the page should warn of.
 *
 * @param levels each level with its count and its share of the organizations with a level, best first
 * @param cap the excellence cap across the scope, these organizations included
 * @param capScope the name of the organization the cap is counted in
 */
public record OrganizationTally(
        int organizations,
        int withLevel,
        int withoutLevel,
        int decided,
        List<RoundTally.LevelCount> levels,
        ExcellenceCap cap,
        String capScope,
        List<ReviewMessage> warnings) {

    public OrganizationTally {
        levels = List.copyOf(levels);
        warnings = List.copyOf(warnings);
    }

    /**
     * The summary of the rows under the rules of the review year; {@code otherLevels} are the levels of the other
     * organizations in the cap's scope (outside these rows).
     */
    public static OrganizationTally of(
            List<OrganizationRatingSummary> rows,
            OrganizationRatingRules rules,
            ExcellenceCap.RaisedCeiling raised,
            List<RatingLevel> otherLevels,
            String capScope) {
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        List<RatingLevel> capLevels = new ArrayList<>(otherLevels);
        List<ReviewMessage> warnings = new ArrayList<>();
        int withLevel = 0;
        int decided = 0;
        for (OrganizationRatingSummary row : rows) {
            RatingLevel level = row.currentLevel();
            if (row.decidedLevel() != null) {
                decided++;
            }
            if (level != null) {
                withLevel++;
                counts.merge(level, 1, Integer::sum);
                capLevels.add(level);
            }
            if (row.problems() > 0) {
                warnings.add(ReviewMessage.of("review.org.warning.aboveCeiling", row.organizationName()));
            }
        }
        ExcellenceCap cap = rules.cap(capLevels, raised);
        cap.organizationsProblem().ifPresent(warnings::add);
        List<RoundTally.LevelCount> levels = new ArrayList<>();
        for (RatingLevel level : RatingLevel.values()) {
            int count = counts.getOrDefault(level, 0);
            levels.add(new RoundTally.LevelCount(level, count, RoundTally.percent(count, withLevel)));
        }
        return new OrganizationTally(
                rows.size(), withLevel, rows.size() - withLevel, decided, levels, cap, capScope, warnings);
    }
}
