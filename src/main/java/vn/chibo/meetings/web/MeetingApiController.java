package vn.chibo.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.meetings.MeetingDetails;
import vn.chibo.meetings.MeetingDocuments;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.meetings.MeetingSummary;
import vn.chibo.meetings.Presence;
import vn.chibo.meetings.ScoreSheet;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "Branch meetings: calendar, record, attendance, opinions, votes, scores, minutes")
class MeetingApiController {

    private final MeetingManagement meetings;
    private final MeetingDocuments documents;

    MeetingApiController(MeetingManagement meetings, MeetingDocuments documents) {
        this.meetings = meetings;
        this.documents = documents;
    }

    @GetMapping
    @Operation(
            summary = "Meetings of the organization's subtree (all the caller may see without org) between two dates")
    List<MeetingSummary> list(
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate start = from == null ? LocalDate.of(1930, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(2100, 12, 31) : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "meeting.api.range");
        }
        return meetings.calendar(CurrentUsers.require(), org == null ? null : OrganizationId.of(org), start, end);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting with attendance, opinions, decisions with their votes, and the score")
    MeetingDetails meeting(@PathVariable long id) {
        return meetings.details(CurrentUsers.require(), MeetingId.of(id));
    }

    /** How one member stood at the meeting. */
    record PresenceChange(Presence presence, String reason, String correctionReason) {}

    @PutMapping("/{id}/attendance/{memberId}")
    @Operation(summary = "Record how one member stood at the meeting")
    MeetingDetails attendance(@PathVariable long id, @PathVariable long memberId, @RequestBody PresenceChange change) {
        meetings.setPresence(
                CurrentUsers.require(),
                MeetingId.of(id),
                memberId,
                change.presence(),
                change.reason(),
                change.correctionReason());
        return meetings.details(CurrentUsers.require(), MeetingId.of(id));
    }

    /** An opinion given at the meeting. */
    record NewOpinion(String speaker, Long memberId, String summary, String correctionReason) {}

    @PostMapping("/{id}/opinions")
    @Operation(summary = "Record an opinion")
    Map<String, Long> opinion(@PathVariable long id, @RequestBody NewOpinion o) {
        return Map.of(
                "id",
                meetings.addOpinion(
                        CurrentUsers.require(),
                        MeetingId.of(id),
                        o.speaker(),
                        o.memberId(),
                        o.summary(),
                        o.correctionReason()));
    }

    /** A resolution or decision with its vote. */
    record NewDecision(
            String kind, String title, String content, int agree, int disagree, int abstain, String correctionReason) {}

    @PostMapping("/{id}/decisions")
    @Operation(
            summary = "Record a resolution or decision with its vote; the legal denominator comes from the attendance")
    Map<String, Long> decision(@PathVariable long id, @RequestBody NewDecision d) {
        return Map.of(
                "id",
                meetings.addDecision(
                        CurrentUsers.require(),
                        MeetingId.of(id),
                        d.kind(),
                        d.title(),
                        d.content(),
                        d.agree(),
                        d.disagree(),
                        d.abstain(),
                        d.correctionReason()));
    }

    @GetMapping("/{id}/score")
    @Operation(summary = "The score sheet under the template in force for the meeting's date")
    ScoreSheet score(@PathVariable long id) {
        return meetings.scoreSheet(CurrentUsers.require(), MeetingId.of(id));
    }

    @PutMapping("/{id}/score")
    @Operation(summary = "Save the points entered by hand (criterion id to points); automatic criteria are computed")
    ScoreSheet saveScore(@PathVariable long id, @RequestBody Map<Long, BigDecimal> points) {
        return meetings.saveScore(CurrentUsers.require(), MeetingId.of(id), points);
    }

    @GetMapping("/{id}/minutes.{format}")
    @Operation(summary = "The minutes as DOCX or PDF")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable String format) {
        MeetingDocuments.Format f = MeetingController.format(format);
        return MeetingController.file(
                "bien-ban-" + id, f, documents.minutes(CurrentUsers.require(), MeetingId.of(id), f));
    }

    @GetMapping("/{id}/resolution.{format}")
    @Operation(summary = "The resolution as DOCX or PDF")
    ResponseEntity<byte[]> resolution(@PathVariable long id, @PathVariable String format) {
        MeetingDocuments.Format f = MeetingController.format(format);
        return MeetingController.file(
                "nghi-quyet-" + id, f, documents.resolution(CurrentUsers.require(), MeetingId.of(id), f));
    }
}
