package vn.chibo.reviews.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
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
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.reviews.MemberReview;
import vn.chibo.reviews.OpenReviewRound;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordMemberReview;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundDetails;
import vn.chibo.reviews.ReviewRoundId;
import vn.chibo.reviews.ReviewRoundSummary;
import vn.chibo.reviews.RoundTally;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(
        name = "Reviews",
        description = "The annual review and quality rating of members (kiểm điểm, đánh giá, xếp loại chất lượng"
                + " đảng viên): rounds per branch and year, facts and levels per member, the excellence cap, the"
                + " level above's approval")
class ReviewApiController {

    private final ReviewManagement reviews;

    ReviewApiController(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(summary = "Review rounds of the organization's subtree (all the caller may see without org)")
    List<ReviewRoundSummary> list(CurrentUser user, @RequestParam(required = false) Long org) {
        return reviews.list(user, org == null ? null : OrganizationId.of(org));
    }

    /** A round to open. */
    record NewRound(
            Long organizationId,
            @Schema(description = "the year under review", example = "2026") Integer year,
            @Schema(description = "the review conference's date: picks the rule set and the roster")
                    LocalDate reviewDate) {}

    @PostMapping
    @Operation(
            summary = "Open the review of a branch's year (needs REVIEW_MANAGE on the branch)",
            description = "Lists every member on the branch's list on the review's date; exempt and suspended members"
                    + " and those admitted less than 6 months before are listed and not rated. One round per branch"
                    + " and year.")
    ResponseEntity<Map<String, Long>> open(CurrentUser user, @RequestBody NewRound r) {
        ReviewRoundId id = reviews.open(
                user,
                new OpenReviewRound(
                        r.organizationId() == null ? null : OrganizationId.of(r.organizationId()),
                        r.year(),
                        r.reviewDate()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id.value()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One round with its rules, members and summary",
            description = "Each member gives what was `recorded` (facts, `selfLevel`, `proposedLevel`, `version`),"
                    + " the `approvedLevel`, and what the rules say: `rated`, `highest`, `limits`, `notRatedReasons`,"
                    + " `notes` and `problems` (levels above the ceiling), as message keys with their arguments"
                    + " (the bundles word them). `tally` counts each level with its share of the rated members and"
                    + " gives the excellence `cap` of the grassroots organization.")
    ReviewRoundDetails round(CurrentUser user, @PathVariable long id) {
        return reviews.details(user, ReviewRoundId.of(id));
    }

    @GetMapping("/{id}/summary")
    @Operation(summary = "The round's summary: counts and shares per level, not rated, the excellence cap, warnings")
    RoundTally summary(CurrentUser user, @PathVariable long id) {
        return reviews.details(user, ReviewRoundId.of(id)).tally();
    }

    @GetMapping("/{id}/members/{memberReviewId}")
    @Operation(summary = "One member of the round with what the rules say of her year")
    MemberReview member(CurrentUser user, @PathVariable long id, @PathVariable("memberReviewId") long entryId) {
        return reviews.member(user, ReviewRoundId.of(id), entryId);
    }

    @PutMapping("/{id}/members/{memberReviewId}")
    @Operation(
            summary = "Record one member's facts, self-assessment and proposed level while the round is open",
            description = "A `proposedLevel` above what the rules allow her year is refused (400, naming the member"
                    + " and the rule, field `proposedLevel`) and nothing is written. `version` is the one read;"
                    + " a change made meanwhile is refused (field `version`). `suspendedFromCommittee` records a"
                    + " committee member suspended only from committee activities: she is still reviewed and rated"
                    + " (QĐ 124-QĐ/TW Điều 5), and it is refused (field `suspendedFromCommittee`) for a member"
                    + " suspended from Party activities.")
    MemberReview record(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable("memberReviewId") long entryId,
            @RequestBody RecordMemberReview r) {
        reviews.record(user, ReviewRoundId.of(id), entryId, r);
        return reviews.member(user, ReviewRoundId.of(id), entryId);
    }

    @PostMapping("/{id}/roster")
    @Operation(
            summary = "Redraw the open round's roster from the branch's list on the review's date",
            description = "Adds members who joined the branch for that date, removes those who left (with what was"
                    + " recorded of them), brings exemptions and suspensions up to date and keeps what was recorded"
                    + " of the others. Answers what changed; refused (field `status`) once the branch has proposed.")
    vn.chibo.reviews.RosterChanges redrawRoster(CurrentUser user, @PathVariable long id) {
        return reviews.redrawRoster(user, ReviewRoundId.of(id));
    }

    /** The level the level above approves. */
    record Approval(RatingLevel level, @Schema(description = "the member's version as read") Integer version) {}

    @PutMapping("/{id}/members/{memberReviewId}/approval")
    @Operation(summary = "Approve one member's level (the level above, while the round is proposed)")
    MemberReview approve(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable("memberReviewId") long entryId,
            @RequestBody Approval a) {
        reviews.approve(user, ReviewRoundId.of(id), entryId, a.level(), a.version());
        return reviews.member(user, ReviewRoundId.of(id), entryId);
    }

    @PostMapping("/{id}/propose")
    @Operation(
            summary = "Propose the branch's levels to the level above",
            description = "Every rated member needs a proposed level within the rules, and the excellence cap of the"
                    + " grassroots organization must hold (HD 21-HD/BTCTW: at most 20% of those rated Hoàn thành tốt"
                    + " nhiệm vụ, rounded down, unless an exception raised it).")
    ReviewRoundDetails propose(CurrentUser user, @PathVariable long id) {
        reviews.propose(user, ReviewRoundId.of(id));
        return reviews.details(user, ReviewRoundId.of(id));
    }

    @PostMapping("/{id}/approve-all")
    @Operation(summary = "Approve every proposed level not yet decided (the level above)")
    ReviewRoundDetails approveAll(CurrentUser user, @PathVariable long id) {
        reviews.approveAsProposed(user, ReviewRoundId.of(id));
        return reviews.details(user, ReviewRoundId.of(id));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return the proposal to the branch (the level above)")
    ReviewRoundDetails returnToBranch(CurrentUser user, @PathVariable long id) {
        reviews.returnToBranch(user, ReviewRoundId.of(id));
        return reviews.details(user, ReviewRoundId.of(id));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the round (the level above): every rated member approved, the cap holding")
    ReviewRoundDetails close(CurrentUser user, @PathVariable long id) {
        reviews.close(user, ReviewRoundId.of(id));
        return reviews.details(user, ReviewRoundId.of(id));
    }

    /** An exception to the excellence cap, with its decision; a null percentage removes it. */
    record Ceiling(Integer percent, String decision) {}

    @PutMapping("/{id}/ceiling")
    @Operation(summary = "Record the exception the competent level decided to the excellence cap (the level above)")
    ReviewRoundDetails ceiling(CurrentUser user, @PathVariable long id, @RequestBody Ceiling c) {
        if (c == null) {
            throw new InvalidInputException("percent", "validation.required");
        }
        reviews.raiseCeiling(user, ReviewRoundId.of(id), c.percent(), c.decision());
        return reviews.details(user, ReviewRoundId.of(id));
    }
}
