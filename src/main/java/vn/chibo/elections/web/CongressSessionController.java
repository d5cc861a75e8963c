package vn.chibo.elections.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressSessions;
import vn.chibo.elections.RecordOfficialSession;
import vn.chibo.elections.RecordPreparatorySession;
import vn.chibo.elections.SessionBody;
import vn.chibo.elections.SessionDocuments;
import vn.chibo.elections.SessionVote;
import vn.chibo.members.MemberId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.OnInvalidInput;

/** The sessions of a congress on its page: the preparatory session's form and the official session. */
@Controller
@RequestMapping("/congresses/{id}/sessions")
class CongressSessionController {

    private final CongressSessions sessions;
    private final DocumentFiles files;

    CongressSessionController(CongressSessions sessions, SessionDocuments documents, DocumentFiles files) {
        this.sessions = sessions;
        this.files = files;
    }

    /**
     * The preparatory session form: {@code heldOn}, {@code agenda}, {@code workingRules}, for each body
     * {@code body.PRESIDIUM} (member ids) and {@code head.PRESIDIUM}, for each show of hands {@code agree.AGENDA} and
     * {@code disagree.AGENDA}.
     */
    @OnInvalidInput(redirect = "/congresses/{id}", section = "sessions")
    @PostMapping("/preparatory")
    String preparatory(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect,
            CurrentUser user) {
        sessions.recordPreparatory(user, CongressId.of(id), preparatory(form));
        return PageRedirects.toCongress(redirect, id, "sessions", "saved");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "sessions")
    @PostMapping("/official")
    String official(
            @PathVariable long id,
            @RequestParam(required = false) String heldOn,
            @RequestParam(required = false) String proceedings,
            RedirectAttributes redirect,
            CurrentUser user) {
        sessions.recordOfficial(
                user, CongressId.of(id), new RecordOfficialSession(date("heldOn", heldOn), proceedings));
        return PageRedirects.toCongress(redirect, id, "sessions", "saved");
    }

    @GetMapping("/preparatory-minutes.{format}")
    ResponseEntity<byte[]> preparatoryMinutes(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.preparatoryMinutes(user, id, format);
    }

    @GetMapping("/credentials-report.{format}")
    ResponseEntity<byte[]> credentialsReport(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.credentialsReport(user, id, format);
    }

    static RecordPreparatorySession preparatory(MultiValueMap<String, String> form) {
        Map<SessionBody, RecordPreparatorySession.Body> bodies = new EnumMap<>(SessionBody.class);
        for (SessionBody body : SessionBody.values()) {
            List<String> raw = form.get("body." + body.name());
            if (raw == null || raw.isEmpty()) {
                continue;
            }
            List<MemberId> members = new ArrayList<>();
            for (String value : raw) {
                members.add(MemberId.of(FormNumbers.whole("bodies." + body.name(), value)));
            }
            String head = InputText.blankToNull(form.getFirst("head." + body.name()));
            bodies.put(
                    body,
                    new RecordPreparatorySession.Body(
                            members,
                            head == null ? null : MemberId.of(FormNumbers.whole("bodies." + body.name(), head))));
        }
        Map<SessionVote.Item, SessionVote.Hands> votes = new EnumMap<>(SessionVote.Item.class);
        for (SessionVote.Item item : SessionVote.Item.values()) {
            String agree = InputText.blankToNull(form.getFirst("agree." + item.name()));
            if (agree == null) {
                continue;
            }
            String disagree = InputText.blankToNull(form.getFirst("disagree." + item.name()));
            votes.put(
                    item,
                    new SessionVote.Hands(
                            (int) FormNumbers.whole("votes." + item.name(), agree),
                            disagree == null ? 0 : (int) FormNumbers.whole("votes." + item.name(), disagree)));
        }
        return new RecordPreparatorySession(
                date("heldOn", form.getFirst("heldOn")),
                bodies,
                form.getFirst("agenda"),
                form.getFirst("workingRules"),
                votes);
    }

    private static LocalDate date(String field, String value) {
        String text = InputText.blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.invalidValue", value);
        }
    }
}
