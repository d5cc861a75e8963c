package vn.chibo.organizations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;

/**
 * Administrators create accounts and grant roles on organizations. It lives here rather than in the platform because a
 * grant names an organization of the tree.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdministrationController {

    private final UserManagement users;
    private final OrganizationManagement organizations;
    private final MessageSource messages;

    UserAdministrationController(UserManagement users, OrganizationManagement organizations, MessageSource messages) {
        this.users = users;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        CurrentUser admin = user;
        model.addAttribute("users", users.users(admin));
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", organizationChoices(admin));
        return "organizations/users";
    }

    @PostMapping
    String create(
            CurrentUser user,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long organizationId,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser admin = user;
        try {
            long id = users.createUser(admin, username.strip(), fullName, password, true);
            if (role != null) {
                users.grant(admin, id, new Grant(organizationId, role));
            }
            redirect.addFlashAttribute("notice", "users.created");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("error", message(e));
            model.addAttribute("username", username);
            model.addAttribute("fullName", fullName);
            return list(user, model);
        }
    }

    @GetMapping("/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        CurrentUser admin = user;
        model.addAttribute("account", users.user(admin, id));
        Map<Long, String> names = new LinkedHashMap<>();
        List<OrganizationSummary> choices = organizationChoices(admin);
        choices.forEach(o -> names.put(o.id().value(), o.name()));
        model.addAttribute("organizationNames", names);
        model.addAttribute("organizations", choices);
        model.addAttribute("roles", Role.values());
        return "organizations/user";
    }

    @PostMapping("/{id}/grants")
    String grant(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long organizationId,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> users.grant(user, id, new Grant(organizationId, role)));
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    String revoke(CurrentUser user, @PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        return act(id, redirect, () -> users.revoke(user, id, grantId));
    }

    @PostMapping("/{id}/enabled")
    String enabled(
            CurrentUser user, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return act(id, redirect, () -> users.setEnabled(user, id, enabled));
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> users.resetPassword(user, id, password));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e));
        }
        return "redirect:/admin/users/" + id;
    }

    private String message(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = messages.getMessage("field." + e.field(), null, e.field(), locale);
        String reason = messages.getMessage(e.messageKey(), e.arguments(), locale);
        return messages.getMessage("inline.error", new Object[] {field, reason}, locale);
    }

    private List<OrganizationSummary> organizationChoices(CurrentUser admin) {
        return OrganizationNode.flatten(organizations.visibleTree(admin, false));
    }
}
