package vn.chibo.elections.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.BallotKeeping;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.ElectionId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.OnInvalidInput;

/**
 * On the congress page: sealing each election's ballots and handing them over, complaints and how they were settled,
 * the destruction of the ballots after the keeping period with its record, and the opinion ballot's minutes.
 */
@Controller
class BallotKeepingController {

    private final BallotKeeping keeping;
    private final DocumentFiles files;

    BallotKeepingController(BallotKeeping keeping, DocumentFiles files) {
        this.keeping = keeping;
        this.files = files;
    }

    @OnInvalidInput(redirect = "/congresses/{congress}", section = "ballots")
    @PostMapping("/elections/{id}/seal")
    String seal(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sealedOn,
            @RequestParam(required = false) String sealedBy,
            @RequestParam(required = false) String handedTo,
            @RequestParam(required = false) Integer packets,
            RedirectAttributes redirect,
            CurrentUser user) {
        CongressId congress = congressOf(id);
        keeping.seal(user, ElectionId.of(id), sealedOn, sealedBy, handedTo, packets == null ? 0 : packets);
        return PageRedirects.toCongress(redirect, congress, "ballots", "saved");
    }

    @OnInvalidInput(redirect = "/congresses/{congress}", section = "ballots")
    @PostMapping("/elections/{id}/destroy")
    String destroy(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate destroyedOn,
            @RequestParam(required = false) String destroyedBy,
            @RequestParam(required = false) String decision,
            RedirectAttributes redirect,
            CurrentUser user) {
        CongressId congress = congressOf(id);
        keeping.destroy(user, ElectionId.of(id), destroyedOn, destroyedBy, decision);
        return PageRedirects.toCongress(redirect, congress, "ballots", "saved");
    }

    @GetMapping("/elections/{id}/destruction-record.{format}")
    ResponseEntity<byte[]> destructionRecord(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.destructionRecord(user, id, format);
    }

    @GetMapping("/elections/{id}/opinion-minutes.{format}")
    ResponseEntity<byte[]> opinionMinutes(@PathVariable long id, @PathVariable String format, CurrentUser user) {
        return files.opinionMinutes(user, id, format);
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "ballots")
    @PostMapping("/congresses/{id}/complaints")
    String lodge(
            @PathVariable long id,
            @RequestParam(required = false) Long electionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) String complainant,
            @RequestParam(required = false) String content,
            RedirectAttributes redirect,
            CurrentUser user) {
        keeping.lodgeComplaint(
                user,
                CongressId.of(id),
                electionId == null ? null : ElectionId.of(electionId),
                receivedOn,
                complainant,
                content);
        return PageRedirects.toCongress(redirect, id, "ballots", "saved");
    }

    @OnInvalidInput(redirect = "/congresses/{id}", section = "ballots")
    @PostMapping("/congresses/{id}/complaint-settlements")
    String settle(
            @PathVariable long id,
            @RequestParam long complaintId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate settledOn,
            @RequestParam(required = false) String settlement,
            RedirectAttributes redirect,
            CurrentUser user) {
        keeping.settleComplaint(user, CongressId.of(id), complaintId, settledOn, settlement);
        return PageRedirects.toCongress(redirect, id, "ballots", "saved");
    }

    /** The election's congress, named for the page to go back to should the input be refused. */
    private CongressId congressOf(long election) {
        CongressId congress = keeping.congressOf(ElectionId.of(election));
        OnInvalidInput.Variables.put("congress", congress);
        return congress;
    }
}
