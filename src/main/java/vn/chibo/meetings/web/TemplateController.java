package vn.chibo.meetings.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.meetings.ScoringTemplates;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;
import vn.chibo.platform.Permission;

/** Committees see the scoring templates and copy one to adapt it for their subtree. */
@Controller
@RequestMapping("/meetings/templates")
class TemplateController {

    private final ScoringTemplates templates;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;

    TemplateController(
            ScoringTemplates templates, OrganizationManagement organizations, OrganizationAccess organizationAccess) {
        this.templates = templates;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("templates", templates.templates(user));
        model.addAttribute(
                "organizations",
                OrganizationNode.flatten(organizations.visibleTree(user, false)).stream()
                        .filter(o -> o.type().isCommittee() || o.type().isBranch())
                        .filter(o ->
                                organizationAccess.permissions(user, o.id()).contains(Permission.ORGANIZATION_MANAGE))
                        .toList());
        return "meetings/templates";
    }

    @GetMapping("/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("template", templates.summary(user, id));
        model.addAttribute("criteria", templates.criteria(user, id));
        return "meetings/template";
    }

    @OnInvalidInput(redirect = "/meetings/templates")
    @PostMapping("/{id}/copy")
    String copy(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            RedirectAttributes redirect) {
        if (org == null) {
            throw new InvalidInputException("org", "validation.required");
        }
        long copy = templates.copy(user, id, OrganizationId.of(org), name, effectiveFrom);
        redirect.addFlashAttribute("notice", "template.copied");
        return "redirect:/meetings/templates/" + copy;
    }

    @OnInvalidInput(redirect = "/meetings/templates")
    @PostMapping("/load")
    String load(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String issuingBody,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            @RequestParam(required = false) BigDecimal goodMin,
            @RequestParam(required = false) BigDecimal fairMin,
            @RequestParam(required = false) BigDecimal averageMin,
            @RequestParam(defaultValue = "false") boolean keysAtMaxForGood,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        byte[] csv;
        try {
            csv = file == null || file.isEmpty() ? null : file.getBytes();
        } catch (java.io.IOException e) {
            throw new InvalidInputException("file", "template.load.empty");
        }
        long id = templates.load(
                user,
                new ScoringTemplates.OwnSheet(
                        org == null ? null : OrganizationId.of(org),
                        name,
                        issuingBody,
                        source,
                        effectiveFrom,
                        goodMin,
                        fairMin,
                        averageMin,
                        keysAtMaxForGood,
                        csv));
        redirect.addFlashAttribute("notice", "template.loaded");
        return "redirect:/meetings/templates/" + id;
    }

    @PostMapping("/{id}/keys")
    String keysRule(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean keysAtMaxForGood,
            RedirectAttributes redirect) {
        templates.setKeysAtMaxForGood(user, id, keysAtMaxForGood);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/templates/" + id;
    }

    @OnInvalidInput(redirect = "/meetings/templates/{id}")
    @PostMapping("/{id}/criteria/{criterionId}")
    String adapt(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long criterionId,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String maxPoints,
            RedirectAttributes redirect) {
        BigDecimal points;
        try {
            points = new BigDecimal(maxPoints.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("maxPoints", "validation.invalidValue", maxPoints);
        }
        templates.adapt(user, id, criterionId, text, points);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/meetings/templates/" + id;
    }
}
