package vn.chibo.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDetails;
import vn.chibo.portal.SiteDraft;
import vn.chibo.portal.SiteId;
import vn.chibo.portal.Slug;

/** The editor-in-chief's page of a portal: its name, banner, address, footer and categories. */
@Controller
class SiteController {

    private final PortalManagement portal;
    private final InputMessages messages;

    private final SiteChoices siteChoices;

    SiteController(PortalManagement portal, InputMessages messages, SiteChoices siteChoices) {
        this.portal = portal;
        this.messages = messages;
        this.siteChoices = siteChoices;
    }

    @GetMapping("/portal/sites/new")
    String newSite(CurrentUser user, Model model) {
        List<OrganizationSummary> choices = siteChoices.withoutPortal(user);
        if (choices.isEmpty()) {
            throw new ForbiddenException("No organization to open a portal for");
        }
        return newPage(model, choices, new SiteForm(), null);
    }

    @PostMapping("/portal/sites/new")
    String create(
            CurrentUser user,
            @RequestParam(name = "organizationId", required = false) Long organizationId,
            @ModelAttribute("form") SiteForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<OrganizationSummary> choices = siteChoices.withoutPortal(user);
        if (choices.isEmpty()) {
            throw new ForbiddenException("No organization to open a portal for");
        }
        try {
            if (organizationId == null || choices.stream().noneMatch(o -> o.id().value() == organizationId)) {
                throw new InvalidInputException("organizationId", "portal.site.organizationChoice");
            }
            SiteId id = portal.createSite(user, form.toNewDraft(OrganizationId.of(organizationId)));
            redirect.addFlashAttribute("notice", "portal.notice.siteCreated");
            return "redirect:/portal/sites/" + id.value() + "/settings";
        } catch (InvalidInputException e) {
            // Stays here: the form is shown again, 400, with what was typed, which a redirect would lose.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return newPage(model, choices, form, Map.of(e.field(), messages.reason(e)));
        }
    }

    private String newPage(
            Model model, List<OrganizationSummary> choices, SiteForm form, Map<String, String> fieldErrors) {
        model.addAttribute("organizations", choices);
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors == null ? Map.of() : fieldErrors);
        return "portal/site-new";
    }

    @GetMapping("/portal/sites/{id}/settings")
    String settings(CurrentUser user, @PathVariable long id, Model model) {
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_PUBLISH);
        return page(model, site, SiteForm.of(site));
    }

    @PostMapping("/portal/sites/{id}/settings")
    String save(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") SiteForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_PUBLISH);
        try {
            portal.updateSite(user, site.id(), form.toDraft(site));
        } catch (InvalidInputException e) {
            messages.showAgain(model, response, e);
            return page(model, site, form);
        }
        redirect.addFlashAttribute("notice", "portal.notice.siteSaved");
        return "redirect:/portal/sites/" + id + "/settings";
    }

    @PostMapping("/portal/sites/{id}/categories")
    String addCategory(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "name", defaultValue = "") String name,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SiteDetails site = portal.require(user, SiteId.of(id), Permission.PORTAL_PUBLISH);
        try {
            portal.createCategory(
                    user, site.id(), name, portal.categories(site.id()).size());
        } catch (InvalidInputException e) {
            messages.showAgain(model, response, e);
            return page(model, site, SiteForm.of(site));
        }
        redirect.addFlashAttribute("notice", "portal.notice.categoryAdded");
        return "redirect:/portal/sites/" + id + "/settings";
    }

    private String page(Model model, SiteDetails site, SiteForm form) {
        model.addAttribute("site", site);
        model.addAttribute("form", form);
        model.addAttribute("categories", portal.categories(site.id()));
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "portal/site";
    }

    /** The portal settings form as posted. */
    static class SiteForm {
        private String name = "";
        private String slug = "";
        private String hostName = "";
        private String bannerText = "";
        private String managingAgency = "";
        private String licence = "";
        private String contentManagers = "";
        private String address = "";
        private String phone = "";
        private String fax = "";
        private String email = "";

        static SiteForm of(SiteDetails site) {
            SiteDraft s = site.settings();
            SiteForm f = new SiteForm();
            f.name = s.name();
            f.slug = s.slug();
            f.hostName = orEmpty(s.hostName());
            f.bannerText = orEmpty(s.bannerText());
            f.managingAgency = orEmpty(s.managingAgency());
            f.licence = orEmpty(s.licence());
            f.contentManagers = orEmpty(s.contentManagers());
            f.address = orEmpty(s.address());
            f.phone = orEmpty(s.phone());
            f.fax = orEmpty(s.fax());
            f.email = orEmpty(s.email());
            return f;
        }

        /** A new component portal; without a path, one is made from the name. */
        SiteDraft toNewDraft(OrganizationId organization) {
            String path = slug == null || slug.isBlank() ? Slug.of(name == null ? "" : name) : slug.strip();
            return draft(organization, path, false);
        }

        SiteDraft toDraft(SiteDetails site) {
            return draft(
                    site.settings().organizationId(),
                    slug == null ? "" : slug.strip(),
                    site.settings().main());
        }

        private SiteDraft draft(OrganizationId organization, String path, boolean main) {
            return new SiteDraft(
                    organization,
                    path,
                    hostName,
                    main,
                    name == null ? "" : name,
                    bannerText,
                    managingAgency,
                    licence,
                    contentManagers,
                    address,
                    phone,
                    fax,
                    email);
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public String getHostName() {
            return hostName;
        }

        public void setHostName(String hostName) {
            this.hostName = hostName;
        }

        public String getBannerText() {
            return bannerText;
        }

        public void setBannerText(String bannerText) {
            this.bannerText = bannerText;
        }

        public String getManagingAgency() {
            return managingAgency;
        }

        public void setManagingAgency(String managingAgency) {
            this.managingAgency = managingAgency;
        }

        public String getLicence() {
            return licence;
        }

        public void setLicence(String licence) {
            this.licence = licence;
        }

        public String getContentManagers() {
            return contentManagers;
        }

        public void setContentManagers(String contentManagers) {
            this.contentManagers = contentManagers;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getFax() {
            return fax;
        }

        public void setFax(String fax) {
            this.fax = fax;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }
}
