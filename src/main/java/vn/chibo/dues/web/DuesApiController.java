package vn.chibo.dues.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chibo.dues.AcknowledgeDuesReceipt;
import vn.chibo.dues.BranchDuesTotals;
import vn.chibo.dues.CancelDuesPayment;
import vn.chibo.dues.DuesCategory;
import vn.chibo.dues.DuesManagement;
import vn.chibo.dues.DuesMemberRecord;
import vn.chibo.dues.DuesOverview;
import vn.chibo.dues.DuesRemittance;
import vn.chibo.dues.DuesRemittances;
import vn.chibo.dues.DuesSheet;
import vn.chibo.dues.ExcuseReason;
import vn.chibo.dues.OwnDuesPayment;
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
import vn.chibo.platform.InvalidInputException;

@RestController
@RequestMapping("/api/v1/dues")
@Tag(
        name = "Dues",
        description = "Party dues (đảng phí): a branch's monthly collection sheet under the rules of the month (QĐ"
                + " 342-QĐ/TW until 01/2026, Quy định 01-QĐ/TW from 02/2026), members' bases, exemptions and"
                + " reductions, payments, closing a month and correcting a closed one, what a branch sent up and the"
                + " level above's receipts. `{id}` is always the"
                + " branch's organization id; months are written `2026-12`.")
class DuesApiController {

    private final DuesManagement dues;
    private final DuesOverview overview;
    private final DuesRemittances remittances;

    DuesApiController(DuesManagement dues, DuesOverview overview, DuesRemittances remittances) {
        this.dues = dues;
        this.overview = overview;
        this.remittances = remittances;
    }

    @GetMapping
    @Operation(
            summary = "The month's figures of every branch in the organization's subtree (DUES_VIEW)",
            description = "Without `org`, every branch the caller may see. `due` is frozen once the branch has closed"
                    + " the month and computed before (from the month's roster, bases, reliefs and rules; null for a"
                    + " month to come); `kept` and `sentUp` are known once it is closed. Without `month`, the current"
                    + " month.")
    List<BranchDuesTotals> totals(
            CurrentUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String month) {
        return overview.totals(user, org == null ? null : OrganizationId.of(org), dues.month(month));
    }

    @GetMapping("/mine")
    @Operation(
            summary = "The caller's own dues, newest month first (empty when her account has no member record)",
            description = "The current month, until her branch closes it, carries the `amountDue` computed now.")
    List<OwnDuesPayment> mine(CurrentUser user) {
        return overview.own(user);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "The branch's collection sheet for the month (DUES_VIEW on the branch)",
            description = "Every member on the branch's list that month (probationary members included) with her"
                    + " basis, `amountDue` and `standing` (FULL, EXEMPT_AGE, EXEMPT_SOCIAL_PENSION,"
                    + " EXEMPT_DECISION, REDUCED, NO_BASIS), what she paid, and `unpaidMonthsInYear`; the totals"
                    + " with the share kept and sent up. `rules.sharesVerified` is false when the shares are"
                    + " configured figures the regulation's text did not confirm.")
    DuesSheet sheet(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String month) {
        return dues.sheet(user, OrganizationId.of(id), dues.month(month));
    }

    /** A payment, or with a reason the correction of a closed month's line. */
    record Payment(
            @Schema(description = "the month paid for, e.g. 2026-12") String month,
            @Schema(description = "in đồng") Long amountPaid,
            LocalDate paidOn,
            PaymentChannel channel,
            String note,
            @Schema(description = "required for a correction of a closed month") String reason) {}

    @PutMapping("/{id}/payments/{memberId}")
    @Operation(
            summary = "Record a member's payment for an open month (DUES_MANAGE on the branch)",
            description = "Refused (400, naming the field and the member; nothing written) when the month is closed,"
                    + " the member is not on the sheet, or the amount, date or channel is missing or out of range.")
    DuesSheet pay(CurrentUser user, @PathVariable long id, @PathVariable long memberId, @RequestBody Payment p) {
        YearMonth month = dues.requiredMonth(required(p).month());
        dues.recordPayment(user, OrganizationId.of(id), month, command(memberId, p));
        return dues.sheet(user, OrganizationId.of(id), month);
    }

    @PutMapping("/{id}/corrections/{memberId}")
    @Operation(summary = "Correct a member's line of a closed month, with the reason (DUES_MANAGE on the branch)")
    DuesSheet correct(CurrentUser user, @PathVariable long id, @PathVariable long memberId, @RequestBody Payment p) {
        YearMonth month = dues.requiredMonth(required(p).month());
        dues.correctPayment(user, OrganizationId.of(id), month, command(memberId, p));
        return dues.sheet(user, OrganizationId.of(id), month);
    }

