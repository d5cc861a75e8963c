package vn.chibo.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meetings.MeetingNews;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;
import vn.chibo.portal.ArticleDetails;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.ArticleStatus;
import vn.chibo.portal.CheckIssue;
import vn.chibo.portal.ChecksFailedException;
import vn.chibo.portal.MediaId;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.Revision;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.SiteId;
import vn.chibo.portal.content.TextDiff;
import vn.chibo.portal.media.MediaLibrary;

/** The editors' pages: sites, article lists, the article form with its workflow, revisions and the media library. */
@Controller
class EditorController {

    private final PortalManagement portal;
    private final ArticleManagement articles;
    private final MediaLibrary media;
    private final MessageSource messages;
    private final MeetingNews news;

    private final SiteChoices siteChoices;

    EditorController(
            PortalManagement portal,
            ArticleManagement articles,
            MediaLibrary media,
            MessageSource messages,
            SiteChoices siteChoices,
            MeetingNews news) {
        this.siteChoices = siteChoices;
        this.news = news;
        this.portal = portal;
        this.articles = articles;
        this.media = media;
        this.messages = messages;
    }

    @GetMapping("/portal")
    String dashboard(Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("sites", portal.editableSites(user));
        model.addAttribute("awaiting", articles.awaitingDecision(user));
        model.addAttribute("canCreateSite", !siteChoices.withoutPortal(user).isEmpty());
        model.addAttribute("meetingNews", news.releasedTo(user));
        return "portal/dashboard";
    }

    @GetMapping("/portal/sites/{id}")
    String site(
            @PathVariable long id, @RequestParam(name = "status", required = false) ArticleStatus status, Model model) {
        CurrentUser user = CurrentUsers.require();
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        model.addAttribute("site", site);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("articles", articles.list(user, site.id(), status));
        model.addAttribute("canPublish", canPublish(user, site.id()));
        return "portal/articles";
    }

    @GetMapping("/portal/sites/{id}/articles/new")
    String newArticle(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        ArticleForm form = new ArticleForm();
        form.setByline(user.fullName());
        return form(model, user, site, null, form);
    }

    @PostMapping("/portal/sites/{id}/articles")
    String create(
            @PathVariable long id,
            @ModelAttribute("form") ArticleForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        try {
            ArticleId article = articles.create(user, form.toDraft(site.id()));
            redirect.addFlashAttribute("notice", "portal.notice.saved");
            return "redirect:/portal/articles/" + article;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fieldErrors", Map.of(e.field(), message(e)));
            return form(model, user, site, null, form);
        }
    }

