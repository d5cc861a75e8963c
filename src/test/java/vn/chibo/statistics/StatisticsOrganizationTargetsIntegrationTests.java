package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressKind;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.ConveneCongress;
import vn.chibo.elections.RecordResolution;
import vn.chibo.elections.Target;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;
import vn.chibo.reviews.MemberReview;
import vn.chibo.reviews.OpenOrganizationRating;
import vn.chibo.reviews.OpenReviewRound;
import vn.chibo.reviews.OrganizationRatingId;
import vn.chibo.reviews.OrganizationRatingManagement;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordMemberReview;
import vn.chibo.reviews.RecordOrganizationRating;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundId;

/**
 * Congress targets measured by the organizations' ratings: a grassroots committee with three branches whose 2025
 * ratings the committee decided (A good, B completed, C not completed) and none for 2024. The targets "at least 60 %
 * of the branches good or better" and "no branch not completed" are then 1 of 3 (33,33 %) and 1 in 2025, both not
 * reached, and without a figure in 2024. A rating proposed but not decided does not count.
 */
@ChiboIntegrationTest
class StatisticsOrganizationTargetsIntegrationTests {

    @Autowired
    TargetStatistics targets;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    CongressManagement congresses;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    OrganizationRatingManagement ratings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBranchesRatingsDecidedByTheCommitteeMeasureTheResolutionsTargetsForOrganizations() {
        long n = System.nanoTime() % 100000;
        long province = jdbc.sql("SELECT parent_id FROM organizations.organization WHERE id = :id")
                .param("id", DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE))
                .query(Long.class)
                .single();
        OrganizationId sub = organizations.create(
                CurrentUser.system(),
                OrganizationId.of(province),
                organization("Đảng bộ Trường Đại học Xếp loại " + n, OrganizationType.GRASSROOTS_COMMITTEE));
        CurrentUser committee =
                new CurrentUser(9503, "capuy-xl", "Cấp ủy", List.of(new Grant(sub.value(), Role.COMMITTEE)));
        OrganizationId a = branch(committee, sub, "Chi bộ Khoa Toán " + n, "Nguyễn Thị Lan");
        OrganizationId b = branch(committee, sub, "Chi bộ Khoa Văn " + n, "Trần Văn Minh");
        OrganizationId c = branch(committee, sub, "Chi bộ Khoa Sử " + n, "Lê Thị Ngọc");
        OrganizationId d = branch(committee, sub, "Chi bộ Phòng Đào tạo " + n, "Phạm Văn Quang");

        CongressId congress = congresses.convene(
                committee,
                ConveneCongress.of(
                        sub,
                        CongressKind.MEMBERS,
                        1,
                        LocalDate.of(2024, 5, 31),
                        LocalDate.of(2024, 6, 1),
                        LocalDate.of(2029, 6, 1)));
        congresses.open(committee, congress);
        int attending = congresses.details(committee, congress).figures().attending();
        congresses.recordResolution(
                committee,
                congress,
                new RecordResolution(
                        "Nghị quyết Đại hội Đảng bộ lần thứ Nhất",
                        "Phương hướng, nhiệm vụ nhiệm kỳ 2024–2029.",
                        attending,
                        0,
                        0,
                        List.of(
                                new Target(
                                        "Chi bộ hoàn thành tốt nhiệm vụ trở lên",
                                        Target.Comparator.AT_LEAST,
                                        new BigDecimal("60"),
                                        Target.Unit.PERCENT,
                                        "chi bộ",
                                        true,
                                        Target.Measure.ORGANIZATIONS_GOOD_OR_BETTER),
                                new Target(
                                        "Không có chi bộ không hoàn thành nhiệm vụ",
                                        Target.Comparator.AT_MOST,
                                        BigDecimal.ZERO,
                                        Target.Unit.COUNT,
                                        "chi bộ",
                                        true,
                                        Target.Measure.ORGANIZATIONS_NOT_COMPLETED))));
        congresses.close(committee, congress, LocalDate.of(2024, 5, 31));

        rate(committee, a, RatingLevel.GOOD, true);
        rate(committee, b, RatingLevel.COMPLETED, true);
        rate(committee, c, RatingLevel.NOT_COMPLETED, true);
        // Proposed as good, not decided yet: not a figure.
        rate(committee, d, RatingLevel.GOOD, false);

