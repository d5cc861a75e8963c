package vn.chibo.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.platform.CurrentUser;
import vn.chibo.statistics.OrganizationStatistics;
import vn.chibo.statistics.RatingReport;
import vn.chibo.statistics.RatingStatistics;
import vn.chibo.statistics.TargetReport;
import vn.chibo.statistics.TargetStatistics;

/** The pages of the members by rating level of a year and of the congress targets measured year by year, and their exports. */
@Controller
@RequestMapping("/statistics")
class StatisticsSectionsController {

    private final OrganizationStatistics statistics;
    private final RatingStatistics ratings;
    private final TargetStatistics targets;
    private final StatisticsRequests requests;
    private final StatisticsSheets sheets;

    StatisticsSectionsController(
            OrganizationStatistics statistics,
            RatingStatistics ratings,
            TargetStatistics targets,
            StatisticsRequests requests,
            StatisticsSheets sheets) {
        this.statistics = statistics;
        this.ratings = ratings;
        this.targets = targets;
        this.requests = requests;
        this.sheets = sheets;
    }

    @GetMapping("/ratings")
    String ratings(
            CurrentUser user,
            @RequestParam(name = StatisticsRequests.ORGANIZATION, required = false) String organization,
            @RequestParam(name = StatisticsRequests.YEAR, required = false) String year,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        RatingReport report = ratings.report(user, requests.organization(user, organization), requests.year(year));
        model.addAttribute("report", report);
        if (htmx != null) {
            return "statistics/ratings :: report";
        }
        model.addAttribute("choices", statistics.choices(user));
        return "statistics/ratings";
    }

    @GetMapping("/ratings/export.{format:xlsx|csv}")
    void exportRatings(
            CurrentUser user,
            @PathVariable String format,
            @RequestParam(name = StatisticsRequests.ORGANIZATION, required = false) String organization,
            @RequestParam(name = StatisticsRequests.YEAR, required = false) String year,
            HttpServletResponse response)
            throws IOException {
        RatingReport report =
                ratings.export(user, requests.organization(user, organization), requests.year(year), format);
        sheets.write(sheets.ratings(report), format, response);
    }

    @GetMapping("/targets")
    String targets(
            CurrentUser user,
            @RequestParam(name = StatisticsRequests.ORGANIZATION, required = false) String organization,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        TargetReport report = targets.report(user, requests.organization(user, organization));
        model.addAttribute("report", report);
        if (htmx != null) {
            return "statistics/targets :: report";
        }
        model.addAttribute("choices", statistics.choices(user));
        return "statistics/targets";
    }

    @GetMapping("/targets/export.{format:xlsx|csv}")
    void exportTargets(
            CurrentUser user,
            @PathVariable String format,
            @RequestParam(name = StatisticsRequests.ORGANIZATION, required = false) String organization,
            HttpServletResponse response)
            throws IOException {
        TargetReport report = targets.export(user, requests.organization(user, organization), format);
        sheets.write(sheets.targets(report), format, response);
    }
}
