package vn.chibo.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meetings.GuidanceDraft;
import vn.chibo.meetings.MeetingGuidance;
import vn.chibo.meetings.MonthlyGuidance;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * The monthly guidance of branch meetings: a committee's year of guidance, month by month, with the form to issue or
 * correct a month's (for those who record meetings there); a branch's year of the guidance it received from above.
 */
@Controller
@RequestMapping("/meetings/guidance")
class GuidanceController {

    private final MeetingGuidance guidance;
    private final OrganizationManagement organizations;
    private final OrganizationAccess access;
    private final InputMessages messages;
    private final Clock clock;

    GuidanceController(
            MeetingGuidance guidance,
            OrganizationManagement organizations,
            OrganizationAccess access,
            InputMessages messages,
            Clock clock) {
        this.guidance = guidance;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** What the form holds: the month and the guidance as typed. */
    record Form(String month, String documentNumber, String issuedOn, String content, String thematicTopic) {}

    @GetMapping
    String page(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth edit,
            Model model) {
        YearMonth thisMonth = YearMonth.now(clock);
        int shownYear = year != null ? year : edit != null ? edit.getYear() : thisMonth.getYear();
        OrganizationSummary selected = selected(user, org);
        Form form = null;
        if (selected != null && edit != null) {
            form = guidance.issuedBy(user, selected.id(), edit.getYear()).stream()
                    .filter(g -> g.month().equals(edit))
                    .findFirst()
                    .map(g -> new Form(
                            g.month().toString(),
                            g.documentNumber(),
                            g.issuedOn().toString(),
                            g.content(),
                            g.thematicTopic()))
                    .orElse(null);
        }
        return page(user, model, selected, shownYear, form, edit);
    }

    @PostMapping
    String issue(
            CurrentUser user,
            @RequestParam long org,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String documentNumber,
            @RequestParam(required = false) String issuedOn,
            @RequestParam(required = false) String content,
            @RequestParam(required = false) String thematicTopic,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OrganizationId committee = OrganizationId.of(org);
        Form form = new Form(month, documentNumber, issuedOn, content, thematicTopic);
        YearMonth chosen = null;
        try {
            chosen = parseMonth(month);
            guidance.issue(
                    user,
                    committee,
                    chosen,
                    new GuidanceDraft(documentNumber, parseDate(issuedOn), content, thematicTopic));
        } catch (InvalidInputException e) {
            messages.showAgain(model, response, e);
            OrganizationSummary selected = organizations.summary(user, committee);
            int year = chosen != null ? chosen.getYear() : YearMonth.now(clock).getYear();
            return page(user, model, selected, year, form, chosen);
        }
        redirect.addFlashAttribute("notice", "guidance.saved");
        return "redirect:/meetings/guidance?org=" + org + "&year=" + chosen.getYear();
    }

    @PostMapping("/withdraw")
    String withdraw(CurrentUser user, @RequestParam long org, @RequestParam String month, RedirectAttributes redirect) {
        YearMonth chosen = parseMonth(month);
        guidance.withdraw(user, OrganizationId.of(org), chosen);
        redirect.addFlashAttribute("notice", "guidance.withdrawn");
        return "redirect:/meetings/guidance?org=" + org + "&year=" + chosen.getYear();
    }

    private String page(
            CurrentUser user, Model model, OrganizationSummary selected, int year, Form form, YearMonth edit) {
        List<OrganizationSummary> visible = OrganizationNode.flatten(organizations.visibleTree(user, false));
        model.addAttribute("organizations", visible);
        model.addAttribute("selected", selected);
        model.addAttribute("year", year);
        if (selected != null) {
            boolean committee = selected.type().isCommittee();
            boolean mayIssue =
                    committee && access.permissions(user, selected.id()).contains(Permission.MEETING_RECORD);
            Map<Integer, List<MonthlyGuidance>> byMonth = new LinkedHashMap<>();
            for (int month = 1; month <= 12; month++) {
                byMonth.put(month, new java.util.ArrayList<>());
            }
            List<MonthlyGuidance> shown = committee
                    ? guidance.issuedBy(user, selected.id(), year)
                    : guidance.receivedBy(user, selected.id(), year);
            shown.forEach(g -> byMonth.get(g.month().getMonthValue()).add(g));
            model.addAttribute("committee", committee);
            model.addAttribute("mayIssue", mayIssue);
            model.addAttribute("byMonth", byMonth);
            model.addAttribute("noGuidance", shown.isEmpty());
            if (mayIssue) {
                YearMonth next = YearMonth.now(clock).plusMonths(1);
                model.addAttribute(
                        "form",
                        form != null
                                ? form
                                : new Form(
                                        (edit != null ? edit : next).toString(),
                                        null,
                                        LocalDate.now(clock).toString(),
                                        null,
                                        null));
            }
        }
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "meetings/guidance";
    }

    /** The organization asked for, or the user's first where she sees meetings; null when she sees none. */
    private OrganizationSummary selected(CurrentUser user, Long org) {
        if (org != null) {
            return organizations.summary(user, OrganizationId.of(org));
        }
        return OrganizationNode.flatten(organizations.visibleTree(user, false)).stream()
                .filter(o -> access.permissions(user, o.id()).contains(Permission.MEETING_VIEW))
                .findFirst()
                .orElse(null);
    }

    private static YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            throw new InvalidInputException("month", "validation.required");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("month", "guidance.month.invalid", month);
        }
    }

    private static LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("issuedOn", "guidance.issuedOn.invalid", date);
        }
    }
}
