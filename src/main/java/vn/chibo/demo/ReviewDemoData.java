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
import vn.chibo.reviews.OpenReviewRound;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordMemberReview;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundDetails;
import vn.chibo.reviews.ReviewRoundId;

/**
 * The annual review of one demo branch, as of the last review conference before the day the demo loads (20
 * December): the round opened with the branch's roster that day, and a few members' facts and proposed levels
 * recorded, the rest still to do. Each level is held to the rules, so a member the demo data disciplined that year is
 * proposed no higher than they allow. Written for ChiBo.
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

    private final ReviewManagement reviews;

    ReviewDemoData(ReviewManagement reviews, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        super(jdbc, transaction, clock);
        this.reviews = reviews;
    }

    @Override
    void runDemo() {
        loadOnce("demo.reviews.loaded", "Demo review round", this::load);
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
