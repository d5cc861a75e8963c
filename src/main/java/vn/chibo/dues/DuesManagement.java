package vn.chibo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.dues.DuesRecords.LineRow;
import vn.chibo.dues.DuesRecords.SheetRow;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * A branch's dues as records: each member's basis and reliefs, the month's collection sheet computed from the roster
 * of that month and the rules of that month, payments recorded (or removed with a reason) while the month is open, the
 * month closed (every line frozen with what was due, and the share kept), corrections of a closed month with their
 * reason, and the valid reasons that keep months out of the 3-month warning. The branch works with DUES_MANAGE on
 * itself; the level above and the member herself read through {@link DuesOverview}. Every write is audited in one
 * transaction with the write, and bad input is refused before anything is written.
 */
@Service
public class DuesManagement {

    private final DuesRecords records;
    private final DuesRuleSets ruleSets;
    private final OrganizationAccess access;
    private final OrganizationManagement organizations;
    private final MemberRosterOnDate roster;
    private final DuesLines lines;
    private final AuditTrail audit;
    private final Clock clock;

    DuesManagement(
            DuesRecords records,
            DuesRuleSets ruleSets,
            OrganizationAccess access,
            OrganizationManagement organizations,
            MemberRosterOnDate roster,
            DuesLines lines,
            AuditTrail audit,
            Clock clock) {
        this.records = records;
        this.ruleSets = ruleSets;
        this.access = access;
        this.organizations = organizations;
        this.roster = roster;
        this.lines = lines;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- months -------------------------------------------------------------------------------------------------

    /** The current month in Vietnam. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /** A month as the pages and the API send it ("2026-12"); blank means the current month. */
    public YearMonth month(String text) {
        String value = InputText.blankToNull(text);
        if (value == null) {
            return currentMonth();
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "dues.month.invalid");
        }
    }

    /** A month a change is made in: required (a blank month is not taken for the current one when writing). */
    public YearMonth requiredMonth(String text) {
        if (InputText.blankToNull(text) == null) {
            throw new InvalidInputException("month", "validation.required");
        }
        return month(text);
    }

    private DuesRules rules(YearMonth month) {
        DuesRules rules = ruleSets.on(month);
        if (rules == null) {
            throw new InvalidInputException("month", "dues.month.beforeRules", DuesRules.QD_342.regulation());
        }
        return rules;
    }

    // ---- access -------------------------------------------------------------------------------------------------

    /** Checks that the user may record the branch's dues: 404 when she may not see it, 403 when she may not manage. */
    @Transactional(readOnly = true)
    public void requireManaging(CurrentUser user, OrganizationId organization) {
        access.require(user, organization, Permission.DUES_MANAGE);
    }

