package vn.chibo.meetings.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
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
import vn.chibo.meetings.GuestKind;
import vn.chibo.meetings.MeetingAttendance;
import vn.chibo.meetings.MeetingDetails;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.meetings.MeetingRecord;
import vn.chibo.meetings.Presence;
import vn.chibo.meetings.ResolutionKind;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;
import vn.chibo.platform.Permission;

/** The page of one meeting and every change to its record made from it. */
@Controller
@RequestMapping("/meetings")
class MeetingController {

    private final MeetingManagement meetings;
    private final MeetingAttendance meetingAttendance;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;

    MeetingController(
            MeetingManagement meetings,
            MeetingAttendance meetingAttendance,
            OrganizationManagement organizations,
            OrganizationAccess organizationAccess,
            vn.chibo.meetings.MeetingGuidance guidance) {
        this.guidance = guidance;
        this.meetings = meetings;
        this.meetingAttendance = meetingAttendance;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
    }

    private final vn.chibo.meetings.MeetingGuidance guidance;

    // ---- one meeting --------------------------------------------------------------------------------------------

    /**
     * One meeting. {@code kind} and {@code member} preselect the vote form, for a page that puts a matter to the meeting
     * (the participation report's removal proposal); a kind that is not one is ignored.
     */
    @GetMapping("/{id}")
    String show(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "kind", required = false) String proposeKind,
            @RequestParam(name = "member", required = false) Long proposeMember,
            Model model) {
        MeetingDetails meeting = meetings.details(user, MeetingId.of(id));
        model.addAttribute(
                "proposeKind",
                java.util.Arrays.stream(ResolutionKind.values())
                        .filter(k -> k.name().equals(proposeKind))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("proposeMember", proposeMember);
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "canRecord",
                organizationAccess.permissions(user, meeting.organizationId()).contains(Permission.MEETING_RECORD));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("presences", Presence.values());
        model.addAttribute("resolutionKinds", ResolutionKind.values());
        model.addAttribute("guestKinds", GuestKind.values());
        model.addAttribute(
                "guidance",
                guidance.forMonth(
                        user,
                        meeting.organizationId(),
                        java.time.YearMonth.from(meeting.record().date())));
        return "meetings/show";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "session")
    @PostMapping("/{id}/record")
    String record(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute RecordForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        meetings.record(
                user,
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
                form.correctionReason());
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#session";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "attendance")
    /**
     * Takes the roster of the day as the meeting's list. A vote form preselected by the page ({@code kind}, {@code
     * member}: a matter put to the meeting, such as a removal proposal) stays preselected on the page it returns to.
     */
    @PostMapping("/{id}/attendance/take")
    String takeAttendance(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String correctionReason,
            @RequestParam(name = "kind", required = false) String proposeKind,
            @RequestParam(name = "member", required = false) Long proposeMember,
            RedirectAttributes redirect) {
        meetingAttendance.takeAttendance(user, MeetingId.of(id), correctionReason);
        redirect.addFlashAttribute("notice", "saved");
        if (java.util.Arrays.stream(ResolutionKind.values())
                .anyMatch(k -> k.name().equals(proposeKind))) {
            redirect.addAttribute("kind", proposeKind);
            if (proposeMember != null) {
                redirect.addAttribute("member", proposeMember);
            }
        }
        return "redirect:/meetings/" + id + "#attendance";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "attendance")
    @PostMapping("/{id}/attendance")
    String attendance(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        MeetingDetails meeting = meetings.details(user, MeetingId.of(id));
        java.util.List<MeetingAttendance.PresenceChange> changes = new java.util.ArrayList<>();
        for (var entry : meeting.attendance()) {
            String value = params.get("presence_" + entry.memberId());
            if (value == null) {
                continue;
            }
            Presence presence = java.util.Arrays.stream(Presence.values())
                    .filter(p -> p.name().equals(value))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("presence", "validation.invalidValue", value));
            String reason = params.get("reason_" + entry.memberId());
            if (presence != entry.presence()
                    || !java.util.Objects.equals(InputText.blankToNull(reason), entry.reason())) {
                changes.add(new MeetingAttendance.PresenceChange(entry.memberId(), presence, reason));
            }
        }
        // All or nothing: one refused change leaves every member's presence as it was.
        meetingAttendance.setPresences(user, MeetingId.of(id), changes, params.get("correctionReason"));
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#attendance";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "guests")
    @PostMapping("/{id}/guests")
    String guest(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String fullName,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) GuestKind kind,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        meetings.addGuest(user, MeetingId.of(id), fullName, title, kind, correctionReason);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#guests";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "agenda")
    @PostMapping("/{id}/agenda")
    String agenda(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        meetings.addAgendaItem(user, MeetingId.of(id), title, correctionReason);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#agenda";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "reports")
    @PostMapping("/{id}/reports")
    String report(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String presenter,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        byte[] content;
        try {
            content = file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException("file", "validation.invalidValue", file.getOriginalFilename());
        }
        meetings.addReport(
                user,
                MeetingId.of(id),
                presenter,
                title,
                file == null ? null : file.getOriginalFilename(),
                content,
                correctionReason);

        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#reports";
    }

    @GetMapping("/{id}/reports/{reportId}/file")
    ResponseEntity<byte[]> reportFile(CurrentUser user, @PathVariable long id, @PathVariable long reportId) {
        return meetings.reportFile(user, MeetingId.of(id), reportId)
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

    @OnInvalidInput(redirect = "/meetings/{id}", section = "opinions")
    @PostMapping("/{id}/opinions")
    String opinion(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String speaker,
            @RequestParam(required = false) Long memberId,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        String name = speaker;
        Long member = memberId;
        if (member != null && name.isBlank()) {
            var entry = meetings.details(user, MeetingId.of(id)).attendance().stream()
                    .filter(a -> a.memberId() == memberId)
                    .findFirst();
            name = entry.map(a -> a.fullName()).orElse("");
            // A committee seat is not a member record: the opinion keeps the name only.
            if (entry.isPresent() && entry.get().kind() == AttendeeKind.COMMITTEE_SEAT) {
                member = null;
            }
        }
        meetings.addOpinion(user, MeetingId.of(id), name, member, summary, correctionReason);

        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#opinions";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "tasks")
    @PostMapping("/{id}/tasks")
    String task(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String assignee,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        meetings.addTask(user, MeetingId.of(id), assignee, description, dueOn, correctionReason);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#tasks";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "previous")
    @PostMapping("/{id}/tasks/{taskId}/done")
    String taskDone(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam(defaultValue = "false") boolean done,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        meetings.setTaskDone(user, MeetingId.of(id), taskId, done, correctionReason);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#previous";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "decisions")
    @PostMapping("/{id}/decisions")
    String resolution(
            CurrentUser user,
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
        meetings.addResolution(
                user,
                MeetingId.of(id),
                new MeetingManagement.NewResolution(
                        ResolutionKind.parse(kind), title, content, memberId, candidate, agree, disagree, abstain),
                correctionReason);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#decisions";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "decisions")
    @PostMapping("/{id}/decisions/{decisionId}")
    String correctVote(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable("decisionId") long resolutionId,
            @RequestParam(defaultValue = "0") int agree,
            @RequestParam(defaultValue = "0") int disagree,
            @RequestParam(defaultValue = "0") int abstain,
            @RequestParam(required = false) String correctionReason,
            RedirectAttributes redirect) {
        meetings.correctVote(user, MeetingId.of(id), resolutionId, agree, disagree, abstain, correctionReason);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#decisions";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "{anchor}")
    @PostMapping("/{id}/remove/{what}/{entryId}")
    String remove(
            CurrentUser user,
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
        OnInvalidInput.Variables.put("anchor", anchor);
        meetings.remove(user, MeetingId.of(id), what, entryId, correctionReason);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#" + anchor;
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "status")
    @PostMapping("/{id}/held")
    String held(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        meetings.markHeld(user, MeetingId.of(id));
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#status";
    }

    @OnInvalidInput(redirect = "/meetings/{id}", section = "status")
    @PostMapping("/{id}/close")
    String close(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        meetings.close(user, MeetingId.of(id));
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/" + id + "#status";
    }

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
