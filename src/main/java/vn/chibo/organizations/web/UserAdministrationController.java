package vn.chibo.organizations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;
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
    private final InputMessages messages;

    UserAdministrationController(UserManagement users, OrganizationManagement organizations, InputMessages messages) {
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
            long id = users.createUser(
                    admin,
                    username.strip(),
                    fullName,
                    password,
                    true,
                    role == null ? null : new Grant(organizationId, role));
            redirect.addFlashAttribute("notice", "users.created");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            // Stays here: the list is shown again with the name typed (never the password), which a redirect loses.
            model.addAttribute("error", messages.inline(e));
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

    @OnInvalidInput(redirect = "/admin/users/{id}")
    @PostMapping("/{id}/grants")
    String grant(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long organizationId,
            RedirectAttributes redirect) {
        users.grant(user, id, new Grant(organizationId, role));
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/admin/users/" + id;
    }

    @OnInvalidInput(redirect = "/admin/users/{id}")
    @PostMapping("/{id}/grants/{grantId}/revoke")
    String revoke(CurrentUser user, @PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        users.revoke(user, id, grantId);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/admin/users/" + id;
    }

    @OnInvalidInput(redirect = "/admin/users/{id}")
    @PostMapping("/{id}/enabled")
    String enabled(
            CurrentUser user, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        users.setEnabled(user, id, enabled);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/admin/users/" + id;
    }

    @OnInvalidInput(redirect = "/admin/users/{id}")
    @PostMapping("/{id}/password")
    String resetPassword(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        users.resetPassword(user, id, password);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/admin/users/" + id;
    }

    @OnInvalidInput(redirect = "/admin/users/{id}")
    @PostMapping("/{id}/sso/remove")
    String removeSingleSignOn(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        users.removeSingleSignOn(user, id);
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/admin/users/" + id;
    }

    private List<OrganizationSummary> organizationChoices(CurrentUser admin) {
        return OrganizationNode.flatten(organizations.visibleTree(admin, false));
    }
}
