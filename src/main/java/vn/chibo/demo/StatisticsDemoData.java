package vn.chibo.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.platform.CurrentUser;
import vn.chibo.reviews.MemberReview;
import vn.chibo.reviews.OpenReviewRound;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordMemberReview;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundId;
import vn.chibo.reviews.ReviewRoundSummary;

/**
 * The approved annual reviews of the sector's branches for the years of its current term whose review conference has
 * been held (up to the last one before the demo loads), so that the statistics measure the congress targets against
 * figures: in the term's first year, third year, … almost every member is rated Hoàn thành tốt nhiệm vụ or better
 * (the sector's 95 % is reached), in the others two members per branch only Hoàn thành nhiệm vụ (it is not), and the
 * branch of Trường THPT Chu Văn An stays below its 90 % every year. The year a branch already has a round of is left as
 * it is; the current year stays without an approved round ("chưa có số liệu"). Written for ChiBo.
 */
@Component
@Profile(DemoRunner.PROFILE)
@Order(5)
class StatisticsDemoData extends DemoRunner {

    private static final CurrentUser SYSTEM = CurrentUser.system();
    private static final String SECTOR = "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn";
    private static final String WEAK_BRANCH = "Chi bộ Trường THPT Chu Văn An";
    /**
     * Left without an approved round: the access walk of the tests makes its own open round there (for a year no one
     * uses) to check who may act on a round of a branch outside one's grants.
     */
    private static final String LEFT_OPEN = "Chi bộ Trường THPT Lê Lợi";

    private final ReviewManagement reviews;
    private final OrganizationTerms terms;

    StatisticsDemoData(
            ReviewManagement reviews,
            OrganizationTerms terms,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        super(jdbc, transaction, clock);
        this.reviews = reviews;
        this.terms = terms;
    }

    @Override
    void runDemo() {
        loadOnce("demo.statistics.loaded", "Demo approved reviews", this::load);
    }

    private record Branch(long id, String name) {}

    private void load() {
        DemoCalendar calendar = calendar();
        Long sector = jdbc.sql("SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", SECTOR)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (sector == null) {
            return;
        }
        var term = terms.termOn(SYSTEM, OrganizationId.of(sector), calendar.today());
        if (term.isEmpty()) {
            return;
        }
        List<Branch> branches = jdbc.sql(
                        """
                        SELECT id, name FROM organizations.organization
                        WHERE type IN ('BRANCH', 'GRASSROOTS_BRANCH') AND dissolved_on IS NULL ORDER BY id
                        """)
                .query((rs, n) -> new Branch(rs.getLong("id"), rs.getString("name")))
                .list();
        int first = term.get().startsOn().getYear();
        int last = calendar.lastReviewConference().getYear();
        for (int year = first; year <= last; year++) {
            boolean goodYear = (year - first) % 2 == 0;
            for (Branch branch : branches) {
                if (!branch.name().equals(LEFT_OPEN)) {
                    review(branch, year, goodYear);
                }
            }
        }
    }

    private void review(Branch branch, int year, boolean goodYear) {
        OrganizationId id = OrganizationId.of(branch.id());
        int taken = year;
        if (reviews.list(SYSTEM, id).stream()
                .filter(r -> r.organizationId().equals(id))
                .mapToInt(ReviewRoundSummary::year)
                .anyMatch(y -> y == taken)) {
            return;
        }
        LocalDate conference = LocalDate.of(year, 12, DemoCalendar.REVIEW_DAY);
        ReviewRoundId round = reviews.open(SYSTEM, new OpenReviewRound(id, year, conference));
        List<MemberReview> rated = reviews.details(SYSTEM, round).members().stream()
                .filter(MemberReview::rated)
                .toList();
        if (rated.isEmpty()) {
            return;
        }
        boolean weak = branch.name().equals(WEAK_BRANCH);
        // The weak branch: a fifth (at least four) below Hoàn thành tốt, one of them Không hoàn thành.
        int below = weak ? Math.max(4, rated.size() / 5) : goodYear ? 0 : 2;
        int good = 0;
        boolean excellent = false;
        for (int i = 0; i < rated.size(); i++) {
            MemberReview member = rated.get(i);
            int fromEnd = rated.size() - 1 - i;
            RatingLevel planned = fromEnd < below
                    ? (weak && fromEnd == 0 ? RatingLevel.NOT_COMPLETED : RatingLevel.COMPLETED)
                    // One excellent per branch of ten or more, after five rated good (HD 21-HD/BTCTW: the cap).
                    : !weak && !excellent && rated.size() >= 10 && good == 5 ? RatingLevel.EXCELLENT : RatingLevel.GOOD;
            excellent |= planned == RatingLevel.EXCELLENT;
            RecordMemberReview facts = facts(planned, null, member.version());
            reviews.record(SYSTEM, round, member.entryId(), facts);
            MemberReview assessed = reviews.member(SYSTEM, round, member.entryId());
            RatingLevel level = planned.isAbove(assessed.highest()) ? assessed.highest() : planned;
            reviews.record(SYSTEM, round, member.entryId(), facts(planned, level, assessed.version()));
            if (level == RatingLevel.GOOD) {
                good++;
            }
        }
        reviews.propose(SYSTEM, round);
        reviews.approveAsProposed(SYSTEM, round);
        reviews.close(SYSTEM, round);
    }

    /** The facts of a year at the level aimed at, with that level proposed (none on the first pass). */
    private static RecordMemberReview facts(RatingLevel aim, RatingLevel level, int version) {
        int score =
                switch (aim) {
                    case EXCELLENT -> 93;
                    case GOOD -> 82;
                    case COMPLETED -> 66;
                    case NOT_COMPLETED -> 45;
                };
        boolean onTime = aim == RatingLevel.EXCELLENT || aim == RatingLevel.GOOD;
        return new RecordMemberReview(
                0,
                false,
                false,
                aim == RatingLevel.NOT_COMPLETED ? 60 : 100,
                false,
                false,
                false,
                false,
                BigDecimal.valueOf(score),
                onTime,
                aim == RatingLevel.EXCELLENT ? 40 : onTime ? 10 : 0,
                true,
                level,
                level,
                null,
                version);
    }
}
