package vn.chibo.portal.web;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressNews;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingNews;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NewsDraft;
import vn.chibo.portal.ArticleDraft;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.SiteId;

/**
 * Turns the news draft of a closed meeting or congress into a draft article of a portal the editor works on; from
 * there it goes through the editorial workflow like any other article.
 */
@Controller
class NewsArticleController {

    private final MeetingNews meetingNews;
    private final CongressNews congressNews;
    private final PortalManagement portal;
    private final ArticleManagement articles;

    NewsArticleController(
            MeetingNews meetingNews, CongressNews congressNews, PortalManagement portal, ArticleManagement articles) {
        this.meetingNews = meetingNews;
        this.congressNews = congressNews;
        this.portal = portal;
        this.articles = articles;
    }

    @GetMapping("/portal/meetings/{meetingId}")
    String meeting(CurrentUser user, @PathVariable long meetingId, Model model) {
        model.addAttribute("heading", "news.toPortal");
        model.addAttribute("action", "/portal/meetings/" + meetingId);
        return preview(user, meetingNews.draft(user, MeetingId.of(meetingId)), model);
    }

    @PostMapping("/portal/meetings/{meetingId}")
    String fromMeeting(CurrentUser user, @PathVariable long meetingId, @RequestParam(required = false) Long site) {
        return create(user, () -> meetingNews.draft(user, MeetingId.of(meetingId)), site);
    }

    @GetMapping("/portal/congresses/{congressId}")
    String congress(CurrentUser user, @PathVariable long congressId, Model model) {
        model.addAttribute("heading", "congress.news.toPortal");
        model.addAttribute("action", "/portal/congresses/" + congressId);
        return preview(user, congressNews.draft(user, CongressId.of(congressId)), model);
    }

    @PostMapping("/portal/congresses/{congressId}")
    String fromCongress(CurrentUser user, @PathVariable long congressId, @RequestParam(required = false) Long site) {
        return create(user, () -> congressNews.draft(user, CongressId.of(congressId)), site);
    }

    private String preview(CurrentUser user, NewsDraft draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("sites", portal.editableSites(user));
        return "portal/from-record";
    }

    private String create(CurrentUser user, Supplier<NewsDraft> source, Long site) {
        // Who edits no site, or may not read the record's news, learns nothing from the form: refused first.
        List<SiteDetails> sites = portal.editableSites(user);
        if (sites.isEmpty()) {
            throw new ForbiddenException("Not an editor of any site");
        }
        NewsDraft draft = source.get();
        if (site == null) {
            throw new InvalidInputException("site", "portal.article.site.required");
        }
        if (sites.stream().noneMatch(s -> s.id().value() == site)) {
            throw new ForbiddenException("Not an editor of site " + site);
        }
        ArticleId id = articles.create(
                user,
                new ArticleDraft(
                        SiteId.of(site),
                        draft.title(),
                        null,
                        draft.lead(),
                        draft.bodyHtml(),
                        user.fullName(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        false));
        return "redirect:/portal/articles/" + id.value();
    }
}
