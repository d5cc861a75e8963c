package vn.chibo.reviews;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.chibo.organizations.OrganizationId;

/**
 * The counts of one approved (closed) review round, each member counted once in her year (see
 * {@link ApprovedRatings#tallies}): the rated members by their approved level (the proposed one where the level above
 * left it) and the members of the roster who were not rated (exempt, suspended, admitted too recently). A rated member
 * with no level at all is in neither count, as in {@link RoundTally}.
 */
public record ApprovedRoundTally(
        ReviewRoundId id,
        OrganizationId organizationId,
        int year,
        LocalDate reviewDate,
        Map<RatingLevel, Integer> levels,
        int notRated) {

    public ApprovedRoundTally {
        EnumMap<RatingLevel, Integer> copy = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            copy.put(level, levels.getOrDefault(level, 0));
        }
        levels = Collections.unmodifiableMap(copy);
    }
}
