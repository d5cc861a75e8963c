package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.elections.CongressFloor;
import vn.chibo.elections.CongressId;
import vn.chibo.platform.CurrentUser;

@RestController
@RequestMapping("/api/v1/congresses/{id}/floor")
@Tag(name = "Congresses")
class CongressFloorApiController {

    private final CongressFloor floor;

    CongressFloorApiController(CongressFloor floor) {
        this.floor = floor;
    }

    /** What to put on the floor: exactly one of paperId, electionId and title. */
    record FloorBody(
            @Schema(
                            description =
                                    "a paper of the congress presented to it (report, review, discussion paper, personnel"
                                            + " plan)")
                    Long paperId,
            @Schema(description = "an election of the congress") Long electionId,
            @Schema(description = "a line of the presidium's own (the opening, a break)") String title,
            @Schema(description = "who speaks; for a paper, its author when empty") String speaker,
            @Schema(description = "the minutes allotted, 1 to 240; none for no limit") Integer minutes) {}

    @GetMapping
    @Operation(summary = "What is on the floor of the congress now (204 when nothing is)")
    ResponseEntity<CongressFloor.Item> current(@PathVariable long id, CurrentUser user) {
        return floor.current(user, CongressId.of(id)).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent()
                .build());
    }

    @PutMapping
    @Operation(
            summary = "Puts an item on the floor and on the hall screen, its time starting now (ELECTION_MANAGE, the"
                    + " congress not closed)")
    CongressFloor.Item put(@PathVariable long id, @RequestBody FloorBody body, CurrentUser user) {
        return floor.put(
                user,
                CongressId.of(id),
                new CongressFloor.Put(body.paperId(), body.electionId(), body.title(), body.speaker(), body.minutes()));
    }

    @DeleteMapping
    @Operation(summary = "Takes the item off the floor")
    ResponseEntity<Void> clear(@PathVariable long id, CurrentUser user) {
        floor.clear(user, CongressId.of(id));
        return ResponseEntity.noContent().build();
    }
}
