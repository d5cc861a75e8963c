package vn.chibo.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.meetings.MeetingParticipation;
import vn.chibo.meetings.ParticipationReport;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

@RestController
@RequestMapping("/api/v1/meetings/participation")
@Tag(name = "Meeting participation", description = "Members' participation in meetings (tình hình tham gia sinh hoạt)")
class ParticipationApiController {

    private final MeetingParticipation participation;

    ParticipationApiController(MeetingParticipation participation) {
        this.participation = participation;
    }

    @GetMapping("/{org}")
    @Operation(
            summary = "Members' participation in the organization's meetings of a year",
            description =
                    "MEETING_VIEW and MEMBER_VIEW on the organization. Counts the meetings held (committee meetings excluded) and,"
                            + " per member on their attendance lists: expected, present, absent with and without a reason,"
                            + " not expected (exempt, away, suspended), the months of absences without a reason and the longest"
                            + " run of absences with one. removalToConsider: absent without a valid reason in 3 months of the"
                            + " year (Điều lệ Đảng, Điều 8). A year before 2000 or after this one: 400 naming the field year.")
    ParticipationReport year(
            CurrentUser user,
            @PathVariable long org,
            @Parameter(description = "the year (four digits); this year when absent") @RequestParam(required = false)
                    String year) {
        return participation.ofYear(user, OrganizationId.of(org), participation.year(year));
    }
}
