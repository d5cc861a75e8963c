package vn.chibo.elections.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.CongressFloor;
import vn.chibo.elections.CongressId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;

/**
 * The congress page's floor control: puts on the hall screen what the congress is hearing now (a paper and its presenter,
 * an election, or a line of the presidium's own) with the speaker's minutes, or takes it down.
 */
@Controller
@RequestMapping("/congresses/{id}/floor")
class CongressFloorController {

    private final CongressFloor floor;

    CongressFloorController(CongressFloor floor) {
        this.floor = floor;
    }

    /**
     * {@code item} names what goes up: {@code paper-<id>}, {@code election-<id>}, or empty for the typed {@code title};
     * {@code speaker} and {@code minutes} are optional.
     */
    @OnInvalidInput(redirect = "/congresses/{id}", section = "floor")
    @PostMapping
    String put(
            @PathVariable long id,
            @RequestParam(required = false) String item,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String minutes,
            RedirectAttributes redirect,
            CurrentUser user) {
        String chosen = InputText.blankToNull(item);
        Long paper = null;
        Long election = null;
        if (chosen != null && chosen.startsWith("paper-")) {
            paper = FormNumbers.whole("item", chosen.substring("paper-".length()));
        } else if (chosen != null && chosen.startsWith("election-")) {
            election = FormNumbers.whole("item", chosen.substring("election-".length()));
        } else if (chosen != null) {
            throw new InvalidInputException("item", "validation.invalidValue", chosen);
        }
        String typedMinutes = InputText.blankToNull(minutes);
        Integer allotted = typedMinutes == null ? null : Math.toIntExact(FormNumbers.whole("minutes", typedMinutes));
        floor.put(user, CongressId.of(id), new CongressFloor.Put(paper, election, title, speaker, allotted));
        return PageRedirects.toCongress(redirect, id, "floor", "congress.floor.notice.put");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "floor")
    @PostMapping("/clear")
    String clear(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        floor.clear(user, CongressId.of(id));
        return PageRedirects.toCongress(redirect, id, "floor", "congress.floor.notice.cleared");
    }
}
