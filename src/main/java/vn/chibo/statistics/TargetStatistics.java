package vn.chibo.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.elections.CongressKind;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.CongressStatus;
import vn.chibo.elections.CongressSummary;
import vn.chibo.elections.ResolutionDetails;
import vn.chibo.elections.Target;
import vn.chibo.members.MemberCategory;
import vn.chibo.members.MemberStatistics;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.reviews.DecidedOrganizationRating;
import vn.chibo.reviews.OrganizationRatingManagement;
import vn.chibo.reviews.RatingLevel;

/**
 * Measures the targets of an organization's congress resolution in force year by year with ChiBo's own records: the
 * members rated good or better, completed or better, or not completed in the year's approved review rounds of the
 * subtree, the members admitted in the year, and the members' share of the staff at the end of the year. A year without
 * an approved round (or without a staff figure) has no figure, never a 0.
 */
@Service
public class TargetStatistics {

    private final OrganizationStatistics statistics;
    private final RatingStatistics ratings;
    private final MemberStatistics members;
    private final CongressManagement congresses;
    private final OrganizationManagement organizations;
    private final AuditTrail audit;
    private final OrganizationRatingManagement organizationRatings;

    TargetStatistics(
            OrganizationStatistics statistics,
            RatingStatistics ratings,
            MemberStatistics members,
            CongressManagement congresses,
            OrganizationManagement organizations,
            AuditTrail audit,
            OrganizationRatingManagement organizationRatings) {
        this.statistics = statistics;
        this.ratings = ratings;
        this.members = members;
        this.congresses = congresses;
        this.organizations = organizations;
        this.audit = audit;
        this.organizationRatings = organizationRatings;
    }

    /**
     * The targets of the organization's congress in force, measured for each year of its term up to this year. 404 for
     * an organization the user may not see, 403 without STATISTICS_VIEW there.
     */
    @Transactional(readOnly = true)
    public TargetReport report(CurrentUser user, OrganizationId id) {
        statistics.requireView(user, id);
        LocalDate today = statistics.today();
        var organization = organizations.summary(user, id);
        Optional<CongressSummary> inForce = inForce(user, id, today);
        if (inForce.isEmpty()) {
            return new TargetReport(organization, null, null, List.of(), List.of(), List.of());
        }
        CongressSummary congress = inForce.get();
        ResolutionDetails resolution = congresses.details(user, congress.id()).resolution();
        if (resolution == null || !resolution.adopted()) {
            return new TargetReport(organization, congress, null, List.of(), List.of(), List.of());
        }
        List<Integer> years = new ArrayList<>();
        int last = Math.min(congress.termEnd().getYear(), today.getYear());
        for (int y = congress.termStart().getYear(); y <= last; y++) {
            years.add(y);
        }
        Figures figures = new Figures(user, id, congress.termStart(), years, today);
        List<TargetProgress> measured = new ArrayList<>();
        List<Target> byHand = new ArrayList<>();
        for (int i = 0; i < resolution.targets().size(); i++) {
            Target target = resolution.targets().get(i);
            if (target.measure() == Target.Measure.NONE) {
                byHand.add(target);
            } else {
                measured.add(progress(i + 1, target, years, figures, today));
            }
        }
        return new TargetReport(organization, congress, resolution.title(), years, measured, byHand);
    }

    /** The report for a download, recorded in the audit log like the other statistics exports. */
    @Transactional
    public TargetReport export(CurrentUser user, OrganizationId id, String format) {
        TargetReport report = report(user, id);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(
                "congress",
                report.congress() == null ? null : report.congress().id().value());
        details.put("format", format);
        details.put("targets", report.measured().size());
        audit.recordAccess(user, "statistics.targets.export", "Organization", id.value(), details);
        return report;
    }

    /** The organization's latest congress (not a committee's conference) that has been held and whose term has begun. */
    private Optional<CongressSummary> inForce(CurrentUser user, OrganizationId id, LocalDate today) {
        return congresses.list(user, id).stream()
                .filter(c -> c.organizationId().equals(id))
                .filter(c -> c.kind() != CongressKind.COMMITTEE_CONFERENCE)
                .filter(c -> c.status() != CongressStatus.PREPARATION)
                .filter(c -> !c.termStart().isAfter(today))
                .max(Comparator.comparing(CongressSummary::termStart).thenComparing(CongressSummary::openingDate));
    }

    private static TargetProgress progress(
            int position, Target target, List<Integer> years, Figures figures, LocalDate today) {
        List<TargetYear> measured = new ArrayList<>();
        long sinceStart = 0;
        boolean cumulative = !target.yearly() && target.measure().unit() == Target.Unit.COUNT;
        for (int year : years) {
            LocalDate asOf = StatisticsYears.endOf(year, today);
            TargetYear figure = figures.of(target.measure(), year, asOf);
            if (cumulative && figure.count() != null) {
                sinceStart += figures.sinceTermStart(target.measure(), year, figure.count());
                figure = new TargetYear(
                        year,
                        asOf,
                        figure.count(),
                        figure.of(),
                        figure.percent(),
                        sinceStart,
                        null,
                        TargetAssessment.NO_DATA,
                        figure.staffCountedAfter());
            }
            measured.add(assessed(target, figure));
        }
        return new TargetProgress(position, target, measured);
    }

    /** The figure held to the target: in the target's unit, for a count of the term the count since its start. */
    static TargetYear assessed(Target target, TargetYear figure) {
        if (figure.count() == null) {
            return figure;
        }
        BigDecimal compared = target.unit() == Target.Unit.PERCENT
                ? figure.percent()
                : BigDecimal.valueOf(figure.sinceTermStart() != null ? figure.sinceTermStart() : figure.count());
        return new TargetYear(
                figure.year(),
                figure.asOf(),
                figure.count(),
                figure.of(),
                figure.percent(),
                figure.sinceTermStart(),
                compared,
                assessment(target, compared),
                figure.staffCountedAfter());
    }

