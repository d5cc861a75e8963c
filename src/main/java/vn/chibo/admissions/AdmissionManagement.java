package vn.chibo.admissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.admissions.AdmissionDetails.Step;
import vn.chibo.admissions.AdmissionDetails.Vote;
import vn.chibo.admissions.AdmissionDetails.Warning;
import vn.chibo.meetings.MeetingDetails;
import vn.chibo.meetings.MeetingId;
import vn.chibo.meetings.MeetingManagement;
import vn.chibo.meetings.MeetingStatus;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberField;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberParticulars;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.members.PoliticalTheoryLevel;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * The admissions a branch follows, step by step in the order of the rules ({@link AdmissionRules}): who may see them
 * (MEMBER_VIEW on the branch: the data is personal), who records them (MEMBER_MANAGE), what each step checks, and the
 * member's record created at the ceremony. Each step either is recorded whole, with its audit entry, or refused naming
 * its field with nothing written.
 */
@Service
public class AdmissionManagement {

    static final String ENTITY = "Admission";

    private final JdbcClient jdbc;
    private final OrganizationAccess access;
    private final OrganizationManagement organizations;
    private final MemberManagement members;
    private final MemberRosterOnDate roster;
    private final AuditTrail audit;
    private final Clock clock;

    private final MeetingManagement meetings;

