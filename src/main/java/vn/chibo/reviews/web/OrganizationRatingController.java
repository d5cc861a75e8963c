package vn.chibo.reviews.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.OnInvalidInput;
import vn.chibo.platform.Permission;
import vn.chibo.reviews.OpenOrganizationRating;
import vn.chibo.reviews.OrganizationRatingBoard;
import vn.chibo.reviews.OrganizationRatingId;
import vn.chibo.reviews.OrganizationRatingManagement;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordOrganizationRating;

/**
 * The pages of the organizations' quality rating: a committee's list of the organizations under it for a year with
 * their levels and summary (and its own rating), and one organization's self-assessment with the level above's
 * decision.
 */
@Controller
@RequestMapping("/reviews/organizations")
class OrganizationRatingController {

    private final OrganizationRatingManagement ratings;
    private final OrganizationManagement organizations;
    private final Clock clock;

    OrganizationRatingController(
            OrganizationRatingManagement ratings, OrganizationManagement organizations, Clock clock) {
        this.ratings = ratings;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String board(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) Integer year,
            Model model) {
        List<OrganizationSummary> choices = new java.util.ArrayList<>();
        collect(
                organizations.visibleTree(user, false),
                user.hasEverywhere(Permission.REVIEW_VIEW),
                user.organizationsWith(Permission.REVIEW_VIEW),
                choices);
        model.addAttribute("choices", choices);
        model.addAttribute("today", LocalDate.now(clock));
        OrganizationId shown = org != null
                ? OrganizationId.of(org)
                : choices.isEmpty() ? null : choices.get(0).id();
        // Without a year asked for, the board shows the newest year with data under the organization (within what the
        // user may see), else the year under review: not the calendar year, which is empty until its review begins.
        SortedSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(ratings.currentReviewYear());
        int shownYear = year != null ? year : ratings.currentReviewYear();
        if (shown != null) {
            OrganizationRatingBoard board = ratings.board(user, shown, year);
            model.addAttribute("board", board);
            years.addAll(ratings.yearsWithData(user, shown));
            shownYear = board.year();
        }
        model.addAttribute("year", shownYear);
        model.addAttribute("years", years);
        return "reviews/organizations";
    }

    /**
     * The organizations whose ratings the user may see (those under a grant of REVIEW_VIEW, Party cells aside), in tree
     * order, from the tree she sees: no permission query per organization.
     */
    private static void collect(
            List<OrganizationNode> nodes, boolean covered, Set<Long> granted, List<OrganizationSummary> into) {
        for (OrganizationNode node : nodes) {
            OrganizationSummary o = node.organization();
            boolean here = covered || granted.contains(o.id().value());
            if (here && o.type() != OrganizationType.CELL) {
                into.add(o);
            }
            collect(node.children(), here, granted, into);
        }
    }

    /** The summary alone, for htmx to refresh it in place. */
    @GetMapping("/summary")
    String summary(CurrentUser user, @RequestParam Long org, @RequestParam Integer year, Model model) {
        OrganizationRatingBoard board = ratings.board(user, OrganizationId.of(org), year);
        model.addAttribute("board", board);
        return "reviews/organizations :: summary";
    }

    /** The opening form. */
    record OpenForm(
            Long organizationId, Integer year, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDate) {}

    @OnInvalidInput(
            redirect = "/reviews/organizations",
            section = "own",
            query = {"org", "year"})
    @PostMapping
    String open(CurrentUser user, @ModelAttribute OpenForm form, BindingResult binding, RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        OrganizationRatingId id = ratings.open(
                user,
                new OpenOrganizationRating(
                        form.organizationId() == null ? null : OrganizationId.of(form.organizationId()),
                        form.year(),
                        form.reviewDate()));
        redirect.addFlashAttribute("notice", "reviews.org.notice.opened");
        return "redirect:/reviews/organizations/" + id;
    }

    @GetMapping("/{id}")
    String rating(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("rating", ratings.details(user, OrganizationRatingId.of(id)));
        model.addAttribute(
                "meetingYear",
                ratings.meetingYear(user, OrganizationRatingId.of(id)).orElse(null));
        model.addAttribute("levels", RatingLevel.values());
        return "reviews/organization";
    }

    /** The self-assessment as the form sends it; unticked boxes send nothing. */
    record RatingForm(
            Integer tasksOnTimePercent,
            Integer tasksExceededPercent,
            Integer targetsAchievedPercent,
            Integer shortcomingsRemediedPercent,
            Boolean organizationDisciplined,
            Boolean subordinateUnitDisciplined,
            Integer subordinateUnitsDisciplinedPercent,
            Boolean leadershipMemberDisciplined,
            Boolean disunity,
            Boolean subordinateCorruption,
            BigDecimal score,
            RatingLevel selfLevel,
            RatingLevel proposedLevel,
            String notes,
            Integer version) {

        RecordOrganizationRating command() {
            return new RecordOrganizationRating(
                    tasksOnTimePercent,
                    tasksExceededPercent,
                    targetsAchievedPercent,
                    shortcomingsRemediedPercent,
                    organizationDisciplined,
                    subordinateUnitDisciplined,
                    subordinateUnitsDisciplinedPercent,
                    leadershipMemberDisciplined,
                    disunity,
                    subordinateCorruption,
                    score,
                    selfLevel,
                    proposedLevel,
                    notes,
                    version);
        }
    }

    @OnInvalidInput(redirect = "/reviews/organizations/{id}", section = "record")
    @PostMapping("/{id}")
    String record(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute RatingForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        ratings.record(user, OrganizationRatingId.of(id), form.command());
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/reviews/organizations/" + id;
    }

    @OnInvalidInput(redirect = "/reviews/organizations/{id}", section = "actions")
    @PostMapping("/{id}/propose")
    String propose(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        ratings.propose(user, OrganizationRatingId.of(id));
        redirect.addFlashAttribute("notice", "reviews.org.notice.proposed");
        return "redirect:/reviews/organizations/" + id;
    }

    @OnInvalidInput(redirect = "/reviews/organizations/{id}", section = "decision")
    @PostMapping("/{id}/decision")
    String decide(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) RatingLevel level,
            @RequestParam(required = false) String decisionNote,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        ratings.decide(user, OrganizationRatingId.of(id), level, decisionNote, version);
        redirect.addFlashAttribute("notice", "reviews.org.notice.decided");
        return "redirect:/reviews/organizations/" + id;
    }

    @OnInvalidInput(redirect = "/reviews/organizations/{id}", section = "decision")
    @PostMapping("/{id}/return")
    String returnToOrganization(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String decisionNote,
            RedirectAttributes redirect) {
        ratings.returnToOrganization(user, OrganizationRatingId.of(id), decisionNote);
        redirect.addFlashAttribute("notice", "reviews.org.notice.returned");
        return "redirect:/reviews/organizations/" + id;
    }

    @OnInvalidInput(
            redirect = "/reviews/organizations",
            section = "ceiling",
            query = {"org", "year"})
    @PostMapping("/ceiling")
    String ceiling(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer capPercent,
            @RequestParam(required = false) String capDecision,
            RedirectAttributes redirect) {
        ratings.raiseCeiling(user, org == null ? null : OrganizationId.of(org), year, capPercent, capDecision);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/reviews/organizations?org=" + org + "&year=" + year + "#ceiling";
    }
}
