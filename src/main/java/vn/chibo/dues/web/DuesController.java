package vn.chibo.dues.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
import vn.chibo.dues.BranchDuesSum;
import vn.chibo.dues.BranchDuesTotals;
import vn.chibo.dues.CancelDuesPayment;
import vn.chibo.dues.DuesCategory;
import vn.chibo.dues.DuesManagement;
import vn.chibo.dues.DuesOverview;
import vn.chibo.dues.ExcuseReason;
import vn.chibo.dues.PaymentChannel;
import vn.chibo.dues.RecordDuesBasis;
import vn.chibo.dues.RecordDuesExcuse;
import vn.chibo.dues.RecordDuesPayment;
import vn.chibo.dues.RecordDuesRelief;
import vn.chibo.dues.ReliefKind;
import vn.chibo.dues.ReliefReason;
import vn.chibo.dues.WithdrawDuesExcuse;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputMessages;
import vn.chibo.platform.OnInvalidInput;

/**
 * The dues pages: the branches' month figures, a branch's collection sheet, a member's basis, reliefs and accepted
 * reasons for not paying, one's own dues.
 */
@Controller
@RequestMapping("/dues")
class DuesController {

    private final DuesManagement dues;
    private final DuesOverview overview;

    DuesController(DuesManagement dues, DuesOverview overview) {
        this.dues = dues;
        this.overview = overview;
    }

