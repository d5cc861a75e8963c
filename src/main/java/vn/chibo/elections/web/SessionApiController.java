package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressSessionDetails;
import vn.chibo.elections.CongressSessions;
import vn.chibo.elections.RecordOfficialSession;
import vn.chibo.elections.RecordPreparatorySession;
import vn.chibo.elections.SessionBody;
import vn.chibo.elections.SessionVote;
import vn.chibo.members.MemberId;
import vn.chibo.platform.CurrentUser;

@RestController
@RequestMapping("/api/v1/congresses/{id}/sessions")
@Tag(name = "Congresses")
class SessionApiController {

    private final CongressSessions sessions;
    private final DocumentFiles files;

    SessionApiController(CongressSessions sessions, DocumentFiles files) {
        this.sessions = sessions;
        this.files = files;
    }

    /** One body of the congress: member ids and the head among them (the first when null). */
    record Body(List<Long> members, Long head) {}

    /** The preparatory session: its day, bodies, agenda and working rules, and the show of hands on each. */
    record Preparatory(
            LocalDate heldOn,
            Map<SessionBody, Body> bodies,
            String agenda,
            String workingRules,
            Map<SessionVote.Item, SessionVote.Hands> votes) {}

    @GetMapping
    @Operation(summary = "The congress's sessions and the credentials report drawn from its list")
    CongressSessionDetails sessions(@PathVariable long id, CurrentUser user) {
        return sessions.details(user, CongressId.of(id));
    }

    @PutMapping("/preparatory")
    @Operation(
            summary = "Record the preparatory session: presidium, secretariat, counting committee (and credentials"
                    + " committee at a delegate congress) by show of hands, agenda and working rules; opens the"
                    + " congress")
    CongressSessionDetails preparatory(@PathVariable long id, @RequestBody Preparatory p, CurrentUser user) {
        Map<SessionBody, RecordPreparatorySession.Body> bodies = new EnumMap<>(SessionBody.class);
        if (p != null && p.bodies() != null) {
            p.bodies().forEach((body, b) -> {
                if (body != null && b != null) {
                    bodies.put(
                            body,
                            new RecordPreparatorySession.Body(
                                    ApiIds.members(b.members()), b.head() == null ? null : MemberId.of(b.head())));
                }
            });
        }
        sessions.recordPreparatory(
                user,
                CongressId.of(id),
                p == null
                        ? null
                        : new RecordPreparatorySession(p.heldOn(), bodies, p.agenda(), p.workingRules(), p.votes()));
        return sessions.details(user, CongressId.of(id));
    }

    @PutMapping("/official")
    @Operation(summary = "Record the official session: its day and what it heard")
    CongressSessionDetails official(@PathVariable long id, @RequestBody RecordOfficialSession s, CurrentUser user) {
        sessions.recordOfficial(user, CongressId.of(id), s);
        return sessions.details(user, CongressId.of(id));
    }

    @GetMapping("/preparatory-minutes.{format}")
    @Operation(summary = "The minutes of the preparatory session as DOCX or PDF")
    ResponseEntity<byte[]> preparatoryMinutes(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.preparatoryMinutes(user, id, format);
    }

    @GetMapping("/credentials-report.{format}")
    @Operation(summary = "The credentials committee's report (delegate congress) as DOCX or PDF")
    ResponseEntity<byte[]> credentialsReport(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.credentialsReport(user, id, format);
    }
}
