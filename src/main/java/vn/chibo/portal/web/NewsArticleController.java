package vn.chibo.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.platform.CurrentUser;
import vn.chibo.portal.ArticleSource;
import vn.chibo.portal.PortalManagement;

/**
 * Turns the news draft of a closed meeting or congress into a draft article of a portal the editor works on; from
 * there it goes through the editorial workflow like any other article, its facts checked against the record.
 */
@Controller
class NewsArticleController {

    private final RecordArticles records;
    private final PortalManagement portal;

    NewsArticleController(RecordArticles records, PortalManagement portal) {
        this.records = records;
        this.portal = portal;
    }

    @GetMapping("/portal/meetings/{meetingId}")
    String meeting(CurrentUser user, @PathVariable long meetingId, Model model) {
        model.addAttribute("heading", "news.toPortal");
        model.addAttribute("action", "/portal/meetings/" + meetingId);
        return preview(user, ArticleSource.Kind.MEETING, meetingId, model);
    }

    @PostMapping("/portal/meetings/{meetingId}")
    String fromMeeting(CurrentUser user, @PathVariable long meetingId, @RequestParam(required = false) Long site) {
        return "redirect:/portal/articles/"
                + records.create(user, ArticleSource.Kind.MEETING, meetingId, site)
                        .value();
    }

    @GetMapping("/portal/congresses/{congressId}")
    String congress(CurrentUser user, @PathVariable long congressId, Model model) {
        model.addAttribute("heading", "congress.news.toPortal");
        model.addAttribute("action", "/portal/congresses/" + congressId);
        return preview(user, ArticleSource.Kind.CONGRESS, congressId, model);
    }

    @PostMapping("/portal/congresses/{congressId}")
    String fromCongress(CurrentUser user, @PathVariable long congressId, @RequestParam(required = false) Long site) {
        return "redirect:/portal/articles/"
                + records.create(user, ArticleSource.Kind.CONGRESS, congressId, site)
                        .value();
    }

    private String preview(CurrentUser user, ArticleSource.Kind kind, long recordId, Model model) {
        model.addAttribute("draft", records.draft(user, kind, recordId));
        model.addAttribute("sites", portal.editableSites(user));
        return "portal/from-record";
    }
}
