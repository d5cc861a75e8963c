package vn.chibo.admissions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.admissions.AdmissionDetails;
import vn.chibo.admissions.AdmissionDocuments;
import vn.chibo.admissions.AdmissionManagement;
import vn.chibo.admissions.AdmissionStep;
import vn.chibo.admissions.AdmissionStepInput;
import vn.chibo.admissions.AdmissionSummary;
import vn.chibo.admissions.NewAdmission;
import vn.chibo.meetings.MeetingId;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/admissions")
@Tag(
        name = "Admissions",
        description = "The admission of new members (phát triển đảng viên): awareness course, application, introducer,"
                + " verification, the branch's two-thirds vote, the committee's resolution, the decision and the"
                + " ceremony, which creates the member's record")
class AdmissionApiController {

    private final AdmissionManagement admissions;
    private final AdmissionDocuments documents;

    AdmissionApiController(AdmissionManagement admissions, AdmissionDocuments documents) {
        this.admissions = admissions;
        this.documents = documents;
    }

    @GetMapping("/{id}/resolution.{format}")
    @Operation(
            summary =
                    "The branch's resolution proposing the admission, numbered, as docx or pdf (once its vote passed)")
    ResponseEntity<byte[]> resolution(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return file(user, id, format, documents);
    }

    /** The resolution as a download, for the page and the API alike. */
    static ResponseEntity<byte[]> file(CurrentUser user, long id, String format, AdmissionDocuments documents) {
        AdmissionDocuments.Format f =
                switch (format) {
                    case "docx" -> AdmissionDocuments.Format.DOCX;
                    case "pdf" -> AdmissionDocuments.Format.PDF;
                    default -> throw new vn.chibo.platform.NotFoundException("Format", format);
                };
        byte[] content = documents.branchResolution(user, id, f);
        return ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("nghi-quyet-de-nghi-ket-nap-" + id + "." + format)
                                .build()
                                .toString())
                .contentType(
                        f == AdmissionDocuments.Format.PDF
                                ? org.springframework.http.MediaType.APPLICATION_PDF
                                : org.springframework.http.MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(content);
    }

    /** A person to follow for admission. */
    record NewPerson(
            Long organizationId,
            String fullName,
            Gender gender,
            LocalDate birthDate,
            String ethnicity,
            String job,
            Boolean unitStaff,
            LocalDate awarenessCourseOn) {}

    /** A step: its date and what it needs (see AdmissionStepInput). */
    record StepBody(
            LocalDate date,
            Long introducerId,
            LocalDate introducerSince,
            Boolean youthUnion,
            Integer officialMembers,
            Integer agree,
            String decisionNumber,
            String decisionSymbol,
            Boolean lateCeremonyAgreed,
            String ceremonyPlace,
            Long meetingId,
            LocalDate decisionReceivedOn) {}

    /** Why the branch stops following the person. */
    record Stop(String reason) {}

    @GetMapping
    @Operation(summary = "Admissions of an organization's subtree (all the caller may see without org)")
    List<AdmissionSummary> list(@RequestParam(required = false) Long org, CurrentUser user) {
        return admissions.list(user, org == null ? null : OrganizationId.of(org));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An admission with its steps, votes, deadlines and warnings")
    AdmissionDetails admission(@PathVariable long id, CurrentUser user) {
        return admissions.details(user, id);
    }

    @PostMapping
    @Operation(summary = "Start following a person for admission in a branch, from her awareness course")
    ResponseEntity<AdmissionDetails> create(@RequestBody NewPerson p, CurrentUser user) {
        if (p == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        long id = admissions.create(
                user,
                new NewAdmission(
                        p.organizationId() == null ? null : OrganizationId.of(p.organizationId()),
                        p.fullName(),
                        p.gender(),
                        p.birthDate(),
                        p.ethnicity(),
                        p.job(),
                        !Boolean.FALSE.equals(p.unitStaff()),
                        p.awarenessCourseOn()));
        return ResponseEntity.created(URI.create("/api/v1/admissions/" + id)).body(admissions.details(user, id));
    }

    @PutMapping("/{id}/steps/{step}")
    @Operation(
            summary = "Record the next step (APPLICATION, INTRODUCTION, VERIFICATION, BRANCH_VOTE,"
                    + " COMMITTEE_RESOLUTION, DECISION, CEREMONY); the ceremony creates the member's record")
    AdmissionDetails step(
            @PathVariable long id, @PathVariable AdmissionStep step, @RequestBody StepBody b, CurrentUser user) {
        StepBody body =
                b == null ? new StepBody(null, null, null, null, null, null, null, null, null, null, null, null) : b;
        return admissions.record(
                user,
                id,
                step,
                new AdmissionStepInput(
                        body.date(),
                        body.introducerId() == null ? null : MemberId.of(body.introducerId()),
                        body.introducerSince(),
                        body.youthUnion(),
                        body.officialMembers(),
                        body.agree(),
                        body.decisionNumber(),
                        body.decisionSymbol(),
                        body.lateCeremonyAgreed(),
                        body.ceremonyPlace(),
                        body.meetingId() == null ? null : MeetingId.of(body.meetingId()),
                        body.decisionReceivedOn()));
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stop following the person, with the reason")
    AdmissionDetails stop(@PathVariable long id, @RequestBody Stop s, CurrentUser user) {
        admissions.stop(user, id, s == null ? null : s.reason());
        return admissions.details(user, id);
    }
}
