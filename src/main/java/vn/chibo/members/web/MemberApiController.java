package vn.chibo.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.members.Arrival;
import vn.chibo.members.BranchVote;
import vn.chibo.members.Discipline;
import vn.chibo.members.MemberBadges;
import vn.chibo.members.MemberDetails;
import vn.chibo.members.MemberDiscipline;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberEventKind;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberLifeCycle;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberPage;
import vn.chibo.members.MemberQuery;
import vn.chibo.members.MemberSearch;
import vn.chibo.members.MemberStatus;
import vn.chibo.members.MemberUpdate;
import vn.chibo.members.RecordMemberEvent;
import vn.chibo.members.importing.ImportOptions;
import vn.chibo.members.importing.ImportProgress;
import vn.chibo.members.importing.ImportResult;
import vn.chibo.members.importing.MemberImporter;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "Party members' records within the caller's scope")
class MemberApiController {

    private final MemberManagement members;
    private final MemberSearch search;
    private final MemberLifeCycle lifeCycle;
    private final MemberBadges badges;
    private final MemberDiscipline discipline;
    private final MemberImporter importer;
    private final MemberExports exports;

    MemberApiController(
            MemberManagement members,
            MemberSearch search,
            MemberLifeCycle lifeCycle,
            MemberBadges badges,
            MemberDiscipline discipline,
            MemberImporter importer,
            MemberExports exports) {
        this.members = members;
        this.search = search;
        this.lifeCycle = lifeCycle;
        this.badges = badges;
        this.discipline = discipline;
        this.importer = importer;
        this.exports = exports;
    }

