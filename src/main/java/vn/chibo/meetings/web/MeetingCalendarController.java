package vn.chibo.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.meetings.MeetingPlanning;
import vn.chibo.meetings.MeetingSummary;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;
import vn.chibo.platform.Permission;

/** The calendar of meetings of the user's organizations by month, with the gaps the rules see, and planning. */
@Controller
@RequestMapping("/meetings")
class MeetingCalendarController {

    private final MeetingPlanning meetingPlanning;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;
    private final MessageSource messages;
    private final Clock clock;

    MeetingCalendarController(
            MeetingPlanning meetingPlanning,
            OrganizationManagement organizations,
            OrganizationAccess organizationAccess,
            MessageSource messages,
            Clock clock) {
        this.meetingPlanning = meetingPlanning;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String calendar(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) Integer year,
            Model model) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        List<OrganizationNode> tree = organizations.visibleTree(user, false);
        List<OrganizationSummary> visible = OrganizationNode.flatten(tree);
        OrganizationId selected = org != null
                ? OrganizationId.of(org)
                : visible.isEmpty() ? null : visible.get(0).id();
        List<MeetingSummary> list = selected == null
                ? List.of()
                : meetingPlanning.calendar(
                        user, selected, LocalDate.of(shownYear, 1, 1), LocalDate.of(shownYear, 12, 31));
        List<OrganizationSummary> shown = selected == null
                ? List.of()
                : OrganizationNode.find(tree, selected)
                        .map(node -> OrganizationNode.flatten(List.of(node)))
                        .orElse(List.of());
        Map<OrganizationId, List<MeetingSummary>> byOrganization = new LinkedHashMap<>();
        Map<OrganizationId, String> names = new HashMap<>();
        for (OrganizationSummary o : shown) {
            byOrganization.put(o.id(), new java.util.ArrayList<>());
            names.put(o.id(), o.name());
        }
        for (MeetingSummary m : list) {
            byOrganization
                    .computeIfAbsent(m.organizationId(), k -> new java.util.ArrayList<>())
                    .add(m);
            names.putIfAbsent(m.organizationId(), m.organizationName());
        }
        Map<OrganizationId, List<String>> warnings = new HashMap<>();
        // A committee's year is hundreds of meetings: resolve each label once, not once per cell.
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> labels = new HashMap<>();
        java.util.function.Function<String, String> label =
                key -> labels.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
        java.time.format.DateTimeFormatter dates = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        Map<OrganizationId, List<List<Chip>>> grid = new LinkedHashMap<>();
        for (var entry : byOrganization.entrySet()) {
            List<List<Chip>> months = new java.util.ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                months.add(new java.util.ArrayList<>());
            }
            for (MeetingSummary m : entry.getValue()) {
                String text = label.apply("meeting.kind.short." + m.kind())
                        + (m.band() == null ? "" : " " + label.apply("band.short." + m.band()));
                String description = label.apply("meeting.kind." + m.kind()) + ", "
                        + m.date().format(dates) + ", " + label.apply("meeting.status." + m.status());
                months.get(m.date().getMonthValue() - 1)
                        .add(new Chip(
                                m.id().value(), text, description, m.status().name()));
            }
            grid.put(entry.getKey(), months);
        }
        for (OrganizationSummary o : shown) {
            if (o.type().isBranch()) {
                warnings.put(
                        o.id(),
                        meetingPlanning.calendarWarnings(byOrganization.get(o.id()), shownYear).stream()
                                .map(w -> messages.getMessage(
                                        w.messageKey(), new Object[] {w.period()}, LocaleContextHolder.getLocale()))
                                .toList());
            }
        }
        model.addAttribute("grid", grid);
        model.addAttribute("single", shown.size() == 1 ? shown.get(0).id() : null);
        model.addAttribute("year", shownYear);
        model.addAttribute("selected", selected);
        model.addAttribute("organizations", visible);
        model.addAttribute(
                "recordable",
                shown.stream()
                        .filter(o ->
                                organizationAccess.permissions(user, o.id()).contains(Permission.MEETING_RECORD))
                        .toList());
        model.addAttribute("byOrganization", byOrganization);
        model.addAttribute("names", names);
        model.addAttribute("warnings", warnings);
        model.addAttribute("kinds", MeetingKind.values());
        return "meetings/calendar";
    }

    @OnInvalidInput(redirect = "/meetings", query = "org")
    @PostMapping
    String schedule(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
            RedirectAttributes redirect) {
        if (org == null) {
            throw new InvalidInputException("org", "validation.required");
        }
        MeetingId id = meetingPlanning.schedule(user, OrganizationId.of(org), kind, date, topic, place, startsAt);
        return "redirect:/meetings/" + id;
    }

    @OnInvalidInput(
            redirect = "/meetings",
            query = {"org", "year"})
    @PostMapping("/plan")
    String planYear(
            CurrentUser user,
            @RequestParam long org,
            @RequestParam int year,
            @RequestParam(defaultValue = "5") int day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
            @RequestParam(required = false) String place,
            RedirectAttributes redirect) {
        int created = meetingPlanning
                .planYear(user, OrganizationId.of(org), year, day, startsAt, place)
                .size();
        redirect.addFlashAttribute("planned", created);
        return "redirect:/meetings?org=" + org + "&year=" + year;
    }

    /** One meeting in the calendar grid: its short label and the description read out by screen readers. */
    record Chip(long id, String text, String description, String status) {}
}
