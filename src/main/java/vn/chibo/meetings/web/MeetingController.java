package vn.chibo.meetings.web;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meetings.AttendeeKind;
import vn.chibo.meetings.DecisionKind;
import vn.chibo.meetings.GuestKind;
import vn.chibo.meetings.MeetingAttendance;
import vn.chibo.meetings.MeetingDetails;
import vn.chibo.meetings.MeetingDocuments;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.meetings.MeetingNews;
import vn.chibo.meetings.MeetingPlanning;
import vn.chibo.meetings.MeetingRecord;
import vn.chibo.meetings.MeetingScoring;
import vn.chibo.meetings.MeetingSummary;
import vn.chibo.meetings.Presence;
import vn.chibo.meetings.ScoreSheet;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

@Controller
@RequestMapping("/meetings")
class MeetingController {

    private final MeetingManagement meetings;

    private final MeetingAttendance meetingAttendance;

    private final MeetingScoring meetingScoring;

    private final MeetingPlanning meetingPlanning;
    private final MeetingDocuments documents;
    private final MeetingNews news;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;
    private final MessageSource messages;
    private final Clock clock;

    MeetingController(
            MeetingManagement meetings,
            MeetingAttendance meetingAttendance,
            MeetingScoring meetingScoring,
            MeetingPlanning meetingPlanning,
            MeetingDocuments documents,
            MeetingNews news,
            OrganizationManagement organizations,
            OrganizationAccess organizationAccess,
            MessageSource messages,
            Clock clock) {
        this.meetings = meetings;
        this.meetingAttendance = meetingAttendance;
        this.meetingScoring = meetingScoring;
        this.meetingPlanning = meetingPlanning;
        this.documents = documents;
        this.news = news;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- calendar -------------------------------------------------------------------------------------------------

    @GetMapping
    String calendar(
            @RequestParam(required = false) Long org, @RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUsers.require();
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

    @PostMapping
    String schedule(
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
            RedirectAttributes redirect) {
        try {
            if (org == null) {
                throw new InvalidInputException("org", "validation.required");
            }
            MeetingId id = meetingPlanning.schedule(
                    CurrentUsers.require(), OrganizationId.of(org), kind, date, topic, place, startsAt);
            return "redirect:/meetings/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
            return "redirect:/meetings" + (org == null ? "" : "?org=" + org);
        }
    }

    @PostMapping("/plan")
    String planYear(
            @RequestParam long org,
            @RequestParam int year,
            @RequestParam(defaultValue = "5") int day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
            @RequestParam(required = false) String place,
            RedirectAttributes redirect) {
        try {
            int created = meetingPlanning
                    .planYear(CurrentUsers.require(), OrganizationId.of(org), year, day, startsAt, place)
                    .size();
            redirect.addFlashAttribute("planned", created);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:/meetings?org=" + org + "&year=" + year;
    }

    // ---- one meeting --------------------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        MeetingDetails meeting = meetings.details(user, MeetingId.of(id));
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "canRecord",
                organizationAccess.permissions(user, meeting.organizationId()).contains(Permission.MEETING_RECORD));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("presences", Presence.values());
        model.addAttribute("decisionKinds", DecisionKind.values());
        model.addAttribute("guestKinds", GuestKind.values());
        return "meetings/show";
    }

    @PostMapping("/{id}/record")
    String record(
            @PathVariable long id,
            @ModelAttribute RecordForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        return act(
                id,
                "session",
                binding,
                redirect,
                () -> meetings.record(
                        CurrentUsers.require(),
                        MeetingId.of(id),
                        new MeetingRecord(
                                form.kind(),
                                form.date(),
                                form.topic(),
                                form.place(),
                                form.startsAt(),
                                form.endsAt(),
                                form.chair(),
                                form.clerk(),
                                form.documentsSharedOn(),
                                form.conclusion(),
                                form.duesCollected(),
                                form.publishScore() != null && form.publishScore()),
                        form.correctionReason()));
    }

    @PostMapping("/{id}/attendance/take")
    String takeAttendance(
            @PathVariable long id,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        return act(
                id,
                "attendance",
                null,
                redirect,
                () -> meetingAttendance.takeAttendance(CurrentUsers.require(), MeetingId.of(id), correctionReason));
    }

    @PostMapping("/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return act(id, "attendance", null, redirect, () -> {
            CurrentUser user = CurrentUsers.require();
            MeetingDetails meeting = meetings.details(user, MeetingId.of(id));
            for (var entry : meeting.attendance()) {
                String value = params.get("presence_" + entry.memberId());
                if (value == null) {
                    continue;
                }
                Presence presence = Presence.valueOf(value);
                String reason = params.get("reason_" + entry.memberId());
                if (presence != entry.presence() || !java.util.Objects.equals(blankToNull(reason), entry.reason())) {
                    meetingAttendance.setPresence(
                            user, MeetingId.of(id), entry.memberId(), presence, reason, params.get("correctionReason"));
                }
            }
        });
    }

    @PostMapping("/{id}/guests")
    String guest(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String fullName,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) GuestKind kind,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        return act(
                id,
                "guests",
                null,
                redirect,
                () -> meetings.addGuest(
                        CurrentUsers.require(), MeetingId.of(id), fullName, title, kind, correctionReason));
    }

    @PostMapping("/{id}/agenda")
    String agenda(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        return act(
                id,
                "agenda",
                null,
                redirect,
                () -> meetings.addAgendaItem(CurrentUsers.require(), MeetingId.of(id), title, correctionReason));
    }

    @PostMapping("/{id}/reports")
    String report(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String presenter,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        return act(id, "reports", null, redirect, () -> {
            byte[] content;
            try {
                content = file == null || file.isEmpty() ? null : file.getBytes();
            } catch (IOException e) {
                throw new InvalidInputException("file", "validation.invalidValue", file.getOriginalFilename());
            }
            meetings.addReport(
                    CurrentUsers.require(),
                    MeetingId.of(id),
                    presenter,
                    title,
                    file == null ? null : file.getOriginalFilename(),
                    content,
                    correctionReason);
        });
    }

    @GetMapping("/{id}/reports/{reportId}/file")
    ResponseEntity<byte[]> reportFile(@PathVariable long id, @PathVariable long reportId) {
        return meetings.reportFile(CurrentUsers.require(), MeetingId.of(id), reportId)
                .map(a -> ResponseEntity.ok()
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(
                                                a.fileName() == null ? "tai-lieu" : a.fileName(),
                                                java.nio.charset.StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .body(a.content()))
                .orElseThrow(() -> new vn.chibo.platform.NotFoundException("Report file", reportId));
    }

    @PostMapping("/{id}/opinions")
    String opinion(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String speaker,
            @RequestParam(required = false) Long memberId,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        return act(id, "opinions", null, redirect, () -> {
            String name = speaker;
            Long member = memberId;
            if (member != null && name.isBlank()) {
                var entry = meetings.details(CurrentUsers.require(), MeetingId.of(id)).attendance().stream()
                        .filter(a -> a.memberId() == memberId)
                        .findFirst();
                name = entry.map(a -> a.fullName()).orElse("");
                // A committee seat is not a member record: the opinion keeps the name only.
                if (entry.isPresent() && entry.get().kind() == AttendeeKind.COMMITTEE_SEAT) {
                    member = null;
                }
            }
            meetings.addOpinion(CurrentUsers.require(), MeetingId.of(id), name, member, summary, correctionReason);
        });
    }

    @PostMapping("/{id}/tasks")
    String task(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String assignee,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        return act(
                id,
                "tasks",
                null,
                redirect,
                () -> meetings.addTask(
                        CurrentUsers.require(), MeetingId.of(id), assignee, description, dueOn, correctionReason));
    }

    @PostMapping("/{id}/tasks/{taskId}/done")
    String taskDone(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam(defaultValue = "false") boolean done,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        return act(
                id,
                "previous",
                null,
                redirect,
                () -> meetings.setTaskDone(CurrentUsers.require(), MeetingId.of(id), taskId, done, correctionReason));
    }

    @PostMapping("/{id}/decisions")
    String decision(
            @PathVariable long id,
            @RequestParam(defaultValue = "RESOLUTION") String kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "0") int agree,
            @RequestParam(defaultValue = "0") int disagree,
            @RequestParam(defaultValue = "0") int abstain,
            @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) String candidate,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        return act(
                id,
                "decisions",
                null,
                redirect,
                () -> meetings.addDecision(
                        CurrentUsers.require(),
                        MeetingId.of(id),
                        new MeetingManagement.NewDecision(
                                DecisionKind.parse(kind),
                                title,
                                content,
                                memberId,
                                candidate,
                                agree,
                                disagree,
                                abstain),
                        correctionReason));
    }

    @PostMapping("/{id}/decisions/{decisionId}")
    String correctVote(
            @PathVariable long id,
            @PathVariable long decisionId,
            @RequestParam(defaultValue = "0") int agree,
            @RequestParam(defaultValue = "0") int disagree,
            @RequestParam(defaultValue = "0") int abstain,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        return act(
                id,
                "decisions",
                null,
                redirect,
                () -> meetings.correctVote(
                        CurrentUsers.require(),
                        MeetingId.of(id),
                        decisionId,
                        agree,
                        disagree,
                        abstain,
                        correctionReason));
    }

    @PostMapping("/{id}/remove/{what}/{entryId}")
    String remove(
            @PathVariable long id,
            @PathVariable String what,
            @PathVariable long entryId,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        String anchor =
                switch (what) {
                    case "guest" -> "guests";
                    case "report" -> "reports";
                    case "opinion" -> "opinions";
                    case "task" -> "tasks";
                    case "decision" -> "decisions";
                    default -> "agenda";
                };
        return act(
                id,
                anchor,
                null,
                redirect,
                () -> meetings.remove(CurrentUsers.require(), MeetingId.of(id), what, entryId, correctionReason));
    }

    @PostMapping("/{id}/held")
    String held(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, "status", null, redirect, () -> meetings.markHeld(CurrentUsers.require(), MeetingId.of(id)));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, "status", null, redirect, () -> meetings.close(CurrentUsers.require(), MeetingId.of(id)));
    }

    // ---- score --------------------------------------------------------------------------------------------------

    @GetMapping("/{id}/score")
    String score(@PathVariable long id, @RequestParam(defaultValue = "false") boolean print, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("meeting", meetings.details(user, MeetingId.of(id)));
        model.addAttribute("sheet", meetingScoring.scoreSheet(user, MeetingId.of(id)));
        model.addAttribute("print", print);
        return "meetings/score";
    }

    @PostMapping("/{id}/score")
    String saveScore(
            @PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        Map<Long, BigDecimal> entered = new HashMap<>();
        try {
            for (var e : params.entrySet()) {
                if (e.getKey().startsWith("criterion_") && !e.getValue().isBlank()) {
                    long criterion = Long.parseLong(e.getKey().substring("criterion_".length()));
                    try {
                        entered.put(
                                criterion, new BigDecimal(e.getValue().strip().replace(',', '.')));
                    } catch (NumberFormatException ex) {
                        throw new InvalidInputException(
                                "criterion-" + criterion, "validation.invalidValue", e.getValue());
                    }
                }
            }
            ScoreSheet saved = meetingScoring.saveScore(user, MeetingId.of(id), entered);
            redirect.addFlashAttribute("notice", "meeting.score.saved");
            return "redirect:/meetings/" + id + "/score";
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "error", messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
            model.addAttribute("entered", entered);
            return score(id, false, model);
        }
    }

    @GetMapping("/{id}/attendance/print")
    String printAttendance(@PathVariable long id, Model model) {
        model.addAttribute("meeting", meetings.details(CurrentUsers.require(), MeetingId.of(id)));
        return "meetings/attendance";
    }

    // ---- documents and news -------------------------------------------------------------------------------------

    @GetMapping("/{id}/minutes.{format}")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable String format) {
        MeetingDocuments.Format f = format(format);
        return file("bien-ban-" + id, f, documents.minutes(CurrentUsers.require(), MeetingId.of(id), f));
    }

    @GetMapping("/{id}/resolution.{format}")
    ResponseEntity<byte[]> resolution(@PathVariable long id, @PathVariable String format) {
        MeetingDocuments.Format f = format(format);
        return file("nghi-quyet-" + id, f, documents.resolution(CurrentUsers.require(), MeetingId.of(id), f));
    }

    @GetMapping("/{id}/news")
    String newsDraft(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        MeetingDetails meeting = meetings.details(user, MeetingId.of(id));
        model.addAttribute("meeting", meeting);
        model.addAttribute("draft", news.draft(user, MeetingId.of(id)));
        model.addAttribute("released", news.released(MeetingId.of(id)));
        model.addAttribute(
                "canRelease",
                organizationAccess.permissions(user, meeting.organizationId()).contains(Permission.MEETING_RECORD));
        return "meetings/news";
    }

    /** The branch releases the news draft to the portal's editors, or takes it back. */
    @PostMapping("/{id}/news/release")
    String releaseNews(
            @PathVariable long id, @RequestParam(defaultValue = "true") boolean released, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        if (released) {
            news.release(user, MeetingId.of(id));
        } else {
            news.withdraw(user, MeetingId.of(id));
        }
        redirect.addFlashAttribute("notice", released ? "news.released" : "news.withdrawn");
        return "redirect:/meetings/" + id + "/news";
    }

    @GetMapping("/{id}/news.html")
    ResponseEntity<String> newsDownload(@PathVariable long id) {
        MeetingNews.Draft draft = news.draft(CurrentUsers.require(), MeetingId.of(id));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("tin-bai-" + id + ".html")
                                .build()
                                .toString())
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(draft.html());
    }

    static MeetingDocuments.Format format(String format) {
        return switch (format) {
            case "docx" -> MeetingDocuments.Format.DOCX;
            case "pdf" -> MeetingDocuments.Format.PDF;
            default -> throw new vn.chibo.platform.NotFoundException("Format", format);
        };
    }

    static ResponseEntity<byte[]> file(String name, MeetingDocuments.Format format, byte[] content) {
        MediaType type = format == MeetingDocuments.Format.PDF
                ? MediaType.APPLICATION_PDF
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + format.name().toLowerCase(Locale.ROOT))
                                .build()
                                .toString())
                .contentType(type)
                .body(content);
    }

    private String act(long id, String anchor, BindingResult binding, RedirectAttributes redirect, Runnable action) {
        if (binding != null && binding.hasFieldErrors()) {
            String field = binding.getFieldError().getField();
            redirect.addFlashAttribute(
                    "error",
                    message(new InvalidInputException(
                            field,
                            "validation.invalidValue",
                            binding.getFieldError().getRejectedValue())));
            redirect.addFlashAttribute("errorSection", anchor);
            return "redirect:/meetings/" + id + "#" + anchor;
        }
        try {
            action.run();
            redirect.addFlashAttribute("notice", "saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
            redirect.addFlashAttribute("errorSection", anchor);
        }
        return "redirect:/meetings/" + id + "#" + anchor;
    }

    private String message(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = messages.getMessage("field." + e.field(), null, e.field(), locale);
        String reason = messages.getMessage(e.messageKey(), e.arguments(), locale);
        return messages.getMessage("inline.error", new Object[] {field, reason}, locale);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One meeting in the calendar grid: its short label and the description read out by screen readers. */
    record Chip(long id, String text, String description, String status) {}

    record RecordForm(
            MeetingKind kind,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            String topic,
            String place,
            @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
            @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt,
            String chair,
            String clerk,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentsSharedOn,
            String conclusion,
            Long duesCollected,
            Boolean publishScore,
            String correctionReason) {}
}
