package vn.chibo.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;

/**
 * Party members' records: listing and searching within the caller's scope, the full record (audited, confidential
 * fields masked without the personal-data permission), creation, life-cycle changes, badges, recognition deadlines and
 * members' own correction requests. A member outside the caller's scope does not exist for her (404).
 */
@Service
public class MemberManagement {

    static final String ENTITY = "Member";
    static final String MASK = "••••••";

    private static final String SUMMARY_COLUMNS =
            """
            m.id, m.full_name, m.gender, m.birth_date, m.organization_id, o.name AS organization_name, m.status,
            m.activity, m.theory_level, m.ethnicity, m.position, m.admission_date, m.ceremony_date, m.official_date,
            m.days_out, m.out_since
            """;
    private static final String ORDER = "m.given_name COLLATE \"vi-x-icu\", m.full_name COLLATE \"vi-x-icu\", m.id";
    /** Trigram word similarity that still counts a typo'd name as a match ("nguyen thi huog"). */
    static final String TYPO_THRESHOLD = "0.65";
    /** Searches count their matches up to this many. */
    public static final int SEARCH_COUNT_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final OrganizationAccess organizationAccess;
    private final AuditTrail audit;
    private final Clock clock;
    private final MemberDuplicates duplicates;
    private final ApplicationEventPublisher events;

