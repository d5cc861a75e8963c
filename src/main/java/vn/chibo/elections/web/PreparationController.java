package vn.chibo.elections.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressPreparation;
import vn.chibo.elections.CongressPreparationDetails.PaperKind;
import vn.chibo.members.MemberId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.OnInvalidInput;

/** The preparation of a congress on its page: papers, candidates' files, comments on the higher drafts. */
@Controller
@RequestMapping("/congresses/{id}")
class PreparationController {

    private final CongressPreparation preparation;
    private final DocumentFiles files;

    PreparationController(CongressPreparation preparation, DocumentFiles files) {
        this.preparation = preparation;
        this.files = files;
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "preparation")
    @PostMapping("/papers")
    String paper(
            @PathVariable long id,
            @RequestParam(required = false) PaperKind kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) String content,
            RedirectAttributes redirect,
            CurrentUser user) {
        preparation.addPaper(
                user, CongressId.of(id), kind, title, author, memberId == null ? null : MemberId.of(memberId), content);
        return PageRedirects.toCongress(redirect, id, "preparation", "saved");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "preparation")
    @PostMapping("/draft-comments")
    String comment(
            @PathVariable long id,
            @RequestParam(required = false) String draft,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String commenter,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect,
            CurrentUser user) {
        preparation.addComment(user, CongressId.of(id), draft, section, commenter, comment);
        return PageRedirects.toCongress(redirect, id, "preparation", "saved");
    }

    @GetMapping("/draft-comments.xlsx")
    ResponseEntity<byte[]> commentsXlsx(@PathVariable long id, CurrentUser user) {
        return files.commentsXlsx(user, id);
    }

    @GetMapping("/draft-comments-report.{format}")
    ResponseEntity<byte[]> commentsReport(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.commentsReport(user, id, format);
    }
}
