package vn.chibo.members;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/**
 * Counts the members on the lists of an organization's subtree on a date, by {@link MemberCategory}, as their histories
 * say they stood that day (like {@link MemberRosterOnDate}: admitted later, transferred out or gone before is not
 * counted; a member transferred inside ChiBo counts in the branch she was in that day). Age is her age that day; the
 * other particulars (gender, ethnicity, religion, qualification, theory level) are the record's current values, which
 * are not kept with a history. Only counts leave this class, never a name.
 */
@Service
public class MemberStatistics {

    private final JdbcClient jdbc;
    private final OrganizationAccess access;
    private final OrganizationManagement organizations;
    private final MemberRosterOnDate roster;

    MemberStatistics(
            JdbcClient jdbc,
            OrganizationAccess access,
            OrganizationManagement organizations,
            MemberRosterOnDate roster) {
        this.jdbc = jdbc;
        this.access = access;
        this.organizations = organizations;
        this.roster = roster;
    }

    private record Row(
            long id,
            long organizationId,
            LocalDate admissionDate,
            LocalDate ceremonyDate,
            LocalDate officialDate,
            Gender gender,
            LocalDate birthDate,
            String ethnicity,
            String religion,
            String qualification,
            PoliticalTheoryLevel theoryLevel,
            boolean unitStaff) {}

