package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberEventKind;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberLifeCycle;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.RecordMemberEvent;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;
import vn.chibo.reviews.MemberReview;
import vn.chibo.reviews.OpenReviewRound;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordMemberReview;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundId;

/**
 * Members by rating level when a member sits on the rosters of two approved rounds of one year: chị Chuyển, on branch
 * A's list at its review of 5/12/2025 (rated completed), transferred to branch B on 10/12/2025 and on B's list at its
 * review of 20/12/2025 (rated good). She counts once, in B's later round. A has two more members rated good; B two
 * rated good and one admitted on 1/10/2025, not rated.
 */
@ChiboIntegrationTest
class StatisticsRatingsIntegrationTests {

    @Autowired
    RatingStatistics ratings;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    MemberLifeCycle lifeCycle;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    JdbcClient jdbc;

    record Fixture(OrganizationId subCommittee, OrganizationId branchA, OrganizationId branchB) {}

    private static Fixture fixture;

    private Fixture fixture() {
        if (fixture == null) {
            fixture = build();
        }
        return fixture;
    }

    private CurrentUser committee() {
        return committee(fixture().subCommittee());
    }

    private static CurrentUser committee(OrganizationId sub) {
        return new CurrentUser(9503, "capuy-xl", "Cấp ủy", List.of(new Grant(sub.value(), Role.COMMITTEE)));
    }

    private Fixture build() {
        long n = System.nanoTime() % 100000;
        // A grassroots committee of its own, so that the excellence cap and the figures count no other test's rounds.
        long province = jdbc.sql("SELECT parent_id FROM organizations.organization WHERE id = :id")
                .param("id", DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE))
                .query(Long.class)
                .single();
        OrganizationId sub = organizations.create(
                CurrentUser.system(),
                OrganizationId.of(province),
                organization("Đảng bộ Trường Đại học Xếp loại " + n, OrganizationType.GRASSROOTS_COMMITTEE));
        CurrentUser committee = committee(sub);
        OrganizationId a =
                organizations.create(committee, sub, organization("Chi bộ Khoa Toán " + n, OrganizationType.BRANCH));
        OrganizationId b =
                organizations.create(committee, sub, organization("Chi bộ Khoa Văn " + n, OrganizationType.BRANCH));
        member(committee, a, "Nguyễn Thị Lan", LocalDate.of(2010, 3, 1));
        member(committee, a, "Trần Văn Minh", LocalDate.of(2011, 4, 1));
        MemberId moved = member(committee, a, "Vũ Thị Chuyển", LocalDate.of(2012, 5, 1));
        member(committee, b, "Lê Thị Hoa", LocalDate.of(2013, 6, 1));
        member(committee, b, "Phạm Văn Huệ", LocalDate.of(2014, 7, 1));
        member(committee, b, "Đỗ Thị Mới", LocalDate.of(2025, 10, 1));