    /** The removal of a payment recorded by mistake. */
    record Cancellation(
            @Schema(description = "the month of the payment, e.g. 2026-12") String month,
            @Schema(description = "why the payment is removed (required; kept in the audit log)") String reason) {}

    @PostMapping("/{id}/payments/{memberId}/cancellation")
    @Operation(
            summary = "Remove a payment recorded by mistake in an open month, with the reason (DUES_MANAGE)",
            description = "Refused (400, naming the field; nothing written) when the month is closed (a closed month"
                    + " changes only by a correction), the member has no payment that month, or the reason is"
                    + " missing. The removed line and the reason are kept in the audit log.")
    DuesSheet cancel(
            CurrentUser user, @PathVariable long id, @PathVariable long memberId, @RequestBody Cancellation c) {
        if (c == null) {
            throw new InvalidInputException("month", "validation.required");
        }
        YearMonth month = dues.requiredMonth(c.month());
        dues.cancelPayment(
                user, OrganizationId.of(id), month, new CancelDuesPayment(MemberId.of(memberId), c.reason()));
        return dues.sheet(user, OrganizationId.of(id), month);
    }

    @PostMapping("/{id}/close")
    @Operation(
            summary = "Close the month (DUES_MANAGE on the branch)",
            description = "Freezes every member's line with what was due and fixes the share kept; refused while a"
                    + " member has no basis. After closing, lines change only by a correction.")
    DuesSheet close(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String month) {
        YearMonth m = dues.requiredMonth(month);
        dues.close(user, OrganizationId.of(id), m);
        return dues.sheet(user, OrganizationId.of(id), m);
    }

    @GetMapping("/{id}/members/{memberId}")
    @Operation(summary = "A member's bases and exemptions or reductions, with their history (DUES_VIEW)")
    DuesMemberRecord member(CurrentUser user, @PathVariable long id, @PathVariable long memberId) {
        return dues.member(user, OrganizationId.of(id), MemberId.of(memberId));
    }

    /** A basis from a month on. */
    record Basis(
            DuesCategory category,
            @Schema(description = "salary, benefit or pension in đồng; the fixed monthly dues for OTHER") Long amount,
            @Schema(description = "e.g. 2026-02") String fromMonth,
            @Schema(
                            description = "beyond working age: QĐ 342-QĐ/TW halves the fixed amount of the others"
                                    + " (carried over under Quy định 01-QĐ/TW, unverified); default false")
                    Boolean beyondWorkingAge) {}

    @PostMapping("/{id}/members/{memberId}/basis")
    @Operation(summary = "Record a member's dues basis from a month on (DUES_MANAGE)")
    DuesMemberRecord basis(CurrentUser user, @PathVariable long id, @PathVariable long memberId, @RequestBody Basis b) {
        if (b == null) {
            throw new InvalidInputException("category", "validation.required");
        }
        dues.recordBasis(
                user,
                OrganizationId.of(id),
                new RecordDuesBasis(
                        MemberId.of(memberId),
                        b.category(),
                        b.amount(),
                        from(b.fromMonth()),
                        Boolean.TRUE.equals(b.beyondWorkingAge())));
        return dues.member(user, OrganizationId.of(id), MemberId.of(memberId));
    }

    /** An exemption or reduction decided on application. */
    record Relief(
            ReliefKind reliefKind,
            ReliefReason reason,
            @Schema(description = "30, 50 or 70, for a reduction") Integer percent,
            String fromMonth,
            @Schema(description = "how many months; at most 12 for a reduction") Integer months,
            @Schema(description = "the decision, e.g. 12-QĐ/ĐU ngày 05/01/2026") String decision) {}

    @PostMapping("/{id}/members/{memberId}/relief")
    @Operation(summary = "Record an exemption or a 30/50/70% reduction of a member's dues (DUES_MANAGE)")
    DuesMemberRecord relief(
            CurrentUser user, @PathVariable long id, @PathVariable long memberId, @RequestBody Relief r) {
        if (r == null) {
            throw new InvalidInputException("reliefKind", "validation.required");
        }
        dues.recordRelief(
                user,
                OrganizationId.of(id),
                new RecordDuesRelief(
                        MemberId.of(memberId),
                        r.reliefKind(),
                        r.reason(),
                        r.percent(),
                        from(r.fromMonth()),
                        r.months(),
                        r.decision()));
        return dues.member(user, OrganizationId.of(id), MemberId.of(memberId));
    }

    /** A valid reason accepted by the branch for not paying. */
    record Excuse(
            @Schema(description = "ILLNESS, WORKING_AWAY (away or abroad for work or study) or OTHER")
                    ExcuseReason reason,
            @Schema(description = "e.g. 2026-09") String fromMonth,
            @Schema(description = "how many months, 1 to 12") Integer months,
            @Schema(description = "the branch's note (required), e.g. the meeting that accepted it") String note) {}

