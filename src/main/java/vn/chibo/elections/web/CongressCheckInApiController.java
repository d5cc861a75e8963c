package vn.chibo.elections.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.elections.CongressCheckIn;
import vn.chibo.elections.CongressId;
import vn.chibo.platform.CurrentUser;

@RestController
@RequestMapping("/api/v1/congresses")
@Tag(name = "Congresses")
class CongressCheckInApiController {

    private final CongressCheckIn checkIn;

    CongressCheckInApiController(CongressCheckIn checkIn) {
        this.checkIn = checkIn;
    }

    /** The code on a delegate's card, as the desk's scanner or clerk typed it. */
    record Scan(String code) {}

    @GetMapping("/{id}/cards")
    @Operation(
            summary = "The delegate cards (each voter's check-in code), how many have checked in and who has not yet;"
                    + " for those who manage the congress")
    CongressCheckIn.Desk cards(@PathVariable long id, CurrentUser user) {
        return checkIn.desk(user, CongressId.of(id));
    }

    @PostMapping("/{id}/cards")
    @Operation(summary = "Issue a card to each voter who has none yet (cards issued stay valid)")
    CongressCheckIn.Desk issue(@PathVariable long id, CurrentUser user) {
        checkIn.issueCards(user, CongressId.of(id));
        return checkIn.desk(user, CongressId.of(id));
    }

    @PostMapping("/{id}/check-in")
    @Operation(
            summary = "Check in the holder of a card: records her present, or says she already was; an unknown code"
                    + " is refused naming the field")
    CongressCheckIn.CheckedIn checkIn(@PathVariable long id, @RequestBody Scan scan, CurrentUser user) {
        return checkIn.checkIn(user, CongressId.of(id), scan == null ? null : scan.code());
    }

    /** Whether a guest has arrived. */
    record Arrival(
            @io.swagger.v3.oas.annotations.media.Schema(description = "true: arrived; false: take it back")
                    Boolean arrived) {}

    @org.springframework.web.bind.annotation.PutMapping("/{id}/check-in/guests/{guest}")
    @Operation(
            summary = "The desk receives a guest of the congress (arrived true) or takes that back (false); once any"
                    + " guest is received, the screen, the minutes and the news introduce those who came")
    CongressCheckIn.GuestArrival guestArrived(
            @PathVariable long id, @PathVariable long guest, @RequestBody Arrival body, CurrentUser user) {
        if (body == null || body.arrived() == null) {
            throw new vn.chibo.platform.InvalidInputException("arrived", "validation.required");
        }
        return checkIn.guestArrived(user, CongressId.of(id), guest, body.arrived());
    }

    @PostMapping("/{id}/check-in/photo")
    @Operation(
            summary = "Check in the holder of the card in a photo (multipart field photo: JPEG, PNG, GIF or BMP): its"
                    + " QR code is read on the server; a photo without a readable code is refused naming the field")
    CongressCheckIn.CheckedIn checkInFromPhoto(
            @PathVariable long id, @RequestParam(required = false) MultipartFile photo, CurrentUser user) {
        return checkIn.checkInFromPhoto(user, CongressId.of(id), CardPhoto.of(photo));
    }
}
