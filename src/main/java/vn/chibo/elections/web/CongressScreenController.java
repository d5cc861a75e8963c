package vn.chibo.elections.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressScreen;
import vn.chibo.platform.CurrentUser;

/**
 * The hall screen of a congress: a page for the projector, in large type, that reloads its figures every few seconds
 * (attendance as the desk records it, each election's counted result), and the same figures for the API.
 */
@Controller
@RequestMapping("/congresses")
class CongressScreenController {

    private final CongressScreen screen;

    CongressScreenController(CongressScreen screen) {
        this.screen = screen;
    }

    @GetMapping("/{id}/screen")
    String screen(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("screen", screen.of(user, CongressId.of(id)));
        return "elections/screen";
    }
}
