package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.elections.AddDelegate;
import vn.chibo.elections.AttendanceStatus;
import vn.chibo.elections.CandidateLists;
import vn.chibo.elections.CongressAttendance;
import vn.chibo.elections.CongressDetails;
import vn.chibo.elections.CongressElected;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressKind;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.CongressResults;
import vn.chibo.elections.CongressSummary;
import vn.chibo.elections.ConveneCongress;
import vn.chibo.elections.CreateElection;
import vn.chibo.elections.ElectionDetails;
import vn.chibo.elections.ElectionId;
import vn.chibo.elections.ElectionKind;
import vn.chibo.elections.ElectionManagement;
import vn.chibo.elections.Nominate;
import vn.chibo.elections.NominationResult;
import vn.chibo.elections.RecordAttendance;
import vn.chibo.elections.RecordResolution;
import vn.chibo.elections.ResolutionDetails;
import vn.chibo.elections.Target;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/congresses")
@Tag(
        name = "Congresses",
        description = "Congresses (đại hội) under QĐ 190-QĐ/TW: convening, attendance and the legal denominator,"
                + " elections and nominations, the resolution, the results taking office, the dossier")
class CongressApiController {

    private final CongressManagement congresses;
    private final CongressAttendance attendance;
    private final ElectionManagement elections;
    private final CandidateLists lists;
    private final CongressResults results;
    private final DocumentFiles files;
    private final CongressElected elected;

    CongressApiController(
            CongressManagement congresses,
            CongressAttendance attendance,
            ElectionManagement elections,
            CandidateLists lists,
            CongressResults results,
            DocumentFiles files,
            CongressElected elected) {
        this.elected = elected;
        this.congresses = congresses;
        this.attendance = attendance;
        this.elections = elections;
        this.lists = lists;
        this.results = results;
        this.files = files;
    }

    /** A congress to convene; {@code kind} is MEMBER, DELEGATE or CONFERENCE (then {@code parentId} is required). */
    record NewCongress(
            Long organizationId,
            Integer number,
            CongressKind kind,
            LocalDate openingDate,
            LocalDate termStart,
            LocalDate termEnd,
            String place,
            LocalDate announcedOn,
            DecisionReference plan,
            Boolean higherConsent,
            Long parentId) {}

