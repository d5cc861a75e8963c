package vn.chibo.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.meetings.GuidanceDraft;
import vn.chibo.meetings.MeetingGuidance;
import vn.chibo.meetings.MonthlyGuidance;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

@RestController
@RequestMapping("/api/v1/meetings/guidance")
@Tag(
        name = "Meeting guidance",
        description = "A committee's monthly guidance of branch meetings (hướng dẫn sinh hoạt chi bộ hằng tháng)")
class GuidanceApiController {

    private final MeetingGuidance guidance;
    private final Clock clock;

    GuidanceApiController(MeetingGuidance guidance, Clock clock) {
        this.guidance = guidance;
        this.clock = clock;
    }

    @GetMapping("/{org}")
    @Operation(
            summary =
                    "The guidance of a year: issued by a committee, or received by a branch from the committees above",
            description = "MEETING_VIEW on the organization. For a committee (đảng bộ), what it issued; with"
                    + " received=true, or for a branch, what the committees above it issued, nearest first each month."
                    + " 'late' marks guidance issued after the 20th of the month before (a practice, not a rule).")
    List<MonthlyGuidance> year(
            CurrentUser user,
            @PathVariable long org,
            @Parameter(description = "the year; this year when absent") @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean received) {
        int shown = year != null ? year : YearMonth.now(clock).getYear();
        OrganizationId id = OrganizationId.of(org);
        return received ? guidance.receivedBy(user, id, shown) : guidance.issuedOrReceived(user, id, shown);
    }

    @PutMapping("/{org}/{month}")
    @Operation(
            summary = "Issue or correct a committee's guidance of a month (yyyy-MM)",
            description = "MEETING_RECORD on the committee; refused for a branch or cell, without content, with an"
                    + " issue date after today, or for a month more than a year away (400 naming the field).")
    MonthlyGuidance issue(
            CurrentUser user,
            @PathVariable long org,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestBody GuidanceDraft draft) {
        return guidance.issue(user, OrganizationId.of(org), month, draft);
    }

    @DeleteMapping("/{org}/{month}")
    @Operation(summary = "Withdraw a committee's guidance of a month (MEETING_RECORD on the committee)")
    ResponseEntity<Void> withdraw(
            CurrentUser user,
            @PathVariable long org,
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        guidance.withdraw(user, OrganizationId.of(org), month);
        return ResponseEntity.noContent().build();
    }
}
