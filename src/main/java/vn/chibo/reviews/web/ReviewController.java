package vn.chibo.reviews.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.OnInvalidInput;
import vn.chibo.reviews.MemberReview;
import vn.chibo.reviews.OpenReviewRound;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordMemberReview;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundDetails;
import vn.chibo.reviews.ReviewRoundId;

/** The pages of the annual review: the rounds, one round with its members and summary, and one member's review. */
@Controller
@RequestMapping("/reviews")
class ReviewController {

    private final ReviewManagement reviews;
    private final vn.chibo.reviews.SelfReviews selfReviews;
    private final Clock clock;

    ReviewController(ReviewManagement reviews, vn.chibo.reviews.SelfReviews selfReviews, Clock clock) {
        this.reviews = reviews;
        this.selfReviews = selfReviews;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) Long org, Model model) {
        model.addAttribute("rounds", reviews.list(user, org == null ? null : OrganizationId.of(org)));
        model.addAttribute("branches", reviews.openableBranches(user));
        // The year under review, not the calendar year: in January the review still to finish is last year's.
        model.addAttribute("suggestedYear", reviews.currentReviewYear());
        model.addAttribute("today", LocalDate.now(clock));
        return "reviews/list";
    }

    /** The opening form. */
    record OpenForm(
            Long organizationId, Integer year, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDate) {}

    @OnInvalidInput(redirect = "/reviews", section = "open")
    @PostMapping
    String open(CurrentUser user, @ModelAttribute OpenForm form, BindingResult binding, RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        ReviewRoundId id = reviews.open(
                user,
                new OpenReviewRound(
                        form.organizationId() == null ? null : OrganizationId.of(form.organizationId()),
                        form.year(),
                        form.reviewDate()));
        redirect.addFlashAttribute("notice", "reviews.notice.opened");
        return "redirect:/reviews/" + id;
    }

    @GetMapping("/{id}")
    String round(CurrentUser user, @PathVariable long id, Model model) {
        ReviewRoundDetails round = reviews.details(user, ReviewRoundId.of(id));
        model.addAttribute("round", round);
        model.addAttribute(
                "selfCount",
                selfReviews.count(
                        user, round.id().value(), round.organizationId().value()));
        model.addAttribute(
                "rosterChanges",
                round.manageable() ? reviews.rosterChanges(user, round.id()) : vn.chibo.reviews.RosterChanges.NONE);
        return "reviews/round";
    }

    @OnInvalidInput(redirect = "/reviews/{id}", section = "roster")
    @PostMapping("/{id}/roster")
    String redrawRoster(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        reviews.redrawRoster(user, ReviewRoundId.of(id));
        redirect.addFlashAttribute("notice", "reviews.notice.redrawn");
        return "redirect:/reviews/" + id;
    }

    /** The summary alone, for htmx to refresh it in place. */
    @GetMapping("/{id}/summary")
    String summary(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("round", reviews.details(user, ReviewRoundId.of(id)));
        return "reviews/round :: summary";
    }

    @GetMapping("/{id}/members/{memberReviewId}")
    String member(CurrentUser user, @PathVariable long id, @PathVariable("memberReviewId") long entryId, Model model) {
        ReviewRoundDetails round = reviews.details(user, ReviewRoundId.of(id));
        MemberReview member = reviews.member(user, ReviewRoundId.of(id), entryId);
        model.addAttribute("round", round);
        model.addAttribute("member", member);
        model.addAttribute("levels", RatingLevel.values());
        model.addAttribute("selfReview", selfReviews.of(user, id, entryId).orElse(null));
        return "reviews/member";
    }

    /** One member's facts and levels as the form sends them; unticked boxes send nothing. */
    record MemberForm(
            Integer sickLeaveMonths,
            Boolean maternityLeave,
            Boolean degradationFinding,
            Integer targetsAchievedPercent,
            Boolean civilServiceNotCompleted,
            Boolean forbiddenConduct,
            Boolean exampleDutyBreached,
            Boolean criterionRatedPoor,
            BigDecimal score,
            Boolean tasksAllOnTime,
            Integer tasksExceededPercent,
            Boolean shortcomingsRemedied,
            RatingLevel selfLevel,
            RatingLevel proposedLevel,
            String notes,
            Integer version,
            Boolean suspendedFromCommittee) {

        RecordMemberReview command() {
            return new RecordMemberReview(
                    sickLeaveMonths,
                    Boolean.TRUE.equals(maternityLeave),
                    Boolean.TRUE.equals(degradationFinding),
                    targetsAchievedPercent,
                    Boolean.TRUE.equals(civilServiceNotCompleted),
                    Boolean.TRUE.equals(forbiddenConduct),
                    Boolean.TRUE.equals(exampleDutyBreached),
                    Boolean.TRUE.equals(criterionRatedPoor),
                    score,
                    tasksAllOnTime,
                    tasksExceededPercent,
                    shortcomingsRemedied,
                    selfLevel,
                    proposedLevel,
                    notes,
                    version,
                    Boolean.TRUE.equals(suspendedFromCommittee));
        }
    }

    @OnInvalidInput(redirect = "/reviews/{id}/members/{memberReviewId}", section = "record")
    @PostMapping("/{id}/members/{memberReviewId}")
    String record(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable("memberReviewId") long entryId,
            @ModelAttribute MemberForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        reviews.record(user, ReviewRoundId.of(id), entryId, form.command());
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/reviews/" + id + "#m-" + entryId;
    }

    @OnInvalidInput(redirect = "/reviews/{id}/members/{memberReviewId}", section = "approval")
    @PostMapping("/{id}/members/{memberReviewId}/approval")
    String approve(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable("memberReviewId") long entryId,
            @RequestParam(required = false) RatingLevel level,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        reviews.approve(user, ReviewRoundId.of(id), entryId, level, version);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/reviews/" + id + "#m-" + entryId;
    }

    @OnInvalidInput(redirect = "/reviews/{id}", section = "actions")
    @PostMapping("/{id}/propose")
    String propose(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        reviews.propose(user, ReviewRoundId.of(id));
        redirect.addFlashAttribute("notice", "reviews.notice.proposed");
        return "redirect:/reviews/" + id;
    }

    @OnInvalidInput(redirect = "/reviews/{id}", section = "actions")
    @PostMapping("/{id}/approve-all")
    String approveAll(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        reviews.approveAsProposed(user, ReviewRoundId.of(id));
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/reviews/" + id;
    }

    @OnInvalidInput(redirect = "/reviews/{id}", section = "actions")
    @PostMapping("/{id}/return")
    String returnToBranch(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        reviews.returnToBranch(user, ReviewRoundId.of(id));
        redirect.addFlashAttribute("notice", "reviews.notice.returned");
        return "redirect:/reviews/" + id;
    }

    @OnInvalidInput(redirect = "/reviews/{id}", section = "actions")
    @PostMapping("/{id}/close")
    String close(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        reviews.close(user, ReviewRoundId.of(id));
        redirect.addFlashAttribute("notice", "reviews.notice.closed");
        return "redirect:/reviews/" + id;
    }

    @OnInvalidInput(redirect = "/reviews/{id}", section = "ceiling")
    @PostMapping("/{id}/ceiling")
    String ceiling(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Integer capPercent,
            @RequestParam(required = false) String capDecision,
            RedirectAttributes redirect) {
        reviews.raiseCeiling(user, ReviewRoundId.of(id), capPercent, capDecision);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/reviews/" + id + "#ceiling";
    }
}
