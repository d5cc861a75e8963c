package vn.chibo.dues;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.dues.DuesRecords.BasisRow;
import vn.chibo.dues.DuesRecords.LineRow;
import vn.chibo.dues.DuesRecords.ReliefRow;
import vn.chibo.dues.DuesRecords.SheetRow;
import vn.chibo.members.MemberDetails;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.members.MemberStatus;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;
import vn.chibo.platform.StorableText;

/**
 * A branch's dues as records: each member's basis and reliefs, the month's collection sheet computed from the roster
 * of that month and the rules of that month, payments recorded while the month is open, the month closed (every line
 * frozen with what was due, and the share kept), and corrections of a closed month with their reason. The branch works
 * with DUES_MANAGE on itself; the level above reads its subtree's totals with DUES_VIEW; a member reads her own lines.
 * Every write is audited in one transaction with the write, and bad input is refused before anything is written.
 */
@Service
public class DuesManagement {

    private static final long MAX_PAYMENT = 100_000_000L;
    private static final long MAX_BASE = 10_000_000_000L;
    private static final int NOTE_LENGTH = 500;
    private static final int DECISION_LENGTH = 200;
    private static final int MAX_EXEMPTION_MONTHS = 120;

    private final DuesRecords records;
    private final DuesRuleSets ruleSets;
    private final OrganizationAccess access;
    private final OrganizationManagement organizations;
    private final MemberRosterOnDate roster;
    private final MemberManagement members;
    private final AuditTrail audit;
    private final Clock clock;

