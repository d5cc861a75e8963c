package vn.chibo.elections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.elections.rules.CongressSchedule;
import vn.chibo.elections.rules.ElectionRules;
import vn.chibo.elections.rules.Summons;
import vn.chibo.members.ActivityState;
import vn.chibo.members.MemberId;
import vn.chibo.members.VietnameseText;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.TermDetails;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;

/**
 * Convenes congresses and keeps their list: who is summoned, with or without a vote, and how each attended, from which
 * the legal denominator follows. Reading needs ELECTION_VIEW on the organization, writing ELECTION_MANAGE; every write
 * is audited and all-or-nothing.
 */
@Service
public class CongressManagement {

    static final String ENTITY = "Congress";

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final OrganizationTerms organizationTerms;
    private final OrganizationAccess organizationAccess;
    private final Rosters rosters;
    private final CongressRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CongressManagement(
            JdbcClient jdbc,
            OrganizationManagement organizations,
            OrganizationTerms organizationTerms,
            OrganizationAccess organizationAccess,
            Rosters rosters,
            CongressRecords records,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.organizationTerms = organizationTerms;
        this.organizationAccess = organizationAccess;
        this.rosters = rosters;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    // ---- convening ----------------------------------------------------------------------------------------------

    /**
     * Convenes a congress and draws up its list: every member of the organization's subtree on the opening date
     * (member congress), the delegates the lower congresses elected (delegate congress), or the committee's members
     * (committee conference).
     */
    @Transactional
    public CongressId convene(CurrentUser user, ConveneCongress c) {
        if (c.organization() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        organizationAccess.require(user, c.organization(), Permission.ELECTION_MANAGE);
        validate(user, c);
        DecisionReference plan = c.plan() == null ? new DecisionReference(null, null, null) : c.plan();
        long id = jdbc.sql(
                        """
                        INSERT INTO elections.congress (organization_id, kind, parent_id, number, opening_date, place,
                            announced_on, term_starts_on, term_ends_on, plan_number, plan_symbol, plan_date,
                            higher_consent)
                        VALUES (:org, :kind, :parent, :number, :opening, :place, :announced, :start, :end, :pn, :ps,
                            :pd, :consent) RETURNING id
                        """)
                .param("org", c.organization().value())
                .param("kind", c.kind().name())
                .param("parent", c.parent() == null ? null : c.parent().value())
                .param("number", c.number())
                .param("opening", c.openingDate())
                .param("place", blankToNull(c.place()))
                .param("announced", c.announcedOn())
                .param("start", c.termStart())
                .param("end", c.termEnd())
                .param("pn", blankToNull(plan.number()))
                .param("ps", blankToNull(plan.symbol()))
                .param("pd", plan.date())
                .param("consent", c.higherConsent())
                .query(Long.class)
                .single();
        CongressId congress = CongressId.of(id);
        int listed =
                switch (c.kind()) {
                    case MEMBERS -> summonMembers(user, congress, c);
                    case DELEGATES -> importDelegates(congress, c);
                    case COMMITTEE_CONFERENCE -> summonCommittee(congress, c.parent());
                };
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organizationId", c.organization().value());
        after.put("kind", c.kind());
        after.put("number", c.number());
        after.put("openingDate", c.openingDate().toString());
        after.put("term", c.termStart() + "–" + c.termEnd());
        after.put("listed", listed);
        audit.record(user, "congress.convene", ENTITY, id, null, after);
        events.publishEvent(new CongressConvened(congress, c.organization(), c.kind(), c.openingDate()));
        return congress;
    }

    private void validate(CurrentUser user, ConveneCongress c) {
        if (c.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        if (c.number() < 1 || c.number() > 100) {
            throw new InvalidInputException("number", "congress.number.range");
        }
        if (c.openingDate() == null) {
            throw new InvalidInputException("openingDate", "validation.required");
        }
        if (c.termStart() == null) {
            throw new InvalidInputException("termStart", "validation.required");
        }
        if (c.termEnd() == null) {
            throw new InvalidInputException("termEnd", "validation.required");
        }
        if (!c.termEnd().isAfter(c.termStart())) {
            throw new InvalidInputException("termEnd", "term.endsOn.beforeStart");
        }
        if (c.termStart().isBefore(c.openingDate())) {
            throw new InvalidInputException("termStart", "congress.termStart.beforeOpening");
        }
        if (c.announcedOn() != null && c.announcedOn().isAfter(c.openingDate())) {
            throw new InvalidInputException("announcedOn", "congress.announcedOn.afterOpening");
        }
        OrganizationType type = organizations.summary(user, c.organization()).type();
        if (type == OrganizationType.CELL) {
            throw new InvalidInputException("organizationId", "congress.kind.cell");
        }
        if (c.kind() == CongressKind.DELEGATES && type.isBranch()) {
            throw new InvalidInputException("kind", "congress.kind.delegatesAtBranch");
        }
        if (c.kind() == CongressKind.COMMITTEE_CONFERENCE) {
            if (c.parent() == null) {
                throw new InvalidInputException("parentId", "validation.required");
            }
            CongressRecords.Row parent = records.load(c.parent());
            if (!parent.organizationId().equals(c.organization())) {
                throw new InvalidInputException("parentId", "congress.conference.otherOrganization");
            }
            if (records.electedOf(c.parent(), ElectionKind.COMMITTEE).isEmpty()) {
                throw new InvalidInputException("parentId", "congress.conference.noCommittee");
            }
        } else if (c.parent() != null) {
            throw new InvalidInputException("parentId", "congress.conference.parentOnlyForConference");
        } else if (records.numberTaken(c.organization(), c.number())) {
            throw new InvalidInputException("number", "congress.number.taken", c.number());
        }
    }

    /**
     * Every member of the subtree on the opening date, by the summons rules; probationers, and members of other
     * organizations on temporary transfer here, without a vote.
     */
    private int summonMembers(CurrentUser user, CongressId congress, ConveneCongress c) {
        int listed = 0;
        List<Rosters.Member> subtree = rosters.subtree(user, c.organization(), c.openingDate());
        for (Rosters.Member m : subtree) {
            var member = m.member();
            ActivityState activity = member.activity();
            Summons.Standing standing = Summons.of(member.status(), activity, false, false);
            String reason = standing != Summons.Standing.NOT_SUMMONED
                    ? null
                    : activity == ActivityState.PROSECUTED ? "PROSECUTED" : "SUSPENDED";
            records.insertAttendee(
                    congress,
                    member.id(),
                    member.fullName(),
                    Standing.valueOf(standing.name()),
                    reason,
                    member.official(),
                    activity == ActivityState.EXEMPT || activity == ActivityState.TEMPORARILY_EXEMPT,
                    activity == ActivityState.TEMPORARILY_AWAY,
                    false);
            listed++;
        }
        for (Rosters.Member m : rosters.hosted(user, c.organization(), c.openingDate(), subtree)) {
            long attendee = records.insertAttendee(
                    congress,
                    m.member().id(),
                    m.member().fullName(),
                    Standing.WITHOUT_VOTE,
                    null,
                    m.member().official(),
                    false,
                    false,
                    false);
            records.markTemporarilyIn(attendee);
            listed++;
        }
        return listed;
    }

    /** The committee elected by the parent congress: each of its members with a vote. */
    private int summonCommittee(CongressId congress, CongressId parent) {
        List<CongressRecords.Person> committee = records.electedOf(parent, ElectionKind.COMMITTEE);
        for (CongressRecords.Person p : committee) {
            records.insertAttendee(
                    congress, p.memberId(), p.fullName(), Standing.WITH_VOTE, null, true, false, false, false);
        }
        return committee.size();
    }

    /**
     * The delegates and alternates elected by the congresses of the organizations below, held in the year before this
     * congress opens, each with the organization that elected her and an alternate's votes for her order.
     */
    private int importDelegates(CongressId congress, ConveneCongress c) {
        List<CongressRecords.ElectedDelegate> delegates =
                records.delegatesFromBelow(c.organization(), c.openingDate().minusYears(1), c.openingDate());
        for (CongressRecords.ElectedDelegate d : delegates) {
            long attendee = records.insertAttendee(
                    congress, d.memberId(), d.fullName(), Standing.WITH_VOTE, null, true, false, false, false);
            records.markDelegate(attendee, d.alternate(), d.organizationId(), d.alternate() ? d.votes() : null);
        }
        return delegates.size();
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The congresses of an organization's subtree (or all the user may see), newest first. */
    @Transactional(readOnly = true)
    public List<CongressSummary> list(CurrentUser user, OrganizationId organization) {
        OrganizationScope scope = organizationAccess.scope(user, Permission.ELECTION_VIEW);
        Map<String, Object> params = new HashMap<>();
        params.put("scopePaths", scope.pathArray());
        String subtree = "";
        if (organization != null) {
            organizationAccess.require(user, organization, Permission.ELECTION_VIEW);
            subtree = " AND o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :org)";
            params.put("org", organization.value());
        }
        return records.summaries(scope.sqlCondition("o.path") + subtree, params);
    }

    @Transactional(readOnly = true)
    public CongressDetails details(CurrentUser user, CongressId id) {
        CongressRecords.Row row = records.load(id);
        var held = organizationAccess.permissions(user, row.organizationId());
        if (!held.contains(Permission.ELECTION_VIEW)) {
            organizationAccess.require(user, row.organizationId(), Permission.ELECTION_VIEW);
        }
        ElectionRules rules = ElectionRules.on(row.openingDate());
        List<Attendee> attendees = records.attendees(id);
        return new CongressDetails(
                records.summary(id),
                row.place(),
                row.announcedOn(),
                row.closingDate(),
                row.plan(),
                row.higherConsent(),
                ruleSetInfo(rules),
                warnings(user, row, rules),
                attendees,
                AttendanceCounting.figures(row.kind(), attendees),
                records.electionSummaries(id),
                records.resolution(id),
                row.termId(),
                row.approvalStatus(),
                row.approval(),
                held.contains(Permission.ELECTION_MANAGE),
                held.contains(Permission.ELECTION_COUNT));
    }

    static RuleSetInfo ruleSetInfo(ElectionRules rules) {
        return new RuleSetInfo(
                rules.regulation(),
                rules.guidance(),
                rules.effectiveFrom(),
                rules.fromMemory().stream().map(Enum::name).sorted().toList());
    }

    private List<String> warnings(CurrentUser user, CongressRecords.Row row, ElectionRules rules) {
        if (row.kind() == CongressKind.COMMITTEE_CONFERENCE) {
            return List.of();
        }
        OrganizationSummary org = organizations.summary(user, row.organizationId());
        LocalDate outgoingEnd = organizationTerms
                .termOn(user, row.organizationId(), row.openingDate().minusDays(1))
                .map(TermDetails::endsOn)
                .orElse(null);
        boolean branchUnderGrassroots = org.type() == OrganizationType.BRANCH;
        List<String> warnings = new ArrayList<>(CongressSchedule.warnings(
                rules, row.announcedOn(), row.openingDate(), outgoingEnd, branchUnderGrassroots, row.higherConsent()));
        long months = java.time.temporal.ChronoUnit.MONTHS.between(row.termStart(), row.termEnd());
        if (months != 30 && months != 60) {
            warnings.add("congress.warning.termLength");
        }
        return warnings;
    }

    // ---- attendance ---------------------------------------------------------------------------------------------

    /** Records how someone on the list attended; absence takes a reason, and whether the convening committee accepted it. */
    @Transactional
    public void recordAttendance(CurrentUser user, CongressId id, MemberId member, RecordAttendance a) {
        CongressRecords.Row row = requireOpen(user, id);
        if (a == null || a.status() == null) {
            throw new InvalidInputException("status", "validation.required");
        }
        Attendee before = records.attendee(id, member)
                .orElseThrow(() -> new InvalidInputException("memberId", "congress.attendance.notListed"));
        if (before.standing() == Standing.NOT_SUMMONED) {
            throw new InvalidInputException("memberId", "congress.attendance.notSummoned");
        }
        if (a.status() == AttendanceStatus.ABSENT
                && (a.reason() == null || a.reason().isBlank())
                && a.reasonAccepted()) {
            throw new InvalidInputException("reason", "congress.attendance.reasonRequired");
        }
        String reason = a.status() == AttendanceStatus.ABSENT ? blankToNull(a.reason()) : null;
        boolean accepted = a.status() == AttendanceStatus.ABSENT && a.reasonAccepted();
        records.setAttendance(before.id(), a.status(), reason, accepted);
        audit.record(
                user,
                "congress.attendance",
                ENTITY,
                row.id().value(),
                Map.of("memberId", member.value(), "status", String.valueOf(before.status())),
                Map.of("memberId", member.value(), "status", a.status(), "reasonAccepted", accepted));
    }

    /** Puts a delegate on a delegate congress's list (or flags one as a convening-committee member). */
    @Transactional
    public long addDelegate(CurrentUser user, CongressId id, AddDelegate d) {
        CongressRecords.Row row = requireOpen(user, id);
        if (row.kind() != CongressKind.DELEGATES) {
            throw new InvalidInputException("kind", "congress.delegates.onlyAtDelegateCongress");
        }
        if (d == null || d.member() == null) {
            throw new InvalidInputException("memberId", "validation.required");
        }
        Rosters.Member member = rosters.subtree(user, row.organizationId(), row.openingDate()).stream()
                .filter(m -> m.member().id().equals(d.member()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("memberId", "congress.delegates.notInOrganization"));
        if (!member.member().official()) {
            throw new InvalidInputException("memberId", "congress.delegates.notOfficial");
        }
        if (records.attendee(id, d.member()).isPresent()) {
            throw new InvalidInputException("memberId", "congress.delegates.alreadyListed");
        }
        long attendee = records.insertAttendee(
                id,
                d.member(),
                member.member().fullName(),
                Standing.WITH_VOTE,
                null,
                true,
                false,
                false,
                d.conveningCommittee());
        records.markDelegate(
                attendee,
                d.alternate(),
                d.lowerOrganization() == null ? member.organization() : d.lowerOrganization(),
                d.alternate() ? d.alternateVotes() : null);
        audit.record(user, "congress.delegate.add", ENTITY, id.value(), null, d);
        return attendee;
    }

    /**
     * An alternate attends in place of an absent official delegate: the one named, or by default (a rule-set
     * parameter) an alternate of the same lower organization, in the order of the alternates' votes.
     */
    @Transactional
    public void replaceDelegate(CurrentUser user, CongressId id, long absentAttendee, Long alternateAttendee) {
        requireOpen(user, id);
        List<Attendee> attendees = records.attendees(id);
        Attendee absent = attendees.stream()
                .filter(a -> a.id() == absentAttendee && !a.alternate() && a.standing() == Standing.WITH_VOTE)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("attendeeId", "congress.replace.notADelegate"));
        if (absent.status() != AttendanceStatus.ABSENT) {
            throw new InvalidInputException("attendeeId", "congress.replace.notAbsent");
        }
        Attendee alternate = alternateAttendee != null
                ? attendees.stream()
                        .filter(a -> a.id() == alternateAttendee && a.alternate() && a.replacesAttendeeId() == null)
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException("alternateId", "congress.replace.notAnAlternate"))
                : AttendanceCounting.defaultAlternate(absent, attendees)
                        .orElseThrow(() -> new InvalidInputException("alternateId", "congress.replace.noAlternate"));
        records.replace(alternate.id(), absent.id());
        audit.record(
                user,
                "congress.delegate.replace",
                ENTITY,
                id.value(),
                null,
                Map.of("absent", absent.fullName(), "alternate", alternate.fullName()));
    }

    /** Someone attending without a vote (a member on temporary transfer in) or a guest. */
    @Transactional
    public long addParticipant(CurrentUser user, CongressId id, String fullName, boolean temporarilyIn) {
        requireOpen(user, id);
        String name = VietnameseText.clean(fullName);
        if (name == null) {
            throw new InvalidInputException("fullName", "validation.required");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("fullName", "validation.tooLong", 200);
        }
        long attendee = records.insertAttendee(
                id,
                null,
                name,
                temporarilyIn ? Standing.WITHOUT_VOTE : Standing.GUEST,
                null,
                false,
                false,
                false,
                false);
        if (temporarilyIn) {
            records.markTemporarilyIn(attendee);
        }
        audit.record(user, "congress.participant.add", ENTITY, id.value(), null, Map.of("fullName", name));
        return attendee;
    }

    /** A member on the list who is not to be summoned: prosecuted, or a convening-committee member who left. */
    @Transactional
    public void excludeFromSummons(CurrentUser user, CongressId id, MemberId member, String reason) {
        requireOpen(user, id);
        if (!"PROSECUTED".equals(reason) && !"LEFT_COMMITTEE".equals(reason) && !"SUSPENDED".equals(reason)) {
            throw new InvalidInputException("reason", "congress.notSummoned.reason");
        }
        Attendee a = records.attendee(id, member)
                .orElseThrow(() -> new InvalidInputException("memberId", "congress.attendance.notListed"));
        records.exclude(a.id(), reason);
        audit.record(
                user,
                "congress.exclude",
                ENTITY,
                id.value(),
                null,
                Map.of("memberId", member.value(), "reason", reason));
    }

    // ---- the congress's life ------------------------------------------------------------------------------------

    /** The congress opens (its preparatory session): the list is fixed from here and elections may be held. */
    @Transactional
    public void open(CurrentUser user, CongressId id) {
        CongressRecords.Row row = requireOpen(user, id);
        if (row.status() != CongressStatus.PREPARATION) {
            throw new InvalidInputException("status", "congress.status.notInPreparation");
        }
        records.setStatus(id, CongressStatus.HELD, null);
        audit.record(
                user, "congress.open", ENTITY, id.value(), Map.of("status", row.status()), Map.of("status", "HELD"));
    }

    /** The congress closes on a day: every election must be over. */
    @Transactional
    public void close(CurrentUser user, CongressId id, LocalDate closingDate) {
        CongressRecords.Row row = requireOpen(user, id);
        if (row.status() != CongressStatus.HELD) {
            throw new InvalidInputException("status", "congress.status.notHeld");
        }
        LocalDate day = closingDate == null ? row.openingDate() : closingDate;
        if (day.isBefore(row.openingDate())) {
            throw new InvalidInputException("closingDate", "congress.closingDate.beforeOpening");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("closingDate", "congress.closingDate.future");
        }
        if (records.electionSummaries(id).stream().anyMatch(e -> e.status() == ElectionStatus.OPEN)) {
            throw new InvalidInputException("status", "congress.close.electionsOpen");
        }
        records.setStatus(id, CongressStatus.CLOSED, day);
        audit.record(
                user,
                "congress.close",
                ENTITY,
                id.value(),
                Map.of("status", row.status()),
                Map.of("closingDate", day.toString()));
    }

    /** Records the resolution with its vote and targets; it is adopted with more than half of the denominator. */
    @Transactional
    public ResolutionDetails recordResolution(CurrentUser user, CongressId id, RecordResolution r) {
        CongressRecords.Row row = requireOpen(user, id);
        if (r == null || r.title() == null || r.title().isBlank()) {
            throw new InvalidInputException("title", "validation.required");
        }
        if (r.content() == null || r.content().isBlank()) {
            throw new InvalidInputException("content", "validation.required");
        }
        if (r.agree() < 0 || r.disagree() < 0 || r.abstain() < 0) {
            throw new InvalidInputException("agree", "validation.invalidValue", "agree");
        }
        AttendanceFigures figures = AttendanceCounting.figures(row.kind(), records.attendees(id));
        if (r.agree() + r.disagree() + r.abstain() > figures.attending()) {
            throw new InvalidInputException("agree", "congress.resolution.moreVotesThanPresent", figures.attending());
        }
        List<Target> targets = r.targets() == null ? List.of() : r.targets();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (t == null
                    || t.indicator() == null
                    || t.indicator().isBlank()
                    || t.comparator() == null
                    || t.unit() == null) {
                throw new InvalidInputException("targets[" + i + "]", "congress.target.incomplete", i + 1);
            }
            if (t.comparator() != Target.Comparator.NONE && t.threshold() == null) {
                throw new InvalidInputException("targets[" + i + "]", "congress.target.threshold", i + 1);
            }
        }
        records.saveResolution(id, r, figures.denominator(), targets);
        ResolutionDetails saved = records.resolution(id);
        audit.record(user, "congress.resolution", ENTITY, id.value(), null, saved);
        return saved;
    }

    private CongressRecords.Row requireOpen(CurrentUser user, CongressId id) {
        CongressRecords.Row row = records.load(id);
        organizationAccess.require(user, row.organizationId(), Permission.ELECTION_MANAGE);
        if (row.status() == CongressStatus.CLOSED) {
            throw new InvalidInputException("status", "congress.status.closed");
        }
        return row;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
