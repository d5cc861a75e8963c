package vn.chibo.reviews;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.members.ActivityState;
import vn.chibo.members.MemberDiscipline;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationNode;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;
import vn.chibo.platform.StorableText;
import vn.chibo.reviews.ReviewRecords.EntryRow;
import vn.chibo.reviews.ReviewRecords.RoundRow;

/**
 * The annual review of a branch's members as a record: a round opened for a year on the review's date (which picks the
 * rules and the roster), the facts and levels recorded per member and held to {@link MemberRatingRules}, the branch's
 * proposal checked against the excellence cap, and the level above's approval that closes it. The branch works with
 * REVIEW_MANAGE on itself; approving, returning and closing need REVIEW_MANAGE on the level above (QĐ 124 Điều 12:
 * the competent level decides). Every write is audited, in one transaction with the write.
 */
@Service
public class ReviewManagement {

    private static final int NOTES_LENGTH = 2000;

    private final ReviewRecords records;
    private final OrganizationAccess access;
    private final OrganizationManagement organizations;
    private final MemberRosterOnDate roster;
    private final MemberDiscipline discipline;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewManagement(
            ReviewRecords records,
            OrganizationAccess access,
            OrganizationManagement organizations,
            MemberRosterOnDate roster,
            MemberDiscipline discipline,
            AuditTrail audit,
            Clock clock) {
        this.records = records;
        this.access = access;
        this.organizations = organizations;
        this.roster = roster;
        this.discipline = discipline;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- access -------------------------------------------------------------------------------------------------

    /**
     * Checks that the user may record facts and levels in the round and propose it (REVIEW_MANAGE on its branch): 404
     * when she may not see the branch, 403 when she may see but not manage. Pages and the API ask before they read
     * what was sent.
     */
    @Transactional(readOnly = true)
    public void requireManaging(CurrentUser user, ReviewRoundId id) {
        requireManaging(user, records.load(id));
    }

    /**
     * Checks that the user may approve, return or close the round: REVIEW_MANAGE on the level above its branch (an
     * administrator for a branch at the root). 404 when she may not see the branch, 403 otherwise.
     */
    @Transactional(readOnly = true)
    public void requireDeciding(CurrentUser user, ReviewRoundId id) {
        requireDeciding(user, records.load(id));
    }

    private void requireManaging(CurrentUser user, RoundRow round) {
        access.require(user, OrganizationId.of(round.organizationId()), Permission.REVIEW_MANAGE);
    }

    private void requireDeciding(CurrentUser user, RoundRow round) {
        access.require(user, OrganizationId.of(round.organizationId()), Permission.REVIEW_VIEW);
        if (!mayDecide(user, round)) {
            throw new ForbiddenException("The review of " + round.organizationId() + " is decided above it");
        }
    }

    private boolean mayDecide(CurrentUser user, RoundRow round) {
        return round.parentId() == null
                ? user.isAdministrator()
                : access.permissions(user, OrganizationId.of(round.parentId())).contains(Permission.REVIEW_MANAGE);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The rounds of an organization's subtree (all the user may see without one), newest year first. */
    @Transactional(readOnly = true)
    public List<ReviewRoundSummary> list(CurrentUser user, OrganizationId organization) {
        OrganizationScope scope = access.scope(user, Permission.REVIEW_VIEW);
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("scopePaths", scope.pathArray());
        String subtree = "";
        if (organization != null) {
            access.require(user, organization, Permission.REVIEW_VIEW);
            subtree = " AND o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :org)";
            params.put("org", organization.value());
        }
        return records.summaries(scope.sqlCondition("o.path") + subtree, params);
    }

    /**
     * The year under review by the application's clock (this year from October on, else last year), which the opening
     * form suggests.
     */
    public int currentReviewYear() {
        return ReviewDates.currentReviewYear(clock);
    }

    /** The branches where the user may open a round, in tree order. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> openableBranches(CurrentUser user) {
        boolean everywhere = user.hasEverywhere(Permission.REVIEW_MANAGE);
        return OrganizationNode.flatten(organizations.visibleTree(user, false)).stream()
                .filter(o -> o.type().isBranch())
                .filter(o -> everywhere || access.permissions(user, o.id()).contains(Permission.REVIEW_MANAGE))
                .toList();
    }

    /** The round with its members, what the rules say of each, and its summary. */
    @Transactional(readOnly = true)
    public ReviewRoundDetails details(CurrentUser user, ReviewRoundId id) {
        RoundRow round = records.load(id);
        OrganizationId organization = OrganizationId.of(round.organizationId());
        access.require(user, organization, Permission.REVIEW_VIEW);
        List<MemberReview> members = members(user, round);
        ReviewRecords.Grassroots grassroots = records.grassroots(round.organizationId());
        RoundTally tally = RoundTally.of(
                members,
                round.rules(),
                round.raisedCeiling(),
                records.otherLevels(round.id(), round.year(), grassroots),
                grassroots.name());
        return new ReviewRoundDetails(
                id,
                organization,
                round.organizationName(),
                round.year(),
                round.reviewDate(),
                round.status(),
                round.rules(),
                round.raisedCeiling(),
                round.version(),
                members,
                tally,
                access.permissions(user, organization).contains(Permission.REVIEW_MANAGE),
                mayDecide(user, round));
    }

    /** One member of the round, with what the rules say of her year. */
    @Transactional(readOnly = true)
    public MemberReview member(CurrentUser user, ReviewRoundId id, long entryId) {
        RoundRow round = records.load(id);
        access.require(user, OrganizationId.of(round.organizationId()), Permission.REVIEW_VIEW);
        EntryRow entry = records.entry(round.id(), entryId);
        return review(round, entry, disciplineDates(user, round, List.of(entry)));
    }

    // ---- opening ------------------------------------------------------------------------------------------------

    /**
     * Opens the review of a branch's year: the rules of the review's date, and one row per member on the branch's list
     * that day, as her history says she stood (exempt and suspended members and those admitted less than 6 months
     * before are listed, and not rated).
     */
    @Transactional
    public ReviewRoundId open(CurrentUser user, OpenReviewRound command) {
        if (command.organizationId() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        access.require(user, command.organizationId(), Permission.REVIEW_MANAGE);
        OrganizationSummary organization = organizations.summary(user, command.organizationId());
        if (!organization.type().isBranch()) {
            throw new InvalidInputException("organizationId", "reviews.organization.notBranch", organization.name());
        }
        if (organization.dissolved()) {
            throw new InvalidInputException("organizationId", "reviews.organization.dissolved", organization.name());
        }
        Integer year = command.year();
        LocalDate date = command.reviewDate();
        ReviewDates.check(year, date, clock);
        if (records.yearTaken(organization.id().value(), year)) {
            throw new InvalidInputException("year", "reviews.year.taken", organization.name(), year);
        }
        long id = records.insertRound(organization.id().value(), year, date, user.username(), clock.instant());
        List<MemberRosterOnDate.OnDate> listed = roster.members(user, organization.id(), date);
        int position = 0;
        for (MemberRosterOnDate.OnDate member : listed) {
            records.insertEntry(
                    id,
                    ++position,
                    member.id().value(),
                    member.fullName(),
                    member.admissionDate(),
                    member.activity() == ActivityState.EXEMPT,
                    member.activity() == ActivityState.SUSPENDED);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organization", organization.id().value());
        after.put("year", year);
        after.put("reviewDate", date);
        after.put("regulation", ReviewRules.on(date).regulation());
        after.put("members", listed.size());
        audit.record(user, "reviews.open", ReviewRecords.ROUND, id, null, after);
        return ReviewRoundId.of(id);
    }

    // ---- the roster ---------------------------------------------------------------------------------------------

    /**
     * What changed on the branch's list for the review's date since the round was opened (members transferred in or
     * out, exempted or suspended meanwhile); nothing once the branch has proposed.
     */
    @Transactional(readOnly = true)
    public RosterChanges rosterChanges(CurrentUser user, ReviewRoundId id) {
        RoundRow round = records.load(id);
        access.require(user, OrganizationId.of(round.organizationId()), Permission.REVIEW_VIEW);
        if (round.status() != ReviewStatus.OPEN) {
            return RosterChanges.NONE;
        }
        return changes(user, round, records.entries(round.id()));
    }

    private RosterChanges changes(CurrentUser user, RoundRow round, List<EntryRow> entries) {
        Map<Long, MemberRosterOnDate.OnDate> listed = new LinkedHashMap<>();
        for (MemberRosterOnDate.OnDate m :
                roster.members(user, OrganizationId.of(round.organizationId()), round.reviewDate())) {
            listed.put(m.id().value(), m);
        }
        List<String> joined = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> standing = new ArrayList<>();
        Map<Long, EntryRow> onRoster = new HashMap<>();
        for (EntryRow entry : entries) {
            onRoster.put(entry.memberId(), entry);
            MemberRosterOnDate.OnDate now = listed.get(entry.memberId());
            if (now == null) {
                left.add(entry.fullName());
            } else if (entry.exempt() != (now.activity() == ActivityState.EXEMPT)
                    || entry.suspended() != (now.activity() == ActivityState.SUSPENDED)) {
                standing.add(entry.fullName());
            }
        }
        listed.values().stream()
                .filter(m -> !onRoster.containsKey(m.id().value()))
                .forEach(m -> joined.add(m.fullName()));
        return new RosterChanges(joined, left, standing);
    }

    /**
     * Redraws the open round's roster from the branch's list on the review's date: members who joined are added, those
     * who left are removed with what was recorded of them, and the standing (exempt, suspended) of the others is
     * brought up to date; what was recorded of those who stay is kept. Refused once the branch has proposed.
     */
    @Transactional
    public RosterChanges redrawRoster(CurrentUser user, ReviewRoundId id) {
        RoundRow round = records.lock(id);
        requireManaging(user, round);
        requireStatus(round, ReviewStatus.OPEN);
        List<EntryRow> entries = records.entries(round.id());
        RosterChanges changes = changes(user, round, entries);
        if (changes.isEmpty()) {
            return changes;
        }
        Map<Long, EntryRow> onRoster = new HashMap<>();
        entries.forEach(e -> onRoster.put(e.memberId(), e));
        List<MemberRosterOnDate.OnDate> listed =
                roster.members(user, OrganizationId.of(round.organizationId()), round.reviewDate());
        java.util.Set<Long> stay = new java.util.HashSet<>();
        int position = records.lastPosition(round.id());
        for (MemberRosterOnDate.OnDate member : listed) {
            long memberId = member.id().value();
            stay.add(memberId);
            boolean exempt = member.activity() == ActivityState.EXEMPT;
            boolean suspended = member.activity() == ActivityState.SUSPENDED;
            EntryRow entry = onRoster.get(memberId);
            if (entry == null) {
                records.insertEntry(
                        round.id(), ++position, memberId, member.fullName(), member.admissionDate(), exempt, suspended);
            } else if (entry.exempt() != exempt || entry.suspended() != suspended) {
                records.updateStanding(entry.id(), member.admissionDate(), exempt, suspended);
            }
        }
        for (EntryRow entry : entries) {
            if (!stay.contains(entry.memberId())) {
                records.deleteEntry(entry.id());
            }
        }
        audit.record(user, "reviews.roster.redraw", ReviewRecords.ROUND, round.id(), null, changes);
        return changes;
    }

    // ---- the branch's record ------------------------------------------------------------------------------------

    /**
     * Records one member's facts, self-assessment and proposed level while the round is open. A proposed level above
     * what the rules allow her year (with the facts as sent) is refused, naming her, and nothing is written.
     */
    @Transactional
    public void record(CurrentUser user, ReviewRoundId id, long entryId, RecordMemberReview r) {
        RoundRow round = records.lock(id);
        requireManaging(user, round);
        requireStatus(round, ReviewStatus.OPEN);
        EntryRow entry = records.entry(round.id(), entryId);
        if (r.version() == null) {
            throw new InvalidInputException("version", "validation.required");
        }
        if (r.version() != entry.recorded().version()) {
            throw new InvalidInputException("version", "reviews.stale", entry.fullName());
        }
        int sick = r.sickLeaveMonths() == null ? 0 : r.sickLeaveMonths();
        within("sickLeaveMonths", sick, 0, 12);
        if (r.targetsAchievedPercent() != null) {
            within("targetsAchievedPercent", r.targetsAchievedPercent(), 0, 100);
        }
        if (r.score() != null
                && (r.score().signum() < 0
                        || r.score().compareTo(BigDecimal.valueOf(100)) > 0
                        || r.score().scale() > 2)) {
            throw new InvalidInputException("score", "reviews.score.range", 0, 100);
        }
        boolean anyTask =
                r.tasksAllOnTime() != null || r.tasksExceededPercent() != null || r.shortcomingsRemedied() != null;
        boolean allTasks =
                r.tasksAllOnTime() != null && r.tasksExceededPercent() != null && r.shortcomingsRemedied() != null;
        if (anyTask && !allTasks) {
            throw new InvalidInputException("tasksExceededPercent", "reviews.tasks.incomplete");
        }
        if (r.tasksExceededPercent() != null) {
            within("tasksExceededPercent", r.tasksExceededPercent(), 0, 100);
        }
        String notes = text("notes", r.notes());
        if (notes != null && notes.length() > NOTES_LENGTH) {
            throw new InvalidInputException("notes", "validation.tooLong", NOTES_LENGTH);
        }
        boolean committeeOnly = Boolean.TRUE.equals(r.suspendedFromCommittee());
        if (committeeOnly && entry.suspended()) {
            throw new InvalidInputException(
                    "suspendedFromCommittee", "reviews.committeeSuspension.whileSuspended", entry.fullName());
        }
        RecordMemberReview checked = new RecordMemberReview(
                sick,
                Boolean.TRUE.equals(r.maternityLeave()),
                Boolean.TRUE.equals(r.degradationFinding()),
                r.targetsAchievedPercent(),
                Boolean.TRUE.equals(r.civilServiceNotCompleted()),
                Boolean.TRUE.equals(r.forbiddenConduct()),
                Boolean.TRUE.equals(r.exampleDutyBreached()),
                Boolean.TRUE.equals(r.criterionRatedPoor()),
                r.score(),
                r.tasksAllOnTime(),
                r.tasksExceededPercent(),
                r.shortcomingsRemedied(),
                r.selfLevel(),
                r.proposedLevel(),
                notes,
                r.version(),
                committeeOnly);
        EntryRow changed = new EntryRow(
                entry.id(),
                entry.memberId(),
                entry.fullName(),
                entry.admissionDate(),
                entry.exempt(),
                entry.suspended(),
                checked,
                entry.approvedLevel());
        RatingAssessment assessment = assess(round, changed, disciplineDates(user, round, List.of(entry)));
        if (checked.selfLevel() != null && !assessment.rated()) {
            throw notAllowed("selfLevel", entry.fullName(), checked.selfLevel(), assessment.check(checked.selfLevel()));
        }
        if (checked.proposedLevel() != null) {
            requireAllowed("proposedLevel", entry.fullName(), checked.proposedLevel(), assessment);
        }
        if (!records.updateEntry(entry.id(), r.version(), checked, sick, notes)) {
            throw new InvalidInputException("version", "reviews.stale", entry.fullName());
        }
        audit.record(
                user,
                "reviews.member.record",
                ReviewRecords.ENTRY,
                entry.id(),
                entry.recorded(),
                withRound(round, checked));
    }

    /**
     * The branch proposes its levels to the level above: every rated member has a proposed level within what the
     * rules allow, and the excellence cap of the grassroots organization holds with them.
     */
    @Transactional
    public void propose(CurrentUser user, ReviewRoundId id) {
        RoundRow round = records.lock(id);
        requireManaging(user, round);
        requireStatus(round, ReviewStatus.OPEN);
        List<MemberReview> members = members(user, round);
        requireLevels(members, "proposedLevel", MemberReview::proposedLevel, "reviews.propose.missingLevel");
        requireCap(round, members, MemberReview::proposedLevel, "proposedLevel");
        records.status(round.id(), ReviewStatus.PROPOSED, "proposed_at", clock.instant());
        audit.record(user, "reviews.propose", ReviewRecords.ROUND, round.id(), round.status(), levels(members, true));
    }

    // ---- the level above's decision -----------------------------------------------------------------------------

    /** The level above approves one member's level (refused, naming her, above what the rules allow). */
    @Transactional
    public void approve(CurrentUser user, ReviewRoundId id, long entryId, RatingLevel level, Integer version) {
        RoundRow round = records.lock(id);
        requireDeciding(user, round);
        requireStatus(round, ReviewStatus.PROPOSED);
        EntryRow entry = records.entry(round.id(), entryId);
        if (level == null) {
            throw new InvalidInputException("approvedLevel", "validation.required");
        }
        if (version != null && version != entry.recorded().version()) {
            throw new InvalidInputException("version", "reviews.stale", entry.fullName());
        }
        RatingAssessment assessment = assess(round, entry, disciplineDates(user, round, List.of(entry)));
        requireAllowed("approvedLevel", entry.fullName(), level, assessment);
        if (!records.approve(entry.id(), version, level)) {
            throw new InvalidInputException("version", "reviews.stale", entry.fullName());
        }
        audit.record(
                user,
                "reviews.member.approve",
                ReviewRecords.ENTRY,
                entry.id(),
                entry.approvedLevel(),
                Map.of("round", round.id(), "approvedLevel", level));
    }

    /** The level above approves every proposed level it has not decided yet, each held to the rules. */
    @Transactional
    public int approveAsProposed(CurrentUser user, ReviewRoundId id) {
        RoundRow round = records.lock(id);
        requireDeciding(user, round);
        requireStatus(round, ReviewStatus.PROPOSED);
        int approved = 0;
        for (MemberReview member : members(user, round)) {
            if (!member.rated() || member.approvedLevel() != null || member.proposedLevel() == null) {
                continue;
            }
            if (!member.problems().isEmpty()) {
                throw new InvalidInputException(
                        "approvedLevel",
                        "reviews.level.notAllowed",
                        member.fullName(),
                        label(member.proposedLevel()),
                        member.problems().get(0).resolvable());
            }
            records.approve(member.entryId(), null, member.proposedLevel());
            approved++;
        }
        audit.record(
                user, "reviews.approveAsProposed", ReviewRecords.ROUND, round.id(), null, Map.of("approved", approved));
        return approved;
    }

    /** The level above returns the proposal to the branch, which may change it and propose again. */
    @Transactional
    public void returnToBranch(CurrentUser user, ReviewRoundId id) {
        RoundRow round = records.lock(id);
        requireDeciding(user, round);
        requireStatus(round, ReviewStatus.PROPOSED);
        records.status(round.id(), ReviewStatus.OPEN, "proposed_at", null);
        audit.record(user, "reviews.return", ReviewRecords.ROUND, round.id(), round.status(), ReviewStatus.OPEN);
    }

    /**
     * The level above closes the round: every rated member has an approved level within the rules, and the excellence
     * cap of the grassroots organization holds with them. The record is final from then on.
     */
    @Transactional
    public void close(CurrentUser user, ReviewRoundId id) {
        RoundRow round = records.lock(id);
        requireDeciding(user, round);
        requireStatus(round, ReviewStatus.PROPOSED);
        List<MemberReview> members = members(user, round);
        requireLevels(members, "approvedLevel", MemberReview::approvedLevel, "reviews.close.missingLevel");
        requireCap(round, members, MemberReview::approvedLevel, "approvedLevel");
        records.status(round.id(), ReviewStatus.CLOSED, "closed_at", clock.instant());
        audit.record(user, "reviews.close", ReviewRecords.ROUND, round.id(), round.status(), levels(members, false));
    }

    /**
     * Records (or, with a null percentage, removes) the exception the competent level decided for an outstanding
     * organization: a higher excellence cap, with its decision.
     */
    @Transactional
    public void raiseCeiling(CurrentUser user, ReviewRoundId id, Integer percent, String decision) {
        RoundRow round = records.lock(id);
        requireDeciding(user, round);
        if (round.status() == ReviewStatus.CLOSED) {
            throw new InvalidInputException("status", "reviews.status.closed");
        }
        ExcellenceCap.RaisedCeiling raised = null;
        if (percent != null) {
            within("capPercent", percent, 0, 100);
            String text = text("capDecision", decision);
            if (text == null) {
                throw new InvalidInputException("capDecision", "validation.required");
            }
            if (text.length() > 200) {
                throw new InvalidInputException("capDecision", "validation.tooLong", 200);
            }
            raised = new ExcellenceCap.RaisedCeiling(percent, text);
        }
        records.raiseCeiling(round.id(), raised);
        audit.record(user, "reviews.raiseCeiling", ReviewRecords.ROUND, round.id(), round.raisedCeiling(), raised);
    }

    // ---- the rules ----------------------------------------------------------------------------------------------

    private List<MemberReview> members(CurrentUser user, RoundRow round) {
        List<EntryRow> entries = records.entries(round.id());
        Map<MemberId, List<LocalDate>> decisions = disciplineDates(user, round, entries);
        List<MemberReview> members = new ArrayList<>();
        for (EntryRow entry : entries) {
            members.add(review(round, entry, decisions));
        }
        return members;
    }

    private Map<MemberId, List<LocalDate>> disciplineDates(CurrentUser user, RoundRow round, List<EntryRow> entries) {
        return discipline.disciplineDecisions(
                user,
                OrganizationId.of(round.organizationId()),
                entries.stream().map(e -> MemberId.of(e.memberId())).toList(),
                LocalDate.of(round.year(), 1, 1),
                LocalDate.of(round.year(), 12, 31));
    }

    private MemberReview review(RoundRow round, EntryRow entry, Map<MemberId, List<LocalDate>> decisions) {
        List<LocalDate> dates = decisions.getOrDefault(MemberId.of(entry.memberId()), List.of());
        RatingAssessment assessment = assess(round, entry, decisions);
        List<ReviewMessage> problems = new ArrayList<>();
        RecordMemberReview r = entry.recorded();
        for (RatingLevel level : new RatingLevel[] {r.proposedLevel(), entry.approvedLevel()}) {
            if (level != null) {
                assessment.check(level).stream()
                        .filter(problem -> !problems.contains(problem))
                        .forEach(problems::add);
            }
        }
        return new MemberReview(
                entry.id(),
                MemberId.of(entry.memberId()),
                entry.fullName(),
                entry.admissionDate(),
                entry.exempt(),
                entry.suspended(),
                r,
                dates,
                entry.approvedLevel(),
                assessment.reviewed(),
                assessment.rated(),
                assessment.highest(),
                assessment.notRatedReasons(),
                assessment.limits(),
                assessment.notes(),
                problems);
    }

    private static RatingAssessment assess(RoundRow round, EntryRow entry, Map<MemberId, List<LocalDate>> decisions) {
        RecordMemberReview r = entry.recorded();
        MemberReviewFacts.TaskResults tasks = r.tasksAllOnTime() == null
                ? null
                : new MemberReviewFacts.TaskResults(
                        r.tasksAllOnTime(), r.tasksExceededPercent(), r.shortcomingsRemedied());
        MemberReviewFacts facts = new MemberReviewFacts(
                Year.of(round.year()),
                entry.admissionDate(),
                entry.exempt(),
                suspension(entry),
                r.sickLeaveMonths() == null ? 0 : r.sickLeaveMonths(),
                r.maternityLeave(),
                decisions.getOrDefault(MemberId.of(entry.memberId()), List.of()),
                r.degradationFinding(),
                r.targetsAchievedPercent(),
                r.civilServiceNotCompleted(),
                r.forbiddenConduct(),
                r.exampleDutyBreached(),
                r.criterionRatedPoor(),
                r.score(),
                tasks);
        return MemberRatingRules.assess(facts, round.reviewDate(), round.rules());
    }

    // QĐ 124-QĐ/TW Điều 5 (party-rules §3.0, §3.3): suspension from Party activities, from the members module's record
    // on the review's date, keeps a member out of the review; a committee member suspended only from committee
    // activities, as the branch records it, is reviewed and rated.
    private static MemberReviewFacts.Suspension suspension(EntryRow entry) {
        if (entry.suspended()) {
            return MemberReviewFacts.Suspension.FROM_PARTY_ACTIVITIES;
        }
        return Boolean.TRUE.equals(entry.recorded().suspendedFromCommittee())
                ? MemberReviewFacts.Suspension.FROM_COMMITTEE_ONLY
                : MemberReviewFacts.Suspension.NONE;
    }

    private static void requireAllowed(String field, String fullName, RatingLevel level, RatingAssessment assessment) {
        List<ReviewMessage> reasons = assessment.check(level);
        if (!reasons.isEmpty()) {
            throw notAllowed(field, fullName, level, reasons);
        }
    }

    private static InvalidInputException notAllowed(
            String field, String fullName, RatingLevel level, List<ReviewMessage> reasons) {
        return new InvalidInputException(
                field,
                "reviews.level.notAllowed",
                fullName,
                label(level),
                reasons.get(0).resolvable());
    }

    private static void requireLevels(
            List<MemberReview> members,
            String field,
            java.util.function.Function<MemberReview, RatingLevel> level,
            String messageKey) {
        List<String> missing = members.stream()
                .filter(MemberReview::rated)
                .filter(m -> level.apply(m) == null)
                .map(MemberReview::fullName)
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(field, messageKey, missing.size(), String.join(", ", missing));
        }
        for (MemberReview member : members) {
            if (member.rated() && !member.problems().isEmpty()) {
                throw new InvalidInputException(
                        field,
                        "reviews.level.notAllowed",
                        member.fullName(),
                        label(level.apply(member)),
                        member.problems().get(0).resolvable());
            }
        }
    }

    // HD 21-HD/BTCTW: the cap is counted within the grassroots organization, across its branches' rounds of the year.
    private void requireCap(
            RoundRow round,
            List<MemberReview> members,
            java.util.function.Function<MemberReview, RatingLevel> level,
            String field) {
        List<RatingLevel> levels = new ArrayList<>(
                records.otherLevels(round.id(), round.year(), records.grassroots(round.organizationId())));
        members.stream().filter(MemberReview::rated).map(level).forEach(levels::add);
        ExcellenceCap cap = ExcellenceCap.of(levels, round.rules(), round.raisedCeiling());
        cap.problem().ifPresent(problem -> {
            throw new InvalidInputException(
                    field, problem.messageKey(), problem.arguments().toArray());
        });
    }

    private static void requireStatus(RoundRow round, ReviewStatus status) {
        if (round.status() != status) {
            throw new InvalidInputException("status", "reviews.status.required", label(status), label(round.status()));
        }
    }

    /** Free text as stored: stripped, NFC (so that search and sorting see one form of each letter), storable. */
    private static String text(String field, String value) {
        String text = InputText.blankToNull(value);
        if (text == null) {
            return null;
        }
        StorableText.require(field, text);
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static void within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "reviews.range", min, max);
        }
    }

    private static DefaultMessageSourceResolvable label(RatingLevel level) {
        return new DefaultMessageSourceResolvable(level.messageKey());
    }

    private static DefaultMessageSourceResolvable label(ReviewStatus status) {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    private static Map<String, Object> withRound(RoundRow round, RecordMemberReview recorded) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", round.id());
        after.put("recorded", recorded);
        return after;
    }

    private static Map<String, Object> levels(List<MemberReview> members, boolean proposed) {
        Map<String, Object> levels = new LinkedHashMap<>();
        for (MemberReview member : members) {
            RatingLevel level = proposed ? member.proposedLevel() : member.approvedLevel();
            if (level != null) {
                levels.put(member.memberId().toString(), level);
            }
        }
        return levels;
    }
}
