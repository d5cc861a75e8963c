package vn.chibo.dues.web;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chibo.dues.AcknowledgeDuesReceipt;
import vn.chibo.dues.DuesManagement;
import vn.chibo.dues.DuesRemittances;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.OnInvalidInput;

/** A branch's dues sent up over a year, and the level above's receipts of them. */
@Controller
@RequestMapping("/dues/{id}/remittances")
class DuesRemittanceController {

    private final DuesRemittances remittances;
    private final DuesManagement dues;

    DuesRemittanceController(DuesRemittances remittances, DuesManagement dues) {
        this.remittances = remittances;
        this.dues = dues;
    }

    @GetMapping
    String year(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String year, Model model) {
        int y = remittances.year(year);
        model.addAttribute("ledger", remittances.year(user, OrganizationId.of(id), y));
        return "dues/remittances";
    }

    /** A receipt as the level above's form sends it. */
    record ReceiptForm(
            String month,
            Long amount,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateReceived,
            String note) {}

    @OnInvalidInput(redirect = "/dues/{id}/remittances", section = "receipt")
    @PostMapping("/receipts")
    String acknowledge(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute ReceiptForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        remittances.requireAcknowledging(user, OrganizationId.of(id));
        InputMessages.requireBound(binding);
        YearMonth month = dues.requiredMonth(form.month());
        remittances.acknowledge(
                user,
                OrganizationId.of(id),
                month,
                new AcknowledgeDuesReceipt(form.amount(), form.dateReceived(), form.note()));
        redirect.addFlashAttribute("notice", "dues.notice.receipt");
        return "redirect:/dues/" + id + "/remittances?year=" + month.getYear();
    }
}
