package vn.chibo.admissions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.admissions.AdmissionDetails;
import vn.chibo.admissions.AdmissionDocuments;
import vn.chibo.admissions.AdmissionManagement;
import vn.chibo.admissions.AdmissionRules;
import vn.chibo.admissions.AdmissionStep;
import vn.chibo.admissions.AdmissionStepInput;
import vn.chibo.admissions.NewAdmission;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingPlanning;
import vn.chibo.meetings.MeetingStatus;
import vn.chibo.meetings.MeetingSummary;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.OnInvalidInput;
import vn.chibo.platform.Permission;

/** The admissions of the branches the user sees: the list with a new person's form, and each admission's steps. */
@Controller
@RequestMapping("/admissions")
class AdmissionController {

    private final AdmissionManagement admissions;
    private final OrganizationManagement organizations;
    private final OrganizationAccess access;
    private final MemberRosterOnDate roster;
    private final AdmissionDocuments documents;
    private final Clock clock;
    private final MeetingPlanning meetings;

    AdmissionController(
            AdmissionManagement admissions,
            OrganizationManagement organizations,
            OrganizationAccess access,
            MemberRosterOnDate roster,
            AdmissionDocuments documents,
            MeetingPlanning meetings,
            Clock clock) {
        this.meetings = meetings;
        this.admissions = admissions;
        this.organizations = organizations;
        this.access = access;
        this.roster = roster;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) Long org, Model model) {
        List<OrganizationSummary> visible = OrganizationNode.flatten(organizations.visibleTree(user, false)).stream()
                .filter(o -> access.permissions(user, o.id()).contains(Permission.MEMBER_VIEW))
                .toList();
        OrganizationId selected = org == null ? null : OrganizationId.of(org);
        model.addAttribute("organizations", visible);
        model.addAttribute("selected", selected);
        model.addAttribute("admissions", admissions.list(user, selected));
        model.addAttribute(
                "branches",
                visible.stream()
                        .filter(o ->
                                o.type() == OrganizationType.BRANCH || o.type() == OrganizationType.GRASSROOTS_BRANCH)
                        .filter(o -> access.permissions(user, o.id()).contains(Permission.MEMBER_MANAGE))
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "admissions/index";
    }

    @OnInvalidInput(redirect = "/admissions", section = "new")
    @PostMapping
    String create(
            CurrentUser user,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) Gender gender,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) String ethnicity,
            @RequestParam(required = false) String job,
            @RequestParam(defaultValue = "false") boolean unitStaff,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate awarenessCourseOn,
            RedirectAttributes redirect) {
        long id = admissions.create(
                user,
                new NewAdmission(
                        organizationId == null ? null : OrganizationId.of(organizationId),
                        fullName,
                        gender,
                        birthDate,
                        ethnicity,
                        job,
                        unitStaff,
                        awarenessCourseOn));
        redirect.addFlashAttribute("notice", "admission.notice.created");
        return "redirect:/admissions/" + id;
    }

    @GetMapping("/{id}")
    String admission(CurrentUser user, @PathVariable long id, Model model) {
        AdmissionDetails admission = admissions.details(user, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("admission", admission);
        model.addAttribute("today", today);
        model.addAttribute(
                "mayIssue", access.permissions(user, admission.organizationId()).contains(Permission.MEMBER_MANAGE));
        if (admission.manageable()) {
            List<MemberRosterOnDate.OnDate> officials = roster.members(user, admission.organizationId(), today).stream()
                    .filter(MemberRosterOnDate.OnDate::official)
                    .toList();
            model.addAttribute("officials", officials);
            model.addAttribute("needed", AdmissionRules.needed(Math.max(officials.size(), 1)));
            if (admission.nextStep() == AdmissionStep.BRANCH_VOTE) {
                // The branch's meetings of the past year that were held, newest first, to name the vote's meeting.
                List<MeetingSummary> held = new java.util.ArrayList<>(
                        meetings.calendar(user, admission.organizationId(), today.minusYears(1), today).stream()
                                .filter(m -> m.status() != MeetingStatus.PLANNED)
                                .toList());
                java.util.Collections.reverse(held);
                model.addAttribute("voteMeetings", held);
            }
        }
        return "admissions/admission";
    }

    @OnInvalidInput(redirect = "/admissions/{id}", section = "next")
    @PostMapping("/{id}/steps/{step}")
    String step(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable AdmissionStep step,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long introducerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate introducerSince,
            @RequestParam(defaultValue = "false") boolean youthUnion,
            @RequestParam(required = false) Integer officialMembers,
            @RequestParam(required = false) Integer agree,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String decisionSymbol,
            @RequestParam(defaultValue = "false") boolean lateCeremonyAgreed,
            @RequestParam(required = false) String ceremonyPlace,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionReceivedOn,
            RedirectAttributes redirect) {
        AdmissionDetails after = admissions.record(
                user,
                id,
                step,
                new AdmissionStepInput(
                        date,
                        introducerId == null ? null : MemberId.of(introducerId),
                        introducerSince,
                        youthUnion,
                        officialMembers,
                        agree,
                        decisionNumber,
                        decisionSymbol,
                        lateCeremonyAgreed,
                        ceremonyPlace,
                        meetingId == null ? null : MeetingId.of(meetingId),
                        decisionReceivedOn));
        String notice = "admission.notice.recorded";
        if (step == AdmissionStep.BRANCH_VOTE && after.nextStep() == AdmissionStep.BRANCH_VOTE) {
            notice = "admission.notice.voteFailed";
        } else if (step == AdmissionStep.CEREMONY) {
            notice = "admission.notice.admitted";
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admissions/" + id + "#steps";
    }

    @OnInvalidInput(redirect = "/admissions/{id}", section = "steps")
    @GetMapping("/{id}/resolution.{format}")
    org.springframework.http.ResponseEntity<byte[]> resolution(
            CurrentUser user, @PathVariable long id, @PathVariable String format) {
        return AdmissionApiController.file(user, id, format, documents);
    }

    @OnInvalidInput(redirect = "/admissions/{id}", section = "stop")
    @PostMapping("/{id}/stop")
    String stop(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        admissions.stop(user, id, reason);
        redirect.addFlashAttribute("notice", "admission.notice.stopped");
        return "redirect:/admissions/" + id;
    }
}
