package vn.chibo.elections.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.AddDelegate;
import vn.chibo.elections.AttendanceStatus;
import vn.chibo.elections.Attendee;
import vn.chibo.elections.BallotKeeping;
import vn.chibo.elections.CongressAttendance;
import vn.chibo.elections.CongressDetails;
import vn.chibo.elections.CongressElected;
import vn.chibo.elections.CongressFloor;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressKind;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.CongressPreparation;
import vn.chibo.elections.CongressPreparationDetails;
import vn.chibo.elections.CongressResults;
import vn.chibo.elections.CongressSessions;
import vn.chibo.elections.CongressSpeakers;
import vn.chibo.elections.ConveneCongress;
import vn.chibo.elections.CreateElection;
import vn.chibo.elections.ElectionId;
import vn.chibo.elections.ElectionKind;
import vn.chibo.elections.ElectionManagement;
import vn.chibo.elections.RecordAttendance;
import vn.chibo.elections.RecordResolution;
import vn.chibo.elections.SessionBody;
import vn.chibo.elections.SessionVote;
import vn.chibo.elections.Target;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;

/** The congress pages: the list and convening form, and one congress with its list, elections and resolution. */
@Controller
@RequestMapping("/congresses")
class CongressController {

    private final CongressManagement congresses;
    private final CongressAttendance attendance;
    private final ElectionManagement elections;
    private final CongressResults results;
    private final OrganizationManagement organizations;
    private final CongressSessions sessions;
    private final BallotKeeping keeping;
    private final CongressPreparation preparation;
    private final DocumentFiles files;
    private final CongressFloor floor;
    private final CongressSpeakers speakers;
    private final CongressElected elected;

    CongressController(
            CongressManagement congresses,
            CongressAttendance attendance,
            ElectionManagement elections,
            CongressResults results,
            OrganizationManagement organizations,
            CongressSessions sessions,
            BallotKeeping keeping,
            CongressPreparation preparation,
            DocumentFiles files,
            CongressFloor floor,
            CongressSpeakers speakers,
            CongressElected elected) {
        this.congresses = congresses;
        this.attendance = attendance;
        this.elections = elections;
        this.results = results;
        this.organizations = organizations;
        this.sessions = sessions;
        this.keeping = keeping;
        this.preparation = preparation;
        this.files = files;
        this.floor = floor;
        this.speakers = speakers;
        this.elected = elected;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long org, Model model, CurrentUser user) {
        model.addAttribute("congresses", congresses.list(user, org == null ? null : OrganizationId.of(org)));
        model.addAttribute("organizations", OrganizationNode.flatten(organizations.visibleTree(user, false)));
        model.addAttribute("kinds", List.of(CongressKind.MEMBERS, CongressKind.DELEGATES));
        return "elections/congresses";
    }

    /** The convening form. */
    record ConveneForm(
            Long organizationId,
            CongressKind kind,
            Integer number,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openingDate,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStart,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEnd,
            String place,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate announcedOn,
            String planNumber,
            String planSymbol,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate planDate,
            Boolean higherConsent) {}

