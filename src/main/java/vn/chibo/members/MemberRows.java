package vn.chibo.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.OrganizationDetails;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.organizations.UnitDetails;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionColumns;
import vn.chibo.platform.NotFoundException;

/**
 * The SQL that reads members' records and writes their history rows, shared by the module's beans: no permission
 * checks and no rules here, only mapping between the tables and the read models.
 */
@Component
class MemberRows {

    static final String SUMMARY_COLUMNS =
            """
            m.id, m.full_name, m.gender, m.birth_date, m.organization_id, m.status,
            m.activity, m.theory_level, m.ethnicity, m.position, m.admission_date, m.ceremony_date, m.official_date,
            m.days_out, m.out_since
            """;
    /** Vietnamese list order: given name first. */
    static final String ORDER = "m.given_name COLLATE \"vi-x-icu\", m.full_name COLLATE \"vi-x-icu\", m.id";

    /**
     * Reads the names of organizations a record mentions (its branch, a transfer's destination): part of the record for
     * whoever may read it, even where the reader cannot open the organization itself.
     */
    private static final CurrentUser NAMES = CurrentUser.system();

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final Clock clock;

    MemberRows(JdbcClient jdbc, OrganizationManagement organizations, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * The education units of an organization and of the ones above it, nearest first, through the organizations
     * module: where a member of the organization may work.
     */
    List<UnitDetails> unitsAround(OrganizationId organization) {
        OrganizationDetails details = organizations.details(NAMES, organization);
        List<UnitDetails> units = new ArrayList<>(details.units());
        List<OrganizationSummary> above = new ArrayList<>(details.ancestors());
        java.util.Collections.reverse(above);
        for (OrganizationSummary ancestor : above) {
            units.addAll(organizations.details(NAMES, ancestor.id()).units());
        }
        return units;
    }

    /** The name of the unit a member works at, looked for from her organization upwards. */
    private String unitName(OrganizationId organization, Long unit) {
        if (unit == null) {
            return null;
        }
        OrganizationDetails details = organizations.details(NAMES, organization);
        for (UnitDetails u : details.units()) {
            if (u.id() == unit) {
                return u.name();
            }
        }
        return unitsAround(organization).stream()
                .filter(u -> u.id() == unit)
                .map(UnitDetails::name)
                .findFirst()
                .orElse(null);
    }

    /** The name of an organization, through the organizations module. */
    String organizationName(OrganizationId id) {
        return organizations.summary(NAMES, id).name();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The full record, confidential fields masked unless {@code personal}. */
    MemberDetails load(MemberId id, boolean personal, boolean manageable) {
        List<MemberEvent> history = history(id);
        List<MemberDetails.RewardOrDiscipline> rewardsAndDiscipline = jdbc.sql(
                        """
                        SELECT kind, description, decision_number, decision_symbol, decision_date
                        FROM members.distinction WHERE member_id = :id ORDER BY decision_date NULLS LAST, id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new MemberDetails.RewardOrDiscipline(
                        rs.getString("kind"), rs.getString("description"), DecisionColumns.read(rs, "decision")))
                .list();
        LocalDate today = today();
        List<MembershipVote> votes = membershipVotes(id);
        List<Integer> presented = jdbc.sql("SELECT years FROM members.badge_award WHERE member_id = :id ORDER BY years")
                .param("id", id.value())
                .query(Integer.class)
                .list();
        return jdbc.sql(
                        """
                        SELECT m.* FROM members.member m WHERE m.id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> {
                    MemberStatus status = MemberStatus.valueOf(rs.getString("status"));
                    LocalDate admission = rs.getObject("admission_date", LocalDate.class);
                    LocalDate ceremony = rs.getObject("ceremony_date", LocalDate.class);
                    int partyAge = PartyAge.years(
                            admission,
                            rs.getInt("days_out"),
                            rs.getObject("out_since", LocalDate.class),
                            status == MemberStatus.DECEASED ? lastEventDate(history, today) : today);
                    return new MemberDetails(
                            id,
                            OrganizationId.of(rs.getLong("organization_id")),
                            organizationName(OrganizationId.of(rs.getLong("organization_id"))),
                            MemberParticulars.read(rs).shown(personal),
                            admission,
                            DecisionColumns.read(rs, "admission"),
                            ceremony,
                            rs.getObject("official_date", LocalDate.class),
                            status,
                            ActivityState.valueOf(rs.getString("activity")),
                            partyAge,
                            PartyBadges.reached(partyAge),
                            PartyBadges.next(partyAge).orElse(null),
                            PartyAge.exemptFromDues(partyAge),
                            ceremony == null
                                    ? null
                                    : Recognition.of(ceremony, MembershipVote.branchResolution(votes), today),
                            history,
                            rewardsAndDiscipline,
                            personal,
                            manageable,
                            (Long) rs.getObject("unit_id", Long.class),
                            unitName(OrganizationId.of(rs.getLong("organization_id")), (Long)
                                    rs.getObject("unit_id", Long.class)),
                            votes,
                            presented);
                })
                .optional()
                .orElseThrow(() -> new NotFoundException(MemberManagement.ENTITY, id));
    }

    private static LocalDate lastEventDate(List<MemberEvent> history, LocalDate fallback) {
        return history.isEmpty() ? fallback : history.get(history.size() - 1).occurredOn();
    }

    /**
     * The member's history. A record created by a bulk import stores its admission and recognition only on the record
     * (writing two million event rows would double the import's time); they are shown as the first events here.
     */
    List<MemberEvent> history(MemberId id) {
        List<MemberEvent> stored = storedHistory(id);
        if (!stored.isEmpty() && stored.get(0).kind() == MemberEventKind.ADMITTED) {
            return stored;
        }
        List<MemberEvent> history = new ArrayList<>();
        jdbc.sql(
                        """
                        SELECT admission_date, admission_number, admission_symbol, official_date
                        FROM members.member WHERE id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> {
                    LocalDate admitted = rs.getObject("admission_date", LocalDate.class);
                    history.add(MemberEvent.admitted(admitted, DecisionColumns.read(rs, "admission")));
                    LocalDate official = rs.getObject("official_date", LocalDate.class);
                    boolean recognitionStored = stored.stream().anyMatch(e -> e.kind() == MemberEventKind.RECOGNIZED);
                    if (official != null && !recognitionStored) {
                        history.add(MemberEvent.of(MemberEventKind.RECOGNIZED, official));
                    }
                    return admitted;
                })
                .list();
        history.addAll(stored);
        return history;
    }

    private List<MemberEvent> storedHistory(MemberId id) {
        Map<OrganizationId, String> names = new HashMap<>();
        return jdbc.sql(
                        """
                        SELECT e.* FROM members.member_event e
                        WHERE e.member_id = :id ORDER BY e.occurred_on, e.id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new MemberEvent(
                        rs.getLong("id"),
                        MemberEventKind.valueOf(rs.getString("kind")),
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getObject("until", LocalDate.class),
                        DecisionColumns.read(rs, "decision"),
                        optionalOrganization(rs, "from_organization_id"),
                        optionalOrganization(rs, "to_organization_id"),
                        optionalOrganization(rs, "to_organization_id") == null
                                ? null
                                : names.computeIfAbsent(
                                        optionalOrganization(rs, "to_organization_id"), this::organizationName),
                        rs.getString("external_organization"),
                        rs.getString("note"),
                        rs.getString("recorded_by")))
                .list();
    }

    /** The branch's votes on the member's admission and recognition, oldest first. */
    List<MembershipVote> membershipVotes(MemberId id) {
        return jdbc.sql(
                        """
                        SELECT kind, organization_id, voted_on, meeting_id, decision_id, agree, disagree, abstain,
                               denominator, votes_needed, passed
                        FROM members.membership_vote WHERE member_id = :id ORDER BY voted_on, id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new MembershipVote(
                        MembershipVote.Kind.valueOf(rs.getString("kind")),
                        OrganizationId.of(rs.getLong("organization_id")),
                        rs.getObject("voted_on", LocalDate.class),
                        rs.getObject("meeting_id", Long.class),
                        rs.getObject("decision_id", Long.class),
                        rs.getInt("agree"),
                        rs.getInt("disagree"),
                        rs.getInt("abstain"),
                        rs.getInt("denominator"),
                        rs.getInt("votes_needed"),
                        rs.getBoolean("passed")))
                .list();
    }

    /** The version an edit form carries: the record's last change, in microseconds. */
    long version(MemberId id) {
        return jdbc.sql("SELECT (extract(epoch FROM updated_at) * 1000000)::bigint FROM members.member WHERE id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
    }

    /** Adds an event to the member's history (the caller has checked it and updates the record's state). */
    void insertEvent(long memberId, MemberEvent event, CurrentUser user) {
        jdbc.sql(
                        """
                        INSERT INTO members.member_event (member_id, kind, occurred_on, until, decision_number,
                            decision_symbol, decision_date, from_organization_id, to_organization_id,
                            external_organization, note, recorded_by)
                        VALUES (:m, :kind, :on, :until, :n, :s, :d, :from, :to, :ext, :note, :by)
                        """)
                .param("m", memberId)
                .param("kind", event.kind().name())
                .param("on", event.occurredOn())
                .param("until", event.until())
                .params(DecisionColumns.parameters(event.decision()))
                .param(
                        "from",
                        event.fromOrganization() == null
                                ? null
                                : event.fromOrganization().value())
                .param(
                        "to",
                        event.toOrganization() == null
                                ? null
                                : event.toOrganization().value())
                .param("ext", event.externalOrganization())
                .param("note", event.note())
                .param("by", user.username())
                .update();
    }

    /**
     * The organizations of the subtree under {@code root} that the user may see, with their names, through the
     * organizations module (the caller has checked her permission on the root).
     */
    Map<Long, String> subtree(CurrentUser user, OrganizationId root) {
        Map<Long, String> names = new HashMap<>();
        OrganizationNode.find(organizations.visibleTree(user, true), root)
                .ifPresent(node ->
                        OrganizationNode.flatten(List.of(node)).forEach(o -> names.put(o.id().value(), o.name())));
        return names;
    }

    /** A row of {@link #SUMMARY_COLUMNS} as a list entry, with the party age as of today. */
    MemberSummary summary(ResultSet rs, String organizationName) throws SQLException {
        LocalDate admission = rs.getObject("admission_date", LocalDate.class);
        return new MemberSummary(
                MemberId.of(rs.getLong("id")),
                rs.getString("full_name"),
                Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class),
                OrganizationId.of(rs.getLong("organization_id")),
                organizationName,
                MemberStatus.valueOf(rs.getString("status")),
                ActivityState.valueOf(rs.getString("activity")),
                PoliticalTheoryLevel.valueOf(rs.getString("theory_level")),
                rs.getString("ethnicity"),
                rs.getString("position"),
                admission,
                rs.getObject("ceremony_date", LocalDate.class),
                rs.getObject("official_date", LocalDate.class),
                PartyAge.years(admission, rs.getInt("days_out"), rs.getObject("out_since", LocalDate.class), today()));
    }

    static OrganizationId optionalOrganization(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : OrganizationId.of(value);
    }

    static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
