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
import vn.chibo.dues.BranchDuesTotals;
import vn.chibo.dues.DuesCategory;
import vn.chibo.dues.DuesManagement;
import vn.chibo.dues.DuesMemberRecord;
import vn.chibo.dues.DuesSheet;
import vn.chibo.dues.OwnDuesPayment;
import vn.chibo.dues.PaymentChannel;
import vn.chibo.dues.RecordDuesBasis;
import vn.chibo.dues.RecordDuesPayment;
import vn.chibo.dues.RecordDuesRelief;
import vn.chibo.dues.ReliefKind;
import vn.chibo.dues.ReliefReason;
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
                + " reductions, payments, closing a month and correcting a closed one. `{id}` is always the"
                + " branch's organization id; months are written `2026-12`.")
class DuesApiController {

    private final DuesManagement dues;

    DuesApiController(DuesManagement dues) {
        this.dues = dues;
    }

    @GetMapping
    @Operation(
            summary = "The month's figures of every branch in the organization's subtree (DUES_VIEW)",
            description = "Without `org`, every branch the caller may see. `due`, `kept` and `sentUp` are known once"
                    + " the branch has closed the month. Without `month`, the current month.")
    List<BranchDuesTotals> totals(
            CurrentUser user, @RequestParam(required = false) Long org, @RequestParam(required = false) String month) {
        return dues.totals(user, org == null ? null : OrganizationId.of(org), dues.month(month));
    }

    @GetMapping("/mine")
    @Operation(summary = "The caller's own dues, newest month first (empty when her account has no member record)")
    List<OwnDuesPayment> mine(CurrentUser user) {
        return dues.own(user);
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
        YearMonth month = dues.month(required(p).month());
        dues.recordPayment(user, OrganizationId.of(id), month, command(memberId, p));
        return dues.sheet(user, OrganizationId.of(id), month);
    }

    @PutMapping("/{id}/corrections/{memberId}")
    @Operation(summary = "Correct a member's line of a closed month, with the reason (DUES_MANAGE on the branch)")
    DuesSheet correct(CurrentUser user, @PathVariable long id, @PathVariable long memberId, @RequestBody Payment p) {
        YearMonth month = dues.month(required(p).month());
        dues.correctPayment(user, OrganizationId.of(id), month, command(memberId, p));
        return dues.sheet(user, OrganizationId.of(id), month);
    }

    @PostMapping("/{id}/close")
    @Operation(
            summary = "Close the month (DUES_MANAGE on the branch)",
            description = "Freezes every member's line with what was due and fixes the share kept; refused while a"
                    + " member has no basis. After closing, lines change only by a correction.")
    DuesSheet close(CurrentUser user, @PathVariable long id, @RequestParam String month) {
        YearMonth m = dues.month(month);
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
            @Schema(description = "salary or pension in đồng; the fixed monthly dues for OTHER") Long amount,
            @Schema(description = "e.g. 2026-02") String fromMonth) {}

    @PostMapping("/{id}/members/{memberId}/basis")
    @Operation(summary = "Record a member's dues basis from a month on (DUES_MANAGE)")
    DuesMemberRecord basis(CurrentUser user, @PathVariable long id, @PathVariable long memberId, @RequestBody Basis b) {
        if (b == null) {
            throw new InvalidInputException("category", "validation.required");
        }
        dues.recordBasis(
                user,
                OrganizationId.of(id),
                new RecordDuesBasis(MemberId.of(memberId), b.category(), b.amount(), from(b.fromMonth())));
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