    @OnInvalidInput(redirect = "/congresses", section = "convene")
    @PostMapping
    String convene(@ModelAttribute ConveneForm f, RedirectAttributes redirect, CurrentUser user) {
        if (f.organizationId() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        if (f.number() == null) {
            throw new InvalidInputException("number", "validation.required");
        }
        CongressId id = congresses.convene(
                user,
                new ConveneCongress(
                        OrganizationId.of(f.organizationId()),
                        f.kind(),
                        f.number(),
                        f.openingDate(),
                        f.termStart(),
                        f.termEnd(),
                        f.place(),
                        f.announcedOn(),
                        new DecisionReference(f.planNumber(), f.planSymbol(), f.planDate()),
                        Boolean.TRUE.equals(f.higherConsent()),
                        null));
        return PageRedirects.toCongress(redirect, id, null, "congress.notice.convened");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, CurrentUser user) {
        CongressDetails congress = congresses.details(user, CongressId.of(id));
        model.addAttribute("congress", congress);
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute(
                "eligible",
                congress.attendees().stream()
                        .filter(a -> a.votes() && a.memberId() != null && !a.temporarilyIn())
                        .toList());
        model.addAttribute(
                "alternates",
                congress.attendees().stream().filter(Attendee::alternate).toList());
        model.addAttribute(
                "electionKinds",
                congress.summary().kind() == CongressKind.COMMITTEE_CONFERENCE
                        ? List.of(
                                ElectionKind.STANDING_COMMITTEE,
                                ElectionKind.SECRETARY,
                                ElectionKind.DEPUTY_SECRETARY,
                                ElectionKind.INSPECTION_COMMITTEE,
                                ElectionKind.INSPECTION_CHAIR)
                        : List.of(ElectionKind.values()));
        model.addAttribute("comparators", Target.Comparator.values());
        model.addAttribute("sessions", sessions.details(user, CongressId.of(id)));
        model.addAttribute("keeping", keeping.details(user, CongressId.of(id)));
        model.addAttribute("preparation", preparation.details(user, CongressId.of(id)));
        model.addAttribute("paperKinds", CongressPreparationDetails.PaperKind.values());
        model.addAttribute("floor", floor.current(user, CongressId.of(id)).orElse(null));
        List<CongressSpeakers.Speaker> speakerList = speakers.list(user, CongressId.of(id));
        model.addAttribute("speakers", speakerList);
        model.addAttribute("discussion", CongressSpeakers.discussion(speakerList));
        model.addAttribute("selfOnList", speakers.selfOnList(user, CongressId.of(id)));
        model.addAttribute("elected", elected.of(user, CongressId.of(id)));
        model.addAttribute("candidates", elected.candidates(user, CongressId.of(id)));
        model.addAttribute("zone", vn.chibo.platform.ChiboClock.ZONE);
        model.addAttribute(
                "bodies",
                congress.summary().kind() == CongressKind.DELEGATES
                        ? List.of(SessionBody.values())
                        : List.of(SessionBody.PRESIDIUM, SessionBody.SECRETARIAT, SessionBody.COUNTING_COMMITTEE));
        model.addAttribute(
                "voteItems",
                congress.summary().kind() == CongressKind.DELEGATES
                        ? List.of(SessionVote.Item.values())
                        : List.of(
                                SessionVote.Item.PRESIDIUM,
                                SessionVote.Item.SECRETARIAT,
                                SessionVote.Item.COUNTING_COMMITTEE,
                                SessionVote.Item.AGENDA,
                                SessionVote.Item.WORKING_RULES));
        model.addAttribute("units", Target.Unit.values());
        model.addAttribute("measures", Target.Measure.values());
        return "elections/congress";
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "attendee-{memberId}")
    @PostMapping("/{id}/attendance")
    String attendance(
            @PathVariable long id,
            @RequestParam long memberId,
            @RequestParam AttendanceStatus status,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Boolean reasonAccepted,
            RedirectAttributes redirect,
            CurrentUser user) {
        attendance.recordAttendance(
                user,
                CongressId.of(id),
                MemberId.of(memberId),
                new RecordAttendance(status, reason, Boolean.TRUE.equals(reasonAccepted)));
        return PageRedirects.toCongress(redirect, id, "attendee-" + memberId, "saved");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "list")
    @PostMapping("/{id}/participants")
    String participant(
            @PathVariable long id,
            @RequestParam String fullName,
            @RequestParam(required = false) Boolean temporarilyIn,
            @RequestParam(required = false) String guestTitle,
            RedirectAttributes redirect,
            CurrentUser user) {
        attendance.addParticipant(user, CongressId.of(id), fullName, Boolean.TRUE.equals(temporarilyIn), guestTitle);
        return PageRedirects.toCongress(redirect, id, "list", "saved");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "list")
    @PostMapping("/{id}/delegates")
    String delegate(
            @PathVariable long id,
            @RequestParam long memberId,
            @RequestParam(required = false) Boolean alternate,
            @RequestParam(required = false) Integer alternateVotes,
            RedirectAttributes redirect,
            CurrentUser user) {
        attendance.addDelegate(
                user,
                CongressId.of(id),
                new AddDelegate(MemberId.of(memberId), Boolean.TRUE.equals(alternate), null, alternateVotes));
        return PageRedirects.toCongress(redirect, id, "list", "saved");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "list")
    @PostMapping("/{id}/replacements")
    String replace(
            @PathVariable long id,
            @RequestParam long absentAttendeeId,
            @RequestParam(required = false) Long alternateAttendeeId,
            RedirectAttributes redirect,
            CurrentUser user) {
        attendance.replaceDelegate(user, CongressId.of(id), absentAttendeeId, alternateAttendeeId);
        return PageRedirects.toCongress(redirect, id, "list", "saved");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "status")
    @PostMapping("/{id}/open")
    String open(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        congresses.open(user, CongressId.of(id));
        return PageRedirects.toCongress(redirect, id, "status", "congress.notice.opened");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "status")
    @PostMapping("/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingDate,
            RedirectAttributes redirect,
            CurrentUser user) {
        congresses.close(user, CongressId.of(id), closingDate);
        return PageRedirects.toCongress(redirect, id, "status", "congress.notice.closed");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "status")
    @PostMapping("/{id}/take-office")
    String takeOffice(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        results.takeOffice(user, CongressId.of(id));
        return PageRedirects.toCongress(redirect, id, "status", "congress.notice.tookOffice");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "status")
    @PostMapping("/{id}/approval")
    String approval(
            @PathVariable long id,
            @RequestParam boolean approved,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) String decisionSymbol,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            RedirectAttributes redirect,
            CurrentUser user) {
        results.recordApproval(
                user,
                CongressId.of(id),
                approved,
                new DecisionReference(decisionNumber, decisionSymbol, decisionDate),
                List.of());
        return PageRedirects.toCongress(redirect, id, "status", "saved");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "elections")
    @PostMapping("/{id}/elections")
    String election(
            @PathVariable long id,
            @RequestParam(required = false) ElectionKind kind,
            @RequestParam(required = false) Integer seats,
            @RequestParam(required = false) List<Long> candidates,
            RedirectAttributes redirect,
            CurrentUser user) {
        if (seats == null) {
            throw new InvalidInputException("seats", "validation.required");
        }
        ElectionId election =
                elections.create(user, CongressId.of(id), new CreateElection(kind, seats, ApiIds.members(candidates)));
        return PageRedirects.toElection(redirect, election, null, "election.notice.created");
    }