    @PostMapping("/{id}/members/{memberId}/excuse")
    @Operation(
            summary = "Record a valid reason for a member not paying in some months (DUES_MANAGE)",
            description = "Those months no longer count towards the warning of 3 unpaid months in a year.")
    DuesMemberRecord excuse(
            CurrentUser user, @PathVariable long id, @PathVariable long memberId, @RequestBody Excuse x) {
        if (x == null) {
            throw new InvalidInputException("reason", "validation.required");
        }
        dues.recordExcuse(
                user,
                OrganizationId.of(id),
                new RecordDuesExcuse(MemberId.of(memberId), x.reason(), from(x.fromMonth()), x.months(), x.note()));
        return dues.member(user, OrganizationId.of(id), MemberId.of(memberId));
    }

    /** The withdrawal of a valid reason recorded by mistake. */
    record ExcuseWithdrawal(
            @Schema(description = "why the reason is withdrawn (required; kept with it and in the audit log)")
                    String reason) {}

    @PostMapping("/{id}/members/{memberId}/excuses/{excuseId}/withdrawal")
    @Operation(
            summary = "Withdraw a valid reason recorded by mistake, with why (DUES_MANAGE on the branch)",
            description = "The reason stays in the member's record marked withdrawn (who, when, why) and its months"
                    + " count towards the 3-month warning again. Refused (400, naming the field; nothing written)"
                    + " while a month it covers is closed, when it is already withdrawn or the reason is missing;"
                    + " 404 when the member is not on the branch's list or the reason is not hers.")
    DuesMemberRecord withdrawExcuse(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long memberId,
            @PathVariable long excuseId,
            @RequestBody(required = false) ExcuseWithdrawal w) {
        dues.withdrawExcuse(
                user,
                OrganizationId.of(id),
                new WithdrawDuesExcuse(MemberId.of(memberId), excuseId, w == null ? null : w.reason()));
        return dues.member(user, OrganizationId.of(id), MemberId.of(memberId));
    }

    @GetMapping("/{id}/remittances")
    @Operation(
            summary = "What the branch sent up of its dues over a year, month by month (DUES_VIEW on the branch)",
            description = "For each month up to the current one: `collected`; once closed, `keptPercent`, `kept` and"
                    + " `toSend` (collected less kept, kept rounded down to the đồng); the level above's `receipt`"
                    + " (amount, dateReceived, who, when) and `difference` (received less toSend). `shares` lists the"
                    + " retention shares of each rule set of the year by level; a null `keptPercent` there is one the"
                    + " regulation's text found does not give, and `verified` false marks configured figures."
                    + " Without `year`, the current year.")
    DuesRemittance remittances(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String year) {
        return remittances.year(user, OrganizationId.of(id), remittances.year(year));
    }

    /** The level above's acknowledgement of what a branch sent up for a month. */
    record Receipt(
            @Schema(description = "in đồng: what the level above counted (may differ from what was due)") Long amount,
            @Schema(description = "the day it was received, not after today") LocalDate dateReceived,
            @Schema(description = "optional, e.g. the receipt voucher's number") String note) {}

    @PutMapping("/{id}/remittances/{month}/receipt")
    @Operation(
            summary = "Record the level above's receipt of what the branch sent up for a closed month (DUES_MANAGE on"
                    + " the branch's parent)",
            description = "Replaces an earlier receipt of the month (the audit log keeps the old one). 403 for an"
                    + " account that may manage the branch but not the level above; 400, naming the field with"
                    + " nothing written, when the month is not closed, the amount or the day is missing or out of"
                    + " range. A received amount other than what was due to be sent is recorded and shown as a"
                    + " difference.")
    DuesRemittance acknowledge(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String month,
            @RequestBody(required = false) Receipt r) {
        remittances.requireAcknowledging(user, OrganizationId.of(id));
        YearMonth m = DuesMonths.parse(dues, "month", month);
        remittances.acknowledge(
                user,
                OrganizationId.of(id),
                m,
                r == null ? null : new AcknowledgeDuesReceipt(r.amount(), r.dateReceived(), r.note()));
        return remittances.year(user, OrganizationId.of(id), m.getYear());
    }

    private YearMonth from(String text) {
        return text == null || text.isBlank() ? null : DuesMonths.parse(dues, "fromMonth", text);
    }

    private static Payment required(Payment p) {
        if (p == null) {
            throw new InvalidInputException("amountPaid", "validation.required");
        }
        return p;
    }

    private static RecordDuesPayment command(long memberId, Payment p) {
        return new RecordDuesPayment(
                MemberId.of(memberId), p.amountPaid(), p.paidOn(), p.channel(), p.note(), p.reason());
    }
}
