package vn.chibo.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationUnits;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Permission;

/**
 * Lists, searches and exports the members the caller may see, in Vietnamese order (given name first) or, when searching,
 * by how well the name matches; diacritics and case are ignored and a small typo still finds the name.
 */
@Service
public class MemberSearch {

    /** Trigram word similarity that still counts a typo'd name as a match ("nguyen thi huog"). */
    static final String TYPO_THRESHOLD = "0.65";
    /** Searches count their matches up to this many. */
    public static final int SEARCH_COUNT_LIMIT = 1000;

    private static final String FROM = " FROM members.member m WHERE ";

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;
    private final OrganizationUnits units;
    private final MemberRows rows;
    private final AuditTrail audit;

    MemberSearch(
            JdbcClient jdbc,
            OrganizationManagement organizations,
            OrganizationAccess organizationAccess,
            OrganizationUnits units,
            MemberRows rows,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
        this.units = units;
        this.rows = rows;
        this.audit = audit;
    }

    /** One page of the members the caller may see, filtered; a search that finds nothing retries allowing a typo. */
    @Transactional(readOnly = true)
    public MemberPage list(CurrentUser user, MemberQuery query) {
        Filter filter = filter(user, query);
        if (filter == null) {
            return new MemberPage(List.of(), 0, query.page(), query.size(), Map.of(), false);
        }
        MemberPage page = page(filter, query, false);
        if (page.total() == 0 && filter.folded() != null && filter.folded().length() >= 4) {
            jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', :t, true)")
                    .param("t", TYPO_THRESHOLD)
                    .query(String.class)
                    .single();
            page = page(filter, query, true);
        }
        return page;
    }

