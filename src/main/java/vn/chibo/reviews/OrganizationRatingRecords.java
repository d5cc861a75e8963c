package vn.chibo.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.NotFoundException;

/**
 * The stored ratings of organizations and the exceptions to their excellence cap. Names, types, parents and paths
 * come from the view {@code organizations.organization_tree} that the organizations module publishes.
 */
@Component
class OrganizationRatingRecords {

    static final String RATING = "OrganizationRating";
    static final String CAP = "OrganizationCapException";

    private final JdbcClient jdbc;

    OrganizationRatingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A rating as stored, with its organization's name, type and parent. */
    record RatingRow(
            long id,
            long organizationId,
            String organizationName,
            OrganizationType organizationType,
            Long parentId,
            int year,
            LocalDate reviewDate,
            ReviewStatus status,
            OrganizationRatingFacts facts,
            RatingLevel selfLevel,
            RatingLevel proposedLevel,
            RatingLevel decidedLevel,
            String notes,
            String decisionNote,
            int version) {

        OrganizationRatingRules rules() {
            return OrganizationRatingRules.on(reviewDate);
        }
    }

    /** An organization of the tree as the ratings need it. */
    record Node(long id, String name, OrganizationType type, Long parentId, String path) {}

    private static final String COLUMNS =
            """
            SELECT r.id, r.organization_id, o.name, o.type, o.parent_id, r.review_year, r.review_date, r.status,
                   r.tasks_on_time_percent, r.tasks_exceeded_percent, r.targets_achieved_percent,
                   r.shortcomings_remedied_percent, r.organization_disciplined, r.subordinate_unit_disciplined,
                   r.subordinate_units_disciplined_percent, r.leadership_member_disciplined, r.disunity,
                   r.subordinate_corruption, r.score, r.self_level, r.proposed_level, r.decided_level, r.notes,
                   r.decision_note, r.version
            FROM reviews.organization_rating r JOIN organizations.organization_tree o ON o.id = r.organization_id
            """;

    RatingRow load(OrganizationRatingId id) {
        return jdbc.sql(COLUMNS + " WHERE r.id = :id")
                .param("id", id.value())
                .query(OrganizationRatingRecords::rating)
                .optional()
                .orElseThrow(() -> new NotFoundException(RATING, id));
    }

