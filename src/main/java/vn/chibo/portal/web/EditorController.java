package vn.chibo.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.CongressNews;
import vn.chibo.meetings.MeetingNews;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.ArticleStatus;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.SiteId;
import vn.chibo.portal.media.MediaLibrary;

/** The editors' home: their sites, a site's list of articles, and its media library. */
@Controller
class EditorController {

    private final PortalManagement portal;
    private final ArticleManagement articles;
    private final MediaLibrary media;
    private final InputMessages messages;
    private final MeetingNews news;
    private final SiteChoices siteChoices;
    private final CongressNews congressNews;

    EditorController(
            PortalManagement portal,
            ArticleManagement articles,
            MediaLibrary media,
            InputMessages messages,
            SiteChoices siteChoices,
            MeetingNews news,
            CongressNews congressNews) {
        this.portal = portal;
        this.articles = articles;
        this.media = media;
        this.messages = messages;
        this.siteChoices = siteChoices;
        this.news = news;
        this.congressNews = congressNews;
    }

    @GetMapping("/portal")
    String dashboard(CurrentUser user, Model model) {
        model.addAttribute("sites", portal.editableSites(user));
        model.addAttribute("awaiting", articles.awaitingDecision(user));
        model.addAttribute("canCreateSite", !siteChoices.withoutPortal(user).isEmpty());
        model.addAttribute("meetingNews", news.releasedTo(user));
        model.addAttribute("congressNews", congressNews.releasedTo(user));
        return "portal/dashboard";
    }

    @GetMapping("/portal/sites/{id}")
    String site(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "status", required = false) ArticleStatus status,
            Model model) {
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        model.addAttribute("site", site);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("articles", articles.list(user, site.id(), status));
        model.addAttribute("canPublish", portal.allows(user, site.id(), Permission.PORTAL_PUBLISH));
        return "portal/articles";
    }

    @GetMapping("/portal/sites/{id}/media")
    String media(CurrentUser user, @PathVariable long id, Model model) {
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        model.addAttribute("site", site);
        model.addAttribute("items", media.list(user, site.id()));
        return "portal/media";
    }

    /** Cleans what was uploaded before uploads were cleaned; the counts on the library's page. */
    @PostMapping("/portal/sites/{id}/media/clean")
    String cleanLibrary(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        redirect.addFlashAttribute("cleaned", media.cleanEarlierUploads(user, site.id()));
        return "redirect:/portal/sites/" + id + "/media";
    }

    @PostMapping("/portal/sites/{id}/media")
    String upload(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "alt", defaultValue = "") String alt,
            @RequestParam(name = "caption", defaultValue = "") String caption,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        MediaLibrary.Uploaded uploaded;
        try {
            if (file != null) {
                media.checkSize(file.getSize());
            }
            uploaded = media.upload(
                    user,
                    site.id(),
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(),
                    alt,
                    caption);
        } catch (InvalidInputException e) {
            // Stays here: the media page answers at once with 400 and the field's error, which a redirect would not.
            messages.showAgain(model, response, e);
            return media(user, id, model);
        }
        redirect.addFlashAttribute(
                "notice",
                uploaded.alreadyThere()
                        ? "portal.notice.alreadyInLibrary"
                        : uploaded.authorsRemoved()
                                ? "portal.notice.uploadedDocumentCleaned"
                                : uploaded.identifyingRemoved()
                                        ? (uploaded.describedFromPhoto()
                                                ? "portal.notice.uploadedCleanedDescribed"
                                                : "portal.notice.uploadedCleaned")
                                        : uploaded.describedFromPhoto()
                                                ? "portal.notice.uploadedDescribed"
                                                : "portal.notice.uploaded");
        return "redirect:/portal/sites/" + id + "/media";
    }
}
