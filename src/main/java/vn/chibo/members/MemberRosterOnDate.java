package vn.chibo.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.Permission;

/**
 * The members on an organization's list on a given date, as their histories say they stood that day: a member admitted
 * later, transferred out or gone before is not there; one who left later still is, in the branch she was in then, as a
 * probationer or official member as she was then, exempt or away if she was. Two queries for the whole organization.
 */
@Component
public class MemberRosterOnDate {

    private final JdbcClient jdbc;
    private final OrganizationAccess organizations;

    MemberRosterOnDate(JdbcClient jdbc, OrganizationAccess organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** A member on the list that day, with her standing then and the date she was admitted (kết nạp). */
    public record OnDate(
            MemberId id, String fullName, MemberStatus status, ActivityState activity, LocalDate admissionDate) {

        public boolean official() {
            return status == MemberStatus.OFFICIAL;
        }
    }

    private record Candidate(
            long id,
            String fullName,
            long organizationId,
            LocalDate admissionDate,
            LocalDate ceremonyDate,
            LocalDate officialDate) {}

    @Transactional(readOnly = true)
    public List<OnDate> members(CurrentUser user, OrganizationId organization, LocalDate date) {
        organizations.require(user, organization, Permission.MEMBER_VIEW);
        return listed(organization, date).stream().map(Listed::member).toList();
    }

    /**
     * The completed years of party age on the date of each member on the organization's list that day (as {@link
     * PartyAge} counts them: from admission, less the time out of the Party), for rules that turn on it such as the dues exemption.
     */
    @Transactional(readOnly = true)
    public Map<MemberId, Integer> partyAges(CurrentUser user, OrganizationId organization, LocalDate date) {
        organizations.require(user, organization, Permission.MEMBER_VIEW);
        Map<MemberId, Integer> ages = new HashMap<>();
        for (Listed listed : listed(organization, date)) {
            ages.put(listed.member().id(), listed.partyAgeYears());
        }
        return ages;
    }

    private record Listed(OnDate member, int partyAgeYears) {}

    private List<Listed> listed(OrganizationId organization, LocalDate date) {
        List<Candidate> candidates = candidates(
                """
                (m.organization_id = :org OR EXISTS (
                    SELECT 1 FROM members.member_event e WHERE e.member_id = m.id
                      AND (e.from_organization_id = :org OR e.to_organization_id = :org)))
                """,
                organization,
                date);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MemberEvent>> events = events(candidates);
        List<Listed> list = new ArrayList<>();
        for (Candidate c : candidates) {
            List<MemberEvent> history = history(c, events.getOrDefault(c.id(), List.of()));
            if (organizationOn(history, c.organizationId(), date) != organization.value()) {
                continue;
            }
            List<MemberEvent> upToDate =
                    history.stream().filter(e -> !e.occurredOn().isAfter(date)).toList();
            MemberState state = LifeCycle.replay(c.ceremonyDate(), upToDate);
            if (state.status() == MemberStatus.PROBATIONARY || state.status() == MemberStatus.OFFICIAL) {
                list.add(new Listed(
                        new OnDate(
                                MemberId.of(c.id()), c.fullName(), state.status(), state.activity(), c.admissionDate()),
                        PartyAge.years(state, date)));
            }
        }
        return list;
    }

    /**
     * The members of other organizations on temporary transfer to this one on the date (sinh hoạt tạm thời): the host
     * lists them at its meetings without a vote (QĐ 294-QĐ/TW, as QĐ 232 §6.3.2). Read with the host's permission; only
     * their names and standing are given.
     */
    @Transactional(readOnly = true)
    public List<OnDate> hosted(CurrentUser user, OrganizationId organization, LocalDate date) {
        organizations.require(user, organization, Permission.MEMBER_VIEW);
        List<Candidate> candidates = candidates(
                """
                EXISTS (
                    SELECT 1 FROM members.member_event e WHERE e.member_id = m.id AND e.to_organization_id = :org
                      AND e.kind IN ('TEMPORARY_TRANSFER_OUT', 'TEMPORARY_TRANSFER_OUT_FOR_STUDY')
                      AND e.occurred_on <= :date)
                """,
                organization,
                date);
        Map<Long, List<MemberEvent>> events = events(candidates);
        List<OnDate> list = new ArrayList<>();
        for (Candidate c : candidates) {
            List<MemberEvent> upToDate = history(c, events.getOrDefault(c.id(), List.of())).stream()
                    .filter(e -> !e.occurredOn().isAfter(date))
                    .toList();
            MemberState state = LifeCycle.replay(c.ceremonyDate(), upToDate);
            MemberEvent lastTransfer = null;
            for (MemberEvent e : upToDate) {
                if (e.kind() == MemberEventKind.TEMPORARY_TRANSFER_OUT
                        || e.kind() == MemberEventKind.TEMPORARY_TRANSFER_OUT_FOR_STUDY) {
                    lastTransfer = e;
                }
            }
            if (state.status().onList()
                    && state.activity() == ActivityState.TEMPORARILY_AWAY
                    && lastTransfer != null
                    && organization.equals(lastTransfer.toOrganization())) {
                list.add(new OnDate(
                        MemberId.of(c.id()), c.fullName(), state.status(), state.activity(), c.admissionDate()));
            }
        }
        return list;
    }

    /**
     * The records admitted by the date that {@code where} (a condition on {@code m}, with the parameters {@code :org}
     * and {@code :date}) may put on the organization's list, in list order: whether they stood there is for their
     * histories to say.
     */
    private List<Candidate> candidates(String where, OrganizationId organization, LocalDate date) {
        return jdbc.sql(
                        """
                        SELECT m.id, m.full_name, m.organization_id, m.admission_date, m.ceremony_date, m.official_date
                        FROM members.member m
                        WHERE m.admission_date <= :date AND
                        """
                                + where
                                + " ORDER BY "
                                + MemberRows.ORDER)
                .param("org", organization.value())
                .param("date", date)
                .query((rs, n) -> new Candidate(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getLong("organization_id"),
                        rs.getObject("admission_date", LocalDate.class),
                        rs.getObject("ceremony_date", LocalDate.class),
                        rs.getObject("official_date", LocalDate.class)))
                .list();
    }

    private Map<Long, List<MemberEvent>> events(List<Candidate> candidates) {
        return eventsOf(candidates.stream().mapToLong(Candidate::id).toArray());
    }

    /** The stored events of the members, by member, in the order they happened. */
    Map<Long, List<MemberEvent>> eventsOf(long[] memberIds) {
        Map<Long, List<MemberEvent>> events = new HashMap<>();
        if (memberIds.length == 0) {
            return events;
        }
        jdbc.sql(
                        """
                        SELECT member_id, kind, occurred_on, until, from_organization_id, to_organization_id,
                            external_organization
                        FROM members.member_event WHERE member_id = ANY(:ids) ORDER BY member_id, occurred_on, id
                        """)
                .param("ids", memberIds)
                .query(rs -> {
                    events.computeIfAbsent(rs.getLong("member_id"), k -> new ArrayList<>())
                            .add(new MemberEvent(
                                    0,
                                    MemberEventKind.valueOf(rs.getString("kind")),
                                    rs.getObject("occurred_on", LocalDate.class),
                                    rs.getObject("until", LocalDate.class),
                                    null,
                                    MemberRows.optionalOrganization(rs, "from_organization_id"),
                                    MemberRows.optionalOrganization(rs, "to_organization_id"),
                                    null,
                                    rs.getString("external_organization"),
                                    null,
                                    null));
                });
        return events;
    }

    /** The stored history, with the admission (and recognition) of records that came without them, as on the record. */
    static List<MemberEvent> history(Candidate c, List<MemberEvent> stored) {
        return history(c.admissionDate(), c.officialDate(), stored);
    }

    /** The stored history of a record admitted and recognized on the dates it carries. */
    static List<MemberEvent> history(LocalDate admissionDate, LocalDate officialDate, List<MemberEvent> stored) {
        if (!stored.isEmpty() && stored.get(0).kind() == MemberEventKind.ADMITTED) {
            return stored;
        }
        List<MemberEvent> history = new ArrayList<>();
        history.add(MemberEvent.admitted(admissionDate, new DecisionReference(null, null, admissionDate)));
        if (officialDate != null && stored.stream().noneMatch(e -> e.kind() == MemberEventKind.RECOGNIZED)) {
            history.add(MemberEvent.of(MemberEventKind.RECOGNIZED, officialDate));
        }
        history.addAll(stored);
        history.sort(java.util.Comparator.comparing(MemberEvent::occurredOn));
        return history;
    }

    /**
     * The organization a member belonged to on a date. Every recorded event names the organization she was in when it
     * happened; a transfer inside ChiBo also names where she went.
     */
    static long organizationOn(List<MemberEvent> history, long current, LocalDate date) {
        Long on = null;
        for (MemberEvent e : history) {
            if (e.occurredOn().isAfter(date)) {
                if (on == null && e.fromOrganization() != null) {
                    // Nothing placed her before the date: she was where the first later event found her.
                    return e.fromOrganization().value();
                }
                break;
            }
            if (e.kind() == MemberEventKind.TRANSFERRED && e.toOrganization() != null) {
                on = e.toOrganization().value();
            } else if (e.fromOrganization() != null) {
                on = e.fromOrganization().value();
            }
        }
        return on == null ? current : on;
    }
}