    private OrganizationSummary branch(CurrentUser user, OrganizationId organization, Permission permission) {
        access.require(user, organization, permission);
        OrganizationSummary summary = organizations.summary(user, organization);
        if (!summary.type().isBranch()) {
            throw new InvalidInputException("organizationId", "dues.organization.notBranch", summary.name());
        }
        return summary;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The collection sheet of the branch for the month: frozen lines once closed, computed from the roster before. */
    @Transactional(readOnly = true)
    public DuesSheet sheet(CurrentUser user, OrganizationId organization, YearMonth month) {
        OrganizationSummary branch = branch(user, organization, Permission.DUES_VIEW);
        DuesRules rules = rules(month);
        SheetRow sheet = records.sheet(organization.value(), month);
        boolean manageable = access.permissions(user, organization).contains(Permission.DUES_MANAGE);
        List<DuesLine> lines;
        MonthStatus status;
        int keptPercent;
        if (sheet != null && sheet.status() == MonthStatus.CLOSED) {
            lines = this.lines.frozen(sheet, month);
            status = MonthStatus.CLOSED;
            keptPercent = sheet.keptPercent();
        } else {
            lines = this.lines.computed(user, organization, month, rules, sheet);
            status = MonthStatus.OPEN;
            keptPercent = DuesRuleSets.keptPercent(rules, branch.type());
        }
        return new DuesSheet(
                organization,
                branch.name(),
                month,
                rules,
                status,
                lines,
                DuesTotals.of(lines, keptPercent),
                manageable);
    }

    /**
     * A member's bases, reliefs and accepted reasons with their history; she must be on the branch's list today.
     * {@code manageable} says whether the reader may record in them (the pages show their forms only then).
     */
    @Transactional(readOnly = true)
    public DuesMemberRecord member(CurrentUser user, OrganizationId organization, MemberId member) {
        branch(user, organization, Permission.DUES_VIEW);
        boolean manageable = access.permissions(user, organization).contains(Permission.DUES_MANAGE);
        MemberRosterOnDate.OnDate listed = listedToday(user, organization, member);
        return new DuesMemberRecord(
                member,
                listed.fullName(),
                records.bases(member.value()).stream()
                        .map(b -> new DuesMemberRecord.Basis(
                                b.category(), b.amount(), b.fromMonth(), b.beyondWorkingAge()))
                        .toList(),
                records.reliefs(member.value()).stream()
                        .map(r -> new DuesMemberRecord.Relief(
                                r.kind(), r.reason(), r.percent(), r.fromMonth(), r.untilMonth(), r.decision()))
                        .toList(),
                records.excuses(member.value()).stream()
                        .map(x -> new DuesMemberRecord.Excuse(
                                x.id(),
                                x.reason(),
                                x.fromMonth(),
                                x.untilMonth(),
                                x.note(),
                                x.withdrawnBy(),
                                x.withdrawnAt(),
                                x.withdrawalReason()))
                        .toList(),
                manageable);
    }

    // ---- the branch's records -----------------------------------------------------------------------------------

    /** Records a member's basis from a month on (replacing one recorded from the same month). */
    @Transactional
    public void recordBasis(CurrentUser user, OrganizationId organization, RecordDuesBasis command) {
        branch(user, organization, Permission.DUES_MANAGE);
        MemberRosterOnDate.OnDate listed = listed(user, organization, command.memberId(), command.fromMonth());
        if (command.category() == null) {
            throw new InvalidInputException("category", "validation.required");
        }
        YearMonth from = command.fromMonth();
        if (from == null) {
            throw new InvalidInputException("fromMonth", "validation.required");
        }
        if (from.isAfter(currentMonth().plusMonths(1))) {
            throw new InvalidInputException("fromMonth", "dues.fromMonth.tooLate", listed.fullName());
        }
        DuesRules rules = ruleSets.on(from);
        if (rules == null) {
            throw new InvalidInputException("fromMonth", "dues.month.beforeRules", DuesRules.QD_342.regulation());
        }
        Long amount = DuesInput.basisAmount(command, rules, listed.fullName());
        long id = records.saveBasis(
                command.memberId().value(),
                command.category(),
                amount,
                command.beyondWorkingAge(),
                from,
                user.username(),
                clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organization", organization.value());
        after.put("member", command.memberId().value());
        after.put("category", command.category());
        after.put("amount", amount);
        after.put("beyondWorkingAge", command.beyondWorkingAge());
        after.put("fromMonth", from.toString());
        audit.record(user, "dues.basis.record", DuesRecords.BASIS, id, null, after);
    }

    /** Records an exemption or reduction decided on a member's application. */
    @Transactional
    public void recordRelief(CurrentUser user, OrganizationId organization, RecordDuesRelief command) {
        branch(user, organization, Permission.DUES_MANAGE);
        MemberRosterOnDate.OnDate listed = listed(user, organization, command.memberId(), command.fromMonth());
        if (command.fromMonth() != null && ruleSets.on(command.fromMonth()) == null) {
            throw new InvalidInputException("fromMonth", "dues.month.beforeRules", DuesRules.QD_342.regulation());
        }
        DuesInput.CheckedRelief checked = DuesInput.relief(command, listed.fullName());
        Integer percent = checked.percent();
        String decision = checked.decision();
        YearMonth until = checked.until();
        long id = records.insertRelief(
                command.memberId().value(),
                command.kind(),
                command.reason(),
                percent,
                command.fromMonth(),
                until,
                decision,
                user.username(),
                clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organization", organization.value());
        after.put("member", command.memberId().value());
        after.put("kind", command.kind());
        after.put("reason", command.reason());
        after.put("percent", percent);
        after.put("fromMonth", command.fromMonth().toString());
        after.put("untilMonth", until.toString());
        after.put("decision", decision);
        audit.record(user, "dues.relief.record", DuesRecords.RELIEF, id, null, after);
    }

    /** Records (or replaces) a member's payment in an open month; a closed month is changed only by a correction. */
    @Transactional
    public void recordPayment(
            CurrentUser user, OrganizationId organization, YearMonth month, RecordDuesPayment command) {
        requireManaging(user, organization);
        DuesSheet sheet = sheet(user, organization, month);
        SheetRow row = records.lockSheet(organization.value(), month);
        if (row.status() == MonthStatus.CLOSED) {
            throw new InvalidInputException("month", "dues.month.closed", DuesInput.monthText(month));
        }
        DuesLine line = lineOf(sheet, command.memberId());
        DuesInput.Payment payment = DuesInput.payment(command, line, month, LocalDate.now(clock));
        LineRow before = records.lines(row.id()).get(line.memberId().value());
        long id = records.saveLine(
                row.id(),
                line.memberId().value(),
                line.fullName(),
                line.amountDue(),
                relief(line),
                payment.amount(),
                payment.paidOn(),
                payment.channel(),
                payment.note());
        audit.record(
                user,
                "dues.payment.record",
                DuesRecords.LINE,
                id,
                DuesInput.stored(before),
                DuesInput.written(month, line, payment));
    }

    /** Corrects a member's line of a closed month, with the reason, which is kept beside the change. */
    @Transactional
    public void correctPayment(
            CurrentUser user, OrganizationId organization, YearMonth month, RecordDuesPayment command) {
        requireManaging(user, organization);
        DuesSheet sheet = sheet(user, organization, month);
        SheetRow row = records.lockSheet(organization.value(), month);
        if (row.status() != MonthStatus.CLOSED) {
            throw new InvalidInputException("month", "dues.month.notClosed", DuesInput.monthText(month));
        }
        DuesLine line = lineOf(sheet, command.memberId());
        String reason = DuesInput.reason(command.reason(), line.fullName());
        DuesInput.Payment payment = DuesInput.payment(command, line, month, LocalDate.now(clock));
        LineRow before = records.lines(row.id()).get(line.memberId().value());
        long id = records.saveLine(
                row.id(),
                line.memberId().value(),
                line.fullName(),
                line.amountDue(),
                relief(line),
                payment.amount(),
                payment.paidOn(),
                payment.channel(),
                payment.note());
        records.insertCorrection(id, reason, before.amountPaid(), payment.amount(), user.username(), clock.instant());
        Map<String, Object> after = DuesInput.written(month, line, payment);
        after.put("reason", reason);
        audit.record(user, "dues.payment.correct", DuesRecords.LINE, id, DuesInput.stored(before), after);
    }

    /**
     * Removes a payment recorded by mistake in an open month, keeping the line as it was and the reason in the audit
     * log. A closed month is refused: it changes only by a correction with its reason.
     */
    @Transactional
    public void cancelPayment(
            CurrentUser user, OrganizationId organization, YearMonth month, CancelDuesPayment command) {
        requireManaging(user, organization);
        DuesSheet sheet = sheet(user, organization, month);
        SheetRow row = records.lockSheet(organization.value(), month);
        if (row.status() == MonthStatus.CLOSED) {
            throw new InvalidInputException("month", "dues.cancel.closed", DuesInput.monthText(month));
        }
        DuesLine line = lineOf(sheet, command.memberId());
        LineRow before = records.lines(row.id()).get(line.memberId().value());
        if (before == null || before.amountPaid() == null) {
            throw new InvalidInputException(
                    "memberId", "dues.cancel.nothing", line.fullName(), DuesInput.monthText(month));
        }
        String reason = DuesInput.reason(command.reason(), line.fullName(), "dues.cancel.reason");
        records.deleteLine(before.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("month", month.toString());
        after.put("member", line.memberId().value());
        after.put("amountPaid", null);
        after.put("reason", reason);
        audit.record(user, "dues.payment.cancel", DuesRecords.LINE, before.id(), DuesInput.stored(before), after);
    }

    /**
     * Records a valid reason the branch accepted for a member not paying in some months (illness, work away or abroad,
     * another reason with its note): those months no longer count towards the 3-month warning.
     */
    @Transactional
    public void recordExcuse(CurrentUser user, OrganizationId organization, RecordDuesExcuse command) {
        branch(user, organization, Permission.DUES_MANAGE);
        MemberRosterOnDate.OnDate listed = listed(user, organization, command.memberId(), command.fromMonth());
        if (command.fromMonth() != null && ruleSets.on(command.fromMonth()) == null) {
            throw new InvalidInputException("fromMonth", "dues.month.beforeRules", DuesRules.QD_342.regulation());
        }
        DuesInput.CheckedExcuse checked = DuesInput.excuse(command, listed.fullName());
        long id = records.insertExcuse(
                command.memberId().value(),
                command.reason(),
                command.fromMonth(),
                checked.until(),
                checked.note(),
                user.username(),
                clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organization", organization.value());
        after.put("member", command.memberId().value());
        after.put("reason", command.reason());
        after.put("fromMonth", command.fromMonth().toString());
        after.put("untilMonth", checked.until().toString());
        after.put("note", checked.note());
        audit.record(user, "dues.excuse.record", DuesRecords.EXCUSE, id, null, after);
    }

    /**
     * Withdraws a valid reason recorded by mistake, with why; checked as recording one is (DUES_MANAGE on the branch,
     * the member on its list). Refused while a month it covers is closed, as every change to a closed month is: the
     * warning was counted on it. The reason stays, marked withdrawn; the audit log keeps it as it was.
     */
    @Transactional
    public void withdrawExcuse(CurrentUser user, OrganizationId organization, WithdrawDuesExcuse command) {
        branch(user, organization, Permission.DUES_MANAGE);
        if (command.excuseId() == null) {
            throw new InvalidInputException("excuseId", "validation.required");
        }
        DuesRecords.ExcuseRow excuse = command.memberId() == null
                ? null
                : records.lockExcuse(command.memberId().value(), command.excuseId());
        if (excuse == null) {
            throw new NotFoundException("DuesExcuse", command.excuseId());
        }
        MemberRosterOnDate.OnDate listed = listed(user, organization, command.memberId(), excuse.fromMonth());
        if (excuse.withdrawn()) {
            throw new InvalidInputException("excuseId", "dues.excuse.withdrawn.already", listed.fullName());
        }
        List<YearMonth> closed = records.closedMonthsOf(
                command.memberId().value(), organization.value(), excuse.fromMonth(), excuse.untilMonth());
        if (!closed.isEmpty()) {
            throw new InvalidInputException(
                    "excuseId",
                    "dues.excuse.withdraw.closed",
                    listed.fullName(),
                    String.join(", ", closed.stream().map(DuesInput::monthText).toList()));
        }
        String reason = DuesInput.reason(command.reason(), listed.fullName(), "dues.excuse.withdraw.reason");
        records.withdrawExcuse(excuse.id(), reason, user.username(), clock.instant());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("organization", organization.value());
        before.put("member", excuse.memberId());
        before.put("reason", excuse.reason());
        before.put("fromMonth", excuse.fromMonth().toString());
        before.put("untilMonth", excuse.untilMonth().toString());
        before.put("note", excuse.note());
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("withdrawn", true);
        after.put("withdrawalReason", reason);
        audit.record(user, "dues.excuse.withdraw", DuesRecords.EXCUSE, excuse.id(), before, after);
    }

    /**
     * Closes the month: every member on the list gets a line frozen with what was due, and the share kept is fixed.
     * Refused, naming them, while a member has no basis the rules can price.
     */
    @Transactional
    public void close(CurrentUser user, OrganizationId organization, YearMonth month) {
        requireManaging(user, organization);
        DuesSheet sheet = sheet(user, organization, month);
        SheetRow row = records.lockSheet(organization.value(), month);
        if (row.status() == MonthStatus.CLOSED) {
            throw new InvalidInputException("month", "dues.month.closed", DuesInput.monthText(month));
        }
        List<String> without = sheet.lines().stream()
                .filter(l -> l.standing() == DuesStanding.NO_BASIS)
                .map(DuesLine::fullName)
                .toList();
        if (!without.isEmpty()) {
            throw new InvalidInputException(
                    "memberId", "dues.close.withoutBasis", without.size(), String.join(", ", without));
        }
        Map<Long, LineRow> stored = records.lines(row.id());
        for (DuesLine line : sheet.lines()) {
            LineRow paid = stored.get(line.memberId().value());
            records.saveLine(
                    row.id(),
                    line.memberId().value(),
                    line.fullName(),
                    line.amountDue(),
                    relief(line),
                    paid == null ? null : paid.amountPaid(),
                    paid == null ? null : paid.paidOn(),
                    paid == null ? null : paid.channel(),
                    paid == null ? null : paid.note());
        }
        records.close(row.id(), sheet.totals().keptPercent(), user.username(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organization", organization.value());
        after.put("month", month.toString());
        after.put("regulation", sheet.rules().regulation());
        after.put("members", sheet.totals().members());
        after.put("due", sheet.totals().due());
        after.put("paid", sheet.totals().paid());
        after.put("keptPercent", sheet.totals().keptPercent());
        after.put("kept", sheet.totals().kept());
        after.put("sentUp", sheet.totals().sentUp());
        audit.record(user, "dues.month.close", DuesRecords.SHEET, row.id(), MonthStatus.OPEN, after);
    }

    // ---- input --------------------------------------------------------------------------------------------------

    private static DuesLine lineOf(DuesSheet sheet, MemberId member) {
        if (member == null) {
            throw new InvalidInputException("memberId", "validation.required");
        }
        return sheet.lines().stream()
                .filter(l -> l.memberId().equals(member))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("memberId", "dues.member.notOnSheet"));
    }

    private MemberRosterOnDate.OnDate listedToday(CurrentUser user, OrganizationId organization, MemberId member) {
        return listed(user, organization, member, null);
    }

    /**
     * The member on the branch's list today or, for a basis or relief from a past month, on the list of that month (a
     * member who has left may still need one for the months she was there). Not found otherwise.
     */
    private MemberRosterOnDate.OnDate listed(
            CurrentUser user, OrganizationId organization, MemberId member, YearMonth month) {
        if (member == null) {
            throw new InvalidInputException("memberId", "validation.required");
        }
        LocalDate today = LocalDate.now(clock);
        Optional<MemberRosterOnDate.OnDate> found = listedOn(user, organization, member, today);
        if (found.isEmpty() && month != null && month.isBefore(YearMonth.from(today))) {
            found = listedOn(user, organization, member, month.atEndOfMonth());
        }
        return found.orElseThrow(() -> new NotFoundException("Member", member.value()));
    }

    private Optional<MemberRosterOnDate.OnDate> listedOn(
            CurrentUser user, OrganizationId organization, MemberId member, LocalDate date) {
        return roster.members(user, organization, date).stream()
                .filter(m -> m.id().equals(member))
                .findFirst();
    }

    private static String relief(DuesLine line) {
        return line.reducedPercent() == null
                ? line.standing().name()
                : line.standing().name() + ":" + line.reducedPercent();
    }
}
