package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.elections.BallotKeeping;
import vn.chibo.elections.BallotKeepingDetails;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.ElectionId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Congresses")
class BallotKeepingApiController {

    private final BallotKeeping keeping;
    private final DocumentFiles files;

    BallotKeepingApiController(BallotKeeping keeping, DocumentFiles files) {
        this.keeping = keeping;
        this.files = files;
    }

    record Seal(LocalDate sealedOn, String sealedBy, String handedTo, Integer packets) {}

    record Destruction(LocalDate destroyedOn, String destroyedBy, String decision) {}

    record Complaint(Long electionId, LocalDate receivedOn, String complainant, String content) {}

    record Settlement(Long complaintId, LocalDate settledOn, String settlement) {}

    @GetMapping("/congresses/{id}/ballot-keeping")
    @Operation(summary = "Sealed ballots, complaints and the deadlines of a congress (QĐ 190 Điều 33–35)")
    BallotKeepingDetails details(@PathVariable long id, CurrentUser user) {
        return keeping.details(user, CongressId.of(id));
    }

    @PutMapping("/elections/{id}/seal")
    @Operation(summary = "The counting committee sealed the election's ballots and handed them over")
    BallotKeepingDetails seal(@PathVariable long id, @RequestBody Seal s, CurrentUser user) {
        if (s == null) {
            throw new InvalidInputException("sealedOn", "validation.required");
        }
        CongressId congress = keeping.seal(
                user,
                ElectionId.of(id),
                s.sealedOn(),
                s.sealedBy(),
                s.handedTo(),
                s.packets() == null ? 0 : s.packets());
        return keeping.details(user, congress);
    }

    @PutMapping("/elections/{id}/destruction")
    @Operation(summary = "The sealed ballots were destroyed after the keeping period, with no complaint pending")
    BallotKeepingDetails destroy(@PathVariable long id, @RequestBody Destruction d, CurrentUser user) {
        if (d == null) {
            throw new InvalidInputException("destroyedOn", "validation.required");
        }
        CongressId congress = keeping.destroy(user, ElectionId.of(id), d.destroyedOn(), d.destroyedBy(), d.decision());
        return keeping.details(user, congress);
    }

    @GetMapping("/elections/{id}/destruction-record.{format}")
    @Operation(summary = "The record of the ballots' destruction, numbered under the committee's term")
    ResponseEntity<byte[]> destructionRecord(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.destructionRecord(user, id, format);
    }

    @GetMapping("/elections/{id}/opinion-minutes.{format}")
    @Operation(summary = "The minutes of the opinion ballot on nominees from the floor (HD 04-HD/TW form 5)")
    ResponseEntity<byte[]> opinionMinutes(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.opinionMinutes(user, id, format);
    }

    @PostMapping("/congresses/{id}/complaints")
    @Operation(summary = "A complaint about the election; late when lodged after 15 working days from the closing")
    Map<String, Object> lodge(@PathVariable long id, @RequestBody Complaint c, CurrentUser user) {
        if (c == null) {
            throw new InvalidInputException("receivedOn", "validation.required");
        }
        long complaint = keeping.lodgeComplaint(
                user,
                CongressId.of(id),
                c.electionId() == null ? null : ElectionId.of(c.electionId()),
                c.receivedOn(),
                c.complainant(),
                c.content());
        return Map.of("id", complaint, "keeping", keeping.details(user, CongressId.of(id)));
    }

    @PostMapping("/congresses/{id}/complaint-settlements")
    @Operation(summary = "How a complaint was settled")
    BallotKeepingDetails settle(@PathVariable long id, @RequestBody Settlement s, CurrentUser user) {
        if (s == null || s.complaintId() == null) {
            throw new InvalidInputException("complaintId", "validation.required");
        }
        keeping.settleComplaint(user, CongressId.of(id), s.complaintId(), s.settledOn(), s.settlement());
        return keeping.details(user, CongressId.of(id));
    }
}
