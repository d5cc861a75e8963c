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
import vn.chibo.platform.CurrentUser;
import vn.chibo.reviews.MemberReview;
import vn.chibo.reviews.OpenOrganizationRating;
import vn.chibo.reviews.OpenReviewRound;
import vn.chibo.reviews.OrganizationRatingId;
import vn.chibo.reviews.OrganizationRatingManagement;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordMemberReview;
import vn.chibo.reviews.RecordOrganizationRating;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundDetails;
import vn.chibo.reviews.ReviewRoundId;

/**
 * The annual review of the demo branches, as of the last review conference before the day the demo loads (20
 * December). The secretary's branch: its members' round opened with the roster that day, a few members' facts and
 * proposed levels recorded, the rest still to do, and its own self-assessment begun (it cannot propose before its
 * members' levels are approved). Three other branches of the sector: their members' rounds approved and closed, and
 * their organizations' ratings proposed, two of them decided by the sector's committee. Each level is held to the
 * rules, so a member the demo data disciplined that year is rated no higher than they allow. Written for ChiBo.
 */
@Component
@Profile(DemoRunner.PROFILE)
@Order(4)
class ReviewDemoData extends DemoRunner {

    private static final CurrentUser SYSTEM = CurrentUser.system();
    private static final String BRANCH = "Chi bộ Trường THPT Nguyễn Trãi";

    /** What the branch writes of the members it has reviewed so far, with the level it aims at for each. */
    private record Draft(RatingLevel level, int score, boolean allOnTime, int exceeded, int sickLeave, String notes) {}

    private static final List<Draft> DRAFTS = List.of(
            new Draft(RatingLevel.GOOD, 84, true, 20, 0, "Chủ nhiệm lớp 11A2, lớp đạt danh hiệu tập thể tiên tiến."),
            new Draft(
                    RatingLevel.GOOD, 81, true, 15, 0, "Tổ trưởng chuyên môn Toán, tổ chức tốt hội giảng cấp trường."),
            new Draft(RatingLevel.GOOD, 79, true, 10, 0, "Phụ trách câu lạc bộ tiếng Anh của nhà trường."),
            new Draft(RatingLevel.GOOD, 77, true, 10, 0, "Tham gia biên soạn học liệu số môn Ngữ văn."),
            new Draft(RatingLevel.GOOD, 75, true, 5, 0, "Hoàn thành tốt công tác kiểm định chất lượng giáo dục."),
            new Draft(
                    RatingLevel.EXCELLENT,
                    93,
                    true,
                    40,
                    0,
                    "Giáo viên dạy giỏi cấp tỉnh; hướng dẫn học sinh đạt giải nhất cuộc thi khoa học kỹ thuật."),
            new Draft(RatingLevel.COMPLETED, 66, false, 0, 4, "Nghỉ ốm điều trị dài ngày trong học kỳ I."));

    /** What a branch writes in its self-assessment, with the level it proposes and whether the committee decided. */
    private record Assessment(
            int onTime,
            int exceeded,
            int targets,
            int remedied,
            int score,
            RatingLevel level,
            boolean decided,
            String notes,
            String decision) {}

    private static final String SECTOR = "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn";

    /** Branches whose records the access tests compare across roles: the demo leaves their reviews as they are. */
    private static final List<String> KEPT_AS_THEY_ARE = List.of(BRANCH, "Chi bộ Trường THPT Lê Lợi");

    private static final List<Assessment> ASSESSMENTS = List.of(
            new Assessment(
                    100,
                    25,
                    100,
                    100,
                    86,
                    RatingLevel.GOOD,
                    true,
                    "Lãnh đạo hoàn thành 100% chỉ tiêu nghị quyết năm học; tỷ lệ học sinh khá, giỏi tăng so với năm"
                            + " trước; chưa có nhiệm vụ vượt mức đủ 30% để đề nghị hoàn thành xuất sắc.",
                    "Quyết định số 215-QĐ/ĐU của Ban Thường vụ Đảng ủy"),
            new Assessment(
                    100,
                    15,
                    95,
                    100,
                    78,
                    RatingLevel.GOOD,
                    true,
                    "Thực hiện tốt chuyển đổi số trong quản lý; chi bộ duy trì sinh hoạt chuyên đề hằng quý.",
                    "Quyết định số 216-QĐ/ĐU của Ban Thường vụ Đảng ủy"),
            new Assessment(
                    85,
                    0,
                    80,
                    60,
                    64,
                    RatingLevel.COMPLETED,
                    false,
                    "Còn 15% nhiệm vụ chậm tiến độ do thay đổi nhân sự; một số hạn chế năm trước đang khắc phục.",
                    null));

    private final ReviewManagement reviews;
    private final OrganizationRatingManagement ratings;

    ReviewDemoData(
            ReviewManagement reviews,
            OrganizationRatingManagement ratings,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        super(jdbc, transaction, clock);
        this.reviews = reviews;
        this.ratings = ratings;
    }

    @Override
    void runDemo() {
        loadOnce("demo.reviews.loaded", "Demo review round", this::load);
        loadOnce("demo.reviews.organizations.loaded", "Demo organization ratings", this::loadOrganizations);
    }

