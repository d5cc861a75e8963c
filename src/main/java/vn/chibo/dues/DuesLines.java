package vn.chibo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.dues.DuesRecords.BasisRow;
import vn.chibo.dues.DuesRecords.LineRow;
import vn.chibo.dues.DuesRecords.ReliefRow;
import vn.chibo.dues.DuesRecords.SheetRow;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.members.MemberStatus;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;

/**
 * The lines of a branch's collection sheet for a month, as the branch's sheet and the level above's totals both show
 * them: computed while the month is open, read as frozen once it is closed.
 */
@Component
class DuesLines {

    private final DuesRecords records;
    private final MemberRosterOnDate roster;
    private final Clock clock;

    DuesLines(DuesRecords records, MemberRosterOnDate roster, Clock clock) {
        this.records = records;
        this.roster = roster;
        this.clock = clock;
    }

    /** The day whose roster a month's sheet lists: its last day, or today in the current month. */
    private LocalDate rosterDate(YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        if (month.isAfter(YearMonth.from(today))) {
            throw new InvalidInputException("month", "dues.month.future");
        }
        return month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
    }

    /** The lines of an open (or not yet started) month: computed from the month's roster, bases and reliefs. */
    List<DuesLine> computed(
            CurrentUser user, OrganizationId organization, YearMonth month, DuesRules rules, SheetRow sheet) {
        LocalDate date = rosterDate(month);
        List<MemberRosterOnDate.OnDate> listed = roster.members(user, organization, date);
        Map<MemberId, Integer> ages = roster.partyAges(user, organization, date);
        List<Long> ids = listed.stream().map(m -> m.id().value()).toList();
        Map<Long, BasisRow> bases = records.basesIn(ids, month);
        Map<Long, ReliefRow> reliefs = records.reliefsIn(ids, month);
        Map<Long, Integer> unpaid = records.unpaidMonths(ids, month);
        Set<Long> excused = records.excusedIn(ids, month);
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
                    unpaid.getOrDefault(id, 0),
                    excused.contains(id)));
        }
        return lines;
    }

    /** The lines of a closed month, as frozen when it was closed. */
    List<DuesLine> frozen(SheetRow sheet, YearMonth month) {
        Map<Long, LineRow> stored = records.lines(sheet.id());
        List<Long> ids = new ArrayList<>(stored.keySet());
        Map<Long, BasisRow> bases = records.basesIn(ids, month);
        Map<Long, Integer> unpaid = records.unpaidMonths(ids, month);
        Set<Long> excused = records.excusedIn(ids, month);
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
                    unpaid.getOrDefault(line.memberId(), 0),
                    excused.contains(line.memberId())));
        }
        return lines;
    }

    /** What a member owes under the rules, from her basis (null when none) and the relief in force (or null). */
    static DuesAssessment assess(DuesRules rules, BasisRow basis, int partyAge, ReliefRow relief) {
        return rules.assess(
                basis == null ? null : basis.category(),
                basis == null ? null : basis.amount(),
                basis != null && basis.beyondWorkingAge(),
                partyAge,
                relief == null ? null : new DuesRules.Relief(relief.kind(), relief.percent()));
    }
}