    DuesManagement(
            DuesRecords records,
            DuesRuleSets ruleSets,
            OrganizationAccess access,
            OrganizationManagement organizations,
            MemberRosterOnDate roster,
            MemberManagement members,
            AuditTrail audit,
            Clock clock) {
        this.records = records;
        this.ruleSets = ruleSets;
        this.access = access;
        this.organizations = organizations;
        this.roster = roster;
        this.members = members;
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

    /** The day whose roster a month's sheet lists: its last day, or today in the current month. */
    private LocalDate rosterDate(YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        if (month.isAfter(YearMonth.from(today))) {
            throw new InvalidInputException("month", "dues.month.future");
        }
        return month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
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

    /** The month's figures of every branch in the organization's subtree (all the user may see without one). */
    @Transactional(readOnly = true)
    public List<BranchDuesTotals> totals(CurrentUser user, OrganizationId organization, YearMonth month) {
        OrganizationScope scope = access.scope(user, Permission.DUES_VIEW);
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("scopePaths", scope.pathArray());
        String subtree = "";
        if (organization != null) {
            access.require(user, organization, Permission.DUES_VIEW);
            subtree = " AND o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :org)";
            params.put("org", organization.value());
        }
        return records.branchTotals(scope.sqlCondition("o.path") + subtree, params, month);
    }

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
            lines = frozen(sheet, month);
            status = MonthStatus.CLOSED;
            keptPercent = sheet.keptPercent();
        } else {
            lines = computed(user, organization, month, rules, sheet);
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

    private List<DuesLine> computed(
            CurrentUser user, OrganizationId organization, YearMonth month, DuesRules rules, SheetRow sheet) {
        LocalDate date = rosterDate(month);
        List<MemberRosterOnDate.OnDate> listed = roster.members(user, organization, date);
        Map<MemberId, Integer> ages = roster.partyAges(user, organization, date);
        List<Long> ids = listed.stream().map(m -> m.id().value()).toList();
        Map<Long, BasisRow> bases = records.basesIn(ids, month);
        Map<Long, ReliefRow> reliefs = records.reliefsIn(ids, month);
        Map<Long, Integer> unpaid = records.unpaidMonths(ids, month);
        Map<Long, LineRow> stored = sheet == null ? Map.of() : records.lines(sheet.id());
        List<DuesLine> lines = new ArrayList<>();
        for (MemberRosterOnDate.OnDate m : listed) {
            long id = m.id().value();
            BasisRow basis = bases.get(id);
            DuesAssessment due = assess(rules, basis, ages.getOrDefault(m.id(), 0), reliefs.get(id));
            LineRow line = stored.get(id);
            lines.add(new DuesLine(
                    m.id(),
                    m.fullName(),
                    m.status() == MemberStatus.PROBATIONARY,
                    basis == null ? null : basis.category(),
                    basis == null ? null : basis.amount(),
                    due.amountDue(),
                    due.standing(),
                    due.reducedPercent(),
                    line == null ? null : line.amountPaid(),
                    line == null ? null : line.paidOn(),
                    line == null ? null : line.channel(),
                    line == null ? null : line.note(),
                    unpaid.getOrDefault(id, 0)));
        }
        return lines;
    }

    private List<DuesLine> frozen(SheetRow sheet, YearMonth month) {
        Map<Long, LineRow> stored = records.lines(sheet.id());
        List<Long> ids = new ArrayList<>(stored.keySet());
        Map<Long, BasisRow> bases = records.basesIn(ids, month);
        Map<Long, Integer> unpaid = records.unpaidMonths(ids, month);
        List<DuesLine> lines = new ArrayList<>();
        for (LineRow line : stored.values()) {
            BasisRow basis = bases.get(line.memberId());
            String[] relief = line.relief() == null
                    ? new String[] {"NO_BASIS"}
                    : line.relief().split(":");
            lines.add(new DuesLine(
                    MemberId.of(line.memberId()),
                    line.fullName(),
                    false,
                    basis == null ? null : basis.category(),
                    basis == null ? null : basis.amount(),
                    line.amountDue(),
                    DuesStanding.valueOf(relief[0]),
                    relief.length > 1 ? Integer.valueOf(relief[1]) : null,
                    line.amountPaid(),
                    line.paidOn(),
                    line.channel(),
                    line.note(),
                    unpaid.getOrDefault(line.memberId(), 0)));
        }
        return lines;
    }

    private static DuesAssessment assess(DuesRules rules, BasisRow basis, int partyAge, ReliefRow relief) {
        return rules.assess(
                basis == null ? null : basis.category(),
                basis == null ? null : basis.amount(),
                partyAge,
                relief == null ? null : new DuesRules.Relief(relief.kind(), relief.percent()));
    }

    /** A member's bases and reliefs with their history; she must be on the branch's list today. */
    @Transactional(readOnly = true)
    public DuesMemberRecord member(CurrentUser user, OrganizationId organization, MemberId member) {
        branch(user, organization, Permission.DUES_VIEW);
        MemberRosterOnDate.OnDate listed = listedToday(user, organization, member);
        return new DuesMemberRecord(
                member,
                listed.fullName(),
                records.bases(member.value()).stream()
                        .map(b -> new DuesMemberRecord.Basis(b.category(), b.amount(), b.fromMonth()))
                        .toList(),
                records.reliefs(member.value()).stream()
                        .map(r -> new DuesMemberRecord.Relief(
                                r.kind(), r.reason(), r.percent(), r.fromMonth(), r.untilMonth(), r.decision()))
                        .toList());
    }

    /** The signed-in member's own dues, newest month first; empty when her account is linked to no record. */
    @Transactional
    public List<OwnDuesPayment> own(CurrentUser user) {
        Optional<MemberDetails> self = members.own(user);
        return self.map(m -> records.own(m.id().value())).orElse(List.of());
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
        Long amount = command.amount();
        if (rules.fixedCategory(command.category())) {
            if (amount == null || !rules.fixedAllowed(amount)) {
                throw new InvalidInputException(
                        "amount",
                        "dues.amount.fixedRange",
                        listed.fullName(),
                        rules.fixedMinimum(),
                        rules.fixedMaximum(),
                        rules.regulation());
            }
        } else if (command.category() == DuesCategory.BHXH_SALARY || command.category() == DuesCategory.PENSION) {
            if (amount == null || amount < 1 || amount > MAX_BASE) {
                throw new InvalidInputException("amount", "dues.amount.base", listed.fullName());
            }
        } else if (amount != null && (amount < 0 || amount > MAX_BASE)) {
            throw new InvalidInputException("amount", "dues.amount.base", listed.fullName());
        }
        long id = records.saveBasis(
                command.memberId().value(), command.category(), amount, from, user.username(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organization", organization.value());
        after.put("member", command.memberId().value());
        after.put("category", command.category());
        after.put("amount", amount);
        after.put("fromMonth", from.toString());
        audit.record(user, "dues.basis.record", DuesRecords.BASIS, id, null, after);
    }

    /** Records an exemption or reduction decided on a member's application. */
    @Transactional
    public void recordRelief(CurrentUser user, OrganizationId organization, RecordDuesRelief command) {
        branch(user, organization, Permission.DUES_MANAGE);
        MemberRosterOnDate.OnDate listed = listed(user, organization, command.memberId(), command.fromMonth());
        if (command.kind() == null) {
            throw new InvalidInputException("reliefKind", "validation.required");
        }
        if (command.reason() == null) {
            throw new InvalidInputException("reason", "validation.required");
        }
        Integer percent = null;
        if (command.kind() == ReliefKind.REDUCTION) {
            percent = command.percent();
            if (percent == null || (percent != 30 && percent != 50 && percent != 70)) {
                throw new InvalidInputException("percent", "dues.relief.percent", listed.fullName());
            }
        }
        if (command.fromMonth() == null) {
            throw new InvalidInputException("fromMonth", "validation.required");
        }
        if (ruleSets.on(command.fromMonth()) == null) {
            throw new InvalidInputException("fromMonth", "dues.month.beforeRules", DuesRules.QD_342.regulation());
        }
        int most = command.kind() == ReliefKind.REDUCTION ? DuesRules.REDUCTION_MAX_MONTHS : MAX_EXEMPTION_MONTHS;
        if (command.months() == null || command.months() < 1 || command.months() > most) {
            throw new InvalidInputException("months", "dues.relief.months", listed.fullName(), most);
        }
        String decision = text("decision", command.decision());
        if (decision == null) {
            throw new InvalidInputException("decision", "validation.required");
        }
        if (decision.length() > DECISION_LENGTH) {
            throw new InvalidInputException("decision", "validation.tooLong", DECISION_LENGTH);
        }
        YearMonth until = command.fromMonth().plusMonths(command.months() - 1L);
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
            throw new InvalidInputException("month", "dues.month.closed", monthText(month));
        }
        DuesLine line = lineOf(sheet, command.memberId());
        Payment payment = payment(command, line, month);
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
        audit.record(user, "dues.payment.record", DuesRecords.LINE, id, stored(before), written(month, line, payment));
    }

    /** Corrects a member's line of a closed month, with the reason, which is kept beside the change. */
    @Transactional
    public void correctPayment(
            CurrentUser user, OrganizationId organization, YearMonth month, RecordDuesPayment command) {
        requireManaging(user, organization);
        DuesSheet sheet = sheet(user, organization, month);
        SheetRow row = records.lockSheet(organization.value(), month);
        if (row.status() != MonthStatus.CLOSED) {
            throw new InvalidInputException("month", "dues.month.notClosed", monthText(month));
        }
        DuesLine line = lineOf(sheet, command.memberId());
        String reason = text("reason", command.reason());
        if (reason == null) {
            throw new InvalidInputException("reason", "dues.correction.reason", line.fullName());
        }
        if (reason.length() > NOTE_LENGTH) {
            throw new InvalidInputException("reason", "validation.tooLong", NOTE_LENGTH);
        }
        Payment payment = payment(command, line, month);
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
        Map<String, Object> after = written(month, line, payment);
        after.put("reason", reason);
        audit.record(user, "dues.payment.correct", DuesRecords.LINE, id, stored(before), after);
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
            throw new InvalidInputException("month", "dues.month.closed", monthText(month));
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

    private record Payment(long amount, LocalDate paidOn, PaymentChannel channel, String note) {}

    private Payment payment(RecordDuesPayment command, DuesLine line, YearMonth month) {
        Long amount = command.amountPaid();
        if (amount == null) {
            throw new InvalidInputException("amountPaid", "dues.amountPaid.required", line.fullName());
        }
        if (amount < 0 || amount > MAX_PAYMENT) {
            throw new InvalidInputException("amountPaid", "dues.amountPaid.range", line.fullName(), MAX_PAYMENT);
        }
        LocalDate paidOn = command.paidOn();
        if (paidOn == null) {
            throw new InvalidInputException("paidOn", "dues.paidOn.required", line.fullName());
        }
        LocalDate today = LocalDate.now(clock);
        // Members may pay ahead (several months at once) but not more than a year before the month.
        if (paidOn.isAfter(today) || paidOn.isBefore(month.atDay(1).minusYears(1))) {
            throw new InvalidInputException("paidOn", "dues.paidOn.range", line.fullName());
        }
        if (command.channel() == null) {
            throw new InvalidInputException("channel", "dues.channel.required", line.fullName());
        }
        String note = text("note", command.note());
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new InvalidInputException("note", "validation.tooLong", NOTE_LENGTH);
        }
        return new Payment(amount, paidOn, command.channel(), note);
    }

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

    private static Map<String, Object> written(YearMonth month, DuesLine line, Payment payment) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("month", month.toString());
        after.put("member", line.memberId().value());
        after.put("amountDue", line.amountDue());
        after.put("amountPaid", payment.amount());
        after.put("paidOn", payment.paidOn());
        after.put("channel", payment.channel());
        after.put("note", payment.note());
        after.put("paidMore", line.amountDue() != null && payment.amount() > line.amountDue());
        return after;
    }

    private static Map<String, Object> stored(LineRow line) {
        if (line == null) {
            return null;
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("amountDue", line.amountDue());
        before.put("amountPaid", line.amountPaid());
        before.put("paidOn", line.paidOn());
        before.put("channel", line.channel());
        before.put("note", line.note());
        return before;
    }

    private static String monthText(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    /** Free text as stored: stripped, NFC (so that search and sorting see one form of each letter), storable. */
    private static String text(String field, String value) {
        String text = InputText.blankToNull(value);
        if (text == null) {
            return null;
        }
        StorableText.require(field, text);
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