    @GetMapping
    @Operation(summary = "Members the caller may see, searched (diacritics-insensitive) and filtered, one page")
    MemberPage list(
            CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) MemberStatus status,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return search.list(
                user,
                new MemberQuery(
                        org == null ? null : OrganizationId.of(org),
                        q,
                        status,
                        null,
                        null,
                        null,
                        null,
                        null,
                        unit,
                        null,
                        page,
                        size));
    }

    @GetMapping("/of/{org}/recognitions-due")
    @Operation(
            summary =
                    "The probationers of the organization's subtree whose recognition as official is due or late, with"
                            + " the branch's and the committee's deadlines (as the member list shows them)")
    List<vn.chibo.members.RecognitionDue> recognitionsDue(CurrentUser user, @PathVariable long org) {
        return lifeCycle.recognitionsDue(user, OrganizationId.of(org), members.today());
    }

    @GetMapping("/of/{org}/removals-pending")
    @Operation(
            summary = "The members of the organization's subtree whose branch voted to propose their removal from the"
                    + " list, awaiting the competent committee's decision")
    List<vn.chibo.members.RemovalPending> removalsPending(CurrentUser user, @PathVariable long org) {
        return lifeCycle.removalsPending(user, OrganizationId.of(org));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member's full record (audited; personal data masked without the permission)")
    MemberDetails member(CurrentUser user, @PathVariable long id) {
        return members.details(user, MemberId.of(id));
    }

    @PostMapping
    @Operation(summary = "Creates a member's record")
    ResponseEntity<MemberDetails> create(CurrentUser user, @RequestBody MemberDraft draft) {
        MemberId id = members.create(user, draft);
        return ResponseEntity.status(HttpStatus.CREATED).body(members.details(user, id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Changes a member's record in place",
            description = "`version` is the one read with the record (from GET …/{id}/edit-values); a record saved by"
                    + " someone else since is refused (400, field `version`). The branch, status and life-cycle dates"
                    + " change only through life-cycle events.")
    MemberDetails update(CurrentUser user, @PathVariable long id, @RequestBody MemberUpdate update) {
        members.update(user, MemberId.of(id), update);
        return members.details(user, MemberId.of(id));
    }

    @GetMapping("/{id}/edit-values")
    @Operation(summary = "The editable fields of a member's record with its current version")
    MemberUpdate editValues(CurrentUser user, @PathVariable long id) {
        return members.editing(user, MemberId.of(id)).values();
    }

    /** A change in a member's life cycle, as the member page records it. */
    record LifeCycleEvent(
            @Schema(
                            description =
                                    "RECOGNIZED, EXEMPTED, TEMPORARILY_EXEMPTED, EXEMPTION_ENDED, TEMPORARY_TRANSFER_OUT,"
                                            + " TEMPORARY_TRANSFER_OUT_FOR_STUDY, TEMPORARY_TRANSFER_RETURNED, TRANSFERRED,"
                                            + " TRANSFERRED_IN, SUSPENDED, SUSPENSION_ENDED, PROSECUTED, PROSECUTION_ENDED,"
                                            + " REMOVED_FROM_LIST, EXPELLED, LEFT_PARTY, READMITTED, REINSTATED, DIED")
                    MemberEventKind kind,
            @Schema(description = "the day it takes effect (a recognition: the committee's decision)") LocalDate date,
            @Schema(description = "a temporary transfer's planned end") LocalDate until,
            DecisionReference decision,
            @Schema(description = "a transfer's destination in ChiBo, or a temporary transfer's host branch")
                    Long toOrganizationId,
            @Schema(description = "a transfer's destination outside ChiBo") String externalOrganization,
            String note,
            @Schema(
                            description =
                                    "with a recognition or readmission: the branch's vote at a meeting not recorded in"
                                            + " ChiBo (a recognition needs a passing vote, two thirds of the legal denominator)")
                    BranchVote branchVote) {}

    @PostMapping("/{id}/events")
    @Operation(
            summary = "Record a change in a member's life cycle",
            description = "Checked against her history (a refused change names the reason); a recognition needs the"
                    + " branch's passing vote, recorded at a meeting in ChiBo or given here as `branchVote`, and makes"
                    + " her official from the end of her probation.")
    MemberDetails recordEvent(CurrentUser user, @PathVariable long id, @RequestBody LifeCycleEvent e) {
        lifeCycle.recordEvent(
                user,
                MemberId.of(id),
                new RecordMemberEvent(
                        e.kind(),
                        e.date(),
                        e.until(),
                        e.decision(),
                        e.toOrganizationId() == null ? null : OrganizationId.of(e.toOrganizationId()),
                        e.externalOrganization(),
                        e.note()),
                e.branchVote());
        return members.details(user, MemberId.of(id));
    }

    /** A Party badge presented. */
    record BadgePresented(int years, LocalDate awardedOn, DecisionReference decision) {}

    @PostMapping("/{id}/badges")
    @Operation(summary = "Record a Party badge as presented: the member leaves the badge lists of later award dates")
    MemberDetails recordBadge(CurrentUser user, @PathVariable long id, @RequestBody BadgePresented b) {
        badges.recordBadge(user, MemberId.of(id), b.years(), b.awardedOn(), b.decision());
        return members.details(user, MemberId.of(id));
    }

    /** A member received from a party organization outside ChiBo. */
    record Reception(
            MemberDraft member,
            String fromOrganization,
            LocalDate arrivedOn,
            String decisionNumber,
            String decisionSymbol,
            LocalDate decisionDate) {

        DecisionReference decision() {
            return new DecisionReference(decisionNumber, decisionSymbol, decisionDate);
        }
    }

    @PostMapping("/receive")
    @Operation(
            summary = "Receives a member transferring in from a party organization outside ChiBo",
            description = "Creates the record as it stood there and records the arrival (TRANSFERRED_IN) naming the"
                    + " sending organization.")
    ResponseEntity<MemberDetails> receive(CurrentUser user, @RequestBody Reception reception) {
        if (reception.member() == null) {
            throw new InvalidInputException("member", "validation.required");
        }
        MemberId id = lifeCycle.receive(
                user,
                reception.member(),
                new Arrival(reception.fromOrganization(), reception.arrivedOn(), reception.decision()));
        return ResponseEntity.status(HttpStatus.CREATED).body(members.details(user, id));
    }

    /** A reward or a disciplinary measure to record; {@code kind} only for discipline. */
    record RewardOrDisciplineRequest(
            String kind, String description, String decisionNumber, String decisionSymbol, LocalDate decisionDate) {

        DecisionReference decision() {
            return new DecisionReference(decisionNumber, decisionSymbol, decisionDate);
        }
    }

    @GetMapping("/{id}/rewards")
    @Operation(summary = "The member's rewards (khen thưởng) with their decisions")
    List<MemberDetails.RewardOrDiscipline> rewards(CurrentUser user, @PathVariable long id) {
        return members.details(user, MemberId.of(id)).rewardsAndDiscipline().stream()
                .filter(d -> d.kind().equals("REWARD"))
                .toList();
    }

    @PostMapping("/{id}/rewards")
    @Operation(summary = "Records a reward with its decision")
    ResponseEntity<List<MemberDetails.RewardOrDiscipline>> addReward(
            CurrentUser user, @PathVariable long id, @RequestBody RewardOrDisciplineRequest request) {
        discipline.addReward(user, MemberId.of(id), request.description(), request.decision());
        return ResponseEntity.status(HttpStatus.CREATED).body(rewards(user, id));
    }

    @GetMapping("/{id}/discipline")
    @Operation(summary = "The member's disciplinary measures (REPRIMAND, WARNING, DISMISSAL, EXPULSION)")
    List<MemberDetails.RewardOrDiscipline> discipline(CurrentUser user, @PathVariable long id) {
        return members.details(user, MemberId.of(id)).rewardsAndDiscipline().stream()
                .filter(d -> !d.kind().equals("REWARD"))
                .toList();
    }

    @PostMapping("/{id}/discipline")
    @Operation(
            summary = "Records a disciplinary measure with its decision",
            description = "kind: REPRIMAND, WARNING, DISMISSAL or EXPULSION; an expulsion also enters the life cycle.")
    ResponseEntity<List<MemberDetails.RewardOrDiscipline>> addDiscipline(
            CurrentUser user, @PathVariable long id, @RequestBody RewardOrDisciplineRequest request) {
        discipline.addDiscipline(
                user, MemberId.of(id), Discipline.of(request.kind()), request.description(), request.decision());
        return ResponseEntity.status(HttpStatus.CREATED).body(discipline(user, id));
    }

    // Not restricted to multipart by the mapping, so that a caller without the permission is refused (403) before the
    // request's form is looked at; a request that is not multipart is refused as one without a file.
    @PostMapping(path = "/import")
    @Operation(summary = "Imports members from CSV or XLSX; all or nothing unless validOnly; dryRun writes nothing")
    ImportResult importFile(
            CurrentUser user,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam long org,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean validOnly)
            throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "import.file.missing");
        }
        // Refused before the upload is copied anywhere (404 outside her scope, 403 without the permission).
        importer.authorize(user, OrganizationId.of(org));
        Path upload = Files.createTempFile("chibo-import-", ".upload");
        try {
            // The server keeps a large upload on disk: it is moved, not copied, when it can be.
            file.transferTo(upload.toFile());
            return importer.run(
                    user,
                    OrganizationId.of(org),
                    upload,
                    file.getOriginalFilename(),
                    new ImportOptions(dryRun, validOnly),
                    new ImportProgress(),
                    LocaleContextHolder.getLocale());
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "The filtered list as an XLSX sheet (audited)")
    void export(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) MemberStatus status,
            HttpServletResponse response)
            throws IOException {
        MemberQuery query =
                MemberQuery.of(org == null ? null : OrganizationId.of(org), q).withStatus(status);
        exports.write(user, query, "xlsx", response);
    }
}