    /**
     * The tally of each organization of the subtree under {@code root} as the tree stood on {@code date} (each
     * organization's own list, not its subtree's); an organization without members that day has an empty tally. The
     * user needs {@link Permission#STATISTICS_VIEW} on the root.
     */
    @Transactional(readOnly = true)
    public Map<OrganizationId, MemberTally> tallies(CurrentUser user, OrganizationId root, LocalDate date) {
        access.require(user, root, Permission.STATISTICS_VIEW);
        List<OrganizationSummary> subtree = organizations.subtreeAt(user, root, date);
        Map<Long, Map<MemberCategory, Long>> counts = new LinkedHashMap<>();
        subtree.forEach(o -> counts.put(o.id().value(), new EnumMap<>(MemberCategory.class)));
        Long[] ids = counts.keySet().toArray(Long[]::new);
        List<Row> rows = jdbc.sql(
                        """
                        SELECT m.id, m.organization_id, m.admission_date, m.ceremony_date, m.official_date, m.gender,
                            m.birth_date, m.ethnicity, m.religion, m.qualification, m.theory_level, m.unit_staff
                        FROM members.member m
                        WHERE m.admission_date <= :date AND (m.organization_id = ANY(:orgs) OR EXISTS (
                            SELECT 1 FROM members.member_event e WHERE e.member_id = m.id
                              AND (e.from_organization_id = ANY(:orgs) OR e.to_organization_id = ANY(:orgs))))
                        """)
                .param("orgs", ids)
                .param("date", date)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getObject("admission_date", LocalDate.class),
                        rs.getObject("ceremony_date", LocalDate.class),
                        rs.getObject("official_date", LocalDate.class),
                        Gender.valueOf(rs.getString("gender")),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getString("ethnicity"),
                        rs.getString("religion"),
                        rs.getString("qualification"),
                        PoliticalTheoryLevel.valueOf(rs.getString("theory_level")),
                        rs.getBoolean("unit_staff")))
                .list();
        Map<Long, List<MemberEvent>> events =
                roster.eventsOf(rows.stream().mapToLong(Row::id).toArray());
        for (Row row : rows) {
            List<MemberEvent> history = MemberRosterOnDate.history(
                    row.admissionDate(), row.officialDate(), events.getOrDefault(row.id(), List.of()));
            Map<MemberCategory, Long> tally =
                    counts.get(MemberRosterOnDate.organizationOn(history, row.organizationId(), date));
            if (tally == null) {
                continue;
            }
            MemberState state = LifeCycle.replay(
                    row.ceremonyDate(),
                    history.stream().filter(e -> !e.occurredOn().isAfter(date)).toList());
            if (state.status().onList()) {
                categories(row, state, date).forEach(c -> tally.merge(c, 1L, Long::sum));
            }
        }
        Map<OrganizationId, MemberTally> result = new LinkedHashMap<>();
        counts.forEach((id, tally) -> result.put(OrganizationId.of(id), new MemberTally(tally)));
        return result;
    }

    /**
     * The members admitted (kết nạp) from {@code from} to {@code to}, by year of admission, by the organizations of the
     * subtree under {@code root} as it stood on {@code to}: a member counts where her history places her on the day of
     * her admission decision, wherever she went later. Readmissions and members who arrived from outside ChiBo (their
     * first event after the admission is the arrival) are not counted. The user needs {@link Permission#STATISTICS_VIEW}
     * on the root.
     */
    @Transactional(readOnly = true)
    public Map<Integer, Long> admissions(CurrentUser user, OrganizationId root, LocalDate from, LocalDate to) {
        access.require(user, root, Permission.STATISTICS_VIEW);
        Set<Long> subtree = new java.util.HashSet<>();
        organizations.subtreeAt(user, root, to).forEach(o -> subtree.add(o.id().value()));
        Long[] ids = subtree.toArray(Long[]::new);
        record Admitted(long id, long organizationId, LocalDate admissionDate, LocalDate officialDate) {}
        List<Admitted> rows = jdbc.sql(
                        """
                        SELECT m.id, m.organization_id, m.admission_date, m.official_date
                        FROM members.member m
                        WHERE m.admission_date BETWEEN :from AND :to AND (m.organization_id = ANY(:orgs) OR EXISTS (
                            SELECT 1 FROM members.member_event e WHERE e.member_id = m.id
                              AND (e.from_organization_id = ANY(:orgs) OR e.to_organization_id = ANY(:orgs))))
                        """)
                .param("orgs", ids)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Admitted(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getObject("admission_date", LocalDate.class),
                        rs.getObject("official_date", LocalDate.class)))
                .list();
        Map<Long, List<MemberEvent>> events =
                roster.eventsOf(rows.stream().mapToLong(Admitted::id).toArray());
        Map<Integer, Long> result = new java.util.TreeMap<>();
        for (Admitted row : rows) {
            List<MemberEvent> stored = events.getOrDefault(row.id(), List.of());
            boolean arrived = stored.stream()
                    .filter(e -> e.kind() != MemberEventKind.ADMITTED && e.kind() != MemberEventKind.RECOGNIZED)
                    .findFirst()
                    .map(e -> e.kind() == MemberEventKind.TRANSFERRED_IN)
                    .orElse(false);
            if (arrived) {
                continue;
            }
            List<MemberEvent> history = MemberRosterOnDate.history(row.admissionDate(), row.officialDate(), stored);
            long where = MemberRosterOnDate.organizationOn(history, row.organizationId(), row.admissionDate());
            if (subtree.contains(where)) {
                result.merge(row.admissionDate().getYear(), 1L, Long::sum);
            }
        }
        return result;
    }

    /** The categories a member on the list falls in on the date. */
    private static Set<MemberCategory> categories(Row row, MemberState state, LocalDate date) {
        Set<MemberCategory> in = new java.util.HashSet<>();
        in.add(MemberCategory.MEMBERS);
        in.add(state.status() == MemberStatus.OFFICIAL ? MemberCategory.OFFICIAL : MemberCategory.PROBATIONARY);
        if (state.activity() == ActivityState.EXEMPT) {
            in.add(MemberCategory.EXEMPT);
        } else if (state.activity() == ActivityState.TEMPORARILY_EXEMPT) {
            in.add(MemberCategory.TEMPORARILY_EXEMPT);
        }
        if (row.unitStaff()) {
            in.add(MemberCategory.UNIT_STAFF);
        }
        in.add(MemberCategory.of(row.gender()));
        in.add(isKinh(row.ethnicity()) ? MemberCategory.KINH : MemberCategory.MINORITY);
        in.add(MemberCategory.of(ageBand(Period.between(row.birthDate(), date).getYears())));
        in.add(hasReligion(row.religion()) ? MemberCategory.RELIGIOUS : MemberCategory.NO_RELIGION);
        in.add(MemberCategory.of(QualificationLevel.of(row.qualification())));
        in.add(MemberCategory.of(row.theoryLevel()));
        return in;
    }

    static boolean isKinh(String ethnicity) {
        return "Kinh"
                .equals(Ethnicities.find(ethnicity == null ? "Kinh" : ethnicity).orElse(ethnicity));
    }

    /** A religion the lý lịch names: anything but nothing or "Không" (none). */
    static boolean hasReligion(String religion) {
        String folded = VietnameseText.fold(religion);
        return !folded.isEmpty() && !NO_RELIGION.contains(folded);
    }

    private static final Set<String> NO_RELIGION = Set.of("khong", "khong co", "khong theo ton giao", "-");

    /** The band of the statistics forms for an age in whole years. */
    static AgeBand ageBand(int age) {
        for (AgeBand band : AgeBand.values()) {
            if (age >= band.from() && age <= band.to()) {
                return band;
            }
        }
        return age < AgeBand.UP_TO_30.from() ? AgeBand.UP_TO_30 : AgeBand.OVER_60;
    }
}
