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
import vn.chibo.members.MemberCategory;
import vn.chibo.platform.CurrentUser;
import vn.chibo.statistics.OrganizationStatistics;
import vn.chibo.statistics.StatisticsReport;

/** The statistics page of an organization on a date, and its export. */
@Controller
@RequestMapping("/statistics")
class StatisticsController {

    private final OrganizationStatistics statistics;
    private final StatisticsRequests requests;
    private final StatisticsSheets sheets;

    StatisticsController(OrganizationStatistics statistics, StatisticsRequests requests, StatisticsSheets sheets) {
        this.statistics = statistics;
        this.requests = requests;
        this.sheets = sheets;
    }

    @GetMapping
    String page(
            CurrentUser user,
            @RequestParam(name = StatisticsRequests.ORGANIZATION, required = false) String organization,
            @RequestParam(name = StatisticsRequests.DATE, required = false) String date,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        StatisticsReport report = requests.report(user, organization, date);
        model.addAttribute("report", report);
        model.addAttribute("dimensions", MemberCategory.Dimension.values());
        if (htmx != null) {
            return "statistics/page :: report";
        }
        model.addAttribute("choices", statistics.choices(user));
        model.addAttribute("today", statistics.today());
        return "statistics/page";
    }

    @GetMapping("/export.{format:xlsx|csv}")
    void export(
            CurrentUser user,
            @PathVariable String format,
            @RequestParam(name = StatisticsRequests.ORGANIZATION, required = false) String organization,
            @RequestParam(name = StatisticsRequests.DATE, required = false) String date,
            HttpServletResponse response)
            throws IOException {
        // The report is made, and the scope checked, before the first byte: a refusal is a 400 or 403, not a broken
        // file.
        StatisticsReport report = requests.export(user, organization, date, format);
        sheets.write(report, format, response);
    }
}
