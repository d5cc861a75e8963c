package vn.chibo.elections;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.elections.counting.RoundOutcome;
import vn.chibo.members.MemberId;
import vn.chibo.members.VietnameseText;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.NotFoundException;

/** The SQL of congresses, their lists and resolutions. */
@Component
class CongressRecords {

    private final JdbcClient jdbc;

    CongressRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A congress as stored. */
    record Row(
            CongressId id,
            OrganizationId organizationId,
            CongressKind kind,
            CongressId parentId,
            int number,
            CongressStatus status,
            LocalDate openingDate,
            LocalDate closingDate,
            String place,
            LocalDate announcedOn,
            LocalDate termStart,
            LocalDate termEnd,
            DecisionReference plan,
            boolean higherConsent,
            Long termId,
            String approvalStatus,
            DecisionReference approval) {}

    /** A member named on a list. */
    record Person(MemberId memberId, String fullName) {}

    /** A delegate or alternate elected by a lower congress. */
    record ElectedDelegate(
            MemberId memberId, String fullName, boolean alternate, OrganizationId organizationId, int votes) {}

    Row load(CongressId id) {
        return jdbc.sql("SELECT * FROM elections.congress WHERE id = :id")
                .param("id", id.value())
                .query(CongressRecords::row)
                .optional()
                .orElseThrow(() -> new NotFoundException(CongressManagement.ENTITY, id));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        CongressId parentId = rs.wasNull() ? null : CongressId.of(parent);
        long term = rs.getLong("term_id");
        Long termId = rs.wasNull() ? null : term;
        return new Row(
                CongressId.of(rs.getLong("id")),
                OrganizationId.of(rs.getLong("organization_id")),
                CongressKind.valueOf(rs.getString("kind")),
                parentId,
                rs.getInt("number"),
                CongressStatus.valueOf(rs.getString("status")),
                rs.getObject("opening_date", LocalDate.class),
                rs.getObject("closing_date", LocalDate.class),
                rs.getString("place"),
                rs.getObject("announced_on", LocalDate.class),
                rs.getObject("term_starts_on", LocalDate.class),
                rs.getObject("term_ends_on", LocalDate.class),
                new DecisionReference(
                        rs.getString("plan_number"),
                        rs.getString("plan_symbol"),
                        rs.getObject("plan_date", LocalDate.class)),
                rs.getBoolean("higher_consent"),
                termId,
                rs.getString("approval_status"),
                new DecisionReference(
                        rs.getString("approval_number"),
                        rs.getString("approval_symbol"),
                        rs.getObject("approval_date", LocalDate.class)));
    }