    @GetMapping
    String index(
            CurrentUser user,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) String month,
            Model model) {
        YearMonth m = dues.month(month);
        model.addAttribute("month", m);
        List<BranchDuesTotals> branches = overview.totals(user, org == null ? null : OrganizationId.of(org), m);
        model.addAttribute("branches", branches);
        model.addAttribute("sum", BranchDuesSum.of(branches));
        return "dues/index";
    }

    @GetMapping("/mine")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("payments", overview.own(user));
        return "dues/mine";
    }

    @GetMapping("/{id}")
    String sheet(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String month, Model model) {
        YearMonth m = dues.month(month);
        model.addAttribute("sheet", dues.sheet(user, OrganizationId.of(id), m));
        model.addAttribute("channels", PaymentChannel.values());
        model.addAttribute("previous", m.minusMonths(1));
        model.addAttribute("next", m.equals(dues.currentMonth()) ? null : m.plusMonths(1));
        return "dues/sheet";
    }

    /** The totals alone, for htmx to refresh them in place. */
    @GetMapping("/{id}/totals")
    String totals(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String month, Model model) {
        model.addAttribute("sheet", dues.sheet(user, OrganizationId.of(id), dues.month(month)));
        return "dues/sheet :: totals";
    }

    /** A payment (or, with a reason, the correction of a closed month's line) as the form sends it. */
    record PaymentForm(
            String month,
            Long memberId,
            Long amountPaid,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            PaymentChannel channel,
            String note,
            String reason) {

        RecordDuesPayment command() {
            return new RecordDuesPayment(
                    memberId == null ? null : MemberId.of(memberId), amountPaid, paidOn, channel, note, reason);
        }
    }

    @OnInvalidInput(redirect = "/dues/{id}", section = "payment", query = "month")
    @PostMapping("/{id}/payments")
    String pay(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute PaymentForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        YearMonth month = dues.requiredMonth(form.month());
        dues.recordPayment(user, OrganizationId.of(id), month, form.command());
        redirect.addFlashAttribute("notice", "dues.notice.paid");
        return "redirect:/dues/" + id + "?month=" + month;
    }

    @OnInvalidInput(redirect = "/dues/{id}", section = "correction", query = "month")
    @PostMapping("/{id}/corrections")
    String correct(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute PaymentForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        YearMonth month = dues.requiredMonth(form.month());
        dues.correctPayment(user, OrganizationId.of(id), month, form.command());
        redirect.addFlashAttribute("notice", "dues.notice.corrected");
        return "redirect:/dues/" + id + "?month=" + month;
    }

    /** The removal of a payment recorded by mistake in an open month, with its reason. */
    record CancelForm(String month, Long memberId, String reason) {}

    @OnInvalidInput(redirect = "/dues/{id}", section = "cancel", query = "month")
    @PostMapping("/{id}/payments/cancel")
    String cancel(
            CurrentUser user,
            @PathVariable long id,
            @ModelAttribute CancelForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        YearMonth month = dues.requiredMonth(form.month());
        dues.cancelPayment(
                user,
                OrganizationId.of(id),
                month,
                new CancelDuesPayment(form.memberId() == null ? null : MemberId.of(form.memberId()), form.reason()));
        redirect.addFlashAttribute("notice", "dues.notice.cancelled");
        return "redirect:/dues/" + id + "?month=" + month;
    }

    @OnInvalidInput(redirect = "/dues/{id}", section = "close", query = "month")
    @PostMapping("/{id}/close")
    String close(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String month,
            RedirectAttributes redirect) {
        YearMonth m = dues.requiredMonth(month);
        dues.close(user, OrganizationId.of(id), m);
        redirect.addFlashAttribute("notice", "dues.notice.closed");
        return "redirect:/dues/" + id + "?month=" + m;
    }

    @GetMapping("/{id}/members/{memberId}")
    String member(CurrentUser user, @PathVariable long id, @PathVariable long memberId, Model model) {
        model.addAttribute("organizationId", id);
        model.addAttribute("record", dues.member(user, OrganizationId.of(id), MemberId.of(memberId)));
        model.addAttribute("categories", DuesCategory.values());
        model.addAttribute("kinds", ReliefKind.values());
        model.addAttribute("reasons", ReliefReason.values());
        model.addAttribute("excuseReasons", ExcuseReason.values());
        model.addAttribute("currentMonth", dues.currentMonth());
        return "dues/member";
    }

    /** A basis as the form sends it. */
    record BasisForm(DuesCategory category, Long amount, String fromMonth, Boolean beyondWorkingAge) {}

    @OnInvalidInput(redirect = "/dues/{id}/members/{memberId}", section = "basis")
    @PostMapping("/{id}/members/{memberId}/basis")
    String basis(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long memberId,
            @ModelAttribute BasisForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        dues.recordBasis(
                user,
                OrganizationId.of(id),
                new RecordDuesBasis(
                        MemberId.of(memberId),
                        form.category(),
                        form.amount(),
                        fromMonth(form.fromMonth()),
                        Boolean.TRUE.equals(form.beyondWorkingAge())));
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/dues/" + id + "/members/" + memberId;
    }

    /** An exemption or reduction as the form sends it. */
    record ReliefForm(
            ReliefKind reliefKind,
            ReliefReason reason,
            Integer percent,
            String fromMonth,
            Integer months,
            String decision) {}

    @OnInvalidInput(redirect = "/dues/{id}/members/{memberId}", section = "relief")
    @PostMapping("/{id}/members/{memberId}/relief")
    String relief(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long memberId,
            @ModelAttribute ReliefForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        dues.recordRelief(
                user,
                OrganizationId.of(id),
                new RecordDuesRelief(
                        MemberId.of(memberId),
                        form.reliefKind(),
                        form.reason(),
                        form.percent(),
                        fromMonth(form.fromMonth()),
                        form.months(),
                        form.decision()));
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/dues/" + id + "/members/" + memberId;
    }

    /** A valid reason for not paying, as the form sends it. */
    record ExcuseForm(ExcuseReason reason, String fromMonth, Integer months, String note) {}

    @OnInvalidInput(redirect = "/dues/{id}/members/{memberId}", section = "excuse")
    @PostMapping("/{id}/members/{memberId}/excuse")
    String excuse(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long memberId,
            @ModelAttribute ExcuseForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        dues.recordExcuse(
                user,
                OrganizationId.of(id),
                new RecordDuesExcuse(
                        MemberId.of(memberId), form.reason(), fromMonth(form.fromMonth()), form.months(), form.note()));
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/dues/" + id + "/members/" + memberId;
    }

    /** The withdrawal of a valid reason recorded by mistake, with why. */
    record WithdrawalForm(String reason) {}

    @OnInvalidInput(redirect = "/dues/{id}/members/{memberId}", section = "excuse")
    @PostMapping("/{id}/members/{memberId}/excuses/{excuseId}/withdraw")
    String withdrawExcuse(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long memberId,
            @PathVariable long excuseId,
            @ModelAttribute WithdrawalForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        InputMessages.requireBound(binding);
        dues.withdrawExcuse(
                user, OrganizationId.of(id), new WithdrawDuesExcuse(MemberId.of(memberId), excuseId, form.reason()));
        redirect.addFlashAttribute("notice", "dues.notice.excuseWithdrawn");
        return "redirect:/dues/" + id + "/members/" + memberId;
    }

    /** A month a basis or relief runs from: required, so blank is not the current month here. */
    private YearMonth fromMonth(String text) {
        return text == null || text.isBlank() ? null : DuesMonths.parse(dues, "fromMonth", text);
    }
}
