package vn.chibo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.dues.DuesRecords.RemittanceRow;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * What branches send up of the dues they collect and what the level above acknowledges receiving. The branch's
 * treasurer and the committee above read a branch's year (DUES_VIEW on the branch); only the level above records a
 * receipt (DUES_MANAGE on the branch's parent), for a closed month, audited with the value it replaces.
 */
@Service
public class DuesRemittances {

    /** The largest amount a receipt may carry, as the table allows (100 billion đồng). */
    static final long RECEIPT_MAXIMUM = 100_000_000_000L;

    private final DuesRecords records;
    private final DuesRuleSets ruleSets;
    private final OrganizationAccess access;
    private final OrganizationManagement organizations;
    private final AuditTrail audit;
    private final Clock clock;

    DuesRemittances(
            DuesRecords records,
            DuesRuleSets ruleSets,
            OrganizationAccess access,
            OrganizationManagement organizations,
            AuditTrail audit,
            Clock clock) {
        this.records = records;
        this.ruleSets = ruleSets;
        this.access = access;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A year as the pages and the API send it; blank means the current year. */
    public int year(String text) {
        YearMonth now = YearMonth.now(clock);
        if (text == null || text.isBlank()) {
            return now.getYear();
        }
        int year;
        try {
            year = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "year",
                    "dues.year.invalid",
                    String.valueOf(DuesRules.QD_342.effectiveFrom().getYear()));
        }
        if (year < DuesRules.QD_342.effectiveFrom().getYear() || year > now.getYear()) {
            throw new InvalidInputException(
                    "year",
                    "dues.year.invalid",
                    String.valueOf(DuesRules.QD_342.effectiveFrom().getYear()));
        }
        return year;
    }

    /** The branch's months of the year up to the current one, with what it sent up and what was acknowledged. */
    @Transactional(readOnly = true)
    public DuesRemittance year(CurrentUser user, OrganizationId organization, int year) {
        OrganizationSummary branch = branch(user, organization);
        YearMonth now = YearMonth.now(clock);
        YearMonth first = YearMonth.of(year, 1);
        if (first.isBefore(DuesRules.QD_342.effectiveFrom())) {
            first = DuesRules.QD_342.effectiveFrom();
        }
        YearMonth last = YearMonth.of(year, 12);
        if (last.isAfter(now)) {
            last = now;
        }
        Map<YearMonth, RemittanceRow> rows = new LinkedHashMap<>();
        records.remittances(organization.value(), first, last).forEach(r -> rows.put(r.month(), r));
        List<DuesRemittance.Month> months = new ArrayList<>();
        List<DuesRules> ruleSetsOfYear = new ArrayList<>();
        long collected = 0;
        long kept = 0;
        long toSend = 0;
        long received = 0;
        int closed = 0;
        int acknowledged = 0;
        int mismatches = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            DuesRules rules = ruleSets.on(m);
            if (!ruleSetsOfYear.contains(rules)) {
                ruleSetsOfYear.add(rules);
            }
            DuesRemittance.Month month = month(m, rules, rows.get(m));
            months.add(month);
            if (month.closed()) {
                closed++;
                collected += month.collected();
                kept += month.kept();
                toSend += month.toSend();
                if (month.receipt() != null) {
                    acknowledged++;
                    received += month.receipt().amount();
                    if (month.mismatch()) {
                        mismatches++;
                    }
                }
            }
        }
        DuesRecords.Parent parent = records.parent(organization.value());
        boolean acknowledgeable = parent != null
                && access.permissions(user, OrganizationId.of(parent.id())).contains(Permission.DUES_MANAGE);
        return new DuesRemittance(
                organization,
                branch.name(),
                branch.type(),
                RetentionLevel.of(branch.type()),
                parent == null ? null : OrganizationId.of(parent.id()),
                parent == null ? null : parent.name(),
                year,
                months,
                new DuesRemittance.Totals(collected, kept, toSend, received, closed, acknowledged, mismatches),
                ruleSetsOfYear.stream().map(DuesRemittances::shares).toList(),
                acknowledgeable);
    }

    private static DuesRemittance.Month month(YearMonth m, DuesRules rules, RemittanceRow row) {
        if (row == null) {
            return DuesRemittance.Month.of(
                    m, rules.regulation(), rules.sharesVerified(), null, 0, null, null, null, null);
        }
        Integer percent = row.status() == MonthStatus.CLOSED ? row.keptPercent() : null;
        Long kept = percent == null ? null : DuesRules.kept(row.paid(), percent);
        DuesRemittance.Receipt receipt = row.receivedAmount() == null
                ? null
                : new DuesRemittance.Receipt(
                        row.receivedAmount(),
                        row.receivedOn(),
                        row.receiptNote(),
                        row.receivedBy(),
                        row.receivedRecordedAt());
        return DuesRemittance.Month.of(
                m,
                rules.regulation(),
                rules.sharesVerified(),
                row.status(),
                row.paid(),
                percent,
                kept,
                kept == null ? null : row.paid() - kept,
                receipt);
    }

    private static DuesRemittance.Shares shares(DuesRules rules) {
        return new DuesRemittance.Shares(
                rules.regulation(),
                rules.sharesVerified(),
                Arrays.stream(RetentionLevel.values())
                        .map(level -> new DuesRemittance.Share(level, rules.keptPercent(level)))
                        .toList());
    }

    /**
     * Records (or replaces) the level above's acknowledgement that it received what the branch sent up for a closed
     * month. Only the branch's parent records it (DUES_MANAGE there): the branch itself is refused (403). The amount
     * may differ from what was due to be sent; the difference is shown, not refused.
     */
    @Transactional
    public void acknowledge(
            CurrentUser user, OrganizationId organization, YearMonth month, AcknowledgeDuesReceipt command) {
        DuesRecords.Parent parent = acknowledgingParent(user, organization);
        if (month == null) {
            throw new InvalidInputException("month", "validation.required");
        }
        DuesRecords.SheetRow sheet = records.sheet(organization.value(), month);
        if (sheet == null || sheet.status() != MonthStatus.CLOSED) {
            throw new InvalidInputException("month", "dues.receipt.notClosed", DuesInput.monthText(month));
        }
        records.lockSheet(organization.value(), month);
        if (command == null || command.amount() == null) {
            throw new InvalidInputException("amount", "validation.required");
        }
        if (command.amount() < 0 || command.amount() > RECEIPT_MAXIMUM) {
            throw new InvalidInputException("amount", "dues.receipt.amount.range");
        }
        LocalDate on = command.dateReceived();
        if (on == null) {
            throw new InvalidInputException("dateReceived", "validation.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("dateReceived", "dues.receipt.date.future");
        }
        if (on.isBefore(month.atDay(1))) {
            throw new InvalidInputException("dateReceived", "dues.receipt.date.early", DuesInput.monthText(month));
        }
        String note = DuesInput.text("note", command.note());
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("note", "validation.tooLong", 500);
        }
        RemittanceRow row =
                records.remittances(organization.value(), month, month).get(0);
        DuesRemittance.Month before = month(month, ruleSets.on(month), row);
        long id = records.saveReceipt(
                sheet.id(), parent.id(), command.amount(), on, note, user.username(), clock.instant());
        Map<String, Object> old = null;
        if (before.receipt() != null) {
            old = new LinkedHashMap<>();
            old.put("amount", before.receipt().amount());
            old.put("dateReceived", before.receipt().dateReceived().toString());
            old.put("note", before.receipt().note());
            old.put("recordedBy", before.receipt().recordedBy());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organization", organization.value());
        after.put("receiver", parent.id());
        after.put("month", month.toString());
        after.put("toSend", before.toSend());
        after.put("amount", command.amount());
        after.put("difference", command.amount() - before.toSend());
        after.put("dateReceived", on.toString());
        after.put("note", note);
        audit.record(user, "dues.receipt.record", DuesRecords.RECEIPT, id, old, after);
    }

    /**
     * Checks that the user may record receipts of what the branch sends up: 404 when she may not see the branch, 403
     * unless she holds DUES_MANAGE on its parent (the branch's own secretary may not acknowledge her own sending).
     */
    @Transactional(readOnly = true)
    public void requireAcknowledging(CurrentUser user, OrganizationId organization) {
        acknowledgingParent(user, organization);
    }

    private DuesRecords.Parent acknowledgingParent(CurrentUser user, OrganizationId organization) {
        OrganizationSummary branch = branch(user, organization);
        DuesRecords.Parent parent = records.parent(organization.value());
        if (parent == null) {
            throw new InvalidInputException("organizationId", "dues.receipt.noParent", branch.name());
        }
        if (!access.permissions(user, OrganizationId.of(parent.id())).contains(Permission.DUES_MANAGE)) {
            throw new ForbiddenException("A receipt of dues sent up is recorded by the level above");
        }
        return parent;
    }

    private OrganizationSummary branch(CurrentUser user, OrganizationId organization) {
        access.require(user, organization, Permission.DUES_VIEW);
        OrganizationSummary summary = organizations.summary(user, organization);
        if (!summary.type().isBranch()) {
            throw new InvalidInputException("organizationId", "dues.organization.notBranch", summary.name());
        }
        return summary;
    }
}