    boolean numberTaken(OrganizationId organization, int number) {
        return jdbc.sql("SELECT count(*) FROM elections.congress WHERE organization_id = :org AND number = :n"
                                + " AND kind <> 'COMMITTEE_CONFERENCE'")
                        .param("org", organization.value())
                        .param("n", number)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The columns of {@link #summary(ResultSet, int)}, up to the condition. */
    private static final String SUMMARY_SELECT = "SELECT c.id, c.organization_id, o.name, c.kind, c.number, c.status,"
            + " c.opening_date, c.term_starts_on, c.term_ends_on, c.parent_id FROM elections.congress c"
            + " JOIN organizations.organization_tree o ON o.id = c.organization_id WHERE ";

    List<CongressSummary> summaries(String condition, Map<String, Object> params) {
        return jdbc.sql(SUMMARY_SELECT + condition
                        + " ORDER BY c.opening_date DESC, o.name COLLATE \"vi-x-icu\", c.id DESC")
                .params(params)
                .query(CongressRecords::summary)
                .list();
    }

    CongressSummary summary(CongressId id) {
        return jdbc.sql(SUMMARY_SELECT + "c.id = :id")
                .param("id", id.value())
                .query(CongressRecords::summary)
                .single();
    }

    private static CongressSummary summary(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new CongressSummary(
                CongressId.of(rs.getLong("id")),
                OrganizationId.of(rs.getLong("organization_id")),
                rs.getString("name"),
                CongressKind.valueOf(rs.getString("kind")),
                rs.getInt("number"),
                CongressStatus.valueOf(rs.getString("status")),
                rs.getObject("opening_date", LocalDate.class),
                rs.getObject("term_starts_on", LocalDate.class),
                rs.getObject("term_ends_on", LocalDate.class),
                parent == 0 ? null : CongressId.of(parent));
    }

    /** The committee conferences held under a congress (its new committee's first conference). */
    List<CongressId> conferencesOf(CongressId congress) {
        return jdbc.sql("SELECT id FROM elections.congress WHERE parent_id = :c ORDER BY id")
                .param("c", congress.value())
                .query((rs, n) -> CongressId.of(rs.getLong(1)))
                .list();
    }

    void setStatus(CongressId id, CongressStatus status, LocalDate closingDate) {
        jdbc.sql("UPDATE elections.congress SET status = :s, closing_date = COALESCE(:d, closing_date),"
                        + " updated_at = now() WHERE id = :id")
                .param("s", status.name())
                .param("d", closingDate)
                .param("id", id.value())
                .update();
    }

    // ---- the list -----------------------------------------------------------------------------------------------

    long insertAttendee(
            CongressId congress,
            MemberId member,
            String fullName,
            Standing standing,
            String notSummonedReason,
            boolean official,
            boolean exempt,
            boolean away,
            boolean conveningCommittee) {
        return jdbc.sql(
                        """
                        INSERT INTO elections.attendee (congress_id, member_id, full_name, given_name, standing,
                            not_summoned_reason, official, exempt, temporarily_away, convening_committee)
                        VALUES (:c, :m, :name, :given, :standing, :reason, :official, :exempt, :away, :committee)
                        RETURNING id
                        """)
                .param("c", congress.value())
                .param("m", member == null ? null : member.value())
                .param("name", fullName)
                .param("given", VietnameseText.givenName(fullName))
                .param("standing", standing.name())
                .param("reason", notSummonedReason)
                .param("official", official)
                .param("exempt", exempt)
                .param("away", away)
                .param("committee", conveningCommittee)
                .query(Long.class)
                .single();
    }

    /** The members whose election filled these committee seats (the results that took office through ChiBo). */
    java.util.Set<Long> membersOfSeats(List<Long> seats) {
        if (seats.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT member_id FROM elections.seat_link WHERE seat_id = ANY(:s)")
                .param("s", seats.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    void markConveningCommittee(long attendee) {
        jdbc.sql("UPDATE elections.attendee SET convening_committee = true WHERE id = :id")
                .param("id", attendee)
                .update();
    }

    void markDelegate(long attendee, boolean alternate, OrganizationId lower, Integer votes) {
        jdbc.sql("UPDATE elections.attendee SET alternate = :a, lower_organization_id = :o, alternate_votes = :v"
                        + " WHERE id = :id")
                .param("a", alternate)
                .param("o", lower == null ? null : lower.value())
                .param("v", votes)
                .param("id", attendee)
                .update();
    }

    /** The check-in codes issued at this congress, by attendee. */
    Map<Long, String> checkInCodes(CongressId congress) {
        Map<Long, String> codes = new java.util.HashMap<>();
        jdbc.sql("SELECT id, checkin_code FROM elections.attendee WHERE congress_id = :c AND checkin_code IS NOT NULL")
                .param("c", congress.value())
                .query(rs -> {
                    codes.put(rs.getLong("id"), rs.getString("checkin_code"));
                });
        return codes;
    }

    /** The congresses not yet closed at which the member holds a delegate card. */
    List<CongressId> openCongressesWithCardOf(MemberId member) {
        return jdbc
                .sql(
                        """
                        SELECT a.congress_id FROM elections.attendee a JOIN elections.congress c ON c.id = a.congress_id
                        WHERE a.member_id = :m AND a.checkin_code IS NOT NULL AND c.status <> 'CLOSED'
                        ORDER BY c.opening_date, c.id
                        """)
                .param("m", member.value())
                .query(Long.class)
                .list()
                .stream()
                .map(CongressId::of)
                .toList();
    }

    /** Locks the congress's row until the transaction ends: one issuing of its cards at a time. */
    void lock(CongressId congress) {
        jdbc.sql("SELECT id FROM elections.congress WHERE id = :c FOR UPDATE")
                .param("c", congress.value())
                .query(Long.class)
                .single();
    }

    void setCheckInCode(long attendee, String code) {
        jdbc.sql("UPDATE elections.attendee SET checkin_code = :code WHERE id = :id")
                .param("code", code)
                .param("id", attendee)
                .update();
    }

    /**
     * Who holds this check-in code at this congress, her row locked until the transaction ends: two desks scanning
     * the same card at once record her once, and the second is told she already checked in.
     */
    Optional<Attendee> attendeeByCheckInCode(CongressId congress, String code) {
        return jdbc.sql("SELECT * FROM elections.attendee WHERE congress_id = :c AND checkin_code = :code"
                        + " FOR UPDATE")
                .param("c", congress.value())
                .param("code", code)
                .query(CongressRecords::attendee)
                .optional();
    }

    void setTitle(long attendee, String title) {
        jdbc.sql("UPDATE elections.attendee SET title = :t WHERE id = :id")
                .param("t", title)
                .param("id", attendee)
                .update();
    }

    void markTemporarilyIn(long attendee) {
        jdbc.sql("UPDATE elections.attendee SET temporarily_in = true WHERE id = :id")
                .param("id", attendee)
                .update();
    }

    List<Attendee> attendees(CongressId congress) {
        return jdbc.sql("SELECT * FROM elections.attendee WHERE congress_id = :c"
                        + " ORDER BY CASE standing WHEN 'WITH_VOTE' THEN 0 WHEN 'WITHOUT_VOTE' THEN 1"
                        + " WHEN 'NOT_SUMMONED' THEN 2 ELSE 3 END, alternate,"
                        + " given_name COLLATE \"vi-x-icu\", full_name COLLATE \"vi-x-icu\", id")
                .param("c", congress.value())
                .query(CongressRecords::attendee)
                .list();
    }

    Optional<Attendee> attendee(CongressId congress, MemberId member) {
        return jdbc.sql("SELECT * FROM elections.attendee WHERE congress_id = :c AND member_id = :m")
                .param("c", congress.value())
                .param("m", member.value())
                .query(CongressRecords::attendee)
                .optional();
    }

    private static Attendee attendee(ResultSet rs, int n) throws SQLException {
        long member = rs.getLong("member_id");
        MemberId memberId = rs.wasNull() ? null : MemberId.of(member);
        long lower = rs.getLong("lower_organization_id");
        OrganizationId lowerId = rs.wasNull() ? null : OrganizationId.of(lower);
        int votes = rs.getInt("alternate_votes");
        Integer alternateVotes = rs.wasNull() ? null : votes;
        long replaces = rs.getLong("replaces_attendee_id");
        Long replacesId = rs.wasNull() ? null : replaces;
        String status = rs.getString("status");
        return new Attendee(
                rs.getLong("id"),
                memberId,
                rs.getString("full_name"),
                Standing.valueOf(rs.getString("standing")),
                rs.getString("not_summoned_reason"),
                rs.getBoolean("official"),
                rs.getBoolean("exempt"),
                rs.getBoolean("temporarily_away"),
                rs.getBoolean("temporarily_in"),
                rs.getBoolean("convening_committee"),
                rs.getBoolean("alternate"),
                lowerId,
                alternateVotes,
                replacesId,
                status == null ? null : AttendanceStatus.valueOf(status),
                rs.getString("reason"),
                rs.getBoolean("reason_accepted"),
                rs.getString("title"));
    }

    void setAttendance(long attendee, AttendanceStatus status, String reason, boolean accepted) {
        jdbc.sql("UPDATE elections.attendee SET status = :s, reason = :r, reason_accepted = :a WHERE id = :id")
                .param("s", status.name())
                .param("r", reason)
                .param("a", accepted)
                .param("id", attendee)
                .update();
    }

    /** Takes the attendance recorded for the attendee back (a guest recorded as arrived by mistake). */
    void clearAttendance(long attendee) {
        jdbc.sql("UPDATE elections.attendee SET status = NULL, reason = NULL, reason_accepted = false WHERE id = :id")
                .param("id", attendee)
                .update();
    }

    void replace(long alternate, long absent) {
        jdbc.sql("UPDATE elections.attendee SET replaces_attendee_id = :absent, status = 'PRESENT' WHERE id = :id")
                .param("absent", absent)
                .param("id", alternate)
                .update();
    }

    void exclude(long attendee, String reason) {
        jdbc.sql("UPDATE elections.attendee SET standing = 'NOT_SUMMONED', not_summoned_reason = :r, status = NULL"
                        + " WHERE id = :id")
                .param("r", reason)
                .param("id", attendee)
                .update();
    }

    // ---- elections as the congress sees them ---------------------------------------------------------------------

    List<ElectionSummary> electionSummaries(CongressId congress) {
        Map<Long, List<String>> elected = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        SELECT r.election_id, rc.full_name FROM elections.round r
                        JOIN elections.election e ON e.id = r.election_id
                        JOIN elections.round_candidate rc ON rc.round_id = r.id AND rc.elected
                        WHERE e.congress_id = :c ORDER BY r.election_id, r.number, rc.votes DESC, rc.position
                        """)
                .param("c", congress.value())
                .query(rs -> {
                    elected.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return jdbc.sql(
                        """
                        SELECT e.id, e.kind, e.seats, e.status, (SELECT count(*) FROM elections.round r
                            WHERE r.election_id = e.id) AS rounds
                        FROM elections.election e WHERE e.congress_id = :c ORDER BY e.id
                        """)
                .param("c", congress.value())
                .query((rs, n) -> new ElectionSummary(
                        ElectionId.of(rs.getLong("id")),
                        ElectionKind.valueOf(rs.getString("kind")),
                        rs.getInt("seats"),
                        ElectionStatus.valueOf(rs.getString("status")),
                        rs.getInt("rounds"),
                        elected.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** Whom the congress's elections of a kind elected, in the order of rounds and votes. */
    List<Person> electedOf(CongressId congress, ElectionKind kind) {
        return jdbc.sql(
                        """
                        SELECT rc.member_id, rc.full_name FROM elections.election e
                        JOIN elections.round r ON r.election_id = e.id AND r.counted
                        JOIN elections.round_candidate rc ON rc.round_id = r.id AND rc.elected
                        WHERE e.congress_id = :c AND e.kind = :k ORDER BY e.id, r.number, rc.votes DESC, rc.position
                        """)
                .param("c", congress.value())
                .param("k", kind.name())
                .query((rs, n) -> new Person(MemberId.of(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    List<ElectedDelegate> delegatesFromBelow(OrganizationId organization, LocalDate from, LocalDate to) {
        return jdbc
                .sql(
                        """
                        SELECT rc.member_id, rc.full_name, e.kind = 'ALTERNATE_DELEGATE' AS alternate,
                               c.organization_id, rc.votes
                        FROM elections.congress c
                        JOIN organizations.organization_tree o ON o.id = c.organization_id
                        JOIN elections.election e ON e.congress_id = c.id
                            AND e.kind IN ('DELEGATE', 'ALTERNATE_DELEGATE')
                        JOIN elections.round r ON r.election_id = e.id AND r.counted
                        JOIN elections.round_candidate rc ON rc.round_id = r.id AND rc.elected
                        WHERE o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :org)
                          AND c.organization_id <> :org AND c.opening_date >= :from AND c.opening_date <= :to
                          AND c.kind <> 'COMMITTEE_CONFERENCE'
                        ORDER BY e.kind = 'ALTERNATE_DELEGATE', c.organization_id, rc.votes DESC, rc.member_id
                        """)
                .param("org", organization.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ElectedDelegate(
                        MemberId.of(rs.getLong(1)),
                        rs.getString(2),
                        rs.getBoolean(3),
                        OrganizationId.of(rs.getLong(4)),
                        rs.getInt(5)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        ElectedDelegate::memberId, d -> d, (a, b) -> a, LinkedHashMap::new))
                .values()
                .stream()
                .toList();
    }

    // ---- the resolution -----------------------------------------------------------------------------------------

    void saveResolution(CongressId congress, RecordResolution r, int denominator, List<Target> targets) {
        jdbc.sql("DELETE FROM elections.resolution WHERE congress_id = :c")
                .param("c", congress.value())
                .update();
        jdbc.sql("DELETE FROM elections.target WHERE congress_id = :c")
                .param("c", congress.value())
                .update();
        jdbc.sql(
                        """
                        INSERT INTO elections.resolution (congress_id, title, content, agree, disagree, abstain,
                            denominator, adopted)
                        VALUES (:c, :title, :content, :agree, :disagree, :abstain, :d, :adopted)
                        """)
                .param("c", congress.value())
                .param("title", r.title().strip())
                .param("content", r.content().strip())
                .param("agree", r.agree())
                .param("disagree", r.disagree())
                .param("abstain", r.abstain())
                .param("d", denominator)
                // QĐ 294-QĐ/TW §9.3.2: more than half of the legal denominator.
                .param("adopted", denominator > 0 && r.agree() * 2 > denominator)
                .update();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            jdbc.sql(
                            """
                            INSERT INTO elections.target (congress_id, position, indicator, comparator, threshold,
                                unit, base, yearly, measure)
                            VALUES (:c, :p, :indicator, :comparator, :threshold, :unit, :base, :yearly, :measure)
                            """)
                    .param("c", congress.value())
                    .param("p", i)
                    .param("indicator", t.indicator().strip())
                    .param("comparator", t.comparator().name())
                    .param("threshold", t.threshold())
                    .param("unit", t.unit().name())
                    .param(
                            "base",
                            t.base() == null || t.base().isBlank()
                                    ? null
                                    : t.base().strip())
                    .param("yearly", t.yearly())
                    .param("measure", t.measure().name())
                    .update();
        }
    }

    ResolutionDetails resolution(CongressId congress) {
        List<Target> targets = jdbc.sql("SELECT * FROM elections.target WHERE congress_id = :c ORDER BY position")
                .param("c", congress.value())
                .query((rs, n) -> new Target(
                        rs.getString("indicator"),
                        Target.Comparator.valueOf(rs.getString("comparator")),
                        rs.getBigDecimal("threshold"),
                        Target.Unit.valueOf(rs.getString("unit")),
                        rs.getString("base"),
                        rs.getBoolean("yearly"),
                        Target.Measure.valueOf(rs.getString("measure"))))
                .list();
        return jdbc.sql("SELECT * FROM elections.resolution WHERE congress_id = :c")
                .param("c", congress.value())
                .query((rs, n) -> {
                    int agree = rs.getInt("agree");
                    int denominator = rs.getInt("denominator");
                    BigDecimal percent = RoundOutcome.percent(agree, denominator);
                    return new ResolutionDetails(
                            rs.getString("title"),
                            rs.getString("content"),
                            agree,
                            rs.getInt("disagree"),
                            rs.getInt("abstain"),
                            denominator,
                            rs.getBoolean("adopted"),
                            percent,
                            targets);
                })
                .optional()
                .orElse(null);
    }
}
