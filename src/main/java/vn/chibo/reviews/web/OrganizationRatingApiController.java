package vn.chibo.reviews.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
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
import vn.chibo.meetings.MeetingYear;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.reviews.OpenOrganizationRating;
import vn.chibo.reviews.OrganizationRatingBoard;
import vn.chibo.reviews.OrganizationRatingDetails;
import vn.chibo.reviews.OrganizationRatingId;
import vn.chibo.reviews.OrganizationRatingManagement;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordOrganizationRating;

@RestController
@RequestMapping("/api/v1/reviews/organizations")
@Tag(
        name = "Organization ratings",
        description = "The quality rating of Party organizations (xếp loại chất lượng tổ chức đảng): the organization's"
                + " self-assessment with the facts of QĐ 366-QĐ/TW Điều 11.1, its proposal once its members' levels are"
                + " approved, the decision of the level directly above, and the excellence cap of the grassroots"
                + " organization. A branch's secretary works on her branch; a committee on the organizations under it.")
class OrganizationRatingApiController {

    private final OrganizationRatingManagement ratings;

    OrganizationRatingApiController(OrganizationRatingManagement ratings) {
        this.ratings = ratings;
    }

    @GetMapping
    @Operation(
            summary = "The organizations directly under `org` with their ratings for `year`, and the summary",
            description = "Each organization gives its `ratingId` (null before it opens its self-assessment), `status`,"
                    + " `selfLevel`, `proposedLevel`, `decidedLevel` and the `highest` level the rules allow; `tally`"
                    + " counts each level (decided, else proposed) and gives the excellence `cap`; `own` is the rating"
                    + " of `org` itself. Without `year`, the newest year with a rating or a members' review round"
                    + " under `org` that the caller may see, else the year under review (this year from October, else"
                    + " last year), as the page does; the answer's `year` says which. Needs REVIEW_VIEW on `org`.")
    OrganizationRatingBoard board(
            CurrentUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) Integer year) {
        return ratings.board(user, org == null ? null : OrganizationId.of(org), year);
    }

    /** A rating to open. */
    record NewRating(
            Long organizationId,
            @Schema(description = "the year under review", example = "2026") Integer year,
            @Schema(description = "the review conference's date, not after today: picks the rule set")
                    LocalDate reviewDate) {}

    @PostMapping
    @Operation(
            summary = "Open an organization's rating for a year (needs REVIEW_MANAGE on the organization)",
            description = "One rating per organization and year; Party cells are not rated on their own.")
    ResponseEntity<Map<String, Long>> open(CurrentUser user, @RequestBody NewRating r) {
        OrganizationRatingId id = ratings.open(
                user,
                new OpenOrganizationRating(
                        r.organizationId() == null ? null : OrganizationId.of(r.organizationId()),
                        r.year(),
                        r.reviewDate()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id.value()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One rating with its facts, levels, what the rules say and where the members' review stands",
            description = "`assessment` gives the `highest` level the rules allow and the `limits` that bring it down,"
                    + " as message keys with their arguments; `problems` are levels recorded above the rules;"
                    + " `membersRound` is where the branch's members' review stands (APPROVED or CLOSED lets the"
                    + " branch propose); `subordinatesNotDecided` names, for a committee, the organizations directly"
                    + " under it whose level for the year is not decided yet (none lets the committee propose).")
    OrganizationRatingDetails rating(CurrentUser user, @PathVariable long id) {
        return ratings.details(user, OrganizationRatingId.of(id));
    }

    @GetMapping("/{id}/meetings")
    @Operation(
            summary = "The organization's own meetings of the rated year, as its self-assessment reads them",
            description = "Up to the review's date (or today before it): the months over and those without a regular"
                    + " meeting held, the quarters over and those without a thematic one, the meetings held, the"
                    + " quality bands and average score of those scored. Counts only; 404 for someone who may read the"
                    + " rating but not the organization's meetings.")
    MeetingYear.Summary meetings(CurrentUser user, @PathVariable long id) {
        return ratings.meetingYear(user, OrganizationRatingId.of(id))
                .orElseThrow(() -> new NotFoundException("MeetingYear", id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Record the organization's self-assessment while it is open",
            description = "Percentages from 0 to 100 (null: not recorded), a score from 0 to 100 with at most two"
                    + " decimals. A `proposedLevel` above what the rules allow is refused (400, naming the organization"
                    + " and the rule, field `proposedLevel`) and nothing is written. `version` is the one read.")
    OrganizationRatingDetails record(CurrentUser user, @PathVariable long id, @RequestBody RecordOrganizationRating r) {
        if (r == null) {
            throw new InvalidInputException("version", "validation.required");
        }
        ratings.record(user, OrganizationRatingId.of(id), r);
        return ratings.details(user, OrganizationRatingId.of(id));
    }

    @PostMapping("/{id}/propose")
    @Operation(
            summary = "Propose the organization's level to the level above",
            description = "Needs a proposed level within the rules; a branch also needs its members' levels approved"
                    + " (members → organization), and a committee the levels of the organizations directly under it"
                    + " decided (the level below first; organizations set up less than 6 months before the review are"
                    + " not waited for), else 400 with field `status` saying so and naming them.")
    OrganizationRatingDetails propose(CurrentUser user, @PathVariable long id) {
        ratings.propose(user, OrganizationRatingId.of(id));
        return ratings.details(user, OrganizationRatingId.of(id));
    }

    /** The level above's decision. */
    record Decision(
            RatingLevel level,
            @Schema(description = "the decision's number and date, or remarks") String decisionNote,
            @Schema(description = "the rating's version as read") Integer version) {}

    @PutMapping("/{id}/decision")
    @Operation(
            summary = "Decide the organization's level (REVIEW_MANAGE on the level above, while proposed)",
            description = "Held to the rules and, for Hoàn thành xuất sắc nhiệm vụ, to the excellence cap of the"
                    + " grassroots organization (20% of those rated Hoàn thành tốt, rounded down, unless raised).")
    OrganizationRatingDetails decide(CurrentUser user, @PathVariable long id, @RequestBody Decision d) {
        if (d == null) {
            throw new InvalidInputException("decidedLevel", "validation.required");
        }
        ratings.decide(user, OrganizationRatingId.of(id), d.level(), d.decisionNote(), d.version());
        return ratings.details(user, OrganizationRatingId.of(id));
    }

    /** The level above's remarks when it returns a proposal. */
    record Remarks(String decisionNote) {}

    @PostMapping("/{id}/return")
    @Operation(summary = "Return the proposal to the organization (REVIEW_MANAGE on the level above)")
    OrganizationRatingDetails returnToOrganization(
            CurrentUser user, @PathVariable long id, @RequestBody(required = false) Remarks r) {
        ratings.returnToOrganization(user, OrganizationRatingId.of(id), r == null ? null : r.decisionNote());
        return ratings.details(user, OrganizationRatingId.of(id));
    }

    /** An exception to the excellence cap of the organizations under `organizationId`; a null percentage removes it. */
    record Ceiling(Long organizationId, Integer year, Integer percent, String decision) {}

    @PutMapping("/ceiling")
    @Operation(
            summary = "Record the exception the competent level decided to the organizations' excellence cap",
            description = "Counted in the grassroots organization the committee is or belongs to; needs REVIEW_MANAGE"
                    + " on it.")
    OrganizationRatingBoard ceiling(CurrentUser user, @RequestBody Ceiling c) {
        if (c == null) {
            throw new InvalidInputException("org", "validation.required");
        }
        OrganizationId organization = c.organizationId() == null ? null : OrganizationId.of(c.organizationId());
        ratings.raiseCeiling(user, organization, c.year(), c.percent(), c.decision());
        return ratings.board(user, organization, c.year());
    }
}