    /**
     * The organizations' ratings of the demo year: the secretary's branch begins its self-assessment; three other
     * branches of the sector have their members approved and propose their own levels, two of which the committee
     * decided.
     */
    private void loadOrganizations() {
        Long branch = idOf(BRANCH);
        if (branch == null) {
            return;
        }
        LocalDate conference = calendar().lastReviewConference();
        int year = conference.getYear();
        OrganizationRatingId own = ratings.ratingOf(SYSTEM, OrganizationId.of(branch), year)
                .orElseGet(() ->
                        ratings.open(SYSTEM, new OpenOrganizationRating(OrganizationId.of(branch), year, conference)));
        ratings.record(
                SYSTEM,
                own,
                organizationFacts(
                        new Assessment(
                                100,
                                20,
                                100,
                                100,
                                84,
                                RatingLevel.GOOD,
                                false,
                                "Chi bộ lãnh đạo nhà trường hoàn thành kế hoạch năm học; tỷ lệ tốt nghiệp THPT đạt"
                                        + " 99,6%. Chờ cấp trên duyệt kết quả xếp loại đảng viên trước khi đề nghị.",
                                null),
                        ratings.details(SYSTEM, own).version()));
        Long sector = idOf(SECTOR);
        if (sector == null) {
            return;
        }
        List<Long> others = jdbc.sql(
                        """
                        SELECT id FROM organizations.organization
                        WHERE parent_id = :s AND type = 'BRANCH' AND dissolved_on IS NULL
                          AND NOT (name = ANY (CAST(:kept AS text[])))
                          AND EXISTS (SELECT 1 FROM members.member m WHERE m.organization_id = organization.id)
                        ORDER BY name COLLATE "vi-x-icu", id LIMIT 3
                        """)
                .param("s", sector)
                .param("kept", KEPT_AS_THEY_ARE.toArray(String[]::new))
                .query(Long.class)
                .list();
        for (int i = 0; i < others.size(); i++) {
            OrganizationId organization = OrganizationId.of(others.get(i));
            if (ratings.ratingOf(SYSTEM, organization, year).isPresent()) {
                continue;
            }
            approveMembers(organization, year, conference);
            Assessment assessment = ASSESSMENTS.get(i);
            OrganizationRatingId id = ratings.open(SYSTEM, new OpenOrganizationRating(organization, year, conference));
            ratings.record(
                    SYSTEM,
                    id,
                    organizationFacts(assessment, ratings.details(SYSTEM, id).version()));
            ratings.propose(SYSTEM, id);
            if (assessment.decided()) {
                ratings.decide(SYSTEM, id, assessment.level(), assessment.decision(), null);
            }
        }
    }

    /** The branch's members' review, every rated member at the level the rules allow up to Hoàn thành tốt, closed. */
    private void approveMembers(OrganizationId organization, int year, LocalDate conference) {
        ReviewRoundId round = reviews.open(SYSTEM, new OpenReviewRound(organization, year, conference));
        Draft draft = new Draft(RatingLevel.GOOD, 80, true, 10, 0, null);
        for (MemberReview member : reviews.details(SYSTEM, round).members()) {
            if (!member.rated()) {
                continue;
            }
            reviews.record(SYSTEM, round, member.entryId(), facts(draft, null, member.version()));
            MemberReview assessed = reviews.member(SYSTEM, round, member.entryId());
            RatingLevel level = RatingLevel.GOOD.isAbove(assessed.highest()) ? assessed.highest() : RatingLevel.GOOD;
            reviews.record(SYSTEM, round, member.entryId(), facts(draft, level, assessed.version()));
        }
        reviews.propose(SYSTEM, round);
        reviews.approveAsProposed(SYSTEM, round);
        reviews.close(SYSTEM, round);
    }

    private static RecordOrganizationRating organizationFacts(Assessment a, int version) {
        return new RecordOrganizationRating(
                a.onTime(),
                a.exceeded(),
                a.targets(),
                a.remedied(),
                false,
                false,
                null,
                false,
                false,
                false,
                BigDecimal.valueOf(a.score()),
                a.level(),
                a.level(),
                a.notes(),
                version);
    }

    private Long idOf(String name) {
        return jdbc.sql("SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private void load() {
        Long branch = jdbc.sql("SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", BRANCH)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (branch == null) {
            return;
        }
        LocalDate conference = calendar().lastReviewConference();
        ReviewRoundId id =
                reviews.open(SYSTEM, new OpenReviewRound(OrganizationId.of(branch), conference.getYear(), conference));
        ReviewRoundDetails round = reviews.details(SYSTEM, id);
        List<MemberReview> rated =
                round.members().stream().filter(MemberReview::rated).toList();
        int good = 0;
        for (int i = 0; i < Math.min(DRAFTS.size(), rated.size()); i++) {
            Draft draft = DRAFTS.get(i);
            if (draft.level() == RatingLevel.EXCELLENT && good < 5) {
                // HD 21-HD/BTCTW: one excellent needs five rated Hoàn thành tốt; the demo keeps within the cap.
                continue;
            }
            MemberReview member = rated.get(i);
            RecordMemberReview facts = facts(draft, null, member.version());
            reviews.record(SYSTEM, id, member.entryId(), facts);
            MemberReview assessed = reviews.member(SYSTEM, id, member.entryId());
            RatingLevel level = draft.level().isAbove(assessed.highest()) ? assessed.highest() : draft.level();
            reviews.record(SYSTEM, id, member.entryId(), facts(draft, level, assessed.version()));
            if (level == RatingLevel.GOOD) {
                good++;
            }
        }
    }

    private static RecordMemberReview facts(Draft draft, RatingLevel level, int version) {
        return new RecordMemberReview(
                draft.sickLeave(),
                false,
                false,
                100,
                false,
                false,
                false,
                false,
                BigDecimal.valueOf(draft.score()),
                draft.allOnTime(),
                draft.exceeded(),
                true,
                level,
                level,
                draft.notes(),
                version);
    }
}