    @PostMapping
    @Operation(summary = "Convene a congress; its list is drawn up from the members (or delegates) on the opening date")
    ResponseEntity<CongressDetails> convene(@RequestBody NewCongress c, CurrentUser user) {
        if (c.organizationId() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        if (c.number() == null) {
            throw new InvalidInputException("number", "validation.required");
        }
        CongressId id = congresses.convene(
                user,
                new ConveneCongress(
                        OrganizationId.of(c.organizationId()),
                        c.kind(),
                        c.number(),
                        c.openingDate(),
                        c.termStart(),
                        c.termEnd(),
                        c.place(),
                        c.announcedOn(),
                        c.plan(),
                        Boolean.TRUE.equals(c.higherConsent()),
                        c.parentId() == null ? null : CongressId.of(c.parentId())));
        return ResponseEntity.created(URI.create("/api/v1/congresses/" + id)).body(congresses.details(user, id));
    }

    @GetMapping
    @Operation(summary = "Congresses of an organization's subtree (all the caller may see without org), newest first")
    List<CongressSummary> list(@RequestParam(required = false) Long org, CurrentUser user) {
        return congresses.list(user, org == null ? null : OrganizationId.of(org));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A congress: its rule set, warnings, list with attendance, figures and denominator, elections")
    CongressDetails congress(@PathVariable long id, CurrentUser user) {
        return congresses.details(user, CongressId.of(id));
    }

    /** How one person attended: PRESENT, PARTLY_PRESENT or ABSENT, with the reason and whether it was accepted. */
    record Attendance(AttendanceStatus status, String reason, Boolean reasonAccepted) {}

    @PutMapping("/{id}/attendance/{memberId}")
    @Operation(
            summary = "How one person summoned attended: PRESENT, PARTLY_PRESENT or ABSENT with reason and acceptance")
    CongressDetails attendance(
            @PathVariable long id, @PathVariable long memberId, @RequestBody Attendance a, CurrentUser user) {
        attendance.recordAttendance(
                user,
                CongressId.of(id),
                MemberId.of(memberId),
                new RecordAttendance(a.status(), a.reason(), Boolean.TRUE.equals(a.reasonAccepted())));
        return congresses.details(user, CongressId.of(id));
    }

    /** A delegate put on a delegate congress's list. */
    record NewDelegate(Long memberId, boolean alternate, Long lowerOrganizationId, Integer alternateVotes) {}

    @PostMapping("/{id}/delegates")
    @Operation(
            summary =
                    "Put a delegate (official or alternate); convening-committee members are flagged from the outgoing committee's seats on the list")
    Map<String, Long> delegate(@PathVariable long id, @RequestBody NewDelegate d, CurrentUser user) {
        return Map.of(
                "attendeeId",
                attendance.addDelegate(
                        user,
                        CongressId.of(id),
                        new AddDelegate(
                                d.memberId() == null ? null : MemberId.of(d.memberId()),
                                Boolean.TRUE.equals(d.alternate()),
                                d.lowerOrganizationId() == null ? null : OrganizationId.of(d.lowerOrganizationId()),
                                d.alternateVotes())));
    }

    /** An alternate attending in place of an absent official delegate (by default one of the same organization). */
    record Replacement(Long absentAttendeeId, Long alternateAttendeeId) {}

    @PostMapping("/{id}/replacements")
    @Operation(summary = "An alternate takes an absent official delegate's seat")
    CongressDetails replace(@PathVariable long id, @RequestBody Replacement r, CurrentUser user) {
        if (r.absentAttendeeId() == null) {
            throw new InvalidInputException("absentAttendeeId", "validation.required");
        }
        attendance.replaceDelegate(user, CongressId.of(id), r.absentAttendeeId(), r.alternateAttendeeId());
        return congresses.details(user, CongressId.of(id));
    }

    /**
     * Someone attending without a vote: a member on temporary transfer in, or a guest with the title the congress
     * introduces her by (optional; a member on temporary transfer has none).
     */
    record Participant(String fullName, Boolean temporarilyIn, String guestTitle) {}

    @PostMapping("/{id}/participants")
    @Operation(summary = "Someone attending without a vote (temporary transfer in) or a guest")
    Map<String, Long> participant(@PathVariable long id, @RequestBody Participant p, CurrentUser user) {
        return Map.of(
                "attendeeId",
                attendance.addParticipant(
                        user, CongressId.of(id), p.fullName(), Boolean.TRUE.equals(p.temporarilyIn()), p.guestTitle()));
    }

    /** Why a member on the list is not summoned: PROSECUTED, LEFT_COMMITTEE or SUSPENDED. */
    record Exclusion(String reason) {}

    @PutMapping("/{id}/not-summoned/{memberId}")
    @Operation(summary = "A member not summoned (prosecuted, or a convening-committee member who retired or moved)")
    CongressDetails exclude(
            @PathVariable long id, @PathVariable long memberId, @RequestBody Exclusion e, CurrentUser user) {
        attendance.excludeFromSummons(user, CongressId.of(id), MemberId.of(memberId), e.reason());
        return congresses.details(user, CongressId.of(id));
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "The congress opens: elections may be held")
    CongressDetails open(@PathVariable long id, CurrentUser user) {
        congresses.open(user, CongressId.of(id));
        return congresses.details(user, CongressId.of(id));
    }

    /** The closing day (the opening day when null). */
    record Closing(LocalDate closingDate) {}

    @PostMapping("/{id}/close")
    @Operation(summary = "The congress closes; every election must be over")
    CongressDetails close(@PathVariable long id, @RequestBody(required = false) Closing c, CurrentUser user) {
        congresses.close(user, CongressId.of(id), c == null ? null : c.closingDate());
        return congresses.details(user, CongressId.of(id));
    }

    /**
     * A target of the resolution: comparator AT_LEAST, AT_MOST, EQUAL or NONE; unit PERCENT or COUNT; measure, the
     * figure of ChiBo's records it is followed by (NONE, the default: by hand), whose unit it must have.
     */
    record TargetForm(
            String indicator,
            Target.Comparator comparator,
            java.math.BigDecimal threshold,
            Target.Unit unit,
            String base,
            Boolean yearly,
            Target.Measure measure) {}

    /** The resolution as adopted, with the votes on it and its targets. */
    record Resolution(
            String title, String content, Integer agree, Integer disagree, Integer abstain, List<TargetForm> targets) {

        RecordResolution command() {
            return new RecordResolution(
                    title,
                    content,
                    agree == null ? 0 : agree,
                    disagree == null ? 0 : disagree,
                    abstain == null ? 0 : abstain,
                    targets == null
                            ? List.of()
                            : targets.stream()
                                    .map(t -> t == null
                                            ? null
                                            : new Target(
                                                    t.indicator(),
                                                    t.comparator(),
                                                    t.threshold(),
                                                    t.unit(),
                                                    t.base(),
                                                    !Boolean.FALSE.equals(t.yearly()),
                                                    t.measure()))
                                    .toList());
        }
    }

    @PutMapping("/{id}/resolution")
    @Operation(summary = "The resolution with its vote (adopted with more than half of the denominator) and targets")
    ResolutionDetails resolution(@PathVariable long id, @RequestBody Resolution r, CurrentUser user) {
        return congresses.recordResolution(user, CongressId.of(id), r.command());
    }

    /** An election with its adopted list of member ids. */
    record NewElection(ElectionKind kind, Integer seats, List<Long> candidates) {}

    @PostMapping("/{id}/elections")
    @Operation(
            summary = "Create an election with its adopted list; a list that breaks the rules for its kind gets 422"
                    + " with a Vietnamese message naming the rule")
    ResponseEntity<ElectionDetails> election(@PathVariable long id, @RequestBody NewElection e, CurrentUser user) {
        if (e.seats() == null) {
            throw new InvalidInputException("seats", "validation.required");
        }
        ElectionId election = elections.create(
                user, CongressId.of(id), new CreateElection(e.kind(), e.seats(), ApiIds.members(e.candidates())));
        return ResponseEntity.created(URI.create("/api/v1/elections/" + election))
                .body(elections.details(user, election));
    }

    /** A nomination from the floor or a self-nomination (no nominatedBy), with the opinion ballot. */
    record Nomination(Long electionId, Long memberId, Long nominatedBy, Integer present, Integer inFavour) {}

    @PostMapping("/{id}/nominations")
    @Operation(
            summary = "A nomination from the floor: added with more than 30% of the voting members present in favour")
    NominationResult nominate(@PathVariable long id, @RequestBody Nomination n, CurrentUser user) {
        if (n.present() == null) {
            throw new InvalidInputException("present", "validation.required");
        }
        if (n.inFavour() == null) {
            throw new InvalidInputException("inFavour", "validation.required");
        }
        return lists.nominate(
                user,
                CongressId.of(id),
                new Nominate(
                        n.electionId() == null ? null : ElectionId.of(n.electionId()),
                        n.memberId() == null ? null : MemberId.of(n.memberId()),
                        n.nominatedBy() == null ? null : MemberId.of(n.nominatedBy()),
                        n.present(),
                        n.inFavour()));
    }

    @PostMapping("/{id}/take-office")
    @Operation(summary = "The elected take office: the new term and its committee's seats are created in organizations")
    Map<String, Long> takeOffice(@PathVariable long id, CurrentUser user) {
        return Map.of("termId", results.takeOffice(user, CongressId.of(id)));
    }

    /** The higher committee's answer; a refusal names the members refused (all when empty). */
    record Approval(Boolean approved, DecisionReference decision, List<Long> refused) {}

    @PostMapping("/{id}/approval")
    @Operation(summary = "The higher committee's approval (chuẩn y) or refusal; a refusal ends the seats concerned")
    CongressDetails approval(@PathVariable long id, @RequestBody Approval a, CurrentUser user) {
        if (a.approved() == null) {
            throw new InvalidInputException("approved", "validation.required");
        }
        results.recordApproval(user, CongressId.of(id), a.approved(), a.decision(), ApiIds.members(a.refused()));
        return congresses.details(user, CongressId.of(id));
    }

    @GetMapping("/{id}/minutes.{format}")
    @Operation(summary = "The congress minutes as DOCX or PDF, numbered in the congress's run")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.congressMinutes(user, id, format);
    }

    @GetMapping("/{id}/resolution.{format}")
    @Operation(summary = "The congress resolution as DOCX or PDF")
    ResponseEntity<byte[]> resolutionFile(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.resolution(user, id, format);
    }

    @GetMapping("/{id}/summons.{format}")
    @Operation(
            summary = "The notice convening the congress (thông báo triệu tập) with the list of those summoned, as DOCX"
                    + " or PDF, numbered in the organization's notices")
    ResponseEntity<byte[]> summons(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.summons(user, id, format);
    }

    @GetMapping("/{id}/elected")
    @Operation(
            summary = "Those elected with their particulars (danh sách trích ngang) and the make-up of each body"
                    + " (women, ethnic minorities, religion, age, qualification, political theory) on the opening"
                    + " day; particulars only of members whose records the caller may see")
    CongressElected.Listing elected(@PathVariable long id, CurrentUser user) {
        return elected.of(user, CongressId.of(id));
    }

    @GetMapping("/{id}/elected.{format}")
    @Operation(summary = "The list of particulars of those elected as DOCX, PDF (to print and sign) or XLSX")
    ResponseEntity<byte[]> electedList(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.electedList(user, id, format);
    }

    @GetMapping("/{id}/candidates")
    @Operation(
            summary = "The personnel put forward for election (nhân sự giới thiệu bầu cử): everyone on the first"
                    + " round's list of each election, with their particulars and each list's make-up")
    CongressElected.Listing candidates(@PathVariable long id, CurrentUser user) {
        return elected.candidates(user, CongressId.of(id));
    }

    @GetMapping("/{id}/candidates.{format}")
    @Operation(summary = "The list of particulars of the personnel put forward as DOCX, PDF or XLSX")
    ResponseEntity<byte[]> candidatesList(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.candidatesList(user, id, format);
    }

    @GetMapping("/{id}/approval-request.{format}")
    @Operation(summary = "The request to the higher committee to approve the results (tờ trình đề nghị chuẩn y)")
    ResponseEntity<byte[]> approvalRequest(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.approvalRequest(user, id, format);
    }

    @GetMapping("/{id}/dossier.zip")
    @Operation(summary = "Every document of the congress, numbered in one run (HD 36), as DOCX and PDF in one ZIP")
    ResponseEntity<byte[]> dossier(@PathVariable long id, CurrentUser user) {
        return files.dossier(user, id);
    }
}