    private MemberPage page(Filter filter, MemberQuery query, boolean typos) {
        String nameCondition =
                filter.folded() == null ? "" : typos ? " AND :folded <% m.name_fold" : " AND m.name_fold LIKE :pattern";
        String from = FROM + filter.where() + nameCondition;
        String statusCondition =
                query.status() == null ? " AND m.status IN ('PROBATIONARY', 'OFFICIAL')" : " AND m.status = :status";
        String order = filter.folded() == null
                ? MemberRows.ORDER
                : (typos ? "word_similarity(:folded, m.name_fold) DESC, " : "similarity(m.name_fold, :folded) DESC, ")
                        + MemberRows.ORDER;
        List<MemberSummary> found = jdbc.sql("SELECT " + MemberRows.SUMMARY_COLUMNS + from + statusCondition
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(filter.params())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> rows.summary(rs, filter.name(rs.getLong("organization_id"))))
                .list();
        Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
        if (filter.folded() != null && query.page() == 0 && found.size() < query.size()) {
            // A search whose first page is not full has found everything there is: no count query needed.
            found.forEach(m -> counts.merge(m.status(), 1L, Long::sum));
            return new MemberPage(found, found.size(), 0, query.size(), counts, false);
        }
        // A search counts its matches only up to a limit: counting every "Nguyễn" among a million costs too much.
        String countSql = filter.folded() == null
                ? "SELECT m.status, count(*) AS n" + from + " GROUP BY m.status"
                : "SELECT status, count(*) AS n FROM (SELECT m.status" + from + " LIMIT " + (SEARCH_COUNT_LIMIT + 1)
                        + ") x GROUP BY status";
        jdbc.sql(countSql)
                .params(filter.params())
                .query((rs, n) -> counts.put(MemberStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        long total = query.status() == null
                ? counts.getOrDefault(MemberStatus.PROBATIONARY, 0L) + counts.getOrDefault(MemberStatus.OFFICIAL, 0L)
                : counts.getOrDefault(query.status(), 0L);
        boolean capped = filter.folded() != null
                && counts.values().stream().mapToLong(Long::longValue).sum() > SEARCH_COUNT_LIMIT;
        return new MemberPage(found, total, query.page(), query.size(), counts, capped);
    }

    /** Every member of the filtered list in list order, streamed (for exports); audited as an export. */
    @Transactional
    public void export(CurrentUser user, MemberQuery query, String format, Consumer<MemberSummary> sink) {
        Filter filter = filter(user, query);
        if (filter == null) {
            return;
        }
        if (filter.names().isEmpty()) {
            // Everyone's list: the names of all organizations at once, rather than one look-up for each.
            OrganizationNode.flatten(organizations.visibleTree(user, true))
                    .forEach(o -> filter.names().put(o.id().value(), o.name()));
        }
        String sql = "SELECT " + MemberRows.SUMMARY_COLUMNS + FROM + filter.where()
                + (filter.folded() == null ? "" : " AND m.name_fold LIKE :pattern")
                + (query.status() == null ? " AND m.status IN ('PROBATIONARY', 'OFFICIAL')" : " AND m.status = :status")
                + " ORDER BY " + MemberRows.ORDER;
        long[] count = {0};
        try (Stream<MemberSummary> found = jdbc
                .sql(sql)
                .params(filter.params())
                .withFetchSize(1000)
                .query((rs, n) -> rows.summary(rs, filter.name(rs.getLong("organization_id"))))
                .stream()) {
            found.forEach(row -> {
                count[0]++;
                sink.accept(row);
            });
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format);
        details.put(
                "organization",
                query.organization() == null ? null : query.organization().value());
        details.put("q", query.q());
        details.put("status", query.status());
        details.put("rows", count[0]);
        audit.recordAccess(user, "member.export", MemberManagement.ENTITY, null, details);
    }

    /** The units attached to the organizations the user may see members of, for the list's filter. */
    @Transactional(readOnly = true)
    public List<MemberManagement.UnitChoice> visibleUnits(CurrentUser user) {
        List<OrganizationId> ids = new ArrayList<>();
        OrganizationNode.flatten(organizations.visibleTree(user, false)).forEach(o -> ids.add(o.id()));
        return units.unitsOf(ids).stream()
                .map(unit -> new MemberManagement.UnitChoice(unit.id(), unit.name()))
                .toList();
    }

    /**
     * The conditions of the query. The organizations come from the organizations module: the subtree of the one asked
     * for, or those where the user may see members (no condition when that is everywhere), with their names.
     */
    private Filter filter(CurrentUser user, MemberQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("true");
        Map<Long, String> names = new HashMap<>();
        if (query.organization() != null) {
            organizationAccess.require(user, query.organization(), Permission.MEMBER_VIEW);
            names.putAll(rows.subtree(user, query.organization()));
        } else if (!user.hasEverywhere(Permission.MEMBER_VIEW)) {
            OrganizationsInScope scope = OrganizationsInScope.of(organizations, user, Permission.MEMBER_VIEW);
            if (scope.ids().isEmpty()) {
                return null;
            }
            names.putAll(scope.names());
        }
        if (!names.isEmpty() || query.organization() != null) {
            where.append(" AND m.organization_id = ANY(:orgs)");
            params.put("orgs", names.keySet().toArray(Long[]::new));
        }
        if (query.status() != null) {
            params.put("status", query.status().name());
        }
        if (query.activity() != null) {
            where.append(" AND m.activity = :activity");
            params.put("activity", query.activity().name());
        }
        if (query.theoryLevel() != null) {
            if (query.theoryLevel().counted() == PoliticalTheoryLevel.ADVANCED) {
                where.append(" AND m.theory_level IN ('ADVANCED', 'BACHELOR')");
            } else {
                where.append(" AND m.theory_level = :level");
                params.put("level", query.theoryLevel().name());
            }
        }
        if (query.gender() != null) {
            where.append(" AND m.gender = :gender");
            params.put("gender", query.gender().name());
        }
        if (query.ageBand() != null) {
            LocalDate today = rows.today();
            where.append(" AND m.birth_date > :bornAfter AND m.birth_date <= :bornBy");
            params.put("bornAfter", today.minusYears(query.ageBand().to() + 1L));
            params.put("bornBy", today.minusYears(query.ageBand().from()));
        }
        if (query.ethnicity() != null && !query.ethnicity().isBlank()) {
            where.append(" AND m.ethnicity = :ethnicity");
            params.put("ethnicity", Ethnicities.find(query.ethnicity()).orElse(query.ethnicity()));
        }
        if (query.unitId() != null) {
            where.append(" AND m.unit_id = :unit");
            params.put("unit", query.unitId());
        }
        if (query.position() != null && !query.position().isBlank()) {
            where.append(" AND platform.fold(m.position) LIKE :positionPattern");
            params.put("positionPattern", "%" + MemberRows.escapeLike(VietnameseText.fold(query.position())) + "%");
        }
        String folded = query.q() == null || query.q().isBlank() ? null : VietnameseText.fold(query.q());
        if (folded != null) {
            params.put("folded", folded);
            params.put("pattern", "%" + MemberRows.escapeLike(folded) + "%");
        }
        return new Filter(where.toString(), params, folded, names, rows);
    }

    private record Filter(
            String where, Map<String, Object> params, String folded, Map<Long, String> names, MemberRows rows) {

        /** The name of an organization of the list (looked up once, for a list of everyone). */
        String name(long organization) {
            return names.computeIfAbsent(organization, id -> rows.organizationName(OrganizationId.of(id)));
        }
    }
}
