package vn.chibo.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.UserManagement;

@Controller
class AccountController {

    private final UserManagement users;

    AccountController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        model.addAttribute(
                "mustChange", users.mustChangePassword(CurrentUsers.require().id()));
        return "platform/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @ModelAttribute("form") ChangePasswordForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "account.password.mismatch");
        } else {
            try {
                users.changeOwnPassword(CurrentUsers.require(), form.getCurrentPassword(), form.getNewPassword());
                redirect.addFlashAttribute("notice", "account.password.changed");
                return "redirect:/";
            } catch (InvalidInputException e) {
                binding.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            }
        }
        model.addAttribute(
                "mustChange", users.mustChangePassword(CurrentUsers.require().id()));
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
