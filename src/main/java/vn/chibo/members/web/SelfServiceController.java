package vn.chibo.members.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.members.MemberCorrections;
import vn.chibo.members.MemberManagement;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

/** A member's own record and her requests for corrections. */
@Controller
@RequestMapping("/me")
class SelfServiceController {

    private final MemberManagement members;
    private final MemberCorrections corrections;

    SelfServiceController(MemberManagement members, MemberCorrections corrections) {
        this.members = members;
        this.corrections = corrections;
    }

    @GetMapping
    String own(CurrentUser user, Model model) {
        model.addAttribute("m", members.own(user).orElse(null));
        model.addAttribute("requests", corrections.own(user));
        return "members/me";
    }

    @PostMapping("/corrections")
    String requestCorrection(
            CurrentUser user,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String requested,
            Model model) {
        try {
            corrections.request(user, field, requested);
            return "redirect:/me?requested";
        } catch (InvalidInputException e) {
            // Stays here: the page is shown again with what was typed; the template words the error (member.field.*).
            model.addAttribute("correctionError", e);
            model.addAttribute("field", field);
            model.addAttribute("requested", requested);
            return own(user, model);
        }
    }
}