    /** The resolution form: title, text, votes, and up to five targets. */
    record ResolutionForm(
            String title,
            String content,
            Integer agree,
            Integer disagree,
            Integer abstain,
            List<String> indicator,
            List<Target.Comparator> comparator,
            List<String> threshold,
            List<Target.Unit> unit,
            List<String> base,
            List<Target.Measure> measure) {

        List<Target> targets() {
            List<Target> targets = new ArrayList<>();
            int n = indicator == null ? 0 : indicator.size();
            for (int i = 0; i < n; i++) {
                if (indicator.get(i) == null || indicator.get(i).isBlank()) {
                    continue;
                }
                String number = at(threshold, i);
                BigDecimal value;
                try {
                    value = number == null || number.isBlank()
                            ? null
                            : new BigDecimal(number.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("threshold", "validation.invalidValue", number);
                }
                targets.add(new Target(
                        indicator.get(i), at(comparator, i), value, at(unit, i), at(base, i), true, at(measure, i)));
            }
            return targets;
        }

        private static <T> T at(List<T> values, int i) {
            return values == null || values.size() <= i ? null : values.get(i);
        }
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "resolution")
    @PostMapping("/{id}/resolution")
    String resolution(
            @PathVariable long id, @ModelAttribute ResolutionForm f, RedirectAttributes redirect, CurrentUser user) {
        congresses.recordResolution(
                user,
                CongressId.of(id),
                new RecordResolution(
                        f.title(),
                        f.content(),
                        f.agree() == null ? 0 : f.agree(),
                        f.disagree() == null ? 0 : f.disagree(),
                        f.abstain() == null ? 0 : f.abstain(),
                        f.targets()));
        return PageRedirects.toCongress(redirect, id, "resolution", "saved");
    }

    @GetMapping("/{id}/minutes.{format}")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.congressMinutes(user, id, format);
    }

    @GetMapping("/{id}/resolution.{format}")
    ResponseEntity<byte[]> resolutionFile(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.resolution(user, id, format);
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "list")
    @GetMapping("/{id}/summons.{format}")
    ResponseEntity<byte[]> summons(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.summons(user, id, format);
    }

    @GetMapping("/{id}/approval-request.{format}")
    ResponseEntity<byte[]> approvalRequest(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.approvalRequest(user, id, format);
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "elected")
    @GetMapping("/{id}/elected.{format}")
    ResponseEntity<byte[]> electedList(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.electedList(user, id, format);
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "candidates")
    @GetMapping("/{id}/candidates.{format}")
    ResponseEntity<byte[]> candidatesList(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.candidatesList(user, id, format);
    }

    @GetMapping("/{id}/dossier.zip")
    ResponseEntity<byte[]> dossier(@PathVariable long id, CurrentUser user) {
        return files.dossier(user, id);
    }
}