        review(committee, a, LocalDate.of(2025, 12, 5), Map.of("Vũ Thị Chuyển", RatingLevel.COMPLETED));
        lifeCycle.recordEvent(
                committee,
                moved,
                new RecordMemberEvent(
                        MemberEventKind.TRANSFERRED,
                        LocalDate.of(2025, 12, 10),
                        null,
                        new DecisionReference("12", "QĐ", LocalDate.of(2025, 12, 10)),
                        b,
                        null,
                        null));
        review(committee, b, LocalDate.of(2025, 12, 20), Map.of());
        return new Fixture(sub, a, b);
    }

    private static OrganizationDraft organization(String name, OrganizationType type) {
        return new OrganizationDraft(name, null, type, "Bình Sơn", null, null, null, LocalDate.of(2000, 1, 1), null);
    }

    private MemberId member(CurrentUser user, OrganizationId branch, String name, LocalDate admitted) {
        LocalDate ceremony = admitted.plusDays(14);
        LocalDate official = ceremony.plusMonths(12);
        return members.create(
                user,
                MemberDraft.minimal(
                        branch,
                        name,
                        Gender.FEMALE,
                        LocalDate.of(1985, 1, 1),
                        admitted,
                        ceremony,
                        official.isAfter(LocalDate.of(2026, 12, 6)) ? null : official));
    }

    /** The branch's approved review of 2025: every rated member good, but those named at their own level. */
    private void review(CurrentUser user, OrganizationId branch, LocalDate date, Map<String, RatingLevel> levels) {
        ReviewRoundId round = reviews.open(user, new OpenReviewRound(branch, 2025, date));
        List<MemberReview> rated = reviews.details(user, round).members().stream()
                .filter(MemberReview::rated)
                .toList();
        for (MemberReview member : rated) {
            RatingLevel level = levels.getOrDefault(member.fullName(), RatingLevel.GOOD);
            reviews.record(user, round, member.entryId(), facts(level, null, member.version()));
            MemberReview read = reviews.member(user, round, member.entryId());
            reviews.record(user, round, member.entryId(), facts(level, level, read.version()));
        }
        reviews.propose(user, round);
        reviews.approveAsProposed(user, round);
        reviews.close(user, round);
    }

    private static RecordMemberReview facts(RatingLevel aim, RatingLevel level, int version) {
        boolean good = aim == RatingLevel.GOOD;
        return new RecordMemberReview(
                0,
                false,
                false,
                100,
                false,
                false,
                false,
                false,
                BigDecimal.valueOf(good ? 82 : 66),
                good,
                good ? 10 : 0,
                true,
                level,
                level,
                null,
                version);
    }

    @Test
    void theRostersReallyShareTheMemberSoThatTheFiguresBelowMeanSomething() {
        Fixture f = fixture();
        long shared = jdbc.sql(
                        """
                        SELECT count(*) FROM (
                            SELECT e.member_id FROM reviews.member_review e
                            JOIN reviews.review_round r ON r.id = e.round_id
                            WHERE r.organization_id IN (:a, :b) AND r.review_year = 2025 AND r.status = 'CLOSED'
                            GROUP BY e.member_id HAVING count(*) = 2) twice
                        """)
                .param("a", f.branchA().value())
                .param("b", f.branchB().value())
                .query(Long.class)
                .single();
        assertThat(shared).isEqualTo(1);
    }

    @Test
    void aMemberInTwoApprovedRoundsOfTheYearCountsOnceInTheLaterRound() {
        Fixture f = fixture();
        RatingReport report = ratings.report(committee(), f.subCommittee(), 2025);

        assertThat(report.total().members()).isEqualTo(6);
        assertThat(report.total().rated()).isEqualTo(5);
        assertThat(report.total().notRated()).isEqualTo(1);
        assertThat(report.total().count(RatingLevel.GOOD)).isEqualTo(5);
        assertThat(report.total().count(RatingLevel.COMPLETED)).isZero();
        assertThat(report.total().rounds()).isEqualTo(2);

        RatingRow a = row(report, f.branchA());
        assertThat(a.rated()).isEqualTo(2);
        assertThat(a.count(RatingLevel.COMPLETED)).isZero();
        assertThat(a.rounds()).isEqualTo(1);
        RatingRow b = row(report, f.branchB());
        assertThat(b.count(RatingLevel.GOOD)).isEqualTo(3);
        assertThat(b.notRated()).isEqualTo(1);
    }

    @Test
    void aBranchAloneCountsHerWhereTheWholeDoesSoThatThePartsAddUp() {
        Fixture f = fixture();
        RatingReport a = ratings.report(committee(), f.branchA(), 2025);

        assertThat(a.total().rated()).isEqualTo(2);
        assertThat(a.total().count(RatingLevel.COMPLETED)).isZero();
        assertThat(a.hasData()).isTrue();
    }

    @Test
    void theTargetsCountHerOnceToo() {
        Fixture f = fixture();
        RatingRow total = ratings.totals(committee(), f.subCommittee(), List.of(2024, 2025))
                .get(2025);

        assertThat(total.rated()).isEqualTo(5);
        assertThat(total.shareAtLeast(RatingLevel.GOOD)).isEqualByComparingTo("100.00");
        assertThat(ratings.totals(committee(), f.subCommittee(), List.of(2024))
                        .get(2024)
                        .hasData())
                .isFalse();
    }

    private static RatingRow row(RatingReport report, OrganizationId id) {
        return report.rows().stream()
                .filter(r -> id.equals(r.organization()))
                .findFirst()
                .orElseThrow();
    }
}
