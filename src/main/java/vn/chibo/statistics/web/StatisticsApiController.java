package vn.chibo.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.platform.CurrentUser;
import vn.chibo.statistics.StatisticsReport;

@RestController
@RequestMapping("/api/v1/statistics")
@Tag(
        name = "Statistics",
        description = "Counts of members and organizations of a subtree on a date (never names), within the caller's"
                + " scope")
class StatisticsApiController {

    private final StatisticsRequests requests;

    StatisticsApiController(StatisticsRequests requests) {
        this.requests = requests;
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
}
