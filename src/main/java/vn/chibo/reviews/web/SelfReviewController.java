package vn.chibo.reviews.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.SelfReviewReminders;
import vn.chibo.reviews.SelfReviews;

/**
 * The signed-in member's own self-review (bản tự kiểm điểm) for her branch's review of the year: the page and the API.
 * Every signed-in account may open it; it shows only the rounds of the member record linked to the account.
 */
@Controller
@Tag(name = "Reviews")
class SelfReviewController {

    private final SelfReviews selfReviews;
    private final SelfReviewReminders reminders;

    SelfReviewController(SelfReviews selfReviews, SelfReviewReminders reminders) {
        this.selfReviews = selfReviews;
        this.reminders = reminders;
    }

    @GetMapping("/reviews/mine")
    String page(CurrentUser user, Model model) {
        model.addAttribute("rounds", selfReviews.mine(user));
        model.addAttribute("levels", RatingLevel.values());
        return "reviews/mine";
    }

    @OnInvalidInput(redirect = "/reviews/mine", section = "self")
    @PostMapping("/reviews/mine/{id}")
    String submit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String strengths,
            @RequestParam(required = false) String shortcomings,
            @RequestParam(required = false) String remedies,
            @RequestParam(required = false) String level,
            RedirectAttributes redirect) {
        selfReviews.submit(user, id, new SelfReviews.Submit(strengths, shortcomings, remedies, level(level)));
        redirect.addFlashAttribute("notice", "reviews.self.notice.sent");
        return "redirect:/reviews/mine#round-" + id;
    }

    @OnInvalidInput(redirect = "/reviews/{id}", section = "self-reviews")
    @PostMapping("/reviews/{id}/self-reviews/remind")
    String remind(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reminded", reminders.remind(user, id));
        return "redirect:/reviews/" + id + "#self-reviews";
    }

    @PostMapping("/api/v1/reviews/{id}/self-reviews/remind")
    @ResponseBody
    @Operation(
            summary = "E-mails a reminder to every member of the open round who has not sent her self-review yet (to"
                    + " the address of her linked account); returns how many were written to and not reached")
    SelfReviewReminders.Reminded remindApi(CurrentUser user, @PathVariable long id) {
        return reminders.remind(user, id);
    }

    @GetMapping("/api/v1/reviews/mine")
    @ResponseBody
    @Operation(summary = "The signed-in member's review rounds, with the self-review she has sent to each")
    List<SelfReviews.Own> mine(CurrentUser user) {
        return selfReviews.mine(user);
    }

    @PutMapping("/api/v1/reviews/mine/{id}")
    @ResponseBody
    @Operation(
            summary = "The signed-in member sends her self-review (strengths, shortcomings, remedies, level) to her"
                    + " branch's open review round")
    SelfReviews.Own put(CurrentUser user, @PathVariable long id, @RequestBody SelfReviews.Submit body) {
        return selfReviews.submit(user, id, body);
    }

    @GetMapping({"/reviews/mine/{id}/self-review.{format}", "/api/v1/reviews/mine/{id}/self-review.{format}"})
    @Operation(summary = "The signed-in member's self-review as a paper to print and sign (DOCX or PDF)")
    org.springframework.http.ResponseEntity<byte[]> ownPaper(
            CurrentUser user, @PathVariable long id, @PathVariable String format) {
        SelfReviews.Format f = format(format);
        return file("ban-tu-kiem-diem-" + id, f, selfReviews.ownDocument(user, id, f));
    }

    @GetMapping({
        "/reviews/{id}/members/{memberReviewId}/self-review.{format}",
        "/api/v1/reviews/{id}/members/{memberReviewId}/self-review.{format}"
    })
    @Operation(summary = "A member's self-review as a paper (DOCX or PDF), for those who see the review round")
    org.springframework.http.ResponseEntity<byte[]> memberPaper(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable("memberReviewId") long entryId,
            @PathVariable String format) {
        SelfReviews.Format f = format(format);
        return file("ban-tu-kiem-diem-" + id + "-" + entryId, f, selfReviews.document(user, id, entryId, f));
    }

    private static SelfReviews.Format format(String format) {
        return switch (format == null ? "" : format.toLowerCase(java.util.Locale.ROOT)) {
            case "docx" -> SelfReviews.Format.DOCX;
            case "pdf" -> SelfReviews.Format.PDF;
            default -> throw new InvalidInputException("format", "validation.invalidValue", format);
        };
    }

    private static org.springframework.http.ResponseEntity<byte[]> file(
            String name, SelfReviews.Format format, byte[] content) {
        org.springframework.http.MediaType type = format == SelfReviews.Format.PDF
                ? org.springframework.http.MediaType.APPLICATION_PDF
                : org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return org.springframework.http.ResponseEntity.ok()
                .contentType(type)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name + (format == SelfReviews.Format.PDF ? ".pdf" : ".docx"))
                                .build()
                                .toString())
                .body(content);
    }

    private static RatingLevel level(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return RatingLevel.valueOf(typed.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("level", "validation.invalidValue", typed.strip());
        }
    }
}
