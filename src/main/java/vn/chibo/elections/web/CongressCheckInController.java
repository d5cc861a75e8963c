package vn.chibo.elections.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.elections.CongressCheckIn;
import vn.chibo.elections.CongressId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.OnInvalidInput;

/**
 * The delegate cards of a congress, to print, and its check-in desk: the page a scanner at the door types each card's
 * code into. Both are for those who manage the congress (the codes check people in).
 */
@Controller
@RequestMapping("/congresses")
class CongressCheckInController {

    private final CongressCheckIn checkIn;

    CongressCheckInController(CongressCheckIn checkIn) {
        this.checkIn = checkIn;
    }

    @GetMapping("/{id}/cards")
    String cards(@PathVariable long id, Model model, CurrentUser user) {
        CongressCheckIn.Desk desk = checkIn.desk(user, CongressId.of(id));
        Map<Long, QrCode> codes = new LinkedHashMap<>();
        desk.cards().stream()
                .filter(card -> card.code() != null)
                .forEach(card -> codes.put(card.attendeeId(), QrCode.of(card.code())));
        model.addAttribute("desk", desk);
        model.addAttribute("qr", codes);
        return "elections/cards";
    }

    @OnInvalidInput(redirect = "/congresses/{id}/cards", section = "cards")
    @PostMapping("/{id}/cards")
    String issue(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        int issued = checkIn.issueCards(user, CongressId.of(id));
        redirect.addFlashAttribute("issued", issued);
        return "redirect:/congresses/" + id + "/cards";
    }

    @GetMapping("/{id}/check-in")
    String desk(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("desk", checkIn.desk(user, CongressId.of(id)));
        return "elections/check-in";
    }

    @OnInvalidInput(redirect = "/congresses/{id}/check-in", section = "code")
    @PostMapping("/{id}/check-in")
    String checkIn(
            @PathVariable long id,
            @RequestParam(required = false) String code,
            RedirectAttributes redirect,
            CurrentUser user) {
        redirect.addFlashAttribute("checkedIn", checkIn.checkIn(user, CongressId.of(id), code));
        return "redirect:/congresses/" + id + "/check-in";
    }

    /** The desk receives a guest ({@code arrived=true}) or takes that back ({@code arrived=false}). */
    @OnInvalidInput(redirect = "/congresses/{id}/check-in", section = "guests")
    @PostMapping("/{id}/check-in/guests/{guest}")
    String guestArrived(
            @PathVariable long id,
            @PathVariable long guest,
            @RequestParam(required = false) String arrived,
            RedirectAttributes redirect,
            CurrentUser user) {
        CongressCheckIn.GuestArrival g = checkIn.guestArrived(user, CongressId.of(id), guest, arrivedFlag(arrived));
        redirect.addFlashAttribute("guestArrival", g);
        return "redirect:/congresses/" + id + "/check-in#guests";
    }

    /** "true" or "false", as the desk's buttons send it; anything else refused naming the field. */
    static boolean arrivedFlag(String arrived) {
        if ("true".equals(arrived)) {
            return true;
        }
        if ("false".equals(arrived)) {
            return false;
        }
        throw new vn.chibo.platform.InvalidInputException(
                "arrived", "validation.invalidValue", arrived == null ? "" : arrived);
    }

    /** A phone's camera at the desk: the photo of a card, its QR code read on the server. */
    @OnInvalidInput(redirect = "/congresses/{id}/check-in", section = "code")
    @PostMapping("/{id}/check-in/photo")
    String checkInFromPhoto(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile photo,
            RedirectAttributes redirect,
            CurrentUser user) {
        redirect.addFlashAttribute("checkedIn", checkIn.checkInFromPhoto(user, CongressId.of(id), CardPhoto.of(photo)));
        return "redirect:/congresses/" + id + "/check-in";
    }
}
