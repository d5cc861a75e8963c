package vn.chibo.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.meetings.MeetingAttendance;
import vn.chibo.meetings.MeetingDetails;
import vn.chibo.meetings.MeetingDocuments;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.meetings.MeetingPlanning;
import vn.chibo.meetings.MeetingRecord;
import vn.chibo.meetings.MeetingScoring;
import vn.chibo.meetings.MeetingSummary;
import vn.chibo.meetings.Presence;
import vn.chibo.meetings.ResolutionKind;
import vn.chibo.meetings.ScoreSheet;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Branch meetings: calendar, record, attendance, opinions, votes, scores, minutes")
class MeetingApiController {

    private final MeetingManagement meetings;

    private final MeetingAttendance meetingAttendance;

    private final MeetingScoring meetingScoring;

    private final MeetingPlanning meetingPlanning;
    private final MeetingDocuments documents;

    MeetingApiController(
            MeetingManagement meetings,
            MeetingAttendance meetingAttendance,
            MeetingScoring meetingScoring,
            MeetingPlanning meetingPlanning,
            MeetingDocuments documents) {
        this.meetings = meetings;
        this.meetingAttendance = meetingAttendance;
        this.meetingScoring = meetingScoring;
        this.meetingPlanning = meetingPlanning;
        this.documents = documents;
    }

