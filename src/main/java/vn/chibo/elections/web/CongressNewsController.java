package vn.chibo.elections.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.CongressDetails;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.CongressNews;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.NewsDraft;
import vn.chibo.platform.OnInvalidInput;

/** The news draft of a closed congress: read, downloaded, and released to the portal's editors or taken back. */
@Controller
@RequestMapping("/congresses")
class CongressNewsController {

    private final CongressManagement congresses;
    private final CongressNews news;

    CongressNewsController(CongressManagement congresses, CongressNews news) {
        this.congresses = congresses;
        this.news = news;
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "status")
    @GetMapping("/{id}/news")
    String draft(@PathVariable long id, Model model, CurrentUser user) {
        CongressDetails congress = congresses.details(user, CongressId.of(id));
        model.addAttribute("congress", congress);
        model.addAttribute("draft", news.draft(user, CongressId.of(id)));
        model.addAttribute("released", news.released(CongressId.of(id)));
        return "elections/news";
    }

    @OnInvalidInput(redirect = "/congresses/{id}/news")
    @PostMapping("/{id}/news/release")
    String release(
            @PathVariable long id,
            @RequestParam(defaultValue = "true") boolean released,
            RedirectAttributes redirect,
            CurrentUser user) {
        if (released) {
            news.release(user, CongressId.of(id));
        } else {
            news.withdraw(user, CongressId.of(id));
        }
        redirect.addFlashAttribute("notice", released ? "congress.news.released" : "congress.news.withdrawn");
        return "redirect:/congresses/" + id + "/news";
    }

    @GetMapping("/{id}/news.html")
    ResponseEntity<String> download(@PathVariable long id, CurrentUser user) {
        NewsDraft draft = news.draft(user, CongressId.of(id));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("tin-dai-hoi-" + id + ".html")
                                .build()
                                .toString())
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(draft.html());
    }
}