    /** Whether the figure reaches the threshold in the target's direction. */
    static TargetAssessment assessment(Target target, BigDecimal figure) {
        if (figure == null || target.threshold() == null || target.comparator() == Target.Comparator.NONE) {
            return TargetAssessment.NOT_ASSESSED;
        }
        int c = figure.compareTo(target.threshold());
        boolean reached =
                switch (target.comparator()) {
                    case AT_LEAST -> c >= 0;
                    case AT_MOST -> c <= 0;
                    case EQUAL, NONE -> c == 0;
                };
        return reached ? TargetAssessment.REACHED : TargetAssessment.NOT_REACHED;
    }

    /** The figures of the years, each read once however many targets use it. */
    private final class Figures {

        private final CurrentUser user;
        private final OrganizationId id;
        private final LocalDate termStart;
        private final List<Integer> years;
        private final LocalDate today;
        private Map<Integer, RatingRow> ratingTotals;
        private Map<Integer, Long> admitted;
        private Map<Integer, Long> admittedInTerm;
        private final Map<Integer, StatisticsReport> reports = new HashMap<>();

        Figures(CurrentUser user, OrganizationId id, LocalDate termStart, List<Integer> years, LocalDate today) {
            this.user = user;
            this.id = id;
            this.termStart = termStart;
            this.years = years;
            this.today = today;
        }

        TargetYear of(Target.Measure measure, int year, LocalDate asOf) {
            return switch (measure) {
                case MEMBERS_GOOD_OR_BETTER -> rated(year, asOf, RatingLevel.GOOD, true);
                case MEMBERS_COMPLETED_OR_BETTER -> rated(year, asOf, RatingLevel.COMPLETED, true);
                case MEMBERS_NOT_COMPLETED -> rated(year, asOf, RatingLevel.NOT_COMPLETED, false);
                case MEMBERS_ADMITTED ->
                    new TargetYear(
                            year,
                            asOf,
                            admitted().getOrDefault(year, 0L),
                            null,
                            null,
                            null,
                            null,
                            TargetAssessment.NO_DATA);
                case MEMBER_SHARE_OF_STAFF -> share(year, asOf);
                case ORGANIZATIONS_GOOD_OR_BETTER -> organizations(year, asOf, RatingLevel.GOOD, true);
                case ORGANIZATIONS_NOT_COMPLETED -> organizations(year, asOf, RatingLevel.NOT_COMPLETED, false);
                case NONE -> TargetYear.noData(year, asOf);
            };
        }

        /** The part of the year's count that falls in the term: all of it but in the term's first year. */
        long sinceTermStart(Target.Measure measure, int year, long count) {
            if (measure == Target.Measure.MEMBERS_ADMITTED && year == termStart.getYear()) {
                if (admittedInTerm == null) {
                    admittedInTerm = members.admissions(user, id, termStart, StatisticsYears.endOf(year, today));
                }
                return admittedInTerm.getOrDefault(year, 0L);
            }
            return count;
        }

        private TargetYear rated(int year, LocalDate asOf, RatingLevel level, boolean orBetter) {
            RatingRow total = ratings().get(year);
            if (total == null || !total.hasData()) {
                return TargetYear.noData(year, asOf);
            }
            long count = orBetter ? total.atLeast(level) : total.count(level);
            BigDecimal percent = orBetter ? total.shareAtLeast(level) : total.share(level);
            return new TargetYear(year, asOf, count, total.rated(), percent, null, null, TargetAssessment.NO_DATA);
        }

        /**
         * The organizations under this one (itself left out: its own rating is the level above's business) whose
         * rating the level above decided for the year; no figure for a year without any decision.
         */
        private TargetYear organizations(int year, LocalDate asOf, RatingLevel level, boolean orBetter) {
            List<DecidedOrganizationRating> decided = organizationRatings.decidedLevels(user, id, year).stream()
                    .filter(r -> !r.organizationId().equals(id))
                    .toList();
            if (decided.isEmpty()) {
                return TargetYear.noData(year, asOf);
            }
            long count = decided.stream()
                    .filter(r -> r.level() == level || (orBetter && r.level().isAbove(level)))
                    .count();
            BigDecimal percent = StatisticsRow.ratio(count, decided.size());
            return new TargetYear(
                    year, asOf, count, (long) decided.size(), percent, null, null, TargetAssessment.NO_DATA);
        }

        private TargetYear share(int year, LocalDate asOf) {
            StatisticsReport report = reports.computeIfAbsent(year, y -> statistics.build(user, id, asOf));
            if (report == null || report.total().ratio() == null) {
                return TargetYear.noData(year, asOf);
            }
            return new TargetYear(
                    year,
                    asOf,
                    report.total().count(MemberCategory.UNIT_STAFF),
                    report.total().staff(),
                    report.total().ratio(),
                    null,
                    null,
                    TargetAssessment.NO_DATA,
                    report.staffCountedAfter());
        }

        private Map<Integer, RatingRow> ratings() {
            if (ratingTotals == null) {
                ratingTotals = ratings.totals(user, id, years);
            }
            return ratingTotals;
        }

        private Map<Integer, Long> admitted() {
            if (admitted == null) {
                admitted = members.admissions(
                        user,
                        id,
                        LocalDate.of(years.get(0), 1, 1),
                        StatisticsYears.endOf(years.get(years.size() - 1), today));
            }
            return admitted;
        }
    }
}