    @GetMapping("/portal/articles/{id}")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ArticleDetails article = articles.details(user, ArticleId.of(id));
        SiteDetails site = portal.require(user, article.siteId(), Permission.PORTAL_EDIT);
        return form(model, user, site, article, ArticleForm.of(article));
    }

    @PostMapping("/portal/articles/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ArticleForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        ArticleDetails article = articles.details(user, ArticleId.of(id));
        SiteDetails site = portal.require(user, article.siteId(), Permission.PORTAL_EDIT);
        try {
            articles.update(user, article.id(), form.toDraft(site.id()), form.getVersion());
            redirect.addFlashAttribute("notice", "portal.notice.saved");
            return "redirect:/portal/articles/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fieldErrors", Map.of(e.field(), message(e)));
            return form(model, user, site, article, form);
        }
    }

    @PostMapping("/portal/articles/{id}/submit")
    String submit(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        Map<CheckIssue.Code, String> overrides = new EnumMap<>(CheckIssue.Code.class);
        for (CheckIssue.Code code : CheckIssue.Code.values()) {
            String reason = params.get("override_" + code.name());
            if (reason != null && !reason.isBlank()) {
                overrides.put(code, reason);
            }
        }
        try {
            articles.submit(user, ArticleId.of(id), overrides);
        } catch (ChecksFailedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("failedChecks", e.issues());
            return edit(id, model);
        }
        redirect.addFlashAttribute("notice", "portal.notice.submitted");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(name = "publishAt", required = false) String publishAt,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        java.time.Instant at = null;
        if (publishAt != null && !publishAt.isBlank()) {
            try {
                at = LocalDateTime.parse(publishAt)
                        .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException("publishAt", "portal.article.publishAt.invalid");
            }
        }
        articles.approve(user, ArticleId.of(id), at);
        redirect.addFlashAttribute("notice", at == null ? "portal.notice.published" : "portal.notice.scheduled");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/return")
    String returnToEditor(
            @PathVariable long id,
            @RequestParam(name = "comment", defaultValue = "") String comment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        try {
            articles.returnToEditor(user, ArticleId.of(id), comment);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fieldErrors", Map.of(e.field(), message(e)));
            return edit(id, model);
        }
        redirect.addFlashAttribute("notice", "portal.notice.returned");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/unpublish")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        articles.unpublish(CurrentUsers.require(), ArticleId.of(id));
        redirect.addFlashAttribute("notice", "portal.notice.unpublished");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        articles.archive(CurrentUsers.require(), ArticleId.of(id));
        redirect.addFlashAttribute("notice", "portal.notice.archived");
        return "redirect:/portal/articles/" + id;
    }

    @GetMapping("/portal/articles/{id}/revisions")
    String revisions(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ArticleDetails article = articles.details(user, ArticleId.of(id));
        model.addAttribute("article", article);
        model.addAttribute("revisions", articles.revisions(user, article.id()));
        return "portal/revisions";
    }

    @GetMapping("/portal/articles/{id}/revisions/{number}")
    String compare(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(name = "with", required = false) Integer with,
            Model model) {
        CurrentUser user = CurrentUsers.require();
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
    String restore(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        articles.restore(CurrentUsers.require(), ArticleId.of(id), number);
        redirect.addFlashAttribute("notice", "portal.notice.restored");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = CurrentUsers.require();
        ArticleDetails article = articles.details(user, ArticleId.of(id));
        SiteDetails site = portal.require(user, article.siteId(), Permission.PORTAL_EDIT);
        try {
            // Who may not change this article's files is told so before anything about the file.
            media.requireChangeable(user, article.id());
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "portal.media.empty");
            }
            media.checkSize(file.getSize());
            media.attachNew(user, article.id(), file.getOriginalFilename(), file.getBytes());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fieldErrors", Map.of(e.field(), message(e)));
            return form(model, user, site, article, ArticleForm.of(article));
        }
        redirect.addFlashAttribute("notice", "portal.notice.attached");
        return "redirect:/portal/articles/" + id + "#attachments";
    }

    @PostMapping("/portal/articles/{id}/attachments/{media}/remove")
    String detach(@PathVariable long id, @PathVariable("media") long mediaId, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        media.detach(user, ArticleId.of(id), MediaId.of(mediaId));
        redirect.addFlashAttribute("notice", "portal.notice.detached");
        return "redirect:/portal/articles/" + id + "#attachments";
    }

    @GetMapping("/portal/sites/{id}/media")
    String media(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        model.addAttribute("site", site);
        model.addAttribute("items", media.list(user, site.id()));
        return "portal/media";
    }

    @PostMapping("/portal/sites/{id}/media")
    String upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "alt", defaultValue = "") String alt,
            @RequestParam(name = "caption", defaultValue = "") String caption,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = CurrentUsers.require();
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        try {
            if (file != null) {
                media.checkSize(file.getSize());
            }
            media.upload(
                    user,
                    site.id(),
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(),
                    alt,
                    caption);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fieldErrors", Map.of(e.field(), message(e)));
            return media(id, model);
        }
        redirect.addFlashAttribute("notice", "portal.notice.uploaded");
        return "redirect:/portal/sites/" + id + "/media";
    }

    private String form(Model model, CurrentUser user, SiteDetails site, ArticleDetails article, ArticleForm form) {
        model.addAttribute("site", site);
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("categories", portal.categories(site.id()));
        model.addAttribute(
                "library",
                media.list(user, site.id()).stream()
                        .filter(MediaLibrary.MediaItem::image)
                        .toList());
        model.addAttribute("canPublish", canPublish(user, site.id()));
        if (article != null) {
            model.addAttribute("attachments", media.attachments(article.id()));
            model.addAttribute("checks", articles.check(user, article.id()));
            model.addAttribute("codes", CheckIssue.Code.values());
            boolean editable = article.status().editPermission() != null
                    && (article.status().editPermission() == Permission.PORTAL_EDIT || canPublish(user, site.id()));
            model.addAttribute("editable", editable);
            model.addAttribute(
                    "actions",
                    java.util.Arrays.stream(ArticleStatus.Action.values())
                            .filter(a -> a.allowedFrom(article.status()))
                            .filter(a -> a.permission() == Permission.PORTAL_EDIT || canPublish(user, site.id()))
                            .map(Enum::name)
                            .toList());
        } else {
            model.addAttribute("editable", true);
            model.addAttribute("actions", List.of());
        }
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "portal/edit";
    }

    private boolean canPublish(CurrentUser user, SiteId site) {
        return portal.allows(user, site, Permission.PORTAL_PUBLISH);
    }

    private String message(InvalidInputException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
    }
}
