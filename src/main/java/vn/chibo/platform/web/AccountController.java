package vn.chibo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.platform.ChiboClock;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.UserManagement;
import vn.chibo.platform.security.AccountSessions;
import vn.chibo.platform.security.SingleSignOn;

@Controller
class AccountController {

    /** What each outcome of a single sign-on link says on the account page (the address is anyone's to write). */
    private static final Map<String, String> SSO_OUTCOMES = Map.of(
            "linked", "account.sso.linked",
            "linkedElsewhere", "account.sso.linkedElsewhere",
            "failed", "account.sso.failed",
            "unlinked", "account.sso.unlinked",
            "unavailable", "account.sso.unavailable");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ChiboClock.ZONE);

    private final UserManagement users;
    private final AccountSessions sessions;
    private final SingleSignOn sso;

    AccountController(UserManagement users, AccountSessions sessions, SingleSignOn sso) {
        this.users = users;
        this.sessions = sessions;
        this.sso = sso;
    }

    @GetMapping("/account/password")
    String passwordForm(CurrentUser user, @RequestParam(name = "sso", required = false) String outcome, Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        model.addAttribute("email", users.email(user.id()).orElse(""));
        model.addAttribute("mustChange", users.mustChangePassword(user.id()));
        if (outcome != null && SSO_OUTCOMES.containsKey(outcome)) {
            model.addAttribute("ssoOutcome", SSO_OUTCOMES.get(outcome));
            model.addAttribute("ssoOutcomeError", !outcome.equals("linked") && !outcome.equals("unlinked"));
        }
        singleSignOn(user, model);
        return "platform/password";
    }

    /** Her own e-mail address for invitations and reminders (the form on this page; it had no handler before). */
    @PostMapping("/account/email")
    String changeEmail(
            CurrentUser user,
            @RequestParam(name = "email", required = false) String email,
            Model model,
            RedirectAttributes redirect) {
        try {
            users.setEmail(user, user.id(), email);
        } catch (InvalidInputException e) {
            model.addAttribute("form", new ChangePasswordForm());
            model.addAttribute("email", email == null ? "" : email);
            model.addAttribute("emailError", e.messageKey());
            model.addAttribute("mustChange", users.mustChangePassword(user.id()));
            singleSignOn(user, model);
            return "platform/password";
        }
        redirect.addFlashAttribute("notice", "account.email.changed");
        return "redirect:/account/password";
    }

    /** Links a provider account to hers: off to the provider, back to this page with the outcome. */
    @PostMapping("/account/sso/link")
    String linkSingleSignOn(CurrentUser user, HttpServletRequest request) {
        if (!sso.enabled()) {
            throw new NotFoundException("Single sign-on", SingleSignOn.class.getSimpleName());
        }
        if (!sso.available()) {
            return "redirect:/account/password?sso=unavailable";
        }
        return "redirect:" + sso.startLinking(request, user);
    }

    @PostMapping("/account/sso/unlink")
    String unlinkSingleSignOn(CurrentUser user) {
        if (!sso.enabled()) {
            throw new NotFoundException("Single sign-on", SingleSignOn.class.getSimpleName());
        }
        sso.unlink(user);
        return "redirect:/account/password?sso=unlinked";
    }

    /** Sign-in at the provider, from the sign-in page: refused there at once when the provider does not answer. */
    @GetMapping("/login/sso")
    String signInWithSingleSignOn() {
        if (!sso.enabled()) {
            throw new NotFoundException("Single sign-on", SingleSignOn.class.getSimpleName());
        }
        return sso.available() ? "redirect:" + sso.signInPath() : "redirect:/login?sso=unavailable";
    }

    private void singleSignOn(CurrentUser user, Model model) {
        model.addAttribute("ssoEnabled", sso.enabled());
        model.addAttribute("ssoName", sso.name());
        SingleSignOn.Link link = sso.linkOf(user.id()).orElse(null);
        model.addAttribute("ssoLink", link);
        if (link != null) {
            model.addAttribute("ssoLinkedAt", TIME.format(link.linkedAt()));
            model.addAttribute("ssoLastUsed", link.lastUsedAt() == null ? null : TIME.format(link.lastUsedAt()));
        }
    }

    @PostMapping("/account/password")
    String changePassword(
            CurrentUser user,
            @ModelAttribute("form") ChangePasswordForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "account.password.mismatch");
        } else {
            try {
                users.changeOwnPassword(user, form.getCurrentPassword(), form.getNewPassword());
                // This session goes on with the new password; the account's other sessions end.
                sessions.refresh(request, response);
                redirect.addFlashAttribute("notice", "account.password.changed");
                return "redirect:/";
            } catch (InvalidInputException e) {
                // Stays here: Spring's own form errors (BindingResult), shown on the field without a redirect.
                binding.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        model.addAttribute("mustChange", users.mustChangePassword(user.id()));
        singleSignOn(user, model);
        return "platform/password";
    }

    static class ChangePasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }
}
