package vn.chibo.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.platform.CurrentUser;
import vn.chibo.statistics.RatingReport;
import vn.chibo.statistics.RatingStatistics;
import vn.chibo.statistics.StatisticsReport;
import vn.chibo.statistics.TargetReport;
import vn.chibo.statistics.TargetStatistics;

@RestController
@RequestMapping("/api/v1/statistics")
@Tag(
        name = "Statistics",
        description = "Counts of members and organizations of a subtree on a date (never names), within the caller's"
                + " scope")
class StatisticsApiController {

    private final StatisticsRequests requests;
    private final RatingStatistics ratings;
    private final TargetStatistics targets;

    StatisticsApiController(StatisticsRequests requests, RatingStatistics ratings, TargetStatistics targets) {
        this.requests = requests;
        this.ratings = ratings;
        this.targets = targets;
    }

    @GetMapping
    @Operation(
            summary = "The statistics of an organization and its subtree on a date (needs STATISTICS_VIEW on it)",
            description = "A row per subordinate organization (with its subtree), one for the organization's own list"
                    + " and units when it has subordinates, and the total: members by category (standing, gender,"
                    + " ethnicity, age on the date, religion, qualification, political theory level), staff of the"
                    + " attached units, the ratio of members who are staff per hundred staff (two decimals) and the"
                    + " organizations by type. The same figures as the page /statistics.")
    StatisticsReport report(
            CurrentUser user,
            @Parameter(
                            description =
                                    "the organization's id; the first one the caller may see statistics of when absent")
                    @RequestParam(name = StatisticsRequests.ORGANIZATION, required = false)
                    String organization,
            @Parameter(description = "the day (yyyy-MM-dd or dd/MM/yyyy), not after today; today when absent")
                    @RequestParam(name = StatisticsRequests.DATE, required = false)
                    String date) {
        return requests.report(user, organization, date);
    }

    @GetMapping("/ratings")
    @Operation(
            summary =
                    "The members of an organization's subtree by rating level for a year (needs STATISTICS_VIEW on it)",
            description = "From the approved (closed) review rounds of the year only: a row per subordinate"
                    + " organization (one for the organization's own rounds when it has subordinates), and the total:"
                    + " the members on the rounds' rosters, the rated, each level's count (EXCELLENT, GOOD, COMPLETED,"
                    + " NOT_COMPLETED) and share of the rated in percent to two decimals, the not rated and their share"
                    + " of the members, and the rounds counted. A row with `rounds` 0 has no figures (no approved"
                    + " round), which is not a count of 0. `pendingRounds`: the year's rounds not approved yet. The same"
                    + " figures as the page /statistics/ratings.")
    RatingReport ratings(
            CurrentUser user,
            @Parameter(
                            description =
                                    "the organization's id; the first one the caller may see statistics of when absent")
                    @RequestParam(name = StatisticsRequests.ORGANIZATION, required = false)
                    String organization,
            @Parameter(
                            description = "the year (from 1930 to this year); the latest year with an approved round"
                                    + " when absent")
                    @RequestParam(name = StatisticsRequests.YEAR, required = false)
                    String year) {
        return ratings.report(user, requests.organization(user, organization), requests.year(year));
    }

    @GetMapping("/targets")
    @Operation(
            summary = "The targets of the organization's congress resolution in force, measured year by year (needs"
                    + " STATISTICS_VIEW on it)",
            description = "The congress in force is the organization's latest congress whose term has begun. For each"
                    + " target with a measure, a line per year of the term up to this year: the figure from ChiBo's"
                    + " records (`count`, `of` and `percent`: members rated good or better, completed or better, or not"
                    + " completed in the year's approved review rounds, of the members rated; members admitted in the"
                    + " year; members who are staff of their unit, of the staff, at 31/12 or today), for a count over"
                    + " the whole term the count since the term began (`sinceTermStart`), the figure held to the"
                    + " threshold (`compared`) and the `assessment`: REACHED, NOT_REACHED (in the target's direction:"
                    + " AT_LEAST, AT_MOST, EQUAL), NO_DATA (no approved round that year: not a 0) or NOT_ASSESSED (a"
                    + " target without a number). `congress` is null when there is no congress in force, `resolution`"
                    + " when its resolution is not adopted. The same figures as the page /statistics/targets.")
    TargetReport targets(
            CurrentUser user,
            @Parameter(
                            description =
                                    "the organization's id; the first one the caller may see statistics of when absent")
                    @RequestParam(name = StatisticsRequests.ORGANIZATION, required = false)
                    String organization) {
        return targets.report(user, requests.organization(user, organization));
    }
}
