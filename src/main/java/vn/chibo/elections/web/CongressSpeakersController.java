package vn.chibo.elections.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressSpeakers;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.OnInvalidInput;

/** The list of speakers on the congress page: registering (oneself or, for the presidium, anyone), calling, withdrawing. */
@Controller
@RequestMapping("/congresses/{id}/speakers")
class CongressSpeakersController {

    private final CongressSpeakers speakers;

    CongressSpeakersController(CongressSpeakers speakers) {
        this.speakers = speakers;
    }

    /**
     * The presidium registers a member on the congress's list ({@code memberId}) or a guest ({@code fullName}), to
     * present one of the congress's discussion papers ({@code paperId}) or to speak on a topic.
     */
    @OnInvalidInput(redirect = "/congresses/{id}", section = "speakers")
    @PostMapping
    String register(
            @PathVariable long id,
            @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String paperId,
            RedirectAttributes redirect,
            CurrentUser user) {
        String member = InputText.blankToNull(memberId);
        String paper = InputText.blankToNull(paperId);
        speakers.register(
                user,
                CongressId.of(id),
                new CongressSpeakers.Registration(
                        member == null ? null : FormNumbers.whole("memberId", member),
                        fullName,
                        topic,
                        paper == null ? null : FormNumbers.whole("paperId", paper)));
        return PageRedirects.toCongress(redirect, id, "speakers", "congress.speakers.notice.registered");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "speakers")
    @PostMapping("/me")
    String registerSelf(
            @PathVariable long id,
            @RequestParam(required = false) String topic,
            RedirectAttributes redirect,
            CurrentUser user) {
        speakers.registerSelf(user, CongressId.of(id), topic);
        return PageRedirects.toCongress(redirect, id, "speakers", "congress.speakers.notice.registered");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "speakers")
    @PostMapping("/{speaker}/call")
    String call(
            @PathVariable long id,
            @PathVariable long speaker,
            @RequestParam(required = false) String minutes,
            RedirectAttributes redirect,
            CurrentUser user) {
        String typed = InputText.blankToNull(minutes);
        speakers.call(
                user,
                CongressId.of(id),
                speaker,
                typed == null ? null : Math.toIntExact(FormNumbers.whole("minutes", typed)));
        return PageRedirects.toCongress(redirect, id, "speakers", "congress.speakers.notice.called");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "speakers")
    @PostMapping("/{speaker}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long speaker, RedirectAttributes redirect, CurrentUser user) {
        speakers.withdraw(user, CongressId.of(id), speaker);
        return PageRedirects.toCongress(redirect, id, "speakers", "congress.speakers.notice.withdrawn");
    }
}