        TargetReport report = targets.report(committee, sub);
        assertThat(report.years()).contains(2024, 2025);
        assertThat(report.byHand()).isEmpty();
        TargetProgress goodOrBetter = report.measured().get(0);
        TargetYear y2024 = year(goodOrBetter, 2024);
        assertThat(y2024.count()).isNull();
        assertThat(y2024.assessment()).isEqualTo(TargetAssessment.NO_DATA);
        TargetYear y2025 = year(goodOrBetter, 2025);
        assertThat(y2025.count()).isEqualTo(1);
        assertThat(y2025.of()).isEqualTo(3);
        assertThat(y2025.percent()).isEqualByComparingTo("33.33");
        assertThat(y2025.assessment()).isEqualTo(TargetAssessment.NOT_REACHED);

        TargetYear notCompleted = year(report.measured().get(1), 2025);
        assertThat(notCompleted.count()).isEqualTo(1);
        assertThat(notCompleted.assessment()).isEqualTo(TargetAssessment.NOT_REACHED);
        assertThat(year(report.measured().get(1), 2024).assessment()).isEqualTo(TargetAssessment.NO_DATA);
    }

    private static TargetYear year(TargetProgress progress, int year) {
        return progress.years().stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .orElseThrow();
    }

    /** The branch's 2025 members' review approved, then its own rating proposed and, if {@code decided}, decided. */
    private void rate(CurrentUser committee, OrganizationId branch, RatingLevel level, boolean decided) {
        ReviewRoundId round = reviews.open(committee, new OpenReviewRound(branch, 2025, LocalDate.of(2025, 12, 18)));
        for (MemberReview m : reviews.details(committee, round).members()) {
            if (m.rated()) {
                reviews.record(
                        committee,
                        round,
                        m.entryId(),
                        new RecordMemberReview(
                                0,
                                false,
                                false,
                                100,
                                false,
                                false,
                                false,
                                false,
                                BigDecimal.valueOf(66),
                                false,
                                0,
                                true,
                                RatingLevel.COMPLETED,
                                RatingLevel.COMPLETED,
                                null,
                                m.version()));
            }
        }
        reviews.propose(committee, round);
        reviews.approveAsProposed(committee, round);

        OrganizationRatingId id =
                ratings.open(committee, new OpenOrganizationRating(branch, 2025, LocalDate.of(2025, 12, 20)));
        ratings.record(
                committee,
                id,
                new RecordOrganizationRating(
                        level == RatingLevel.NOT_COMPLETED ? 40 : 100,
                        level == RatingLevel.GOOD ? 20 : 0,
                        level == RatingLevel.NOT_COMPLETED ? 40 : 100,
                        100,
                        false,
                        false,
                        null,
                        false,
                        false,
                        false,
                        BigDecimal.valueOf(
                                switch (level) {
                                    case EXCELLENT -> 95;
                                    case GOOD -> 82;
                                    case COMPLETED -> 66;
                                    case NOT_COMPLETED -> 40;
                                }),
                        level,
                        level,
                        "Tự đánh giá của chi bộ năm 2025.",
                        0));
        ratings.propose(committee, id);
        if (decided) {
            ratings.decide(committee, id, level, "Quyết định số 15-QĐ/ĐU ngày 26/12/2025", null);
        }
    }

    private OrganizationId branch(CurrentUser committee, OrganizationId parent, String name, String member) {
        OrganizationId branch = organizations.create(committee, parent, organization(name, OrganizationType.BRANCH));
        members.create(
                committee,
                MemberDraft.minimal(
                        branch,
                        member,
                        Gender.FEMALE,
                        LocalDate.of(1980, 1, 1),
                        LocalDate.of(2010, 5, 1),
                        LocalDate.of(2010, 5, 15),
                        LocalDate.of(2011, 5, 15)));
        return branch;
    }

    private static OrganizationDraft organization(String name, OrganizationType type) {
        return new OrganizationDraft(name, null, type, "Bình Sơn", null, null, null, LocalDate.of(2000, 1, 1), null);
    }
}
