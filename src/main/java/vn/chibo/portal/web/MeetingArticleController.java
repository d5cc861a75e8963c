package vn.chibo.portal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingNews;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.portal.ArticleDraft;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.SiteId;

/**
 * Turns the news draft of a closed meeting into a draft article of a portal the editor works on; from there it goes
 * through the editorial workflow like any other article.
 */
@Controller
class MeetingArticleController {

    private final MeetingNews news;
    private final PortalManagement portal;
    private final ArticleManagement articles;

    MeetingArticleController(MeetingNews news, PortalManagement portal, ArticleManagement articles) {
        this.news = news;
        this.portal = portal;
        this.articles = articles;
    }

    @GetMapping("/portal/meetings/{meetingId}")
    String preview(CurrentUser user, @PathVariable long meetingId, Model model) {
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("draft", news.draft(user, MeetingId.of(meetingId)));
        model.addAttribute("sites", portal.editableSites(user));
        return "portal/from-meeting";
    }

    @PostMapping("/portal/meetings/{meetingId}")
    String create(CurrentUser user, @PathVariable long meetingId, @RequestParam(required = false) Long site) {
        // Who edits no site, or may not read the meeting's news, learns nothing from the form: refused first.
        List<SiteDetails> sites = portal.editableSites(user);
        if (sites.isEmpty()) {
            throw new ForbiddenException("Not an editor of any site");
        }
        MeetingNews.Draft draft = news.draft(user, MeetingId.of(meetingId));
        if (site == null) {
            throw new InvalidInputException("site", "portal.article.site.required");
        }
        if (sites.stream().noneMatch(s -> s.id().value() == site)) {
            throw new ForbiddenException("Not an editor of site " + site);
        }
        StringBuilder body = new StringBuilder();
        draft.body().forEach(p -> body.append("<p>")
                .append(HtmlUtils.htmlEscape(p, "UTF-8"))
                .append("</p>"));
        ArticleId id = articles.create(
                user,
                new ArticleDraft(
                        SiteId.of(site),
                        draft.title(),
                        null,
                        draft.lead(),
                        body.toString(),
                        user.fullName(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        false));
        return "redirect:/portal/articles/" + id.value();
    }
}