    AdmissionManagement(
            JdbcClient jdbc,
            OrganizationAccess access,
            OrganizationManagement organizations,
            MemberManagement members,
            MemberRosterOnDate roster,
            MeetingManagement meetings,
            AuditTrail audit,
            Clock clock) {
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.access = access;
        this.organizations = organizations;
        this.members = members;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    /** An admission as stored, with the type of its branch. */
    record Row(
            long id,
            OrganizationId organizationId,
            String organizationName,
            OrganizationType organizationType,
            String fullName,
            Gender gender,
            LocalDate birthDate,
            String ethnicity,
            String job,
            boolean unitStaff,
            LocalDate awarenessCourseOn,
            LocalDate applicationOn,
            MemberId introducerId,
            String introducerName,
            LocalDate introducerSince,
            boolean youthUnion,
            LocalDate introducedOn,
            LocalDate verifiedOn,
            LocalDate committeeResolutionOn,
            String decisionNumber,
            String decisionSymbol,
            LocalDate decisionOn,
            LocalDate decisionReceivedOn,
            LocalDate ceremonyOn,
            boolean lateCeremonyAgreed,
            MemberId memberId,
            AdmissionStatus status,
            String stoppedReason) {}

    private static final String SELECT = "SELECT a.*, o.name AS organization_name, o.type AS organization_type"
            + " FROM admissions.admission a JOIN organizations.organization_tree o ON o.id = a.organization_id";

    // ---- reading ------------------------------------------------------------------------------------------------

    /**
     * The admissions of an organization's subtree (or of every branch the user may see), those under way first by the
     * next deadline, then the ended ones of the last year unless {@code all}.
     */
    @Transactional(readOnly = true)
    public List<AdmissionSummary> list(CurrentUser user, OrganizationId organization) {
        OrganizationScope scope = access.scope(user, Permission.MEMBER_VIEW);
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String condition = scope.sqlCondition("o.path");
        if (!scope.everything()) {
            params.put("scopePaths", scope.pathArray());
        }
        if (organization != null) {
            access.require(user, organization, Permission.MEMBER_VIEW);
            condition += " AND o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :org)";
            params.put("org", organization.value());
        }
        List<Row> rows = jdbc.sql(SELECT + " WHERE " + condition + " ORDER BY a.id")
                .params(params)
                .query(AdmissionManagement::row)
                .list();
        Map<Long, List<Vote>> votes = votes(rows.stream().map(Row::id).toList());
        LocalDate today = LocalDate.now(clock);
        List<AdmissionSummary> summaries = new ArrayList<>();
        for (Row r : rows) {
            AdmissionDetails d = derive(r, votes.getOrDefault(r.id(), List.of()), today, false);
            LocalDate due = due(d);
            summaries.add(new AdmissionSummary(
                    r.id(),
                    r.organizationId(),
                    r.organizationName(),
                    r.fullName(),
                    r.status(),
                    d.nextStep(),
                    due,
                    due != null && today.isAfter(due),
                    d.warnings().size()));
        }
        summaries.sort(java.util.Comparator.comparing((AdmissionSummary s) -> s.status() != AdmissionStatus.IN_PROGRESS)
                .thenComparing(
                        AdmissionSummary::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(AdmissionSummary::id));
        return summaries;
    }

    @Transactional(readOnly = true)
    public AdmissionDetails details(CurrentUser user, long id) {
        Row row = load(id);
        access.require(user, row.organizationId(), Permission.MEMBER_VIEW);
        boolean manageable = access.permissions(user, row.organizationId()).contains(Permission.MEMBER_MANAGE);
        return derive(row, votes(List.of(id)).getOrDefault(id, List.of()), LocalDate.now(clock), manageable);
    }

    /** Refuses a change to the admission unless the user records its branch's members (404 outside her scope). */
    public void requireManaging(CurrentUser user, long id) {
        Row row = load(id);
        access.require(user, row.organizationId(), Permission.MEMBER_VIEW);
        access.require(user, row.organizationId(), Permission.MEMBER_MANAGE);
    }

    // ---- changes ------------------------------------------------------------------------------------------------

    /** Starts following a person for admission in a branch, from her awareness course's certificate. */
    @Transactional
    public long create(CurrentUser user, NewAdmission a) {
        if (a.organizationId() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        access.require(user, a.organizationId(), Permission.MEMBER_MANAGE);
        OrganizationType type =
                organizations.summary(CurrentUser.system(), a.organizationId()).type();
        if (type != OrganizationType.BRANCH && type != OrganizationType.GRASSROOTS_BRANCH) {
            throw new InvalidInputException("organizationId", "admission.organization.branch");
        }
        LocalDate today = LocalDate.now(clock);
        String name = text("fullName", a.fullName(), 200, true);
        if (a.gender() == null) {
            throw new InvalidInputException("gender", "validation.required");
        }
        if (a.birthDate() == null) {
            throw new InvalidInputException("birthDate", "validation.required");
        }
        if (a.birthDate().isBefore(LocalDate.of(1900, 1, 1)) || !a.birthDate().isBefore(today)) {
            throw new InvalidInputException("birthDate", "admission.birthDate.range");
        }
        String ethnicity = text("ethnicity", a.ethnicity(), 100, true);
        String job = text("job", a.job(), 200, false);
        if (a.awarenessCourseOn() == null) {
            throw new InvalidInputException("awarenessCourseOn", "validation.required");
        }
        if (a.awarenessCourseOn().isAfter(today)) {
            throw new InvalidInputException("awarenessCourseOn", "admission.date.future");
        }
        if (!a.awarenessCourseOn().isAfter(a.birthDate())) {
            throw new InvalidInputException("awarenessCourseOn", "admission.date.beforeBirth");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql(
                        """
                        INSERT INTO admissions.admission (organization_id, full_name, gender, birth_date, ethnicity, job,
                            unit_staff, awareness_course_on, created_by, created_at, updated_at)
                        VALUES (:org, :name, :gender, :birth, :ethnicity, :job, :staff, :course, :by, :now, :now)
                        RETURNING id
                        """)
                .param("org", a.organizationId().value())
                .param("name", name)
                .param("gender", a.gender().name())
                .param("birth", a.birthDate())
                .param("ethnicity", ethnicity)
                .param("job", job)
                .param("staff", a.unitStaff())
                .param("course", a.awarenessCourseOn())
                .param("by", user.username())
                .param("now", now)
                .query(Long.class)
                .single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organizationId", a.organizationId().value());
        after.put("fullName", name);
        after.put("awarenessCourseOn", a.awarenessCourseOn().toString());
        audit.record(user, "admission.create", ENTITY, id, null, after);
        return id;
    }

    /**
     * Records the next step of an admission (the branch's vote again while it has not passed). Refused, naming the
     * field, when a step comes out of order, a date is in the future or before the step before it, the introducer is
     * not an official member of the branch or has worked with the person less than 12 months, she is under 18 on the
     * day of the vote, or the ceremony comes after its 30 working days without the higher committee's agreement.
     */
    @Transactional
    public AdmissionDetails record(CurrentUser user, long id, AdmissionStep step, AdmissionStepInput input) {
        if (step == null) {
            throw new InvalidInputException("step", "validation.required");
        }
        Row row = lockForChange(user, id);
        List<Vote> votes = votes(List.of(id)).getOrDefault(id, List.of());
        LocalDate today = LocalDate.now(clock);
        AdmissionDetails before = derive(row, votes, today, true);
        if (step != before.nextStep()) {
            throw new InvalidInputException("step", "admission.step.order", stepName(before.nextStep()));
        }
        AdmissionStepInput in = input == null ? AdmissionStepInput.on(null) : input;
        LocalDate date = in.date();
        if (date == null) {
            throw new InvalidInputException("date", "validation.required");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", "admission.date.future");
        }
        Step previous =
                before.steps().stream().filter(Step::done).reduce((a, b) -> b).orElseThrow();
        if (date.isBefore(previous.date())) {
            throw new InvalidInputException(
                    "date", "admission.date.beforePrevious", stepName(previous.step()), shown(previous.date()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("step", step.name());
        after.put("date", date.toString());
        switch (step) {
            case APPLICATION -> set(id, "application_on = :d", Map.of("d", date));
            case INTRODUCTION -> introduction(row, in, date, after);
            case VERIFICATION -> set(id, "verified_on = :d", Map.of("d", date));
            case BRANCH_VOTE -> branchVote(user, row, in, date, after);
            case COMMITTEE_RESOLUTION -> set(id, "committee_resolution_on = :d", Map.of("d", date));
            case DECISION -> {
                String number = text("decisionNumber", in.decisionNumber(), 20, true);
                String symbol = text("decisionSymbol", in.decisionSymbol(), 40, false);
                LocalDate received = in.decisionReceivedOn();
                if (received != null && received.isBefore(date)) {
                    throw new InvalidInputException(
                            "decisionReceivedOn", "admission.decision.receivedBeforeSigned", shown(date));
                }
                if (received != null && received.isAfter(today)) {
                    throw new InvalidInputException("decisionReceivedOn", "admission.date.future");
                }
                Map<String, Object> p = new HashMap<>();
                p.put("d", date);
                p.put("n", number);
                p.put("s", symbol);
                p.put("r", received);
                set(id, "decision_on = :d, decision_number = :n, decision_symbol = :s, decision_received_on = :r", p);
                after.put("decision", new DecisionReference(number, symbol, date).display());
                if (received != null) {
                    after.put("decisionReceivedOn", received.toString());
                }
            }
            case CEREMONY -> ceremony(user, row, in, date, after);
            default -> throw new InvalidInputException("step", "admission.step.order", stepName(step));
        }
        audit.record(user, "admission.step", ENTITY, id, null, after);
        Row changed = load(id);
        return derive(changed, votes(List.of(id)).getOrDefault(id, List.of()), today, true);
    }

    /** The branch stops following the person (she withdrew, or it will not propose her), with the reason. */
    @Transactional
    public void stop(CurrentUser user, long id, String reason) {
        lockForChange(user, id);
        String why = text("reason", reason, 500, true);
        jdbc.sql("UPDATE admissions.admission SET status = 'STOPPED', stopped_reason = :r, updated_at = :now"
                        + " WHERE id = :id")
                .param("r", why)
                .param("now", OffsetDateTime.now(clock))
                .param("id", id)
                .update();
        audit.record(
                user,
                "admission.stop",
                ENTITY,
                id,
                Map.of("status", AdmissionStatus.IN_PROGRESS.name()),
                Map.of("status", AdmissionStatus.STOPPED.name(), "reason", why));
    }

    private Row lockForChange(CurrentUser user, long id) {
        requireManaging(user, id);
        Row row = jdbc.sql(SELECT + " WHERE a.id = :id FOR UPDATE OF a")
                .param("id", id)
                .query(AdmissionManagement::row)
                .single();
        if (row.status() != AdmissionStatus.IN_PROGRESS) {
            throw new InvalidInputException("status", "admission.status.ended");
        }
        return row;
    }

    private void introduction(Row row, AdmissionStepInput in, LocalDate date, Map<String, Object> after) {
        if (in.introducerId() == null) {
            throw new InvalidInputException("introducerId", "validation.required");
        }
        MemberRosterOnDate.OnDate introducer = roster.members(CurrentUser.system(), row.organizationId(), date).stream()
                .filter(m -> m.id().equals(in.introducerId()))
                .findFirst()
                .filter(MemberRosterOnDate.OnDate::official)
                .orElseThrow(() -> new InvalidInputException("introducerId", "admission.introducer.notOfficial"));
        if (in.introducerSince() == null) {
            throw new InvalidInputException("introducerSince", "validation.required");
        }
        if (in.introducerSince().isAfter(date)) {
            throw new InvalidInputException("introducerSince", "admission.introducer.sinceAfter");
        }
        if (!AdmissionRules.introducerLongEnough(in.introducerSince(), date)) {
            throw new InvalidInputException(
                    "introducerSince", "admission.introducer.tooShort", AdmissionRules.INTRODUCER_MONTHS);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("d", date);
        p.put("i", introducer.id().value());
        p.put("n", introducer.fullName());
        p.put("s", in.introducerSince());
        p.put("y", Boolean.TRUE.equals(in.youthUnion()));
        set(
                row.id(),
                "introduced_on = :d, introducer_id = :i, introducer_name = :n, introducer_since = :s, youth_union = :y",
                p);
        after.put("introducer", introducer.fullName());
        after.put("youthUnion", Boolean.TRUE.equals(in.youthUnion()));
    }

    private void branchVote(
            CurrentUser user, Row row, AdmissionStepInput in, LocalDate date, Map<String, Object> after) {
        if (AdmissionRules.underAge(row.birthDate(), date)) {
            throw new InvalidInputException("date", "admission.age.under", AdmissionRules.MIN_AGE_YEARS);
        }
        // The branch meeting the vote was taken at: the branch's own, held that day; its list gives the official
        // members when they are not typed, and its attendance the most votes there can be.
        MeetingDetails meeting = in.meetingId() == null ? null : voteMeeting(user, row, in.meetingId(), date);
        Integer officialMembers = in.officialMembers() != null || meeting == null
                ? in.officialMembers()
                : Integer.valueOf(meeting.counts().official());
        if (officialMembers == null) {
            throw new InvalidInputException("officialMembers", "validation.required");
        }
        if (officialMembers < 1 || officialMembers > 10000) {
            throw new InvalidInputException("officialMembers", "admission.vote.officialMembers");
        }
        if (in.agree() == null) {
            throw new InvalidInputException("agree", "validation.required");
        }
        if (in.agree() < 0 || in.agree() > officialMembers) {
            throw new InvalidInputException("agree", "admission.vote.agree", officialMembers);
        }
        if (meeting != null && in.agree() > meeting.counts().voters()) {
            throw new InvalidInputException(
                    "agree", "admission.vote.moreThanVoters", meeting.counts().voters());
        }
        boolean passed = AdmissionRules.passes(officialMembers, in.agree());
        try {
            jdbc.sql(
                            """
                            INSERT INTO admissions.branch_vote
                                (admission_id, held_on, official_members, agree, passed, meeting_id)
                            VALUES (:a, :d, :o, :y, :p, :m)
                            """)
                    .param("a", row.id())
                    .param("d", date)
                    .param("o", officialMembers)
                    .param("y", in.agree())
                    .param("p", passed)
                    .param("m", meeting == null ? null : meeting.id().value())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("date", "admission.vote.sameDay");
        }
        set(row.id(), "youth_union = youth_union", Map.of());
        if (meeting != null) {
            after.put("meetingId", meeting.id().value());
        }
        after.put("officialMembers", officialMembers);
        after.put("agree", in.agree());
        after.put("passed", passed);
    }

    /**
     * The meeting a vote names: one the user may see (else it does not exist for her), of the admission's branch, held
     * (not only planned) on the vote's day.
     */
    private MeetingDetails voteMeeting(CurrentUser user, Row row, MeetingId id, LocalDate date) {
        MeetingDetails meeting;
        try {
            meeting = meetings.details(user, id);
        } catch (vn.chibo.platform.NotFoundException | vn.chibo.platform.ForbiddenException e) {
            throw new InvalidInputException("meetingId", "admission.vote.meetingUnknown");
        }
        if (!meeting.organizationId().equals(row.organizationId())) {
            throw new InvalidInputException("meetingId", "admission.vote.meetingOtherBranch", row.organizationName());
        }
        if (meeting.status() == MeetingStatus.PLANNED) {
            throw new InvalidInputException("meetingId", "admission.vote.meetingNotHeld");
        }
        if (!date.equals(meeting.record().date())) {
            throw new InvalidInputException(
                    "meetingId",
                    "admission.vote.meetingOtherDay",
                    shown(meeting.record().date()));
        }
        return meeting;
    }

    private void ceremony(CurrentUser user, Row row, AdmissionStepInput in, LocalDate date, Map<String, Object> after) {
        boolean agreed = Boolean.TRUE.equals(in.lateCeremonyAgreed());
        LocalDate received = received(row);
        if (date.isBefore(received)) {
            throw new InvalidInputException("date", "admission.ceremony.beforeReceived", shown(received));
        }
        LocalDate due = AdmissionRules.ceremonyDue(received);
        if (date.isAfter(due) && !agreed) {
            throw new InvalidInputException("lateCeremonyAgreed", "admission.ceremony.late", shown(due));
        }
        String place = text("ceremonyPlace", in.ceremonyPlace(), 200, false);
        MemberParticulars particulars = MemberParticulars.empty()
                .with(MemberField.FULL_NAME, row.fullName())
                .with(MemberField.GENDER, row.gender())
                .with(MemberField.BIRTH_DATE, row.birthDate())
                .with(MemberField.ETHNICITY, row.ethnicity())
                .with(MemberField.THEORY_LEVEL, PoliticalTheoryLevel.NONE)
                .with(MemberField.UNIT_STAFF, row.unitStaff())
                .with(MemberField.INTRODUCERS, row.introducerName());
        if (row.job() != null) {
            particulars = particulars.with(MemberField.JOB, row.job());
        }
        if (place != null) {
            particulars = particulars.with(MemberField.CEREMONY_PLACE, place);
        }
        MemberId member = members.create(
                user,
                new MemberDraft(
                        row.organizationId(),
                        particulars,
                        row.decisionOn(),
                        new DecisionReference(row.decisionNumber(), row.decisionSymbol(), row.decisionOn()),
                        date,
                        null));
        Map<String, Object> p = new HashMap<>();
        p.put("d", date);
        p.put("l", agreed);
        p.put("m", member.value());
        p.put("p", place);
        set(
                row.id(),
                "ceremony_on = :d, ceremony_place = :p, late_ceremony_agreed = :l, member_id = :m, status = 'ADMITTED'",
                p);
        after.put("ceremonyPlace", place == null ? "" : place);
        after.put("memberId", member.value());
        after.put("lateCeremonyAgreed", agreed);
    }

    private void set(long id, String assignments, Map<String, Object> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("id", id);
        p.put("now", OffsetDateTime.now(clock));
        jdbc.sql("UPDATE admissions.admission SET " + assignments + ", updated_at = :now WHERE id = :id")
                .params(p)
                .update();
    }

    // ---- derived ------------------------------------------------------------------------------------------------

    /** The steps that apply to a branch of the type, in order. */
    static List<AdmissionStep> applicable(OrganizationType type) {
        List<AdmissionStep> steps = new ArrayList<>(List.of(AdmissionStep.values()));
        if (type != OrganizationType.BRANCH) {
            steps.remove(AdmissionStep.COMMITTEE_RESOLUTION);
        }
        return steps;
    }

    static AdmissionDetails derive(Row r, List<Vote> votes, LocalDate today, boolean manageable) {
        LocalDate passedOn = votes.stream()
                .filter(Vote::passed)
                .map(Vote::heldOn)
                .findFirst()
                .orElse(null);
        List<Step> steps = new ArrayList<>();
        for (AdmissionStep s : applicable(r.organizationType())) {
            LocalDate date =
                    switch (s) {
                        case AWARENESS_COURSE -> r.awarenessCourseOn();
                        case APPLICATION -> r.applicationOn();
                        case INTRODUCTION -> r.introducedOn();
                        case VERIFICATION -> r.verifiedOn();
                        case BRANCH_VOTE -> passedOn;
                        case COMMITTEE_RESOLUTION -> r.committeeResolutionOn();
                        case DECISION -> r.decisionOn();
                        case CEREMONY -> r.ceremonyOn();
                    };
            steps.add(new Step(s, date));
        }
        AdmissionStep next = r.status() == AdmissionStatus.IN_PROGRESS
                ? steps.stream()
                        .filter(s -> !s.done())
                        .map(Step::step)
                        .findFirst()
                        .orElse(null)
                : null;
        LocalDate decisionDue = passedOn == null ? null : AdmissionRules.decisionDue(passedOn);
        LocalDate ceremonyDue = r.decisionOn() == null ? null : AdmissionRules.ceremonyDue(received(r));
        List<Warning> warnings = new ArrayList<>();
        LocalDate ageDay = passedOn != null ? passedOn : today;
        if (AdmissionRules.aboveAge(r.birthDate(), ageDay)) {
            warnings.add(new Warning("admission.warning.aboveAge", List.of(AdmissionRules.MAX_AGE_YEARS)));
        }
        if (r.introducedOn() != null && !r.youthUnion() && AdmissionRules.youthAge(r.birthDate(), r.introducedOn())) {
            warnings.add(new Warning("admission.warning.youthUnion", List.of(AdmissionRules.YOUTH_AGE_YEARS)));
        }
        long failed = votes.stream().filter(v -> !v.passed()).count();
        if (passedOn == null && failed >= AdmissionRules.FAILED_VOTES_BEFORE_REFERRAL) {
            warnings.add(new Warning("admission.warning.referred", List.of(failed)));
        }
        if (r.status() == AdmissionStatus.IN_PROGRESS && decisionDue != null) {
            if (r.decisionOn() == null && today.isAfter(decisionDue)) {
                warnings.add(new Warning("admission.warning.decisionOverdue", List.of(shown(decisionDue))));
            }
            if (ceremonyDue != null && r.ceremonyOn() == null && today.isAfter(ceremonyDue)) {
                warnings.add(new Warning("admission.warning.ceremonyOverdue", List.of(shown(ceremonyDue))));
            }
        }
        if (r.decisionOn() != null && decisionDue != null && r.decisionOn().isAfter(decisionDue)) {
            warnings.add(new Warning("admission.warning.decisionLate", List.of(shown(decisionDue))));
        }
        DecisionReference decision = r.decisionOn() == null
                ? null
                : new DecisionReference(r.decisionNumber(), r.decisionSymbol(), r.decisionOn());
        return new AdmissionDetails(
                r.id(),
                r.organizationId(),
                r.organizationName(),
                r.fullName(),
                r.gender(),
                r.birthDate(),
                r.ethnicity(),
                r.job(),
                r.unitStaff(),
                r.status(),
                r.stoppedReason(),
                List.copyOf(steps),
                next,
                r.introducerName(),
                r.introducerSince(),
                r.youthUnion(),
                votes,
                decision,
                r.decisionReceivedOn(),
                r.lateCeremonyAgreed(),
                r.memberId(),
                decisionDue,
                ceremonyDue,
                List.copyOf(warnings),
                manageable && r.status() == AdmissionStatus.IN_PROGRESS);
    }

    /** The day the branch received the decision: the day recorded, else the day it was signed. */
    private static LocalDate received(Row r) {
        return r.decisionReceivedOn() != null ? r.decisionReceivedOn() : r.decisionOn();
    }

    /** The deadline of the next step, where the rules set one. */
    static LocalDate due(AdmissionDetails d) {
        if (d.nextStep() == null) {
            return null;
        }
        return switch (d.nextStep()) {
            case COMMITTEE_RESOLUTION, DECISION -> d.decisionDue();
            case CEREMONY -> d.ceremonyDue();
            default -> null;
        };
    }

    private Row load(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query(AdmissionManagement::row)
                .optional()
                .orElseThrow(() -> new vn.chibo.platform.NotFoundException(ENTITY, id));
    }

    private Map<Long, List<Vote>> votes(List<Long> ids) {
        Map<Long, List<Vote>> votes = new HashMap<>();
        if (ids.isEmpty()) {
            return votes;
        }
        jdbc.sql(
                        """
                        SELECT admission_id, held_on, official_members, agree, passed, meeting_id
                        FROM admissions.branch_vote WHERE admission_id = ANY(:ids) ORDER BY held_on
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    long meeting = rs.getLong(6);
                    MeetingId meetingId = rs.wasNull() ? null : MeetingId.of(meeting);
                    votes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Vote(
                                    rs.getObject(2, LocalDate.class),
                                    rs.getInt(3),
                                    rs.getInt(4),
                                    rs.getBoolean(5),
                                    meetingId));
                });
        return votes;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long introducer = rs.getLong("introducer_id");
        MemberId introducerId = rs.wasNull() ? null : MemberId.of(introducer);
        long member = rs.getLong("member_id");
        MemberId memberId = rs.wasNull() ? null : MemberId.of(member);
        return new Row(
                rs.getLong("id"),
                OrganizationId.of(rs.getLong("organization_id")),
                rs.getString("organization_name"),
                OrganizationType.valueOf(rs.getString("organization_type")),
                rs.getString("full_name"),
                Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"),
                rs.getString("job"),
                rs.getBoolean("unit_staff"),
                rs.getObject("awareness_course_on", LocalDate.class),
                rs.getObject("application_on", LocalDate.class),
                introducerId,
                rs.getString("introducer_name"),
                rs.getObject("introducer_since", LocalDate.class),
                rs.getBoolean("youth_union"),
                rs.getObject("introduced_on", LocalDate.class),
                rs.getObject("verified_on", LocalDate.class),
                rs.getObject("committee_resolution_on", LocalDate.class),
                rs.getString("decision_number"),
                rs.getString("decision_symbol"),
                rs.getObject("decision_on", LocalDate.class),
                rs.getObject("decision_received_on", LocalDate.class),
                rs.getObject("ceremony_on", LocalDate.class),
                rs.getBoolean("late_ceremony_agreed"),
                memberId,
                AdmissionStatus.valueOf(rs.getString("status")),
                rs.getString("stopped_reason"));
    }

    /** A step's name in the bundles, resolved when the message is. */
    private static org.springframework.context.MessageSourceResolvable stepName(AdmissionStep step) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                step == null ? "admission.step.none" : "admission.step." + step);
    }

    /** A date as the pages write it. */
    static String shown(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A text field stripped, refused when required and blank or over the length; null when optional and blank. */
    private static String text(String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "validation.required");
            }
            return null;
        }
        if (v.length() > max || v.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidInputException(field, "admission.text.invalid", max);
        }
        return v;
    }
}