    MemberManagement(
            JdbcClient jdbc,
            OrganizationManagement organizations,
            OrganizationAccess organizationAccess,
            AuditTrail audit,
            Clock clock,
            MemberDuplicates duplicates,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.organizationAccess = organizationAccess;
        this.audit = audit;
        this.clock = clock;
        this.duplicates = duplicates;
        this.events = events;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- lists and search -------------------------------------------------------------------------------------

    /**
     * One page of the members the caller may see, filtered, in Vietnamese order (given name first) or, when searching,
     * by how well the name matches; diacritics and case are ignored and a small typo still finds the name.
     */
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
        String from = " FROM members.member m JOIN organizations.organization o ON o.id = m.organization_id WHERE "
                + filter.where() + nameCondition;
        String statusCondition =
                query.status() == null ? " AND m.status IN ('PROBATIONARY', 'OFFICIAL')" : " AND m.status = :status";
        String order = filter.folded() == null
                ? ORDER
                : (typos ? "word_similarity(:folded, m.name_fold) DESC, " : "similarity(m.name_fold, :folded) DESC, ")
                        + ORDER;
        List<MemberSummary> rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + from + statusCondition + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(filter.params())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(this::summary)
                .list();
        Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
        if (filter.folded() != null && query.page() == 0 && rows.size() < query.size()) {
            // A search whose first page is not full has found everything there is: no count query needed.
            rows.forEach(m -> counts.merge(m.status(), 1L, Long::sum));
            return new MemberPage(rows, rows.size(), 0, query.size(), counts, false);
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
        return new MemberPage(rows, total, query.page(), query.size(), counts, capped);
    }

    /** Every member of the filtered list in list order, streamed (for exports); audited as an export. */
    @Transactional
    public void export(CurrentUser user, MemberQuery query, String format, Consumer<MemberSummary> sink) {
        Filter filter = filter(user, query);
        if (filter == null) {
            return;
        }
        String sql = "SELECT " + SUMMARY_COLUMNS
                + " FROM members.member m JOIN organizations.organization o ON o.id = m.organization_id WHERE "
                + filter.where()
                + (filter.folded() == null ? "" : " AND m.name_fold LIKE :pattern")
                + (query.status() == null ? " AND m.status IN ('PROBATIONARY', 'OFFICIAL')" : " AND m.status = :status")
                + " ORDER BY " + ORDER;
        long[] count = {0};
        try (Stream<MemberSummary> rows =
                jdbc.sql(sql).params(filter.params()).withFetchSize(1000).query(this::summary).stream()) {
            rows.forEach(row -> {
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
        audit.recordAccess(user, "member.export", ENTITY, null, details);
    }

    private Filter filter(CurrentUser user, MemberQuery query) {
        OrganizationScope scope = organizationAccess.scope(user, Permission.MEMBER_VIEW);
        if (query.organization() != null) {
            organizationAccess.require(user, query.organization(), Permission.MEMBER_VIEW);
        } else if (scope.isEmpty()) {
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(scope.sqlCondition("o.path"));
        params.put("scopePaths", scope.pathArray());
        if (query.organization() != null) {
            where.append(" AND o.path <@ (SELECT path FROM organizations.organization WHERE id = :org)");
            params.put("org", query.organization().value());
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
            LocalDate today = today();
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
            params.put("positionPattern", "%" + escapeLike(VietnameseText.fold(query.position())) + "%");
        }
        String folded = query.q() == null || query.q().isBlank() ? null : VietnameseText.fold(query.q());
        if (folded != null) {
            params.put("folded", folded);
            params.put("pattern", "%" + escapeLike(folded) + "%");
        }
        return new Filter(where.toString(), params, folded);
    }

    private record Filter(String where, Map<String, Object> params, String folded) {}

    // ---- one record -------------------------------------------------------------------------------------------

    /** The full record; the view is audited. */
    @Transactional
    public MemberDetails details(CurrentUser user, MemberId id) {
        long orgId = organizationOf(id);
        Set<Permission> held = organizationAccess.permissions(user, OrganizationId.of(orgId));
        boolean self = isOwnRecord(user, id);
        if (!held.contains(Permission.MEMBER_VIEW) && !self) {
            throw held.isEmpty() ? new NotFoundException(ENTITY, id) : new ForbiddenException("Missing MEMBER_VIEW");
        }
        MemberDetails details = load(
                id, held.contains(Permission.MEMBER_PERSONAL_DATA) || self, held.contains(Permission.MEMBER_MANAGE));
        audit.record(user, "member.view", ENTITY, id.value(), null, null);
        return details;
    }

    /** The record of the signed-in member herself, if her account is linked to one. */
    @Transactional
    public Optional<MemberDetails> own(CurrentUser user) {
        Optional<Long> id = jdbc.sql("SELECT id FROM members.member WHERE user_id = :u")
                .param("u", user.id())
                .query(Long.class)
                .optional();
        return id.map(value -> details(user, MemberId.of(value)));
    }

    private boolean isOwnRecord(CurrentUser user, MemberId id) {
        return jdbc.sql("SELECT count(*) FROM members.member WHERE id = :id AND user_id = :u")
                        .param("id", id.value())
                        .param("u", user.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private long organizationOf(MemberId id) {
        return jdbc.sql("SELECT organization_id FROM members.member WHERE id = :id")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private MemberDetails load(MemberId id, boolean personal, boolean manageable) {
        List<MemberEvent> history = history(id);
        List<MemberDetails.Distinction> distinctions = jdbc.sql(
                        """
                        SELECT kind, description, decision_number, decision_symbol, decision_date
                        FROM members.distinction WHERE member_id = :id ORDER BY decision_date NULLS LAST, id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new MemberDetails.Distinction(
                        rs.getString("kind"), rs.getString("description"), decision(rs, "decision")))
                .list();
        LocalDate today = today();
        List<MembershipVote> votes = membershipVotes(id);
        List<Integer> presented = jdbc.sql("SELECT years FROM members.badge_award WHERE member_id = :id ORDER BY years")
                .param("id", id.value())
                .query(Integer.class)
                .list();
        return jdbc.sql(
                        """
                        SELECT m.*, o.name AS organization_name, u.name AS unit_name FROM members.member m
                        JOIN organizations.organization o ON o.id = m.organization_id
                        LEFT JOIN organizations.unit u ON u.id = m.unit_id WHERE m.id = :id
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
                            rs.getString("organization_name"),
                            rs.getString("full_name"),
                            rs.getString("birth_name"),
                            rs.getString("aliases"),
                            Gender.valueOf(rs.getString("gender")),
                            rs.getObject("birth_date", LocalDate.class),
                            rs.getString("birth_place"),
                            rs.getString("home_town"),
                            rs.getString("home_town_former"),
                            mask(rs.getString("permanent_residence"), personal),
                            mask(rs.getString("temporary_residence"), personal),
                            rs.getString("ethnicity"),
                            rs.getString("religion"),
                            maskCitizenId(rs.getString("citizen_id"), personal),
                            mask(rs.getString("family_notes"), personal),
                            rs.getString("general_education"),
                            rs.getString("qualification"),
                            rs.getString("academic_title"),
                            PoliticalTheoryLevel.valueOf(rs.getString("theory_level")),
                            rs.getString("foreign_language"),
                            rs.getString("it_skill"),
                            rs.getString("minority_language"),
                            rs.getString("job"),
                            rs.getString("position"),
                            rs.getBoolean("unit_staff"),
                            rs.getObject("youth_union_date", LocalDate.class),
                            rs.getString("introducers"),
                            admission,
                            decision(rs, "admission"),
                            ceremony,
                            rs.getString("ceremony_place"),
                            rs.getObject("official_date", LocalDate.class),
                            rs.getString("biography_number"),
                            rs.getString("card_number"),
                            status,
                            ActivityState.valueOf(rs.getString("activity")),
                            partyAge,
                            PartyBadges.reached(partyAge),
                            PartyBadges.next(partyAge).orElse(null),
                            PartyAge.exemptFromDues(partyAge),
                            ceremony == null ? null : Recognition.of(ceremony, branchResolution(votes), today),
                            history,
                            distinctions,
                            personal,
                            manageable,
                            (Long) rs.getObject("unit_id", Long.class),
                            rs.getString("unit_name"),
                            votes,
                            presented);
                })
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static LocalDate lastEventDate(List<MemberEvent> history, LocalDate fallback) {
        return history.isEmpty() ? fallback : history.get(history.size() - 1).occurredOn();
    }

    static String mask(String value, boolean visible) {
        return visible || value == null ? value : MASK;
    }

    /** Only the last three digits show, enough to tell two records apart. */
    static String maskCitizenId(String value, boolean visible) {
        if (visible || value == null) {
            return value;
        }
        return "•".repeat(Math.max(0, value.length() - 3)) + value.substring(Math.max(0, value.length() - 3));
    }

    /**
     * The member's history. A record created by a bulk import stores its admission and recognition only on the record
     * (writing two million event rows would double the import's time); they are shown as the first events here.
     */
    private List<MemberEvent> history(MemberId id) {
        List<MemberEvent> stored = storedHistory(id);
        if (!stored.isEmpty() && stored.get(0).kind() == MemberEventKind.ADMITTED) {
            return stored;
        }
        List<MemberEvent> history = new ArrayList<>();
        jdbc.sql(
                        """
                        SELECT admission_date, admission_number, admission_symbol, official_date, organization_id
                        FROM members.member WHERE id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> {
                    LocalDate admitted = rs.getObject("admission_date", LocalDate.class);
                    OrganizationId org = OrganizationId.of(rs.getLong("organization_id"));
                    history.add(new MemberEvent(
                            0,
                            MemberEventKind.ADMITTED,
                            admitted,
                            null,
                            new DecisionReference(
                                    rs.getString("admission_number"), rs.getString("admission_symbol"), admitted),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
                    LocalDate official = rs.getObject("official_date", LocalDate.class);
                    boolean recognitionStored = stored.stream().anyMatch(e -> e.kind() == MemberEventKind.RECOGNIZED);
                    if (official != null && !recognitionStored) {
                        history.add(new MemberEvent(
                                0,
                                MemberEventKind.RECOGNIZED,
                                official,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
                    }
                    return org;
                })
                .list();
        history.addAll(stored);
        return history;
    }

    private List<MemberEvent> storedHistory(MemberId id) {
        return jdbc.sql(
                        """
                        SELECT e.*, t.name AS to_name FROM members.member_event e
                        LEFT JOIN organizations.organization t ON t.id = e.to_organization_id
                        WHERE e.member_id = :id ORDER BY e.occurred_on, e.id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new MemberEvent(
                        rs.getLong("id"),
                        MemberEventKind.valueOf(rs.getString("kind")),
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getObject("until", LocalDate.class),
                        decision(rs, "decision"),
                        optionalOrganization(rs, "from_organization_id"),
                        optionalOrganization(rs, "to_organization_id"),
                        rs.getString("to_name"),
                        rs.getString("external_organization"),
                        rs.getString("note"),
                        rs.getString("recorded_by")))
                .list();
    }

    // ---- writes -----------------------------------------------------------------------------------------------

    /** Creates a member's record with her admission (and recognition, if already official) in the history. */
    @Transactional
    public MemberId create(CurrentUser user, MemberDraft draft) {
        if (draft.organizationId() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        organizationAccess.require(user, draft.organizationId(), Permission.MEMBER_MANAGE);
        MemberDraft d = MemberRules.validate(draft, today());
        duplicates.check(user, d, -1, "create");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", d.organizationId().value());
        params.put("fullName", d.fullName());
        params.put("givenName", VietnameseText.givenName(d.fullName()));
        params.put("nameFold", VietnameseText.fold(d.fullName()));
        params.put("birthName", d.birthName());
        params.put("aliases", d.aliases());
        params.put("gender", d.gender().name());
        params.put("birthDate", d.birthDate());
        params.put("birthPlace", d.birthPlace());
        params.put("homeTown", d.homeTown());
        params.put("homeTownFormer", d.homeTownFormer());
        params.put("permanent", d.permanentResidence());
        params.put("temporary", d.temporaryResidence());
        params.put("ethnicity", d.ethnicity());
        params.put("religion", d.religion());
        params.put("citizenId", d.citizenId());
        params.put("family", d.familyNotes());
        params.put("education", d.generalEducation());
        params.put("qualification", d.qualification());
        params.put("title", d.academicTitle());
        params.put("level", d.theoryLevel().name());
        params.put("language", d.foreignLanguage());
        params.put("it", d.itSkill());
        params.put("minority", d.minorityLanguage());
        params.put("job", d.job());
        params.put("position", d.position());
        params.put("staff", d.unitStaff());
        params.put("youth", d.youthUnionDate());
        params.put("introducers", d.introducers());
        params.put("admissionDate", d.admissionDate());
        params.put("aNumber", blankToNull(d.admission().number()));
        params.put("aSymbol", blankToNull(d.admission().symbol()));
        params.put("ceremony", d.ceremonyDate());
        params.put("ceremonyPlace", d.ceremonyPlace());
        params.put("official", d.officialDate());
        params.put("biography", d.biographyNumber());
        params.put("card", d.cardNumber());
        params.put("status", d.status().name());
        long id = jdbc.sql(
                        """
                        INSERT INTO members.member (organization_id, full_name, given_name, name_fold, birth_name, aliases, gender, birth_date,
                            birth_place, home_town, home_town_former, permanent_residence, temporary_residence,
                            ethnicity, religion, citizen_id, family_notes, general_education, qualification,
                            academic_title, theory_level, foreign_language, it_skill, minority_language, job, position,
                            unit_staff, youth_union_date, introducers, admission_date, admission_number,
                            admission_symbol, ceremony_date, ceremony_place, official_date, biography_number,
                            card_number, status)
                        VALUES (:org, :fullName, :givenName, :nameFold, :birthName, :aliases, :gender, :birthDate, :birthPlace, :homeTown,
                            :homeTownFormer, :permanent, :temporary, :ethnicity, :religion, :citizenId, :family,
                            :education, :qualification, :title, :level, :language, :it, :minority, :job, :position,
                            :staff, :youth, :introducers, :admissionDate, :aNumber, :aSymbol, :ceremony,
                            :ceremonyPlace, :official, :biography, :card, :status)
                        RETURNING id
                        """)
                .params(params)
                .query(Long.class)
                .single();
        insertEvent(id, MemberEventKind.ADMITTED, d.admissionDate(), null, d.admission(), null, null, null, null, user);
        if (d.officialDate() != null) {
            insertEvent(id, MemberEventKind.RECOGNIZED, d.officialDate(), null, null, null, null, null, null, user);
        }
        Map<String, Object> after = new LinkedHashMap<>(params);
        after.remove("givenName");
        after.remove("nameFold");
        after.remove("citizenId");
        after.remove("family");
        after.remove("permanent");
        after.remove("temporary");
        audit.record(user, "member.create", ENTITY, id, null, after);
        events.publishEvent(
                new MemberAdmitted(MemberId.of(id), d.organizationId(), d.fullName(), d.admissionDate(), user));
        return MemberId.of(id);
    }

    // ---- rewards and discipline -------------------------------------------------------------------------------

    /** Kinds of distinction: a reward, or one of the disciplinary measures for a party member. */
    public static final List<String> DISTINCTION_KINDS =
            List.of("REWARD", "REPRIMAND", "WARNING", "DISMISSAL", "EXPULSION");

    /**
     * Records a reward or a disciplinary measure with its decision. Expulsion also enters the member's life cycle (and
     * is refused, with nothing written, where the life cycle does not allow it).
     */
    @Transactional
    public void addDistinction(
            CurrentUser user, MemberId id, String kind, String description, DecisionReference decision) {
        requireManage(user, id);
        if (kind == null || !DISTINCTION_KINDS.contains(kind)) {
            throw new InvalidInputException("kind", "member.distinction.kind");
        }
        String text = blankToNull(description);
        if (text == null) {
            throw new InvalidInputException("description", "validation.required");
        }
        if (text.length() > 1000) {
            throw new InvalidInputException("description", "validation.tooLong", 1000);
        }
        if (decision == null || decision.date() == null) {
            throw new InvalidInputException("decisionDate", "validation.required");
        }
        if (decision.date().isAfter(today())) {
            throw new InvalidInputException("decisionDate", "member.date.future");
        }
        if (decision.number() != null && decision.number().length() > 50) {
            throw new InvalidInputException("decisionNumber", "validation.tooLong", 50);
        }
        if (kind.equals("DISMISSAL") || kind.equals("EXPULSION")) {
            // Điều lệ Đảng, Điều 36: a probationary member is only reprimanded or warned; worse is removal from the
            // list.
            String status = jdbc.sql("SELECT status FROM members.member WHERE id = :id")
                    .param("id", id.value())
                    .query(String.class)
                    .single();
            if (status.equals(MemberStatus.PROBATIONARY.name())) {
                throw new InvalidInputException("kind", "member.distinction.probationer");
            }
        }
        if (kind.equals("EXPULSION")) {
            recordEvent(
                    user,
                    id,
                    new RecordMemberEvent(MemberEventKind.EXPELLED, decision.date(), null, decision, null, null, text));
        }
        long distinction = jdbc.sql(
                        """
                        INSERT INTO members.distinction (member_id, kind, description, decision_number, decision_symbol,
                            decision_date)
                        VALUES (:member, :kind, :description, :number, :symbol, :date)
                        RETURNING id
                        """)
                .param("member", id.value())
                .param("kind", kind)
                .param("description", text)
                .param("number", blankToNull(decision.number()))
                .param("symbol", blankToNull(decision.symbol()))
                .param("date", decision.date())
                .query(Long.class)
                .single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("distinction", distinction);
        after.put("kind", kind);
        after.put("description", text);
        after.put("decisionNumber", decision.number());
        after.put("decisionSymbol", decision.symbol());
        after.put("decisionDate", decision.date());
        audit.record(user, "member.distinction.add", ENTITY, id.value(), null, after);
    }

    // ---- editing the record -----------------------------------------------------------------------------------

    /** The record prepared for the edit form (audited as a view); personal data unmasked only for those who may. */
    @Transactional
    public MemberEditing editing(CurrentUser user, MemberId id) {
        requireManage(user, id);
        MemberDetails details = details(user, id);
        return new MemberEditing(details, MemberUpdate.of(details, version(id)));
    }

    /** A record and the values its edit form starts from. */
    public record MemberEditing(MemberDetails details, MemberUpdate values) {}

    /**
     * Changes the record's fields in place. Refused with a clear message when someone else saved the record since it
     * was read ({@code version}); confidential fields are kept as they are unless the editor may see them.
     */
    @Transactional
    public void update(CurrentUser user, MemberId id, MemberUpdate u) {
        Set<Permission> held = requireManage(user, id);
        boolean personal = held.contains(Permission.MEMBER_PERSONAL_DATA);
        Map<String, Object> row = jdbc.sql(
                        """
                        SELECT m.*, (extract(epoch FROM m.updated_at) * 1000000)::bigint AS version
                        FROM members.member m WHERE m.id = :id FOR UPDATE
                        """)
                .param("id", id.value())
                .query()
                .singleRow();
        if (u.version() == null || u.version() != ((Number) row.get("version")).longValue()) {
            throw new InvalidInputException("version", "member.edit.conflict");
        }
        MemberDraft draft = new MemberDraft(
                OrganizationId.of(((Number) row.get("organization_id")).longValue()),
                u.fullName(),
                u.birthName(),
                u.aliases(),
                u.gender(),
                u.birthDate(),
                u.birthPlace(),
                u.homeTown(),
                u.homeTownFormer(),
                personal ? u.permanentResidence() : (String) row.get("permanent_residence"),
                personal ? u.temporaryResidence() : (String) row.get("temporary_residence"),
                u.ethnicity(),
                u.religion(),
                personal ? u.citizenId() : (String) row.get("citizen_id"),
                personal ? u.familyNotes() : (String) row.get("family_notes"),
                u.generalEducation(),
                u.qualification(),
                u.academicTitle(),
                u.theoryLevel(),
                u.foreignLanguage(),
                u.itSkill(),
                u.minorityLanguage(),
                u.job(),
                u.position(),
                u.unitStaff() == null ? Boolean.TRUE : u.unitStaff(),
                u.youthUnionDate(),
                u.introducers(),
                localDate(row.get("admission_date")),
                new DecisionReference(
                        (String) row.get("admission_number"),
                        (String) row.get("admission_symbol"),
                        localDate(row.get("admission_date"))),
                localDate(row.get("ceremony_date")),
                u.ceremonyPlace(),
                localDate(row.get("official_date")),
                u.biographyNumber(),
                u.cardNumber());
        MemberDraft d = MemberRules.validate(draft, today());
        if (d.youthUnionDate() != null && d.youthUnionDate().isAfter(today())) {
            throw new InvalidInputException("youthUnionDate", "member.date.future");
        }
        duplicates.check(user, d, id.value(), "update");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("full_name", d.fullName());
        after.put("birth_name", d.birthName());
        after.put("aliases", d.aliases());
        after.put("gender", d.gender().name());
        after.put("birth_date", d.birthDate());
        after.put("birth_place", d.birthPlace());
        after.put("home_town", d.homeTown());
        after.put("home_town_former", d.homeTownFormer());
        after.put("permanent_residence", d.permanentResidence());
        after.put("temporary_residence", d.temporaryResidence());
        after.put("ethnicity", d.ethnicity());
        after.put("religion", d.religion());
        after.put("citizen_id", d.citizenId());
        after.put("family_notes", d.familyNotes());
        after.put("general_education", d.generalEducation());
        after.put("qualification", d.qualification());
        after.put("academic_title", d.academicTitle());
        after.put("theory_level", d.theoryLevel().name());
        after.put("foreign_language", d.foreignLanguage());
        after.put("it_skill", d.itSkill());
        after.put("minority_language", d.minorityLanguage());
        after.put("job", d.job());
        after.put("position", d.position());
        after.put("unit_staff", d.unitStaff());
        after.put("youth_union_date", d.youthUnionDate());
        after.put("introducers", d.introducers());
        after.put("ceremony_place", d.ceremonyPlace());
        after.put("biography_number", d.biographyNumber());
        after.put("card_number", d.cardNumber());
        if (u.unitId() != null && !unitChoices(id).stream().anyMatch(c -> c.id() == u.unitId())) {
            throw new InvalidInputException("unitId", "member.unit.unknown");
        }
        after.put("unit_id", u.unitId());
        StringBuilder set = new StringBuilder();
        Map<String, Object> auditBefore = new LinkedHashMap<>();
        Map<String, Object> auditAfter = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : after.entrySet()) {
            set.append(e.getKey()).append(" = :").append(e.getKey()).append(", ");
            Object before = row.get(e.getKey());
            if (before instanceof java.sql.Date date) {
                before = date.toLocalDate();
            }
            if (!java.util.Objects.equals(before, e.getValue())) {
                // The audit log says that personal data changed, never what it was or became.
                boolean confidential = CONFIDENTIAL_COLUMNS.contains(e.getKey());
                auditBefore.put(e.getKey(), confidential ? CHANGED : before);
                auditAfter.put(e.getKey(), confidential ? CHANGED : e.getValue());
            }
        }
        if (auditAfter.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE members.member SET " + set + "updated_at = clock_timestamp() WHERE id = :id")
                .params(after)
                .param("id", id.value())
                .update();
        audit.record(user, "member.update", ENTITY, id.value(), auditBefore, auditAfter);
    }

    /** An education unit a member can work at. */
    public record UnitChoice(long id, String name) {}

    /** The units a member of this record's branch may work at: those of her organization and of the ones above it. */
    @Transactional(readOnly = true)
    public List<UnitChoice> unitChoices(MemberId id) {
        return jdbc.sql(
                        """
                        SELECT u.id, u.name FROM members.member m
                        JOIN organizations.organization o ON o.id = m.organization_id
                        JOIN organizations.organization uo ON o.path <@ uo.path
                        JOIN organizations.unit u ON u.organization_id = uo.id
                        WHERE m.id = :id ORDER BY nlevel(uo.path) DESC, u.name
                        """)
                .param("id", id.value())
                .query((rs, n) -> new UnitChoice(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /** The units attached to the organizations the user may see members of, for the list's filter. */
    @Transactional(readOnly = true)
    public List<UnitChoice> visibleUnits(CurrentUser user) {
        List<Long> ids = new ArrayList<>();
        vn.chibo.organizations.OrganizationNode.flatten(organizations.visibleTree(user, false))
                .forEach(o -> ids.add(o.id().value()));
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, name FROM organizations.unit WHERE organization_id IN (:ids)"
                        + " ORDER BY name COLLATE \"vi-x-icu\"")
                .param("ids", ids)
                .query((rs, n) -> new UnitChoice(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    private static final Set<String> CONFIDENTIAL_COLUMNS =
            Set.of("citizen_id", "permanent_residence", "temporary_residence", "family_notes");
    private static final String CHANGED = "(thay đổi)";

    private Set<Permission> requireManage(CurrentUser user, MemberId id) {
        Set<Permission> held = organizationAccess.permissions(user, OrganizationId.of(organizationOf(id)));
        if (!held.contains(Permission.MEMBER_MANAGE)) {
            throw held.isEmpty() ? new NotFoundException(ENTITY, id) : new ForbiddenException("Missing MEMBER_MANAGE");
        }
        return held;
    }

    private long version(MemberId id) {
        return jdbc.sql("SELECT (extract(epoch FROM updated_at) * 1000000)::bigint FROM members.member WHERE id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** Where a member received from outside ChiBo comes from: the sending organization, the date and the decision. */
    public record Arrival(String fromOrganization, LocalDate arrivedOn, DecisionReference decision) {}

    /**
     * Receives a member who transfers in from a party organization outside ChiBo: her record is created as it stood
     * there (admission, recognition), and her history shows the arrival from the sending organization.
     */
    @Transactional
    public MemberId receive(CurrentUser user, MemberDraft draft, Arrival arrival) {
        String from = arrival == null ? null : blankToNull(arrival.fromOrganization());
        if (from == null) {
            throw new InvalidInputException("fromOrganization", "validation.required");
        }
        if (from.length() > 300) {
            throw new InvalidInputException("fromOrganization", "validation.tooLong", 300);
        }
        if (arrival.arrivedOn() == null) {
            throw new InvalidInputException("arrivedOn", "validation.required");
        }
        if (arrival.arrivedOn().isAfter(today())) {
            throw new InvalidInputException("arrivedOn", "member.date.future");
        }
        if (draft.admissionDate() != null && arrival.arrivedOn().isBefore(draft.admissionDate())) {
            throw new InvalidInputException("arrivedOn", "member.arrival.beforeAdmission");
        }
        MemberId id = create(user, draft);
        recordEvent(
                user,
                id,
                new RecordMemberEvent(
                        MemberEventKind.TRANSFERRED_IN,
                        arrival.arrivedOn(),
                        null,
                        arrival.decision() == null ? new DecisionReference(null, null, null) : arrival.decision(),
                        null,
                        from,
                        null));
        return id;
    }

    /**
     * A branch's vote on a recognition (or readmission) taken at a meeting ChiBo has no record of: its day and figures,
     * as the branch's resolution states them.
     */
    public record BranchVote(
            LocalDate votedOn, Integer agree, Integer disagree, Integer abstain, Integer denominator) {}

    /**
     * Records a change in the member's life cycle with the branch's vote behind it, both or neither: a recognition needs
     * a passing vote, and one taken at a meeting outside ChiBo is entered here (its figures judged by the rules of its
     * date).
     */
    @Transactional
    public void recordEvent(CurrentUser user, MemberId id, RecordMemberEvent command, BranchVote vote) {
        if (vote != null) {
            MembershipVote.Kind kind =
                    switch (command.kind() == null ? MemberEventKind.ADMITTED : command.kind()) {
                        case RECOGNIZED -> MembershipVote.Kind.RECOGNITION;
                        case READMITTED -> MembershipVote.Kind.ADMISSION;
                        default -> throw new InvalidInputException("branchVote", "member.vote.notForEvent");
                    };
            recordBranchVote(user, id, kind, vote);
        }
        recordEvent(user, id, command);
    }

    private void recordBranchVote(CurrentUser user, MemberId id, MembershipVote.Kind kind, BranchVote vote) {
        if (vote.votedOn() == null) {
            throw new InvalidInputException("branchVoteDate", "validation.required");
        }
        if (vote.votedOn().isAfter(today())) {
            throw new InvalidInputException("branchVoteDate", "member.date.future");
        }
        if (vote.denominator() == null || vote.denominator() <= 0) {
            throw new InvalidInputException("branchVoteDenominator", "member.vote.denominator");
        }
        int agree = vote.agree() == null ? 0 : vote.agree();
        int disagree = vote.disagree() == null ? 0 : vote.disagree();
        int abstain = vote.abstain() == null ? 0 : vote.abstain();
        if (agree < 0 || disagree < 0 || abstain < 0 || agree + disagree + abstain > vote.denominator()) {
            throw new InvalidInputException("branchVoteAgree", "member.vote.figures", vote.denominator());
        }
        MembershipRules rules = MembershipRules.on(vote.votedOn());
        recordMembershipVote(
                user,
                id,
                new MembershipVote(
                        kind,
                        OrganizationId.of(organizationOf(id)),
                        vote.votedOn(),
                        null,
                        null,
                        agree,
                        disagree,
                        abstain,
                        vote.denominator(),
                        rules.votesNeeded(vote.denominator()),
                        rules.voteShareReached(agree, vote.denominator())));
    }

    /**
     * Records a change in the member's life cycle after checking it against her history; the current status follows
     * from the history with the change.
     */
    @Transactional
    public void recordEvent(CurrentUser user, MemberId id, RecordMemberEvent command) {
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        long orgId = jdbc.sql("SELECT organization_id FROM members.member WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        organizationAccess.require(user, OrganizationId.of(orgId), Permission.MEMBER_MANAGE);
        LocalDate ceremony = jdbc.sql("SELECT ceremony_date FROM members.member WHERE id = :id")
                .param("id", id.value())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        List<MemberEvent> history = history(id);
        MemberState before = LifeCycle.replay(ceremony, history);
        OrganizationId target = null;
        String external = blankToNull(command.externalOrganization());
        if (command.kind() == MemberEventKind.TRANSFERRED) {
            if (command.toOrganization() == null && external == null) {
                throw new InvalidInputException("toOrganization", "member.transfer.destination");
            }
            if (command.toOrganization() != null) {
                target = command.toOrganization();
                // Into another organization of ChiBo only for who manages members there too (the committee above
                // both): a branch records a transfer out of the system, not into a branch it does not manage.
                if (!user.hasEverywhere(Permission.MEMBER_MANAGE)
                        && !organizationAccess.permissions(user, target).contains(Permission.MEMBER_MANAGE)) {
                    throw new InvalidInputException("toOrganization", "member.transfer.notManaged");
                }
                checkDestination(target, orgId);
                external = null;
            }
        }
        if (command.kind() == MemberEventKind.DIED || command.kind() == MemberEventKind.ADMITTED) {
            target = null;
        }
        OrganizationId host = null;
        if ((command.kind() == MemberEventKind.TEMPORARY_TRANSFER_OUT
                        || command.kind() == MemberEventKind.TEMPORARY_TRANSFER_OUT_FOR_STUDY)
                && command.toOrganization() != null) {
            // QĐ 294-QĐ/TW (as QĐ 232 §6.3.2): the host branch lists her at its meetings, without a vote; she stays a
            // member of her own branch.
            host = command.toOrganization();
            checkDestination(host, orgId);
        }

        MemberEvent event = new MemberEvent(
                0,
                command.kind(),
                command.occurredOn(),
                command.until(),
                command.decision(),
                OrganizationId.of(orgId),
                target != null ? target : host,
                null,
                external,
                blankToNull(command.note()),
                user.username());
        if (command.occurredOn() != null && command.occurredOn().isAfter(today())) {
            throw new InvalidInputException("occurredOn", "member.date.future");
        }
        MemberState after = LifeCycle.apply(before, event);
        if (command.kind() == MemberEventKind.RECOGNIZED) {
            requirePassingVote(id, command.occurredOn());
        }
        insertEvent(
                id.value(),
                command.kind(),
                command.occurredOn(),
                command.until(),
                command.decision(),
                OrganizationId.of(orgId),
                target != null ? target : host,
                external,
                blankToNull(command.note()),
                user);
        jdbc.sql(
                        """
                        UPDATE members.member SET status = :status, activity = :activity, days_out = :daysOut,
                            out_since = :outSince, official_date = :official, ceremony_date = :ceremony,
                            organization_id = :org, updated_at = now()
                        WHERE id = :id
                        """)
                .param("status", after.status().name())
                .param("activity", after.activity().name())
                .param("daysOut", after.daysOut())
                .param("outSince", after.outSince())
                .param("official", after.officialDate())
                .param("ceremony", after.ceremonyDate())
                .param("org", target == null ? orgId : target.value())
                .param("id", id.value())
                .update();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("event", command.kind());
        change.put("occurredOn", command.occurredOn());
        change.put("status", after.status());
        change.put("activity", after.activity());
        change.put("organization", target == null ? orgId : target.value());
        audit.record(
                user,
                "member.event",
                ENTITY,
                id.value(),
                Map.of("status", before.status(), "activity", before.activity(), "organization", orgId),
                change);
    }

    private void insertEvent(
            long memberId,
            MemberEventKind kind,
            LocalDate on,
            LocalDate until,
            DecisionReference decision,
            OrganizationId from,
            OrganizationId to,
            String external,
            String note,
            CurrentUser user) {
        DecisionReference d = decision == null ? new DecisionReference(null, null, null) : decision;
        jdbc.sql(
                        """
                        INSERT INTO members.member_event (member_id, kind, occurred_on, until, decision_number,
                            decision_symbol, decision_date, from_organization_id, to_organization_id,
                            external_organization, note, recorded_by)
                        VALUES (:m, :kind, :on, :until, :n, :s, :d, :from, :to, :ext, :note, :by)
                        """)
                .param("m", memberId)
                .param("kind", kind.name())
                .param("on", on)
                .param("until", until)
                .param("n", blankToNull(d.number()))
                .param("s", blankToNull(d.symbol()))
                .param("d", d.date())
                .param("from", from == null ? null : from.value())
                .param("to", to == null ? null : to.value())
                .param("ext", external)
                .param("note", note)
                .param("by", user.username())
                .update();
    }

    private void checkDestination(OrganizationId destination, long current) {
        if (destination.value() == current) {
            throw new InvalidInputException("toOrganization", "member.transfer.sameOrganization");
        }
        Boolean open = jdbc.sql("SELECT dissolved_on IS NULL FROM organizations.organization WHERE id = :id")
                .param("id", destination.value())
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("toOrganization", "member.transfer.unknown"));
        if (!open) {
            throw new InvalidInputException("toOrganization", "member.transfer.dissolved");
        }
    }

    /**
     * QĐ 294-QĐ/TW §4.3: recognition follows the branch's resolution, voted by two thirds of its official members; the
     * latest recognition vote on or before the decision must have passed.
     */
    private void requirePassingVote(MemberId id, LocalDate decidedOn) {
        if (decidedOn == null) {
            return;
        }
        List<MembershipVote> recognitionVotes = membershipVotes(id).stream()
                .filter(v -> v.kind() == MembershipVote.Kind.RECOGNITION
                        && !v.votedOn().isAfter(decidedOn))
                .toList();
        if (recognitionVotes.isEmpty()
                || !recognitionVotes.get(recognitionVotes.size() - 1).passed()) {
            throw new InvalidInputException("kind", "member.recognition.noPassingVote");
        }
    }

    // ---- membership votes -------------------------------------------------------------------------------------

    /**
     * Records in the member's history the vote a branch took on her admission or recognition at a meeting (or corrects
     * it when the meeting's figures change: one entry per decision). The caller records the meeting: it needs
     * MEETING_RECORD on the branch, and the member must be on that branch's list.
     */
    @Transactional
    public void recordMembershipVote(CurrentUser user, MemberId id, MembershipVote vote) {
        long orgId = organizationOf(id);
        organizationAccess.require(user, vote.organizationId(), Permission.MEETING_RECORD);
        if (orgId != vote.organizationId().value()) {
            throw new InvalidInputException("memberId", "member.vote.otherOrganization");
        }
        if (vote.kind() == null || vote.votedOn() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        jdbc.sql(
                        """
                        INSERT INTO members.membership_vote (member_id, kind, organization_id, voted_on, meeting_id,
                            decision_id, agree, disagree, abstain, denominator, votes_needed, passed, recorded_by)
                        VALUES (:m, :kind, :org, :on, :meeting, :decision, :a, :d, :ab, :den, :needed, :passed, :by)
                        ON CONFLICT (decision_id) DO UPDATE SET member_id = excluded.member_id, kind = excluded.kind,
                            voted_on = excluded.voted_on, agree = excluded.agree, disagree = excluded.disagree,
                            abstain = excluded.abstain, denominator = excluded.denominator,
                            votes_needed = excluded.votes_needed, passed = excluded.passed,
                            recorded_by = excluded.recorded_by, recorded_at = now()
                        """)
                .param("m", id.value())
                .param("kind", vote.kind().name())
                .param("org", vote.organizationId().value())
                .param("on", vote.votedOn())
                .param("meeting", vote.meetingId())
                .param("decision", vote.decisionId())
                .param("a", vote.agree())
                .param("d", vote.disagree())
                .param("ab", vote.abstain())
                .param("den", vote.denominator())
                .param("needed", vote.votesNeeded())
                .param("passed", vote.passed())
                .param("by", user.username())
                .update();
        audit.record(user, "member.vote", ENTITY, id.value(), null, vote);
    }

    /** Takes a meeting's decision out of the member's history when the decision is removed from the meeting. */
    @Transactional
    public void removeMembershipVote(CurrentUser user, long decisionId) {
        jdbc.sql("SELECT member_id, organization_id FROM members.membership_vote WHERE decision_id = :d")
                .param("d", decisionId)
                .query((rs, n) -> {
                    organizationAccess.require(
                            user, OrganizationId.of(rs.getLong("organization_id")), Permission.MEETING_RECORD);
                    return rs.getLong("member_id");
                })
                .optional()
                .ifPresent(member -> {
                    jdbc.sql("DELETE FROM members.membership_vote WHERE decision_id = :d")
                            .param("d", decisionId)
                            .update();
                    audit.record(user, "member.vote.remove", ENTITY, member, Map.of("decision", decisionId), null);
                });
    }

    private List<MembershipVote> membershipVotes(MemberId id) {
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

    /** The day of the branch's last passing recognition vote, from which the committee's 60 working days run. */
    private static LocalDate branchResolution(List<MembershipVote> votes) {
        LocalDate resolution = null;
        for (MembershipVote v : votes) {
            if (v.kind() == MembershipVote.Kind.RECOGNITION) {
                resolution = v.passed() ? v.votedOn() : null;
            }
        }
        return resolution;
    }

    /** Links a user account to a member's record, so that she sees it on her own page. */
    @Transactional
    public void linkAccount(CurrentUser user, MemberId id, long userId) {
        organizationAccess.require(user, OrganizationId.of(organizationOf(id)), Permission.MEMBER_MANAGE);
        jdbc.sql("UPDATE members.member SET user_id = :u WHERE id = :id")
                .param("u", userId)
                .param("id", id.value())
                .update();
        audit.record(user, "member.linkAccount", ENTITY, id.value(), null, Map.of("userId", userId));
    }

    // ---- correction requests ----------------------------------------------------------------------------------

    /** The signed-in member asks her branch to correct a field of her record. */
    @Transactional
    public long requestCorrection(CurrentUser user, String field, String requested) {
        long memberId = jdbc.sql("SELECT id FROM members.member WHERE user_id = :u")
                .param("u", user.id())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, "self"));
        String f = blankToNull(field);
        String text = VietnameseText.clean(requested);
        if (f == null || f.length() > 100) {
            throw new InvalidInputException("field", "validation.required");
        }
        if (text == null) {
            throw new InvalidInputException("requested", "validation.required");
        }
        if (text.length() > 2000) {
            throw new InvalidInputException("requested", "validation.tooLong", 2000);
        }
        long id = jdbc.sql(
                        """
                        INSERT INTO members.correction_request (member_id, field, requested, requested_by)
                        VALUES (:m, :f, :r, :by) RETURNING id
                        """)
                .param("m", memberId)
                .param("f", f)
                .param("r", text)
                .param("by", user.username())
                .query(Long.class)
                .single();
        audit.record(user, "member.correctionRequest", ENTITY, memberId, null, Map.of("field", f));
        return id;
    }

    /** The signed-in member's own requests, newest first. */
    @Transactional(readOnly = true)
    public List<CorrectionRequest> ownCorrections(CurrentUser user) {
        return corrections("m.user_id = :u", Map.of("u", user.id()));
    }

    /** Open correction requests of members in the caller's management scope. */
    @Transactional(readOnly = true)
    public List<CorrectionRequest> openCorrections(CurrentUser user) {
        OrganizationScope scope = organizationAccess.scope(user, Permission.MEMBER_MANAGE);
        if (scope.isEmpty()) {
            return List.of();
        }
        return corrections(
                "c.resolved_at IS NULL AND " + scope.sqlCondition("o.path"), Map.of("scopePaths", scope.pathArray()));
    }

    private List<CorrectionRequest> corrections(String where, Map<String, Object> params) {
        return jdbc.sql(
                        """
                        SELECT c.*, m.full_name FROM members.correction_request c
                        JOIN members.member m ON m.id = c.member_id
                        JOIN organizations.organization o ON o.id = m.organization_id
                        WHERE """
                                + " " + where + " ORDER BY c.requested_at DESC, c.id DESC LIMIT 200")
                .params(params)
                .query((rs, n) -> new CorrectionRequest(
                        rs.getLong("id"),
                        MemberId.of(rs.getLong("member_id")),
                        rs.getString("full_name"),
                        rs.getString("field"),
                        rs.getString("requested"),
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                        rs.getString("requested_by"),
                        rs.getString("resolution")))
                .list();
    }

    /** The branch accepts or rejects a correction request (the record itself is edited separately). */
    @Transactional
    public void resolveCorrection(CurrentUser user, long requestId, boolean accepted) {
        long memberId = jdbc.sql("SELECT member_id FROM members.correction_request WHERE id = :id")
                .param("id", requestId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("CorrectionRequest", requestId));
        organizationAccess.require(
                user, OrganizationId.of(organizationOf(MemberId.of(memberId))), Permission.MEMBER_MANAGE);
        jdbc.sql(
                        """
                        UPDATE members.correction_request SET resolved_at = now(), resolved_by = :by, resolution = :r
                        WHERE id = :id AND resolved_at IS NULL
                        """)
                .param("by", user.username())
                .param("r", accepted ? "ACCEPTED" : "REJECTED")
                .param("id", requestId)
                .update();
        audit.record(
                user,
                "member.correctionResolved",
                ENTITY,
                memberId,
                null,
                Map.of("request", requestId, "accepted", accepted));
    }

    // ---- badges and recognition -------------------------------------------------------------------------------

    /** The badge list for an award date: members of the subtree who reach a badge year then (or may get it early). */
    @Transactional(readOnly = true)
    public List<BadgeCandidate> badgeList(CurrentUser user, OrganizationId organization, LocalDate awardDate) {
        organizationAccess.require(user, organization, Permission.MEMBER_VIEW);
        List<BadgeCandidate> result = new ArrayList<>();
        jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", m.seriously_ill,"
                        + " (SELECT max(occurred_on) FROM members.member_event e WHERE e.member_id = m.id"
                        + "   AND e.kind = 'DIED') AS died_on,"
                        + " (SELECT coalesce(max(years), 0) FROM members.badge_award b WHERE b.member_id = m.id)"
                        + "   AS presented"
                        + " FROM members.member m JOIN organizations.organization o ON o.id = m.organization_id"
                        + " WHERE o.path <@ (SELECT path FROM organizations.organization WHERE id = :org)"
                        + " AND m.status IN ('PROBATIONARY', 'OFFICIAL', 'DECEASED')"
                        + " AND m.admission_date <= :latest ORDER BY " + ORDER)
                .param("org", organization.value())
                .param("latest", awardDate.plusYears(2).minusYears(30))
                .query((rs, n) -> {
                    MemberSummary member = summary(rs, n);
                    LocalDate died = rs.getObject("died_on", LocalDate.class);
                    PartyBadges.Condition condition = member.status() == MemberStatus.DECEASED
                            ? PartyBadges.Condition.DECEASED
                            : rs.getBoolean("seriously_ill")
                                    ? PartyBadges.Condition.SERIOUSLY_ILL
                                    : PartyBadges.Condition.NORMAL;
                    int daysOut = rs.getInt("days_out");
                    PartyBadges.dueAt(
                                    member.admissionDate(), daysOut, condition, died, awardDate, rs.getInt("presented"))
                            .ifPresent(years -> {
                                LocalDate milestone = PartyBadges.milestone(member.admissionDate(), daysOut, years);
                                result.add(new BadgeCandidate(
                                        member,
                                        years,
                                        milestone,
                                        milestone.isAfter(awardDate),
                                        milestone.isBefore(awardDate.withDayOfYear(1))));
                            });
                    return member;
                })
                .list();
        return result;
    }

    /**
     * Records that a member received her Party badge, so that she leaves the badge lists of later award dates. The
     * badge must be one she has reached by then, early allowances included (HD 01-HD/TW §18).
     */
    @Transactional
    public void recordBadge(CurrentUser user, MemberId id, int years, LocalDate awardedOn, DecisionReference decision) {
        requireManage(user, id);
        if (!PartyBadges.YEARS.contains(years)) {
            throw new InvalidInputException("years", "member.badge.years");
        }
        if (awardedOn == null) {
            throw new InvalidInputException("awardedOn", "validation.required");
        }
        if (awardedOn.isAfter(today())) {
            throw new InvalidInputException("awardedOn", "member.date.future");
        }
        Map<String, Object> row = jdbc.sql(
                        """
                        SELECT m.admission_date, m.days_out, m.seriously_ill, m.status,
                            (SELECT max(occurred_on) FROM members.member_event e WHERE e.member_id = m.id
                              AND e.kind = 'DIED') AS died_on
                        FROM members.member m WHERE m.id = :id
                        """)
                .param("id", id.value())
                .query()
                .singleRow();
        PartyBadges.Condition condition = MemberStatus.DECEASED.name().equals(row.get("status"))
                ? PartyBadges.Condition.DECEASED
                : Boolean.TRUE.equals(row.get("seriously_ill"))
                        ? PartyBadges.Condition.SERIOUSLY_ILL
                        : PartyBadges.Condition.NORMAL;
        LocalDate milestone = PartyBadges.milestone(
                localDate(row.get("admission_date")), ((Number) row.get("days_out")).intValue(), years);
        if (milestone.isAfter(awardedOn.plusMonths(PartyBadges.monthsEarly(years, condition)))) {
            throw new InvalidInputException("years", "member.badge.notReached", years, VietnameseText.date(milestone));
        }
        long presented = jdbc.sql("SELECT count(*) FROM members.badge_award WHERE member_id = :id AND years = :y")
                .param("id", id.value())
                .param("y", years)
                .query(Long.class)
                .single();
        if (presented > 0) {
            throw new InvalidInputException("years", "member.badge.alreadyPresented", years);
        }
        DecisionReference d = decision == null ? new DecisionReference(null, null, null) : decision;
        jdbc.sql(
                        """
                        INSERT INTO members.badge_award (member_id, years, awarded_on, decision_number,
                            decision_symbol, decision_date, recorded_by)
                        VALUES (:m, :y, :on, :n, :s, :d, :by)
                        """)
                .param("m", id.value())
                .param("y", years)
                .param("on", awardedOn)
                .param("n", blankToNull(d.number()))
                .param("s", blankToNull(d.symbol()))
                .param("d", d.date())
                .param("by", user.username())
                .update();
        audit.record(user, "member.badge", ENTITY, id.value(), null, Map.of("years", years, "awardedOn", awardedOn));
    }

    /** Probationers of the subtree whose recognition is upcoming, due or overdue on {@code asOf}. */
    @Transactional(readOnly = true)
    public List<RecognitionDue> recognitionsDue(CurrentUser user, OrganizationId organization, LocalDate asOf) {
        organizationAccess.require(user, organization, Permission.MEMBER_VIEW);
        Map<MemberSummary, LocalDate> resolutions = new LinkedHashMap<>();
        jdbc.sql("SELECT " + SUMMARY_COLUMNS + ","
                        + " (SELECT v.voted_on FROM members.membership_vote v WHERE v.member_id = m.id"
                        + "   AND v.kind = 'RECOGNITION' ORDER BY v.voted_on DESC, v.id DESC LIMIT 1) AS last_vote,"
                        + " (SELECT v.passed FROM members.membership_vote v WHERE v.member_id = m.id"
                        + "   AND v.kind = 'RECOGNITION' ORDER BY v.voted_on DESC, v.id DESC LIMIT 1) AS last_passed"
                        + " FROM members.member m JOIN organizations.organization o ON o.id = m.organization_id"
                        + " WHERE o.path <@ (SELECT path FROM organizations.organization WHERE id = :org)"
                        + " AND m.status = 'PROBATIONARY' AND m.ceremony_date IS NOT NULL"
                        + " AND m.ceremony_date <= :by ORDER BY m.ceremony_date, " + ORDER)
                .param("org", organization.value())
                .param("by", asOf.minusMonths(LifeCycle.PROBATION_MONTHS).plusDays(Recognition.UPCOMING_DAYS))
                .query((rs, n) -> resolutions.put(
                        summary(rs, n),
                        rs.getBoolean("last_passed") ? rs.getObject("last_vote", LocalDate.class) : null))
                .list();
        return resolutions.entrySet().stream()
                .map(e ->
                        new RecognitionDue(e.getKey(), Recognition.of(e.getKey().ceremonyDate(), e.getValue(), asOf)))
                .filter(r -> r.recognition().needsAttention())
                .toList();
    }

    // ---- mapping ----------------------------------------------------------------------------------------------

    private MemberSummary summary(ResultSet rs, int rowNum) throws SQLException {
        LocalDate admission = rs.getObject("admission_date", LocalDate.class);
        return new MemberSummary(
                MemberId.of(rs.getLong("id")),
                rs.getString("full_name"),
                Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class),
                OrganizationId.of(rs.getLong("organization_id")),
                rs.getString("organization_name"),
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

    private static OrganizationId optionalOrganization(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : OrganizationId.of(value);
    }

    private static DecisionReference decision(ResultSet rs, String prefix) throws SQLException {
        return new DecisionReference(
                rs.getString(prefix + "_number"),
                rs.getString(prefix + "_symbol"),
                hasColumn(rs, prefix + "_date") ? rs.getObject(prefix + "_date", LocalDate.class) : null);
    }

    private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase(column)) {
                return true;
            }
        }
        return false;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
