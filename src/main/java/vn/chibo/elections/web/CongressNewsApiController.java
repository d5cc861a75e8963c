package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressNews;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NewsDraft;

@RestController
@RequestMapping("/api/v1/congresses")
@Tag(name = "Congresses")
class CongressNewsApiController {

    private final CongressNews news;

    CongressNewsApiController(CongressNews news) {
        this.news = news;
    }

    /** The news draft with whether it is released to the portal's editors. */
    record News(NewsDraft draft, boolean released) {}

    /** Whether the draft is released to the portal's editors. */
    record Release(Boolean released) {}

    @GetMapping("/{id}/news")
    @Operation(
            summary = "The news draft of a closed congress (title, lead, paragraphs), for those who may see the"
                    + " congress and, once released, the portal's editors above it")
    News news(@PathVariable long id, CurrentUser user) {
        NewsDraft draft = news.draft(user, CongressId.of(id));
        return new News(draft, news.released(CongressId.of(id)));
    }

    @PutMapping("/{id}/news/release")
    @Operation(summary = "Release the news draft to the portal's editors, or take it back (those who manage it)")
    News release(@PathVariable long id, @RequestBody Release r, CurrentUser user) {
        if (r == null || r.released() == null) {
            throw new InvalidInputException("released", "validation.required");
        }
        if (r.released()) {
            news.release(user, CongressId.of(id));
        } else {
            news.withdraw(user, CongressId.of(id));
        }
        return news(id, user);
    }
}