    /** The rating, locked until the transaction ends: every change to a rating passes here first. */
    RatingRow lock(OrganizationRatingId id) {
        jdbc.sql("SELECT id FROM reviews.organization_rating WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(RATING, id));
        return load(id);
    }

    /** The ratings of the year of the organizations directly under {@code parentId}. */
    List<RatingRow> childrenRatings(long parentId, int year) {
        return jdbc.sql(COLUMNS + " WHERE o.parent_id = :p AND r.review_year = :y")
                .param("p", parentId)
                .param("y", year)
                .query(OrganizationRatingRecords::rating)
                .list();
    }

    RatingRow ofOrganization(long organizationId, int year) {
        return jdbc.sql(COLUMNS + " WHERE r.organization_id = :o AND r.review_year = :y")
                .param("o", organizationId)
                .param("y", year)
                .query(OrganizationRatingRecords::rating)
                .optional()
                .orElse(null);
    }

    Node node(long organizationId) {
        return jdbc.sql(
                        "SELECT id, name, type, parent_id, path::text FROM organizations.organization_tree WHERE id = :o")
                .param("o", organizationId)
                .query(OrganizationRatingRecords::node)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }

    /** The organizations directly under {@code parentId} that are rated (branches and committees, not cells). */
    List<Node> ratedChildren(long parentId, LocalDate dissolvedAfter) {
        return jdbc.sql(
                        """
                        SELECT id, name, type, parent_id, path::text FROM organizations.organization_tree
                        WHERE parent_id = :p AND type <> 'CELL' AND (dissolved_on IS NULL OR dissolved_on > :d)
                        ORDER BY name COLLATE "vi-x-icu", id
                        """)
                .param("p", parentId)
                .param("d", dissolvedAfter)
                .query(OrganizationRatingRecords::node)
                .list();
    }

    /**
     * The years up to {@code latest}, newest first, that have an organization's rating or a members' review round in an
     * organization that meets {@code condition} (the user's scope, over {@code o.path}), under {@code underPath} when it
     * is not null.
     */
    List<Integer> yearsWithData(String condition, java.util.Map<String, Object> params, String underPath, int latest) {
        String under =
                " AND r.review_year <= :latest" + (underPath == null ? "" : " AND o.path <@ CAST(:under AS ltree)");
        return jdbc.sql(
                        """
                        SELECT y FROM (
                            SELECT r.review_year AS y FROM reviews.organization_rating r
                            JOIN organizations.organization_tree o ON o.id = r.organization_id WHERE %1$s%2$s
                          UNION
                            SELECT r.review_year FROM reviews.review_round r
                            JOIN organizations.organization_tree o ON o.id = r.organization_id WHERE %1$s%2$s
                        ) years ORDER BY y DESC
                        """
                                .formatted(condition, under))
                .params(params)
                .param("under", underPath)
                .param("latest", latest)
                .query(Integer.class)
                .list();
    }

    boolean yearTaken(long organizationId, int year) {
        return ofOrganization(organizationId, year) != null;
    }

    long insert(long organizationId, int year, LocalDate reviewDate, String openedBy, Instant openedAt) {
        return jdbc.sql(
                        """
                        INSERT INTO reviews.organization_rating (organization_id, review_year, review_date, opened_by,
                                                                  opened_at)
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

    /** Writes the self-assessment of a rating read at {@code version}; false when it changed meanwhile. */
    boolean record(
            long id,
            int version,
            OrganizationRatingFacts f,
            RatingLevel selfLevel,
            RatingLevel proposedLevel,
            String notes) {
        return jdbc.sql(
                                """
                                UPDATE reviews.organization_rating SET tasks_on_time_percent = :onTime,
                                    tasks_exceeded_percent = :exceeded, targets_achieved_percent = :targets,
                                    shortcomings_remedied_percent = :remedied,
                                    organization_disciplined = :disciplined,
                                    subordinate_unit_disciplined = :subordinate,
                                    subordinate_units_disciplined_percent = :subordinates,
                                    leadership_member_disciplined = :leadership, disunity = :disunity,
                                    subordinate_corruption = :corruption, score = :score, self_level = :self,
                                    proposed_level = :proposed, notes = :notes, version = version + 1
                                WHERE id = :id AND version = :version
                                """)
                        .param("onTime", f.tasksOnTimePercent())
                        .param("exceeded", f.tasksExceededPercent())
                        .param("targets", f.targetsAchievedPercent())
                        .param("remedied", f.shortcomingsRemediedPercent())
                        .param("disciplined", f.organizationDisciplined())
                        .param("subordinate", f.subordinateUnitDisciplined())
                        .param("subordinates", f.subordinateUnitsDisciplinedPercent())
                        .param("leadership", f.leadershipMemberDisciplined())
                        .param("disunity", f.disunity())
                        .param("corruption", f.subordinateCorruption())
                        .param("score", f.score())
                        .param("self", name(selfLevel))
                        .param("proposed", name(proposedLevel))
                        .param("notes", notes)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void propose(long id, Instant at) {
        jdbc.sql(
                        """
                        UPDATE reviews.organization_rating SET status = 'PROPOSED', proposed_at = :at,
                            version = version + 1
                        WHERE id = :id
                        """)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", id)
                .update();
    }

    /** Records the level above's decision on a rating read at {@code version}; false when it changed meanwhile. */
    boolean decide(long id, Integer version, RatingLevel level, String note, String by, Instant at) {
        return jdbc.sql(
                                """
                                UPDATE reviews.organization_rating SET status = 'CLOSED', decided_level = :level,
                                    decision_note = :note, decided_by = :by, decided_at = :at, version = version + 1
                                WHERE id = :id AND (CAST(:version AS int) IS NULL OR version = :version)
                                """)
                        .param("level", level.name())
                        .param("note", note)
                        .param("by", by)
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void returnToOrganization(long id, String note) {
        jdbc.sql(
                        """
                        UPDATE reviews.organization_rating SET status = 'OPEN', proposed_at = NULL,
                            decision_note = :note, version = version + 1
                        WHERE id = :id
                        """)
                .param("note", note)
                .param("id", id)
                .update();
    }

    /** Where the members' review of the branch for the year stands. */
    record MembersRound(Long id, MembersRoundState state) {}

    MembersRound membersRound(long organizationId, int year) {
        return jdbc.sql(
                        """
                        SELECT r.id, r.status,
                               (SELECT count(*) FROM reviews.member_review e WHERE e.round_id = r.id
                                  AND e.proposed_level IS NOT NULL AND e.approved_level IS NULL) AS undecided
                        FROM reviews.review_round r WHERE r.organization_id = :o AND r.review_year = :y
                        """)
                .param("o", organizationId)
                .param("y", year)
                .query((rs, n) -> {
                    ReviewStatus status = ReviewStatus.valueOf(rs.getString("status"));
                    MembersRoundState state =
                            switch (status) {
                                case OPEN -> MembersRoundState.OPEN;
                                case PROPOSED ->
                                    rs.getLong("undecided") == 0
                                            ? MembersRoundState.APPROVED
                                            : MembersRoundState.PROPOSED;
                                case CLOSED -> MembersRoundState.CLOSED;
                            };
                    return new MembersRound(rs.getLong("id"), state);
                })
                .optional()
                .orElse(new MembersRound(null, MembersRoundState.NONE));
    }

    /**
     * The scope the excellence cap of the organizations directly under {@code parentId} is counted in: the grassroots
     * organization (tổ chức cơ sở đảng) the parent is or belongs to, counting every organization inside it; above the
     * grassroots level, the organizations directly under the parent.
     *
     * @param subtree whether the scope counts every organization strictly inside {@code path}, or only the children
     */
    record CapScope(long id, String name, String path, boolean subtree) {}

    CapScope capScope(long parentId) {
        return jdbc.sql(
                        """
                        SELECT g.id, g.name, g.path::text FROM organizations.organization_tree p
                        JOIN organizations.organization_tree g ON p.path <@ g.path
                        WHERE p.id = :p AND g.type IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_BRANCH')
                        ORDER BY nlevel(g.path) DESC LIMIT 1
                        """)
                .param("p", parentId)
                .query((rs, n) -> new CapScope(rs.getLong(1), rs.getString(2), rs.getString(3), true))
                .optional()
                .orElseGet(() -> {
                    Node parent = node(parentId);
                    return new CapScope(parent.id(), parent.name(), parent.path(), false);
                });
    }

    /**
     * The levels that count for the cap in the scope and year (the decided level, else the level proposed to the level
     * above; a level recorded while the organization still assesses itself does not count), leaving out the
     * organizations in {@code except}.
     */
    List<RatingLevel> levelsInScope(CapScope scope, int year, List<Long> except) {
        String where = scope.subtree() ? "o.path <@ CAST(:path AS ltree) AND o.id <> :scope" : "o.parent_id = :scope";
        return jdbc.sql(
                        """
                        SELECT coalesce(r.decided_level, r.proposed_level)
                        FROM reviews.organization_rating r
                        JOIN organizations.organization_tree o ON o.id = r.organization_id
                        WHERE r.review_year = :y AND r.status <> 'OPEN'
                          AND coalesce(r.decided_level, r.proposed_level) IS NOT NULL
                          AND NOT (r.organization_id = ANY (CAST(:except AS bigint[]))) AND
                        """
                                + where)
                .param("y", year)
                .param("path", scope.path())
                .param("scope", scope.id())
                .param("except", except.toArray(Long[]::new))
                .query((rs, n) -> RatingLevel.valueOf(rs.getString(1)))
                .list();
    }

    ExcellenceCap.RaisedCeiling raisedCeiling(long scopeId, int year) {
        return jdbc.sql(
                        """
                        SELECT percent, decision FROM reviews.organization_cap_exception
                        WHERE scope_organization_id = :s AND review_year = :y
                        """)
                .param("s", scopeId)
                .param("y", year)
                .query((rs, n) -> new ExcellenceCap.RaisedCeiling(rs.getInt(1), rs.getString(2)))
                .optional()
                .orElse(null);
    }

    void raiseCeiling(long scopeId, int year, ExcellenceCap.RaisedCeiling raised) {
        jdbc.sql("DELETE FROM reviews.organization_cap_exception WHERE scope_organization_id = :s AND review_year = :y")
                .param("s", scopeId)
                .param("y", year)
                .update();
        if (raised != null) {
            jdbc.sql(
                            """
                            INSERT INTO reviews.organization_cap_exception (scope_organization_id, review_year, percent,
                                                                            decision)
                            VALUES (:s, :y, :p, :d)
                            """)
                    .param("s", scopeId)
                    .param("y", year)
                    .param("p", raised.percent())
                    .param("d", raised.decision())
                    .update();
        }
    }

    /** The decided ratings of the year of the organizations in the subtree at {@code path} within the scope. */
    List<DecidedOrganizationRating> decided(
            String path, int year, String scopeCondition, java.util.Map<String, Object> params) {
        return jdbc.sql(
                        """
                        SELECT r.organization_id, o.name, o.type, r.review_year, r.review_date, r.decided_level
                        FROM reviews.organization_rating r
                        JOIN organizations.organization_tree o ON o.id = r.organization_id
                        WHERE r.status = 'CLOSED' AND r.review_year = :y AND o.path <@ CAST(:path AS ltree) AND
                        """
                                + scopeCondition
                                + " ORDER BY o.path, r.organization_id")
                .params(params)
                .param("y", year)
                .param("path", path)
                .query((rs, n) -> new DecidedOrganizationRating(
                        vn.chibo.organizations.OrganizationId.of(rs.getLong(1)),
                        rs.getString(2),
                        OrganizationType.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        RatingLevel.valueOf(rs.getString(6))))
                .list();
    }

    private static Node node(ResultSet rs, int n) throws SQLException {
        return new Node(
                rs.getLong("id"),
                rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")),
                rs.getObject("parent_id", Long.class),
                rs.getString("path"));
    }

    private static RatingRow rating(ResultSet rs, int n) throws SQLException {
        OrganizationRatingFacts facts = new OrganizationRatingFacts(
                rs.getObject("tasks_on_time_percent", Integer.class),
                rs.getObject("tasks_exceeded_percent", Integer.class),
                rs.getObject("targets_achieved_percent", Integer.class),
                rs.getObject("shortcomings_remedied_percent", Integer.class),
                rs.getBoolean("organization_disciplined"),
                rs.getBoolean("subordinate_unit_disciplined"),
                rs.getObject("subordinate_units_disciplined_percent", Integer.class),
                rs.getBoolean("leadership_member_disciplined"),
                rs.getBoolean("disunity"),
                rs.getBoolean("subordinate_corruption"),
                rs.getBigDecimal("score"));
        return new RatingRow(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")),
                rs.getObject("parent_id", Long.class),
                rs.getInt("review_year"),
                rs.getObject("review_date", LocalDate.class),
                ReviewStatus.valueOf(rs.getString("status")),
                facts,
                level(rs.getString("self_level")),
                level(rs.getString("proposed_level")),
                level(rs.getString("decided_level")),
                rs.getString("notes"),
                rs.getString("decision_note"),
                rs.getInt("version"));
    }

    private static RatingLevel level(String value) {
        return value == null ? null : RatingLevel.valueOf(value);
    }

    private static String name(RatingLevel level) {
        return level == null ? null : level.name();
    }
}
