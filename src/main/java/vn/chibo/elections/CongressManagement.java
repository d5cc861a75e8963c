package vn.chibo.elections;

import static vn.chibo.platform.InputText.blankToNull;

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
    private final CongressAttendance attendance;
    private final OrganizationTerms organizationTerms;
    private final OrganizationAccess organizationAccess;
    private final CongressRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CongressManagement(
            JdbcClient jdbc,
            OrganizationManagement organizations,
            CongressAttendance attendance,
            OrganizationTerms organizationTerms,
            OrganizationAccess organizationAccess,
            CongressRecords records,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.attendance = attendance;
        this.organizationTerms = organizationTerms;
        this.organizationAccess = organizationAccess;
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
                    case MEMBERS -> attendance.summonMembers(user, congress, c);
                    case DELEGATES ->
                        attendance.importDelegates(congress, c)
                                + attendance.addConveningCommittee(user, congress, c.organization(), c.openingDate());
                    case COMMITTEE_CONFERENCE -> attendance.summonCommittee(congress, c.parent());
                };
        int committee = c.kind() == CongressKind.COMMITTEE_CONFERENCE
                ? 0
                : attendance.markConveningCommittee(user, congress, c.organization(), c.openingDate());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organizationId", c.organization().value());
        after.put("kind", c.kind());
        after.put("number", c.number());
        after.put("openingDate", c.openingDate().toString());
        after.put("term", c.termStart() + "–" + c.termEnd());
        after.put("listed", listed);
        after.put("conveningCommittee", committee);
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
                rules.options(),
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
            if (t.measure().unit() != null && t.measure().unit() != t.unit()) {
                throw new InvalidInputException(
                        "targets[" + i + "]",
                        "congress.target.measureUnit." + t.measure().unit(),
                        i + 1);
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
}
