package vn.chibo.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.platform.NotFoundException;

/**
 * The stored review rounds and their members' rows. Organization names, parents and paths come from the view
 * {@code organizations.organization_tree} that the organizations module publishes for other modules.
 */
@Component
class ReviewRecords {

    static final String ROUND = "ReviewRound";
    static final String ENTRY = "MemberReview";

    private final JdbcClient jdbc;

    ReviewRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A round as stored, with its organization's name and parent. */
    record RoundRow(
            long id,
            long organizationId,
            String organizationName,
            Long parentId,
            int year,
            LocalDate reviewDate,
            ReviewStatus status,
            ExcellenceCap.RaisedCeiling raisedCeiling,
            int version) {

        ReviewRules rules() {
            return ReviewRules.on(reviewDate);
        }
    }

    /** A member's row of a round as stored. */
    record EntryRow(
            long id,
            long memberId,
            String fullName,
            LocalDate admissionDate,
            boolean exempt,
            boolean suspended,
            RecordMemberReview recorded,
            RatingLevel approvedLevel) {}

    private static final String ROUND_COLUMNS =
            """
            SELECT r.id, r.organization_id, o.name, o.parent_id, r.review_year, r.review_date, r.status,
                   r.raised_cap_percent, r.raised_cap_decision, r.version
            FROM reviews.review_round r JOIN organizations.organization_tree o ON o.id = r.organization_id
            """;

    RoundRow load(ReviewRoundId id) {
        return jdbc.sql(ROUND_COLUMNS + " WHERE r.id = :id")
                .param("id", id.value())
                .query(ReviewRecords::round)
                .optional()
                .orElseThrow(() -> new NotFoundException(ROUND, id));
    }

