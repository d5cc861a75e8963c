package vn.chibo.dues;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.dues.DuesRecords.SheetRow;
import vn.chibo.members.MemberDetails;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/**
 * Dues as they are read outside the branch's own sheet: the month's figures of every branch the level above may see
 * (DUES_VIEW on its subtree), and a member's own dues. An open month's due is computed as the branch's sheet computes
 * it, so that it is known before the month is closed.
 */
@Service
public class DuesOverview {

    private final DuesRecords records;
    private final DuesRuleSets ruleSets;
    private final DuesLines lines;
    private final OrganizationAccess access;
    private final MemberManagement members;
    private final Clock clock;

    DuesOverview(
            DuesRecords records,
            DuesRuleSets ruleSets,
            DuesLines lines,
            OrganizationAccess access,
            MemberManagement members,
            Clock clock) {
        this.records = records;
        this.ruleSets = ruleSets;
        this.lines = lines;
        this.access = access;
        this.members = members;
        this.clock = clock;
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

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
        List<BranchDuesTotals> rows = records.branchTotals(scope.sqlCondition("o.path") + subtree, params, month);
        DuesRules rules = ruleSets.on(month);
        if (rules == null || month.isAfter(currentMonth())) {
            return rows;
        }
        // A month not closed yet: what is due is computed as the branch's sheet computes it, from the roster of the
        // month, the bases and reliefs in force and the rules of the month (one roster read per open branch).
        List<BranchDuesTotals> result = new ArrayList<>();
        for (BranchDuesTotals row : rows) {
            if (row.status() == MonthStatus.CLOSED) {
                result.add(row);
                continue;
            }
            SheetRow sheet = records.sheet(row.organizationId().value(), month);
            long due = lines.computed(user, row.organizationId(), month, rules, sheet).stream()
                    .mapToLong(l -> l.amountDue() == null ? 0 : l.amountDue())
                    .sum();
            result.add(new BranchDuesTotals(
                    row.organizationId(),
                    row.organizationName(),
                    row.type(),
                    month,
                    row.status(),
                    row.keptPercent(),
                    row.payers(),
                    row.paid(),
                    due,
                    row.received()));
        }
        return result;
    }

    /**
     * The signed-in member's own dues, newest month first; empty when her account is linked to no record. The current
     * month, while her branch has not closed it, shows what is due as computed now (her basis, reliefs and party age
     * today, the rules of the month), as the branch's sheet does, even before she has paid anything.
     */
    @Transactional
    public List<OwnDuesPayment> own(CurrentUser user) {
        Optional<MemberDetails> self = members.own(user);
        if (self.isEmpty()) {
            return List.of();
        }
        MemberDetails m = self.get();
        List<OwnDuesPayment> stored = records.own(m.id().value());
        YearMonth month = currentMonth();
        DuesRules rules = ruleSets.on(month);
        if (rules == null || !m.status().onList()) {
            return stored;
        }
        SheetRow sheet = records.sheet(m.organizationId().value(), month);
        if (sheet != null && sheet.status() == MonthStatus.CLOSED) {
            return stored;
        }
        List<Long> id = List.of(m.id().value());
        DuesAssessment due = DuesLines.assess(
                rules,
                records.basesIn(id, month).get(m.id().value()),
                m.partyAgeYears(),
                records.reliefsIn(id, month).get(m.id().value()));
        List<OwnDuesPayment> result = new ArrayList<>();
        OwnDuesPayment current = stored.stream()
                .filter(p -> p.month().equals(month) && p.status() == MonthStatus.OPEN)
                .findFirst()
                .orElse(null);
        result.add(new OwnDuesPayment(
                month,
                m.organizationName(),
                MonthStatus.OPEN,
                due.amountDue(),
                current == null ? null : current.amountPaid(),
                current == null ? null : current.paidOn(),
                current == null ? null : current.channel()));
        stored.stream().filter(p -> p != current).forEach(result::add);
        return result;
    }
}
