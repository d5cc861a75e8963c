package vn.chibo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.UserManagement;
import vn.chibo.platform.security.AccountSessions;

@Controller
class AccountController {

    private final UserManagement users;
    private final AccountSessions sessions;

    AccountController(UserManagement users, AccountSessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String passwordForm(CurrentUser user, Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        model.addAttribute("email", users.email(user.id()).orElse(""));
        model.addAttribute("mustChange", users.mustChangePassword(user.id()));
        return "platform/password";
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