    @GetMapping
    @Operation(
            summary = "Meetings of the organization's subtree (all the caller may see without org) between two dates")
    List<MeetingSummary> list(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from == null ? LocalDate.of(1930, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(2100, 12, 31) : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "meeting.api.range");
        }
        return meetingPlanning.calendar(user, org == null ? null : OrganizationId.of(org), start, end);
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "One meeting with attendance, opinions, resolutions (`decisions`) with their votes, and the score",
            description = "Each resolution's `vote` gives `agree`, `disagree`, `abstain`, the legal `denominator`,"
                    + " `votesNeeded` and `passed`, judged against the attendance as it now stands; `counts.legal`"
                    + " says what the denominator leaves out (QĐ 294-QĐ/TW §9.3.2).")
    MeetingDetails meeting(CurrentUser user, @PathVariable long id) {
        return meetings.details(user, MeetingId.of(id));
    }

    /** A meeting to plan. */
    record NewMeeting(
            Long organizationId,
            MeetingKind kind,
            LocalDate date,
            @Schema(type = "string", format = "time", example = "14:00") LocalTime startTime,
            String place,
            @Schema(description = "the theme (chuyên đề); required for a thematic meeting") String theme) {}

    @PostMapping
    @Operation(summary = "Plan a meeting of an organization (needs MEETING_RECORD on it)")
    ResponseEntity<Map<String, Long>> schedule(CurrentUser user, @RequestBody NewMeeting m) {
        if (m.organizationId() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        MeetingId id = meetingPlanning.schedule(
                user, OrganizationId.of(m.organizationId()), m.kind(), m.date(), m.theme(), m.place(), m.startTime());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id.value()));
    }

    /** The facts of the session, and the reason when the record is closed. */
    record RecordChange(MeetingRecord record, String correctionReason) {}

    @PutMapping("/{id}/record")
    @Operation(summary = "Record or correct the facts of the session (times, chair, clerk, conclusion…)")
    MeetingDetails record(CurrentUser user, @PathVariable long id, @RequestBody RecordChange change) {
        if (change.record() == null) {
            throw new InvalidInputException("record", "validation.required");
        }
        meetings.record(user, MeetingId.of(id), change.record(), change.correctionReason());
        return meetings.details(user, MeetingId.of(id));
    }

    /** The reason for a change to a closed record. */
    record Correction(String correctionReason) {}

    @PostMapping("/{id}/attendance")
    @Operation(
            summary = "Take the attendance list on the meeting's date",
            description = "The organization's members as they stood that day and the members hosted on temporary"
                    + " transfer (no vote); for a committee meeting the committee's seats. Votes are recounted.")
    MeetingDetails takeAttendance(
            CurrentUser user, @PathVariable long id, @RequestBody(required = false) Correction c) {
        meetingAttendance.takeAttendance(user, MeetingId.of(id), c == null ? null : c.correctionReason());
        return meetings.details(user, MeetingId.of(id));
    }

    /** How long the meeting lasted. */
    record Held(
            @Schema(description = "minutes from the start time; sets the end time when given")
                    Integer durationMinutes) {}

    @PostMapping("/{id}/held")
    @Operation(summary = "Mark a planned meeting held (its date has come; times and attendance on record)")
    MeetingDetails held(CurrentUser user, @PathVariable long id, @RequestBody(required = false) Held held) {
        meetings.markHeld(user, MeetingId.of(id), held == null ? null : held.durationMinutes());
        return meetings.details(user, MeetingId.of(id));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a held meeting's record (chair and clerk on record); later changes need a reason")
    MeetingDetails close(CurrentUser user, @PathVariable long id) {
        meetings.close(user, MeetingId.of(id));
        return meetings.details(user, MeetingId.of(id));
    }

    /** How one member stood at the meeting. */
    record PresenceChange(Presence presence, String reason, String correctionReason) {}

    @PutMapping("/{id}/attendance/{memberId}")
    @Operation(summary = "Record how one member stood at the meeting")
    MeetingDetails attendance(
            CurrentUser user, @PathVariable long id, @PathVariable long memberId, @RequestBody PresenceChange change) {
        meetingAttendance.setPresence(
                user, MeetingId.of(id), memberId, change.presence(), change.reason(), change.correctionReason());
        return meetings.details(user, MeetingId.of(id));
    }

    /** An opinion given at the meeting. */
    record NewOpinion(String speaker, Long memberId, String summary, String correctionReason) {}

    @PostMapping("/{id}/opinions")
    @Operation(summary = "Record an opinion")
    Map<String, Long> opinion(CurrentUser user, @PathVariable long id, @RequestBody NewOpinion o) {
        return Map.of(
                "id",
                meetings.addOpinion(
                        user, MeetingId.of(id), o.speaker(), o.memberId(), o.summary(), o.correctionReason()));
    }

    /**
     * A resolution or conclusion with its vote; an admission, recognition or removal proposal names its member (or an
     * admission its candidate).
     */
    record NewResolution(
            @Schema(
                            description =
                                    "RESOLUTION (default), CONCLUSION, ADMISSION, RECOGNITION or REMOVAL (proposing"
                                            + " that a member be removed from the list); DECISION is read as"
                                            + " CONCLUSION")
                    String kind,
            String title,
            String content,
            @Schema(
                            description =
                                    "the probationer (RECOGNITION), the member readmitted (ADMISSION) or the member"
                                            + " proposed for removal (REMOVAL), on the meeting's list")
                    Long memberId,
            @Schema(description = "the candidate's name for a first admission") String candidate,
            int agree,
            int disagree,
            int abstain,
            String correctionReason) {}

    @PostMapping("/{id}/decisions")
    @Operation(
            summary =
                    "Record a resolution or conclusion with its vote; the legal denominator comes from the attendance",
            description = "A resolution passes with more than half of the legal denominator; an admission or a"
                    + " recognition with two thirds, and goes into the member's history.")
    ResponseEntity<Map<String, Long>> resolution(
            CurrentUser user, @PathVariable long id, @RequestBody NewResolution r) {
        long resolution = meetings.addResolution(
                user,
                MeetingId.of(id),
                new MeetingManagement.NewResolution(
                        ResolutionKind.parse(r.kind()),
                        r.title(),
                        r.content(),
                        r.memberId(),
                        r.candidate(),
                        r.agree(),
                        r.disagree(),
                        r.abstain()),
                r.correctionReason());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", resolution));
    }

    /** Corrected figures of a vote. */
    record VoteCorrection(int agree, int disagree, int abstain, String correctionReason) {}

    @PutMapping("/{id}/decisions/{decisionId}")
    @Operation(summary = "Correct the figures of a recorded vote; the result is judged again against the attendance")
    MeetingDetails.Resolution correctVote(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable("decisionId") long resolutionId,
            @RequestBody VoteCorrection v) {
        meetings.correctVote(
                user, MeetingId.of(id), resolutionId, v.agree(), v.disagree(), v.abstain(), v.correctionReason());
        return meetings.details(user, MeetingId.of(id)).resolutions().stream()
                .filter(r -> r.id() == resolutionId)
                .findFirst()
                .orElseThrow(() -> new vn.chibo.platform.NotFoundException("resolution", resolutionId));
    }

    @GetMapping("/{id}/score")
    @Operation(summary = "The score sheet under the template in force for the meeting's date")
    ScoreSheet score(CurrentUser user, @PathVariable long id) {
        return meetingScoring.scoreSheet(user, MeetingId.of(id));
    }

    @PutMapping("/{id}/score")
    @Operation(summary = "Save the points entered by hand (criterion id to points); automatic criteria are computed")
    ScoreSheet saveScore(CurrentUser user, @PathVariable long id, @RequestBody Map<Long, BigDecimal> points) {
        return meetingScoring.saveScore(user, MeetingId.of(id), points);
    }

    @GetMapping("/{id}/minutes.{format}")
    @Operation(summary = "The minutes as DOCX or PDF")
    ResponseEntity<byte[]> minutes(CurrentUser user, @PathVariable long id, @PathVariable String format) {
        MeetingDocuments.Format f = MeetingPapersController.format(format);
        return MeetingPapersController.file("bien-ban-" + id, f, documents.minutes(user, MeetingId.of(id), f));
    }

    @GetMapping("/{id}/decisions/{decisionId}/removal.{format}")
    @Operation(summary = "The branch's resolution proposing a member's removal from the list (a passed REMOVAL vote)")
    ResponseEntity<byte[]> removal(
            CurrentUser user, @PathVariable long id, @PathVariable long decisionId, @PathVariable String format) {
        MeetingDocuments.Format f = MeetingPapersController.format(format);
        return MeetingPapersController.file(
                "de-nghi-xoa-ten-" + decisionId, f, documents.removalProposal(user, MeetingId.of(id), decisionId, f));
    }

    @GetMapping("/{id}/resolution.{format}")
    @Operation(summary = "The resolution as DOCX or PDF")
    ResponseEntity<byte[]> resolution(CurrentUser user, @PathVariable long id, @PathVariable String format) {
        MeetingDocuments.Format f = MeetingPapersController.format(format);
        return MeetingPapersController.file("nghi-quyet-" + id, f, documents.resolution(user, MeetingId.of(id), f));
    }
}