    /** The round, locked until the transaction ends: every change to a round and its rows passes here first. */
    RoundRow lock(ReviewRoundId id) {
        jdbc.sql("SELECT id FROM reviews.review_round WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(ROUND, id));
        return load(id);
    }

    List<ReviewRoundSummary> summaries(String condition, Map<String, Object> params) {
        return jdbc.sql(
                        """
                        SELECT r.id, r.organization_id, o.name, r.review_year, r.review_date, r.status,
                               (SELECT count(*) FROM reviews.member_review e WHERE e.round_id = r.id) AS members
                        FROM reviews.review_round r JOIN organizations.organization_tree o ON o.id = r.organization_id
                        WHERE
                        """
                                + condition
                                + " ORDER BY r.review_year DESC, o.name COLLATE \"vi-x-icu\", r.id")
                .params(params)
                .query((rs, n) -> {
                    LocalDate date = rs.getObject("review_date", LocalDate.class);
                    return new ReviewRoundSummary(
                            ReviewRoundId.of(rs.getLong("id")),
                            vn.chibo.organizations.OrganizationId.of(rs.getLong("organization_id")),
                            rs.getString("name"),
                            rs.getInt("review_year"),
                            date,
                            ReviewStatus.valueOf(rs.getString("status")),
                            ReviewRules.on(date).regulation(),
                            rs.getInt("members"));
                })
                .list();
    }

    /** An approved (closed) round as the statistics count it. */
    record ApprovedRound(long id, long organizationId, int year, LocalDate reviewDate) {}

    /** The approved rounds of the years that meet the condition on {@code o}, the round's organization. */
    List<ApprovedRound> approvedRounds(String condition, Map<String, Object> params, Integer[] years) {
        return jdbc.sql(
                        """
                        SELECT r.id, r.organization_id, r.review_year, r.review_date
                        FROM reviews.review_round r JOIN organizations.organization_tree o ON o.id = r.organization_id
                        WHERE r.status = 'CLOSED' AND r.review_year = ANY(:years) AND
                        """
                                + condition
                                + " ORDER BY r.id")
                .params(params)
                .param("years", years)
                .query((rs, n) ->
                        new ApprovedRound(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * Members of an approved round who share what the statistics need of them: the standing the roster keeps, the
     * level, and the admission date, or {@code settled}'s date for every member admitted before it.
     */
    record ApprovedEntries(
            long roundId, LocalDate admissionDate, boolean exempt, boolean suspended, RatingLevel level, int count) {}

    /**
     * The rows of the approved rounds, counted by what the rules of rating need, each member once per year: a member
     * on the rosters of several approved rounds of one year (transferred between two review dates, say) is left out of
     * every one of them but the latest, by review date, then by approval, then by the round's id. The latest is sought
     * among all the approved rounds of the year, not only the given ones, so that a subtree's figures are the sum of
     * its parts. Admission dates more than {@code settledMonths} before the round's review date are reported as that
     * day, so that the long-standing members of a round come as a few lines, not one each: the caller chooses the
     * months longer than any rule's wait before rating, so that the rules rate them alike.
     */
    List<ApprovedEntries> approvedEntries(Long[] roundIds, int settledMonths) {
        return jdbc.sql(
                        """
                        SELECT e.round_id,
                               greatest(e.admission_date,
                                        CAST(r.review_date - make_interval(months => :settled) AS date)) AS admitted,
                               e.exempt, e.suspended, coalesce(e.approved_level, e.proposed_level) AS level,
                               count(*) AS members
                        FROM reviews.member_review e JOIN reviews.review_round r ON r.id = e.round_id
                        WHERE e.round_id = ANY(:rounds)
                          AND NOT EXISTS (
                              SELECT 1 FROM reviews.member_review le
                              JOIN reviews.review_round lr ON lr.id = le.round_id
                              WHERE le.member_id = e.member_id AND le.round_id <> e.round_id
                                AND lr.status = 'CLOSED' AND lr.review_year = r.review_year
                                AND (lr.review_date, coalesce(lr.closed_at, '-infinity'), lr.id)
                                    > (r.review_date, coalesce(r.closed_at, '-infinity'), r.id))
                        GROUP BY 1, 2, 3, 4, 5
                        """)
                .param("rounds", roundIds)
                .param("settled", settledMonths)
                .query((rs, n) -> new ApprovedEntries(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        level(rs.getString(5)),
                        rs.getInt(6)))
                .list();
    }

    boolean yearTaken(long organizationId, int year) {
        return jdbc.sql("SELECT count(*) FROM reviews.review_round WHERE organization_id = :o AND review_year = :y")
                        .param("o", organizationId)
                        .param("y", year)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertRound(long organizationId, int year, LocalDate reviewDate, String openedBy, Instant openedAt) {
        return jdbc.sql(
                        """
                        INSERT INTO reviews.review_round (organization_id, review_year, review_date, opened_by, opened_at)
                        VALUES (:o, :y, :d, :by, :at) RETURNING id
                        """)
                .param("o", organizationId)
                .param("y", year)
                .param("d", reviewDate)
                .param("by", openedBy)
                .param("at", OffsetDateTime.ofInstant(openedAt, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    void insertEntry(
            long roundId,
            int position,
            long memberId,
            String fullName,
            LocalDate admissionDate,
            boolean exempt,
            boolean suspended) {
        jdbc.sql(
                        """
                        INSERT INTO reviews.member_review (round_id, member_id, position, full_name, admission_date,
                                                           exempt, suspended)
                        VALUES (:r, :m, :p, :n, :a, :e, :s)
                        """)
                .param("r", roundId)
                .param("m", memberId)
                .param("p", position)
                .param("n", fullName)
                .param("a", admissionDate)
                .param("e", exempt)
                .param("s", suspended)
                .update();
    }

    int lastPosition(long roundId) {
        return jdbc.sql("SELECT coalesce(max(position), 0) FROM reviews.member_review WHERE round_id = :r")
                .param("r", roundId)
                .query(Integer.class)
                .single();
    }

    /**
     * Brings a row's standing on the review's date up to date; what was recorded of her year is kept, except a
     * suspension from committee activities once she is suspended from Party activities altogether.
     */
    void updateStanding(long entryId, LocalDate admissionDate, boolean exempt, boolean suspended) {
        jdbc.sql(
                        """
                        UPDATE reviews.member_review SET admission_date = :a, exempt = :e, suspended = :s,
                            suspended_from_committee = suspended_from_committee AND NOT :s, version = version + 1
                        WHERE id = :id
                        """)
                .param("a", admissionDate)
                .param("e", exempt)
                .param("s", suspended)
                .param("id", entryId)
                .update();
    }

    void deleteEntry(long entryId) {
        jdbc.sql("DELETE FROM reviews.member_review WHERE id = :id")
                .param("id", entryId)
                .update();
    }

    private static final String ENTRY_COLUMNS =
            """
            SELECT id, member_id, full_name, admission_date, exempt, suspended, sick_leave_months, maternity_leave,
                   degradation_finding, targets_achieved_percent, civil_service_not_completed, forbidden_conduct,
                   example_duty_breached, criterion_rated_poor, score, tasks_all_on_time, tasks_exceeded_percent,
                   shortcomings_remedied, self_level, proposed_level, approved_level, notes, version,
                   suspended_from_committee
            FROM reviews.member_review
            """;

    List<EntryRow> entries(long roundId) {
        return jdbc.sql(ENTRY_COLUMNS + " WHERE round_id = :r ORDER BY position, id")
                .param("r", roundId)
                .query(ReviewRecords::entry)
                .list();
    }

    /** The member's row of the round: not found when the row belongs to another round. */
    EntryRow entry(long roundId, long entryId) {
        return jdbc.sql(ENTRY_COLUMNS + " WHERE round_id = :r AND id = :id")
                .param("r", roundId)
                .param("id", entryId)
                .query(ReviewRecords::entry)
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTRY, entryId));
    }

    /** Writes the facts and levels of a row read at {@code version}; false when it changed meanwhile. */
    boolean updateEntry(long entryId, int version, RecordMemberReview r, int sickLeaveMonths, String notes) {
        return jdbc.sql(
                                """
                                UPDATE reviews.member_review SET sick_leave_months = :sick, maternity_leave = :maternity,
                                    degradation_finding = :degradation, targets_achieved_percent = :targets,
                                    civil_service_not_completed = :civil, forbidden_conduct = :forbidden,
                                    example_duty_breached = :example, criterion_rated_poor = :poor, score = :score,
                                    tasks_all_on_time = :onTime, tasks_exceeded_percent = :exceeded,
                                    shortcomings_remedied = :remedied, self_level = :self, proposed_level = :proposed,
                                    notes = :notes, suspended_from_committee = :committee, version = version + 1
                                WHERE id = :id AND version = :version
                                """)
                        .param("sick", sickLeaveMonths)
                        .param("maternity", r.maternityLeave())
                        .param("degradation", r.degradationFinding())
                        .param("targets", r.targetsAchievedPercent())
                        .param("civil", r.civilServiceNotCompleted())
                        .param("forbidden", r.forbiddenConduct())
                        .param("example", r.exampleDutyBreached())
                        .param("poor", r.criterionRatedPoor())
                        .param("score", r.score())
                        .param("onTime", r.tasksAllOnTime())
                        .param("exceeded", r.tasksExceededPercent())
                        .param("remedied", r.shortcomingsRemedied())
                        .param("self", name(r.selfLevel()))
                        .param("proposed", name(r.proposedLevel()))
                        .param("notes", notes)
                        .param("committee", Boolean.TRUE.equals(r.suspendedFromCommittee()))
                        .param("id", entryId)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Writes the approved level of a row read at {@code version} (null: the current one); false when it changed. */
    boolean approve(long entryId, Integer version, RatingLevel level) {
        return jdbc.sql(
                                """
                                UPDATE reviews.member_review SET approved_level = :level, version = version + 1
                                WHERE id = :id AND (CAST(:version AS int) IS NULL OR version = :version)
                                """)
                        .param("level", name(level))
                        .param("id", entryId)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Moves the round to the status, setting {@code timestampColumn} (a column of the round's own) to {@code at}. */
    void status(long roundId, ReviewStatus status, String timestampColumn, Instant at) {
        jdbc.sql("UPDATE reviews.review_round SET status = :s, version = version + 1, " + timestampColumn
                        + " = CAST(:at AS timestamptz) WHERE id = :id")
                .param("s", status.name())
                .param("at", at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", roundId)
                .update();
    }

    void raiseCeiling(long roundId, ExcellenceCap.RaisedCeiling raised) {
        jdbc.sql(
                        """
                        UPDATE reviews.review_round SET raised_cap_percent = :p, raised_cap_decision = :d,
                            version = version + 1
                        WHERE id = :id
                        """)
                .param("p", raised == null ? null : raised.percent())
                .param("d", raised == null ? null : raised.decision())
                .param("id", roundId)
                .update();
    }

    /** The grassroots organization (tổ chức cơ sở đảng) the organization belongs to: itself or its nearest ancestor. */
    record Grassroots(long id, String name, String path) {}

    Grassroots grassroots(long organizationId) {
        return jdbc.sql(
                        """
                        SELECT g.id, g.name, g.path::text FROM organizations.organization_tree o
                        JOIN organizations.organization_tree g ON o.path <@ g.path
                        WHERE o.id = :o AND g.type IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_BRANCH')
                        ORDER BY nlevel(g.path) DESC LIMIT 1
                        """)
                .param("o", organizationId)
                .query((rs, n) -> new Grassroots(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional()
                .orElseGet(
                        () -> jdbc.sql("SELECT id, name, path::text FROM organizations.organization_tree WHERE id = :o")
                                .param("o", organizationId)
                                .query((rs, n) -> new Grassroots(rs.getLong(1), rs.getString(2), rs.getString(3)))
                                .single());
    }

    /**
     * The levels that count in the other rounds of the year within the grassroots organization: the approved level,
     * else the proposed one.
     */
    List<RatingLevel> otherLevels(long roundId, int year, Grassroots grassroots) {
        return jdbc.sql(
                        """
                        SELECT coalesce(e.approved_level, e.proposed_level)
                        FROM reviews.member_review e
                        JOIN reviews.review_round r ON r.id = e.round_id
                        JOIN organizations.organization_tree o ON o.id = r.organization_id
                        WHERE r.review_year = :y AND r.id <> :r AND o.path <@ CAST(:path AS ltree)
                          AND coalesce(e.approved_level, e.proposed_level) IS NOT NULL
                        """)
                .param("y", year)
                .param("r", roundId)
                .param("path", grassroots.path())
                .query((rs, n) -> RatingLevel.valueOf(rs.getString(1)))
                .list();
    }

    private static RoundRow round(ResultSet rs, int n) throws SQLException {
        Integer percent = rs.getObject("raised_cap_percent", Integer.class);
        return new RoundRow(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("name"),
                rs.getObject("parent_id", Long.class),
                rs.getInt("review_year"),
                rs.getObject("review_date", LocalDate.class),
                ReviewStatus.valueOf(rs.getString("status")),
                percent == null ? null : new ExcellenceCap.RaisedCeiling(percent, rs.getString("raised_cap_decision")),
                rs.getInt("version"));
    }

    private static EntryRow entry(ResultSet rs, int n) throws SQLException {
        RecordMemberReview recorded = new RecordMemberReview(
                rs.getInt("sick_leave_months"),
                rs.getBoolean("maternity_leave"),
                rs.getBoolean("degradation_finding"),
                rs.getObject("targets_achieved_percent", Integer.class),
                rs.getBoolean("civil_service_not_completed"),
                rs.getBoolean("forbidden_conduct"),
                rs.getBoolean("example_duty_breached"),
                rs.getBoolean("criterion_rated_poor"),
                rs.getBigDecimal("score"),
                rs.getObject("tasks_all_on_time", Boolean.class),
                rs.getObject("tasks_exceeded_percent", Integer.class),
                rs.getObject("shortcomings_remedied", Boolean.class),
                level(rs.getString("self_level")),
                level(rs.getString("proposed_level")),
                rs.getString("notes"),
                rs.getInt("version"),
                rs.getBoolean("suspended_from_committee"));
        return new EntryRow(
                rs.getLong("id"),
                rs.getLong("member_id"),
                rs.getString("full_name"),
                rs.getObject("admission_date", LocalDate.class),
                rs.getBoolean("exempt"),
                rs.getBoolean("suspended"),
                recorded,
                level(rs.getString("approved_level")));
    }

    private static RatingLevel level(String value) {
        return value == null ? null : RatingLevel.valueOf(value);
    }

    private static String name(RatingLevel level) {
        return level == null ? null : level.name();
    }
}
