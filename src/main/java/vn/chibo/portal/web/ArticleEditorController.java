package vn.chibo.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;
import vn.chibo.portal.ArticleDetails;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleManagement;
import vn.chibo.portal.ArticleStatus;
import vn.chibo.portal.ArticleWorkflow;
import vn.chibo.portal.CheckIssue;
import vn.chibo.portal.ChecksFailedException;
import vn.chibo.portal.MediaId;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.SiteId;
import vn.chibo.portal.media.MediaLibrary;

/** The article page of the editors: the form, the moves of the workflow, and the article's attached files. */
@Controller
class ArticleEditorController {

    private final PortalManagement portal;
    private final ArticleManagement articles;
    private final ArticleWorkflow workflow;
    private final MediaLibrary media;
    private final InputMessages messages;

    ArticleEditorController(
            PortalManagement portal,
            ArticleManagement articles,
            ArticleWorkflow workflow,
            MediaLibrary media,
            InputMessages messages) {
        this.portal = portal;
        this.articles = articles;
        this.workflow = workflow;
        this.media = media;
        this.messages = messages;
    }

    @GetMapping("/portal/sites/{id}/articles/new")
    String newArticle(CurrentUser user, @PathVariable long id, Model model) {
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        ArticleForm form = new ArticleForm();
        form.setByline(user.fullName());
        return form(model, user, site, null, form);
    }

    @PostMapping("/portal/sites/{id}/articles")
    String create(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") ArticleForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_EDIT);
        return save(
                () -> articles.create(user, form.toDraft(site.id())),
                () -> form(model, user, site, null, form),
                model,
                response,
                redirect);
    }

    @GetMapping("/portal/articles/{id}")
    String edit(CurrentUser user, @PathVariable long id, Model model) {
        ArticleDetails article = articles.details(user, ArticleId.of(id));
        SiteDetails site = portal.require(user, article.siteId(), Permission.PORTAL_EDIT);
        return form(model, user, site, article, ArticleForm.of(article));
    }

    @PostMapping("/portal/articles/{id}")
    String update(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") ArticleForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ArticleDetails article = articles.details(user, ArticleId.of(id));
        SiteDetails site = portal.require(user, article.siteId(), Permission.PORTAL_EDIT);
        return save(
                () -> {
                    articles.update(user, article.id(), form.toDraft(site.id()), form.getVersion());
                    return article.id();
                },
                () -> form(model, user, site, article, form),
                model,
                response,
                redirect);
    }

    @PostMapping("/portal/articles/{id}/submit")
    String submit(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<CheckIssue.Code, String> overrides = new EnumMap<>(CheckIssue.Code.class);
        for (CheckIssue.Code code : CheckIssue.Code.values()) {
            String reason = params.get("override_" + code.name());
            if (reason != null && !reason.isBlank()) {
                overrides.put(code, reason);
            }
        }
        try {
            workflow.submit(user, ArticleId.of(id), overrides);
        } catch (ChecksFailedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("failedChecks", e.issues());
            return edit(user, id, model);
        }
        redirect.addFlashAttribute("notice", "portal.notice.submitted");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/approve")
    String approve(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "publishAt", required = false) String publishAt,
            RedirectAttributes redirect) {
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
        workflow.approve(user, ArticleId.of(id), at);
        redirect.addFlashAttribute("notice", at == null ? "portal.notice.published" : "portal.notice.scheduled");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/return")
    String returnToEditor(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "comment", defaultValue = "") String comment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            workflow.returnToEditor(user, ArticleId.of(id), comment);
        } catch (InvalidInputException e) {
            messages.showAgain(model, response, e);
            return edit(user, id, model);
        }
        redirect.addFlashAttribute("notice", "portal.notice.returned");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/unpublish")
    String unpublish(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        workflow.unpublish(user, ArticleId.of(id));
        redirect.addFlashAttribute("notice", "portal.notice.unpublished");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/archive")
    String archive(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        workflow.archive(user, ArticleId.of(id));
        redirect.addFlashAttribute("notice", "portal.notice.archived");
        return "redirect:/portal/articles/" + id;
    }

    @PostMapping("/portal/articles/{id}/attachments")
    String attach(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
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
            messages.showAgain(model, response, e);
            return form(model, user, site, article, ArticleForm.of(article));
        }
        redirect.addFlashAttribute("notice", "portal.notice.attached");
        return "redirect:/portal/articles/" + id + "#attachments";
    }

    @PostMapping("/portal/articles/{id}/attachments/{media}/remove")
    String detach(
            CurrentUser user, @PathVariable long id, @PathVariable("media") long mediaId, RedirectAttributes redirect) {
        media.detach(user, ArticleId.of(id), MediaId.of(mediaId));
        redirect.addFlashAttribute("notice", "portal.notice.detached");
        return "redirect:/portal/articles/" + id + "#attachments";
    }

    /** Saves the article form and goes to the article, or, when the input is refused, shows the form again. */
    private String save(
            Supplier<ArticleId> save,
            Supplier<String> formAgain,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            ArticleId article = save.get();
            redirect.addFlashAttribute("notice", "portal.notice.saved");
            return "redirect:/portal/articles/" + article;
        } catch (InvalidInputException e) {
            messages.showAgain(model, response, e);
            return formAgain.get();
        }
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
            model.addAttribute("checks", workflow.check(user, article.id()));
            model.addAttribute("source", articles.source(user, article.id()).orElse(null));
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
}
