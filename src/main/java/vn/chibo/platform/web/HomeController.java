package vn.chibo.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.HomeSection;
import vn.chibo.platform.security.SingleSignOn;

@Controller
class HomeController {

    private final List<HomeSection> sections;
    private final SingleSignOn sso;

    HomeController(List<HomeSection> sections, SingleSignOn sso) {
        this.sso = sso;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        List<RenderedSection> rendered = new ArrayList<>();
        for (HomeSection section : sections) {
            Map<String, Object> sectionModel = section.model(user);
            if (sectionModel != null) {
                rendered.add(new RenderedSection(section.fragment(), sectionModel));
            }
        }
        model.addAttribute("user", user);
        model.addAttribute("sections", rendered);
        return "platform/home";
    }

    /** What each outcome of a single sign-on says on the sign-in page (only these: the address is anyone's). */
    private static final Map<String, String> SSO_OUTCOMES = Map.of(
            "unlinked", "login.sso.unlinked",
            "disabled", "login.sso.disabled",
            "failed", "login.sso.failed",
            "unavailable", "login.sso.unavailable");

    @GetMapping("/login")
    String login(
            @RequestParam(name = "wait", required = false) String wait,
            @RequestParam(name = "sso", required = false) String ssoOutcome,
            Model model) {
        // Shown only as the number it should be: the address is anyone's to write.
        if (wait != null && wait.matches("[0-9]{1,5}")) {
            model.addAttribute("waitSeconds", Integer.parseInt(wait));
        }
        model.addAttribute("ssoEnabled", sso.enabled());
        model.addAttribute("ssoName", sso.name());
        if (ssoOutcome != null) {
            model.addAttribute("ssoOutcome", SSO_OUTCOMES.get(ssoOutcome));
        }
        return "platform/login";
    }

    record RenderedSection(String fragment, Map<String, Object> model) {}
}
