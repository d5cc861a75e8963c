package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.elections.CongressFloor;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressSpeakers;
import vn.chibo.platform.CurrentUser;

@RestController
@RequestMapping("/api/v1/congresses/{id}/speakers")
@Tag(name = "Congresses")
class CongressSpeakersApiController {

    private final CongressSpeakers speakers;

    CongressSpeakersApiController(CongressSpeakers speakers) {
        this.speakers = speakers;
    }

    record RegistrationBody(
            @Schema(description = "a member on the congress's list; or none, for a guest named in fullName")
                    Long memberId,
            @Schema(description = "a guest's name") String fullName,
            @Schema(description = "what she will speak on; with a paper, its title when none is given") String topic,
            @Schema(
                            description =
                                    "one of the congress's discussion papers she presents (tham luận); none for an opinion")
                    Long paperId) {}

    record TopicBody(String topic) {}

    record CallBody(@Schema(description = "the minutes allotted, 1 to 240; none for no limit") Integer minutes) {}

    @GetMapping
    @Operation(summary = "The congress's list of speakers, in order (those who withdrew left out)")
    List<CongressSpeakers.Speaker> list(@PathVariable long id, CurrentUser user) {
        return speakers.list(user, CongressId.of(id));
    }

    @GetMapping("/discussion")
    @Operation(
            summary = "What the congress has heard so far: the speakers whose turn ended, in order, with the time each"
                    + " took; papers and opinions, delegates and guests, the time in all, and how many still wait")
    CongressSpeakers.Discussion discussion(@PathVariable long id, CurrentUser user) {
        return speakers.discussion(user, CongressId.of(id));
    }

    @PostMapping
    @Operation(
            summary = "The presidium registers a member on the congress's list, or a guest, to speak (ELECTION_MANAGE)")
    Map<String, Long> register(@PathVariable long id, @RequestBody RegistrationBody body, CurrentUser user) {
        return Map.of(
                "id",
                speakers.register(
                        user,
                        CongressId.of(id),
                        new CongressSpeakers.Registration(
                                body.memberId(), body.fullName(), body.topic(), body.paperId())));
    }

    @PostMapping("/me")
    @Operation(summary = "The signed-in member, on the congress's list, registers herself to speak")
    Map<String, Long> registerSelf(@PathVariable long id, @RequestBody TopicBody body, CurrentUser user) {
        return Map.of("id", speakers.registerSelf(user, CongressId.of(id), body.topic()));
    }

    @PostMapping("/{speaker}/call")
    @Operation(
            summary = "Calls the speaker: she goes on the floor and the hall screen with her minutes (ELECTION_MANAGE)")
    CongressFloor.Item call(
            @PathVariable long id, @PathVariable long speaker, @RequestBody CallBody body, CurrentUser user) {
        return speakers.call(user, CongressId.of(id), speaker, body.minutes());
    }

    @DeleteMapping("/{speaker}")
    @Operation(summary = "Withdraws a registration still waiting: the presidium any, a member her own")
    ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable long speaker, CurrentUser user) {
        speakers.withdraw(user, CongressId.of(id), speaker);
        return ResponseEntity.noContent().build();
    }
}
