package vn.chibo.reviews;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meetings.MeetingYear;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationScope;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Permission;
import vn.chibo.platform.StorableText;
import vn.chibo.reviews.OrganizationRatingRecords.CapScope;
import vn.chibo.reviews.OrganizationRatingRecords.Node;
import vn.chibo.reviews.OrganizationRatingRecords.RatingRow;

/**
 * The quality rating of Party organizations for a year (xếp loại chất lượng tổ chức đảng): the organization's
 * self-assessment held to {@link OrganizationRatingRules}, its proposal once its members' levels are approved (members
 * → organization, party-rules §3.0), and the decision of the level directly above (HD 43-HD/BTCTW: the standing
 * committee of the higher level decides), with the excellence cap counted across the grassroots organization. The
 * organization works with REVIEW_MANAGE on itself; deciding and returning need REVIEW_MANAGE on the level above (an
 * administrator at the root). Every write is audited in one transaction with the write.
 *
 * <p>For other modules: {@link #decidedLevels} and {@link #countsByDecidedLevel} give the decided levels of a subtree
 * for a year, within what the user may see.
 */
@Service
public class OrganizationRatingManagement {

    private static final int NOTES_LENGTH = 2000;
    private static final int DECISION_LENGTH = 500;

    private final OrganizationRatingRecords records;
    private final OrganizationAccess access;
    private final OrganizationManagement organizations;
    private final AuditTrail audit;
    private final Clock clock;
    private final MeetingYear meetingYear;

