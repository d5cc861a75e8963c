package vn.chibo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.meetings.GuidanceDraft;
import vn.chibo.meetings.MeetingGuidance;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

/**
 * The sector committee's guidance of the branch meetings of last month, this month and, once the 15th has passed, next
 * month; this month's was issued after the 20th of the month before, so the page shows what a late guidance looks
 * like. Written for ChiBo.
 */
@Component
@Profile(DemoRunner.PROFILE)
@Order(3)
class GuidanceDemoData extends DemoRunner {

    private static final CurrentUser SYSTEM = CurrentUser.system();
    private static final String COMMITTEE = "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn";

    private final MeetingGuidance guidance;
    private final Clock clock;

    GuidanceDemoData(MeetingGuidance guidance, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        super(jdbc, transaction, clock);
        this.guidance = guidance;
        this.clock = clock;
    }

    @Override
    void runDemo() {
        loadOnce("demo.guidance.loaded", "Demo meeting guidance", () -> jdbc.sql(
                        "SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", COMMITTEE)
                .query(Long.class)
                .optional()
                .ifPresent(id -> load(OrganizationId.of(id))));
    }

    private void load(OrganizationId committee) {
        LocalDate today = LocalDate.now(clock);
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth last = thisMonth.minusMonths(1);
        issue(committee, last, 10, last.minusMonths(1).atDay(18), "Chuyển đổi số trong công tác quản lý học sinh");
        LocalDate lateDay = thisMonth.minusMonths(1).atDay(24);
        issue(committee, thisMonth, 11, lateDay.isAfter(today) ? today : lateDay, null);
        if (today.getDayOfMonth() >= 15) {
            issue(committee, thisMonth.plusMonths(1), 12, today, "Giữ gìn đạo đức nhà giáo trong thời đại số");
        }
    }

    private void issue(OrganizationId committee, YearMonth month, int number, LocalDate issuedOn, String topic) {
        String content = String.join(
                "\n",
                "1. Thông tin thời sự trong tỉnh và trong ngành tháng " + month.getMonthValue() + "; quán triệt các văn"
                        + " bản mới của cấp trên về giáo dục và đào tạo.",
                "2. Đánh giá việc thực hiện nhiệm vụ tháng trước của chi bộ và từng đảng viên; tình hình tư tưởng của"
                        + " đảng viên, giáo viên, người lao động.",
                "3. Kiểm điểm việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với nhiệm vụ"
                        + " chuyên môn của nhà trường.",
                "4. Thu đảng phí; nhận xét đảng viên dự bị, quần chúng ưu tú (nếu có).",
                "5. Phân công nhiệm vụ tháng tới cho từng đảng viên; biểu quyết nghị quyết tháng.");
        guidance.issue(SYSTEM, committee, month, new GuidanceDraft(number + "-HD/ĐU", issuedOn, content, topic));
    }
}
