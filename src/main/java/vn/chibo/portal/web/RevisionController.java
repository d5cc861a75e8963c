package vn.chibo.portal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.platform.CurrentUser;
import vn.chibo.portal.ArticleDetails;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.Revision;
import vn.chibo.portal.content.TextDiff;

/** An article's revisions: the list, two of them side by side, and bringing an earlier one back. */
@Controller
class RevisionController {

    private final ArticleManagement articles;

    RevisionController(ArticleManagement articles) {
        this.articles = articles;
    }

    @GetMapping("/portal/articles/{id}/revisions")
    String revisions(CurrentUser user, @PathVariable long id, Model model) {
        ArticleDetails article = articles.details(user, ArticleId.of(id));
        model.addAttribute("article", article);
        model.addAttribute("revisions", articles.revisions(user, article.id()));
        return "portal/revisions";
    }

    @GetMapping("/portal/articles/{id}/revisions/{number}")
    String compare(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(name = "with", required = false) Integer with,
            Model model) {
        ArticleDetails article = articles.details(user, ArticleId.of(id));
        List<Revision> all = articles.revisions(user, article.id());
        Revision left = articles.revision(user, article.id(), number);
        Revision right = with == null ? all.get(0) : articles.revision(user, article.id(), with);
        model.addAttribute("article", article);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("titleDiff", TextDiff.lines(left.title(), right.title()));
        model.addAttribute("leadDiff", TextDiff.lines(left.lead(), right.lead()));
        model.addAttribute("bodyDiff", TextDiff.blocks(left.body(), right.body()));
        return "portal/compare";
    }

    @PostMapping("/portal/articles/{id}/revisions/{number}/restore")
    String restore(CurrentUser user, @PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        articles.restore(user, ArticleId.of(id), number);
        redirect.addFlashAttribute("notice", "portal.notice.restored");
        return "redirect:/portal/articles/" + id;
    }
}
