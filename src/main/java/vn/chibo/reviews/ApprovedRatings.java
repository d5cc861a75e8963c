package vn.chibo.reviews;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;
import vn.chibo.reviews.ReviewRecords.ApprovedEntries;
import vn.chibo.reviews.ReviewRecords.ApprovedRound;

/**
 * The approved review rounds of a subtree as counts, read for many rounds at once (two queries, whatever the number of
 * rounds) for the statistics: no names, no facts, only the levels and who was not rated.
 */
@Service
public class ApprovedRatings {

    private final ReviewRecords records;
    private final OrganizationAccess access;

    ApprovedRatings(ReviewRecords records, OrganizationAccess access) {
        this.records = records;
        this.access = access;
    }

    /**
     * The approved rounds of the organization's subtree for the years that the user may see (REVIEW_VIEW), in the
     * order of their ids. A member on the rosters of two approved rounds of one year is counted once: in the round with
     * the latest review date (the roster drawn last says where she stood last), then the latest approval, then the
     * highest id, whether or not that round is in the subtree; the other rounds still count as rounds, without her.
     * 404 for an organization the user may not see.
     */
    @Transactional(readOnly = true)
    public List<ApprovedRoundTally> tallies(CurrentUser user, OrganizationId organization, Collection<Integer> years) {
        OrganizationScope scope = access.scope(user, Permission.REVIEW_VIEW);
        if (scope.isEmpty() || years.isEmpty()) {
            return List.of();
        }
        access.require(user, organization, Permission.REVIEW_VIEW);
        Map<String, Object> params = new HashMap<>();
        params.put("scopePaths", scope.pathArray());
        params.put("org", organization.value());
        List<ApprovedRound> rounds = records.approvedRounds(
                scope.sqlCondition("o.path")
                        + " AND o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :org)",
                params,
                years.toArray(Integer[]::new));
        if (rounds.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<RatingLevel, Integer>> levels = new LinkedHashMap<>();
        Map<Long, Integer> notRated = new HashMap<>();
        Map<Long, ApprovedRound> byId = new HashMap<>();
        for (ApprovedRound round : rounds) {
            byId.put(round.id(), round);
            levels.put(round.id(), new EnumMap<>(RatingLevel.class));
            notRated.put(round.id(), 0);
        }
        Map<java.time.LocalDate, ReviewRules> rules = new HashMap<>();
        int longestWait = 0;
        for (ApprovedRound round : rounds) {
            ReviewRules roundRules = rules.computeIfAbsent(round.reviewDate(), ReviewRules::on);
            longestWait = Math.max(longestWait, roundRules.minimumMonthsSinceAdmission());
        }
        // A month more than the longest wait: whatever the month lengths, a member admitted that long before is rated
        // by every rule set, as the date the query reports in place of hers is.
        for (ApprovedEntries entries :
                records.approvedEntries(rounds.stream().map(ApprovedRound::id).toArray(Long[]::new), longestWait + 1)) {
            ApprovedRound round = byId.get(entries.roundId());
            if (!MemberRatingRules.rated(
                    entries.exempt(),
                    entries.suspended(),
                    entries.admissionDate(),
                    round.reviewDate(),
                    rules.get(round.reviewDate()))) {
                notRated.merge(round.id(), entries.count(), Integer::sum);
            } else if (entries.level() != null) {
                levels.get(round.id()).merge(entries.level(), entries.count(), Integer::sum);
            }
        }
        List<ApprovedRoundTally> tallies = new ArrayList<>();
        for (ApprovedRound round : rounds) {
            tallies.add(new ApprovedRoundTally(
                    ReviewRoundId.of(round.id()),
                    OrganizationId.of(round.organizationId()),
                    round.year(),
                    round.reviewDate(),
                    levels.get(round.id()),
                    notRated.get(round.id())));
        }
        return tallies;
    }
}