    OrganizationRatingManagement(
            OrganizationRatingRecords records,
            OrganizationAccess access,
            OrganizationManagement organizations,
            AuditTrail audit,
            Clock clock,
            MeetingYear meetingYear) {
        this.meetingYear = meetingYear;
        this.records = records;
        this.access = access;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- access -------------------------------------------------------------------------------------------------

    /**
     * Checks that the user may record the organization's self-assessment and propose its level (REVIEW_MANAGE on the
     * organization): 404 when she may not see it, 403 when she may see but not manage.
     */
    @Transactional(readOnly = true)
    public void requireManaging(CurrentUser user, OrganizationRatingId id) {
        requireManaging(user, records.load(id));
    }

    /** Checks that the user may decide or return the rating: REVIEW_MANAGE on the level above. 404 or 403 otherwise. */
    @Transactional(readOnly = true)
    public void requireDeciding(CurrentUser user, OrganizationRatingId id) {
        requireDeciding(user, records.load(id));
    }

    private void requireManaging(CurrentUser user, RatingRow rating) {
        access.require(user, OrganizationId.of(rating.organizationId()), Permission.REVIEW_MANAGE);
    }

    private void requireDeciding(CurrentUser user, RatingRow rating) {
        access.require(user, OrganizationId.of(rating.organizationId()), Permission.REVIEW_VIEW);
        if (!mayDecide(user, rating.parentId())) {
            throw new ForbiddenException("The rating of " + rating.organizationId() + " is decided above it");
        }
    }

    private boolean mayDecide(CurrentUser user, Long parentId) {
        return parentId == null
                ? user.isAdministrator()
                : access.permissions(user, OrganizationId.of(parentId)).contains(Permission.REVIEW_MANAGE);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /**
     * The organizations directly under {@code organization} with their ratings for the year, the organization's own
     * rating, and the summary with the excellence cap (REVIEW_VIEW on the organization). Without a year, the year
     * {@link #defaultYear} gives.
     */
    @Transactional(readOnly = true)
    public OrganizationRatingBoard board(CurrentUser user, OrganizationId organization, Integer requestedYear) {
        if (organization == null) {
            throw new InvalidInputException("org", "validation.required");
        }
        if (requestedYear != null && (requestedYear < 1930 || requestedYear > 2100)) {
            throw new InvalidInputException("year", "reviews.range", 1930, 2100);
        }
        access.require(user, organization, Permission.REVIEW_VIEW);
        int year = requestedYear != null ? requestedYear : defaultYear(user, organization);
        Node committee = records.node(organization.value());
        Map<Long, RatingRow> ratings = new HashMap<>();
        for (RatingRow row : records.childrenRatings(committee.id(), year)) {
            ratings.put(row.organizationId(), row);
        }
        List<OrganizationRatingSummary> rows = new ArrayList<>();
        List<Long> listed = new ArrayList<>();
        for (Node child : records.ratedChildren(committee.id(), LocalDate.of(year, 1, 1))) {
            rows.add(summary(child, ratings.get(child.id())));
            listed.add(child.id());
        }
        RatingRow ownRow = records.ofOrganization(committee.id(), year);
        OrganizationRatingSummary own = summary(committee, ownRow);
        CapScope scope = records.capScope(committee.id());
        ExcellenceCap.RaisedCeiling raised = records.raisedCeiling(scope.id(), year);
        OrganizationRatingRules rules = OrganizationRatingRules.on(LocalDate.of(year, 12, 31));
        OrganizationTally tally =
                OrganizationTally.of(rows, rules, raised, records.levelsInScope(scope, year, listed), scope.name());
        return new OrganizationRatingBoard(
                organization,
                committee.name(),
                year,
                own,
                rows,
                tally,
                access.permissions(user, organization).contains(Permission.REVIEW_MANAGE),
                OrganizationId.of(scope.id()),
                raised);
    }

    /**
     * The years, newest first, with an organization's rating or a members' review round among the organizations the
     * user may see (REVIEW_VIEW), under {@code under} when it is given; none after this year by the application's
     * clock (a review is dated on or before today).
     */
    @Transactional(readOnly = true)
    public List<Integer> yearsWithData(CurrentUser user, OrganizationId under) {
        OrganizationScope scope = access.scope(user, Permission.REVIEW_VIEW);
        if (scope.isEmpty()) {
            return List.of();
        }
        String path = null;
        if (under != null) {
            access.require(user, under, Permission.REVIEW_VIEW);
            path = records.node(under.value()).path();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("scopePaths", scope.pathArray());
        return records.yearsWithData(
                scope.sqlCondition("o.path"), params, path, LocalDate.now(clock).getYear());
    }

    /**
     * The year a page shows when none is asked for: the newest year with data among the organizations the user may
     * see (under {@code under} when given), else the year under review by the application's clock (this year from
     * October, else last year). A committee looking in early December at a review not yet begun sees last year's
     * results, not an empty year.
     */
    @Transactional(readOnly = true)
    public int defaultYear(CurrentUser user, OrganizationId under) {
        List<Integer> years = yearsWithData(user, under);
        return years.isEmpty() ? ReviewDates.currentReviewYear(clock) : years.get(0);
    }

    /** The year under review by the application's clock: this year from October on, else last year. */
    public int currentReviewYear() {
        return ReviewDates.currentReviewYear(clock);
    }

    /**
     * The organization's own meetings of the rated year up to its review (or today, before it): the months with their
     * regular meeting, the quarters with a thematic one, the quality bands of those scored. What the self-assessment
     * and the decision above it read beside the facts; empty for someone who may read the rating but not the
     * organization's meetings.
     */
    @Transactional(readOnly = true)
    public Optional<MeetingYear.Summary> meetingYear(CurrentUser user, OrganizationRatingId id) {
        OrganizationRatingDetails rating = details(user, id);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf =
                rating.reviewDate() == null || rating.reviewDate().isAfter(today) ? today : rating.reviewDate();
        return meetingYear.of(user, rating.organizationId(), rating.year(), asOf);
    }

    /** The rating with what the rules say and where the members' review stands (REVIEW_VIEW on the organization). */
    @Transactional(readOnly = true)
    public OrganizationRatingDetails details(CurrentUser user, OrganizationRatingId id) {
        RatingRow rating = records.load(id);
        OrganizationId organization = OrganizationId.of(rating.organizationId());
        access.require(user, organization, Permission.REVIEW_VIEW);
        OrganizationAssessment assessment = rating.rules().assess(rating.facts());
        OrganizationRatingRecords.MembersRound round = rating.organizationType().isBranch()
                ? records.membersRound(rating.organizationId(), rating.year())
                : new OrganizationRatingRecords.MembersRound(null, MembersRoundState.NONE);
        return new OrganizationRatingDetails(
                id,
                organization,
                rating.organizationName(),
                rating.organizationType(),
                rating.parentId() == null ? null : OrganizationId.of(rating.parentId()),
                rating.year(),
                rating.reviewDate(),
                rating.status(),
                rating.rules(),
                rating.facts(),
                rating.selfLevel(),
                rating.proposedLevel(),
                rating.decidedLevel(),
                rating.notes(),
                rating.decisionNote(),
                rating.version(),
                assessment,
                problems(rating, assessment),
                round.state(),
                round.id(),
                subordinatesNotDecided(user, rating),
                access.permissions(user, organization).contains(Permission.REVIEW_MANAGE),
                mayDecide(user, rating.parentId()));
    }

    /** The organization's rating for the year, if it has opened one and the user may see it. */
    @Transactional(readOnly = true)
    public Optional<OrganizationRatingId> ratingOf(CurrentUser user, OrganizationId organization, int year) {
        access.require(user, organization, Permission.REVIEW_VIEW);
        return Optional.ofNullable(records.ofOrganization(organization.value(), year))
                .map(row -> OrganizationRatingId.of(row.id()));
    }

    /**
     * The levels decided for the year of the organizations in the subtree under {@code root} (itself included) that the
     * user may see, in tree order: for statistics and reports. Only decided ratings count; proposals do not.
     */
    @Transactional(readOnly = true)
    public List<DecidedOrganizationRating> decidedLevels(CurrentUser user, OrganizationId root, int year) {
        access.require(user, root, Permission.REVIEW_VIEW);
        OrganizationScope scope = access.scope(user, Permission.REVIEW_VIEW);
        Map<String, Object> params = new HashMap<>();
        params.put("scopePaths", scope.pathArray());
        return records.decided(records.node(root.value()).path(), year, scope.sqlCondition("o.path"), params);
    }

    /** How many organizations of the subtree under {@code root} were decided at each level for the year. */
    @Transactional(readOnly = true)
    public Map<RatingLevel, Integer> countsByDecidedLevel(CurrentUser user, OrganizationId root, int year) {
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            counts.put(level, 0);
        }
        decidedLevels(user, root, year).forEach(r -> counts.merge(r.level(), 1, Integer::sum));
        return counts;
    }

    // ---- the organization's self-assessment ---------------------------------------------------------------------

    /** Opens the organization's rating for a year (a branch or a committee; REVIEW_MANAGE on it). */
    @Transactional
    public OrganizationRatingId open(CurrentUser user, OpenOrganizationRating command) {
        if (command.organizationId() == null) {
            throw new InvalidInputException("organizationId", "validation.required");
        }
        access.require(user, command.organizationId(), Permission.REVIEW_MANAGE);
        Node organization = records.node(command.organizationId().value());
        if (organization.type() == vn.chibo.organizations.OrganizationType.CELL) {
            throw new InvalidInputException("organizationId", "reviews.org.cell", organization.name());
        }
        ReviewDates.check(command.year(), command.reviewDate(), clock);
        if (records.yearTaken(organization.id(), command.year())) {
            throw new InvalidInputException("year", "reviews.org.year.taken", organization.name(), command.year());
        }
        long id = records.insert(
                organization.id(), command.year(), command.reviewDate(), user.username(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organization", organization.id());
        after.put("year", command.year());
        after.put("reviewDate", command.reviewDate());
        after.put("regulation", OrganizationRatingRules.on(command.reviewDate()).regulation());
        audit.record(user, "reviews.organization.open", OrganizationRatingRecords.RATING, id, null, after);
        return OrganizationRatingId.of(id);
    }

    /**
     * Records the organization's self-assessment while its rating is open. A proposed level above what the rules allow
     * with the facts as sent is refused, naming the organization and the rule, and nothing is written.
     */
    @Transactional
    public void record(CurrentUser user, OrganizationRatingId id, RecordOrganizationRating r) {
        RatingRow rating = records.lock(id);
        requireManaging(user, rating);
        requireStatus(rating, ReviewStatus.OPEN);
        if (r.version() == null) {
            throw new InvalidInputException("version", "validation.required");
        }
        if (r.version() != rating.version()) {
            throw new InvalidInputException("version", "reviews.org.stale", rating.organizationName());
        }
        percent("tasksOnTimePercent", r.tasksOnTimePercent());
        percent("tasksExceededPercent", r.tasksExceededPercent());
        percent("targetsAchievedPercent", r.targetsAchievedPercent());
        percent("shortcomingsRemediedPercent", r.shortcomingsRemediedPercent());
        percent("subordinateUnitsDisciplinedPercent", r.subordinateUnitsDisciplinedPercent());
        if (r.score() != null
                && (r.score().signum() < 0
                        || r.score().compareTo(BigDecimal.valueOf(100)) > 0
                        || r.score().scale() > 2)) {
            throw new InvalidInputException("score", "reviews.score.range", 0, 100);
        }
        OrganizationRatingFacts facts = r.facts();
        Integer share = facts.subordinateUnitsDisciplinedPercent();
        if (!facts.subordinateUnitDisciplined() && share != null && share > 0) {
            throw new InvalidInputException(
                    "subordinateUnitsDisciplinedPercent", "reviews.org.subordinates.inconsistent");
        }
        if (facts.subordinateUnitDisciplined() && (share == null || share == 0)) {
            throw new InvalidInputException("subordinateUnitsDisciplinedPercent", "reviews.org.subordinates.missing");
        }
        String notes = text("notes", r.notes(), NOTES_LENGTH);
        OrganizationAssessment assessment = rating.rules().assess(facts);
        if (r.proposedLevel() != null) {
            requireAllowed("proposedLevel", rating, r.proposedLevel(), assessment);
        }
        if (!records.record(rating.id(), r.version(), facts, r.selfLevel(), r.proposedLevel(), notes)) {
            throw new InvalidInputException("version", "reviews.org.stale", rating.organizationName());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("facts", facts);
        after.put("selfLevel", r.selfLevel());
        after.put("proposedLevel", r.proposedLevel());
        after.put("notes", notes);
        audit.record(
                user,
                "reviews.organization.record",
                OrganizationRatingRecords.RATING,
                rating.id(),
                before(rating),
                after);
    }

    /**
     * The organization proposes its level to the level above: a level within the rules; for a branch only once the
     * level above approved its members' levels (members → organization); for a committee only once it has decided the
     * levels of the organizations directly under it (the level below first).
     */
    @Transactional
    public void propose(CurrentUser user, OrganizationRatingId id) {
        RatingRow rating = records.lock(id);
        requireManaging(user, rating);
        requireStatus(rating, ReviewStatus.OPEN);
        if (rating.proposedLevel() == null) {
            throw new InvalidInputException("proposedLevel", "reviews.org.propose.missingLevel");
        }
        requireAllowed(
                "proposedLevel", rating, rating.proposedLevel(), rating.rules().assess(rating.facts()));
        if (rating.organizationType().isBranch()) {
            MembersRoundState members =
                    records.membersRound(rating.organizationId(), rating.year()).state();
            if (!members.allowsOrganizationRating()) {
                throw new InvalidInputException(
                        "status",
                        "reviews.org.membersFirst",
                        rating.organizationName(),
                        rating.year(),
                        new DefaultMessageSourceResolvable(members.messageKey()));
            }
        }
        List<String> pending = subordinatesNotDecided(user, rating);
        if (!pending.isEmpty()) {
            throw new InvalidInputException(
                    "status",
                    "reviews.org.subordinatesFirst",
                    rating.organizationName(),
                    rating.year(),
                    pending.size(),
                    String.join(", ", pending));
        }
        records.propose(rating.id(), clock.instant());
        audit.record(
                user,
                "reviews.organization.propose",
                OrganizationRatingRecords.RATING,
                rating.id(),
                rating.status(),
                Map.of("proposedLevel", rating.proposedLevel()));
    }

    // ---- the level above's decision -----------------------------------------------------------------------------

    /**
     * The level above decides the organization's level: within the rules, and keeping the excellence cap of the
     * grassroots organization (the other organizations counted at their decided level, else their proposal). The rating
     * is final from then on.
     */
    @Transactional
    public void decide(CurrentUser user, OrganizationRatingId id, RatingLevel level, String decision, Integer version) {
        RatingRow rating = records.lock(id);
        requireDeciding(user, rating);
        requireStatus(rating, ReviewStatus.PROPOSED);
        if (level == null) {
            throw new InvalidInputException("decidedLevel", "validation.required");
        }
        if (version != null && version != rating.version()) {
            throw new InvalidInputException("version", "reviews.org.stale", rating.organizationName());
        }
        String note = text("decisionNote", decision, DECISION_LENGTH);
        requireAllowed("decidedLevel", rating, level, rating.rules().assess(rating.facts()));
        if (rating.parentId() != null) {
            CapScope scope = records.capScope(rating.parentId());
            List<RatingLevel> levels =
                    new ArrayList<>(records.levelsInScope(scope, rating.year(), List.of(rating.organizationId())));
            levels.add(level);
            ExcellenceCap cap = rating.rules().cap(levels, records.raisedCeiling(scope.id(), rating.year()));
            if (level == RatingLevel.EXCELLENT) {
                cap.organizationsProblem().ifPresent(problem -> {
                    throw new InvalidInputException(
                            "decidedLevel",
                            problem.messageKey(),
                            problem.arguments().toArray());
                });
            }
        }
        if (!records.decide(rating.id(), version, level, note, user.username(), clock.instant())) {
            throw new InvalidInputException("version", "reviews.org.stale", rating.organizationName());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("decidedLevel", level);
        after.put("decision", note);
        audit.record(
                user,
                "reviews.organization.decide",
                OrganizationRatingRecords.RATING,
                rating.id(),
                rating.status(),
                after);
    }

    /** The level above returns the proposal to the organization, with its remarks; the organization may propose again. */
    @Transactional
    public void returnToOrganization(CurrentUser user, OrganizationRatingId id, String remarks) {
        RatingRow rating = records.lock(id);
        requireDeciding(user, rating);
        requireStatus(rating, ReviewStatus.PROPOSED);
        String note = text("decisionNote", remarks, DECISION_LENGTH);
        records.returnToOrganization(rating.id(), note);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", ReviewStatus.OPEN);
        after.put("remarks", note);
        audit.record(
                user,
                "reviews.organization.return",
                OrganizationRatingRecords.RATING,
                rating.id(),
                rating.status(),
                after);
    }

    /**
     * Records (or, with a null percentage, removes) the exception the competent level decided to the excellence cap of
     * the organizations under {@code organization} for the year, with its decision (REVIEW_MANAGE on the scope the cap
     * is counted in).
     */
    @Transactional
    public void raiseCeiling(
            CurrentUser user, OrganizationId organization, Integer year, Integer percent, String decision) {
        if (organization == null) {
            throw new InvalidInputException("org", "validation.required");
        }
        access.require(user, organization, Permission.REVIEW_VIEW);
        if (year == null) {
            throw new InvalidInputException("year", "validation.required");
        }
        if (year < 1930 || year > 2100) {
            throw new InvalidInputException("year", "reviews.range", 1930, 2100);
        }
        CapScope scope = records.capScope(organization.value());
        access.require(user, OrganizationId.of(scope.id()), Permission.REVIEW_MANAGE);
        ExcellenceCap.RaisedCeiling raised = null;
        if (percent != null) {
            if (percent < 0 || percent > 100) {
                throw new InvalidInputException("capPercent", "reviews.range", 0, 100);
            }
            String text = text("capDecision", decision, 200);
            if (text == null) {
                throw new InvalidInputException("capDecision", "validation.required");
            }
            raised = new ExcellenceCap.RaisedCeiling(percent, text);
        }
        ExcellenceCap.RaisedCeiling before = records.raisedCeiling(scope.id(), year);
        records.raiseCeiling(scope.id(), year, raised);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("raised", raised);
        audit.record(
                user, "reviews.organization.raiseCeiling", OrganizationRatingRecords.CAP, scope.id(), before, after);
    }

    // ---- the rules ----------------------------------------------------------------------------------------------

    /**
     * The organizations directly under a committee whose level for the rating's year is not decided yet, by name; none
     * for a branch. Ratings go from the level below up: members → organization → leader (party-rules §3.0, sourced),
     * the standing committee of the level directly above decides each organization's level (HD 43-HD/BTCTW, §3.1), and
     * a committee's own criteria count its subordinate units (QĐ 366 Điều 11.1); so a committee decides the levels of
     * the organizations under it before it proposes its own. The order "branches, then the grassroots committee, then
     * the level above" is party-rules §3.4, recalled from practice and not yet verified: the rule set flags it
     * ({@link OrganizationRatingRules.Parameter#SUBORDINATES_FIRST}). Party cells are not rated on their own; an
     * organization dissolved before the review, or set up less than 6 months before it (HD 21-HD/BTCTW, §3.3: not
     * rated), is not waited for.
     */
    private List<String> subordinatesNotDecided(CurrentUser user, RatingRow rating) {
        OrganizationRatingRules rules = rating.rules();
        if (rating.organizationType().isBranch() || !rules.subordinatesDecidedFirst()) {
            return List.of();
        }
        long committee = rating.organizationId();
        LocalDate foundedBy = rating.reviewDate().minusMonths(rules.minimumMonthsSinceFounding());
        Set<Long> ratedThatYear = organizations.subtreeAt(user, OrganizationId.of(committee), foundedBy).stream()
                .filter(o -> o.parentId() != null && o.parentId().value() == committee)
                .map(o -> o.id().value())
                .collect(Collectors.toSet());
        Map<Long, RatingRow> ratings = new HashMap<>();
        for (RatingRow row : records.childrenRatings(committee, rating.year())) {
            ratings.put(row.organizationId(), row);
        }
        List<String> pending = new ArrayList<>();
        for (Node child : records.ratedChildren(committee, rating.reviewDate())) {
            RatingRow childRating = ratings.get(child.id());
            if (ratedThatYear.contains(child.id()) && (childRating == null || childRating.decidedLevel() == null)) {
                pending.add(child.name());
            }
        }
        return pending;
    }

    private OrganizationRatingSummary summary(Node node, RatingRow rating) {
        if (rating == null) {
            return new OrganizationRatingSummary(
                    OrganizationId.of(node.id()), node.name(), node.type(), null, null, null, null, null, null, 0, 0);
        }
        OrganizationAssessment assessment = rating.rules().assess(rating.facts());
        return new OrganizationRatingSummary(
                OrganizationId.of(node.id()),
                node.name(),
                node.type(),
                OrganizationRatingId.of(rating.id()),
                rating.status(),
                rating.selfLevel(),
                rating.proposedLevel(),
                rating.decidedLevel(),
                assessment.highest(),
                problems(rating, assessment).size(),
                rating.version());
    }

    private static List<ReviewMessage> problems(RatingRow rating, OrganizationAssessment assessment) {
        List<ReviewMessage> problems = new ArrayList<>();
        for (RatingLevel level : new RatingLevel[] {rating.proposedLevel(), rating.decidedLevel()}) {
            if (level != null) {
                assessment.check(level).stream()
                        .filter(problem -> !problems.contains(problem))
                        .forEach(problems::add);
            }
        }
        return problems;
    }

    private static void requireAllowed(
            String field, RatingRow rating, RatingLevel level, OrganizationAssessment assessment) {
        List<ReviewMessage> reasons = assessment.check(level);
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(
                    field,
                    "reviews.org.level.notAllowed",
                    rating.organizationName(),
                    new DefaultMessageSourceResolvable(level.messageKey()),
                    reasons.get(0).resolvable());
        }
    }

    private static void requireStatus(RatingRow rating, ReviewStatus status) {
        if (rating.status() != status) {
            throw new InvalidInputException(
                    "status",
                    "reviews.org.status.required",
                    new DefaultMessageSourceResolvable("reviews.org.status." + status.name()),
                    new DefaultMessageSourceResolvable(
                            "reviews.org.status." + rating.status().name()));
        }
    }

    private static void percent(String field, Integer value) {
        if (value != null && (value < 0 || value > 100)) {
            throw new InvalidInputException(field, "reviews.range", 0, 100);
        }
    }

    /** Free text as stored: stripped, NFC, storable, within its length; null when blank. */
    private static String text(String field, String value, int length) {
        String text = InputText.blankToNull(value);
        if (text == null) {
            return null;
        }
        StorableText.require(field, text);
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (normalized.length() > length) {
            throw new InvalidInputException(field, "validation.tooLong", length);
        }
        return normalized;
    }

    private static Map<String, Object> before(RatingRow rating) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("facts", rating.facts());
        before.put("selfLevel", rating.selfLevel());
        before.put("proposedLevel", rating.proposedLevel());
        before.put("notes", rating.notes());
        return before;
    }
}
