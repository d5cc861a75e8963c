package vn.chibo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.dues.DuesCategory;
import vn.chibo.dues.DuesLine;
import vn.chibo.dues.DuesManagement;
import vn.chibo.dues.DuesSheet;
import vn.chibo.dues.DuesStanding;
import vn.chibo.dues.ExcuseReason;
import vn.chibo.dues.PaymentChannel;
import vn.chibo.dues.RecordDuesBasis;
import vn.chibo.dues.RecordDuesExcuse;
import vn.chibo.dues.RecordDuesPayment;
import vn.chibo.dues.RecordDuesRelief;
import vn.chibo.dues.ReliefKind;
import vn.chibo.dues.ReliefReason;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

/**
 * The dues of one demo branch around the day the demo loads: every member's basis from three months back (teachers on
 * their social-insurance salary, one retired teacher on her pension), one member exempt and one with a 50% reduction by
 * decision, the three previous months collected at the regular meeting on the 5th and closed (one member paying
 * nothing, so that the 3-month warning shows; one paying more of her own will), the current month open with the
 * payments made so far, and one member away for study from this month with the valid reason the branch accepted.
 * Written for ChiBo.
 */
@Component
@Profile(DemoRunner.PROFILE)
@Order(5)
class DuesDemoData extends DemoRunner {

    private static final CurrentUser SYSTEM = CurrentUser.system();
    private static final String BRANCH = "Chi bộ Trường THPT Nguyễn Trãi";
    private static final int CLOSED_MONTHS = 3;

    private final DuesManagement dues;

    DuesDemoData(DuesManagement dues, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        super(jdbc, transaction, clock);
        this.dues = dues;
    }

    @Override
    void runDemo() {
        loadOnce("demo.dues.loaded", "Demo dues", this::load);
    }

    private void load() {
        Long id = jdbc.sql("SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", BRANCH)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id == null) {
            return;
        }
        OrganizationId branch = OrganizationId.of(id);
        LocalDate today = calendar().today();
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(CLOSED_MONTHS);

        // Bases: whoever is on the list in a month and has none yet gets one from that month.
        for (int i = 0; i <= CLOSED_MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            List<DuesLine> lines = dues.sheet(SYSTEM, branch, month).lines();
            for (int n = 0; n < lines.size(); n++) {
                DuesLine line = lines.get(n);
                if (line.standing() == DuesStanding.NO_BASIS) {
                    boolean retired = n == 3;
                    dues.recordBasis(
                            SYSTEM,
                            branch,
                            new RecordDuesBasis(
                                    line.memberId(),
                                    retired ? DuesCategory.PENSION : DuesCategory.BHXH_SALARY,
                                    retired ? 6_120_000L : 4_680_000L + 351_000L * (n % 9),
                                    month));
                }
            }
        }

        List<DuesLine> listed = dues.sheet(SYSTEM, branch, first).lines();
        if (listed.size() > 5) {
            dues.recordRelief(
                    SYSTEM,
                    branch,
                    new RecordDuesRelief(
                            listed.get(1).memberId(),
                            ReliefKind.EXEMPTION,
                            ReliefReason.SERIOUS_ILLNESS,
                            null,
                            first,
                            12,
                            "Quyết định số 08-QĐ/ĐU của Đảng ủy Sở về miễn đóng đảng phí do điều trị bệnh dài ngày"));
            dues.recordRelief(
                    SYSTEM,
                    branch,
                    new RecordDuesRelief(
                            listed.get(4).memberId(),
                            ReliefKind.REDUCTION,
                            ReliefReason.NEAR_POOR_HOUSEHOLD,
                            50,
                            first,
                            6,
                            "Quyết định số 11-QĐ/ĐU của Đảng ủy Sở về giảm 50% đảng phí (hộ cận nghèo)"));
        }
        List<DuesLine> listedNow = dues.sheet(SYSTEM, branch, current).lines();
        if (listedNow.size() > 7) {
            // One member leaves for a master's course abroad: the branch accepts it as a valid reason for not paying.
            dues.recordExcuse(
                    SYSTEM,
                    branch,
                    new RecordDuesExcuse(
                            listedNow.get(7).memberId(),
                            ExcuseReason.WORKING_AWAY,
                            current,
                            3,
                            "Đi học thạc sĩ tập trung ở nước ngoài; chi bộ chấp nhận tại buổi sinh hoạt định kỳ"));
        }
        for (int i = 0; i < CLOSED_MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            collect(branch, month, month.atDay(DemoCalendar.MEETING_DAY), Integer.MAX_VALUE);
            dues.close(SYSTEM, branch, month);
        }
        // The current month: those who paid at this month's meeting, if it has been held.
        LocalDate meeting = current.atDay(DemoCalendar.MEETING_DAY);
        if (!meeting.isAfter(today)) {
            collect(branch, current, meeting, 6);
        }
    }

    /** The payments of a month at its meeting: all but the member who stopped paying, up to {@code most} of them. */
    private void collect(OrganizationId branch, YearMonth month, LocalDate paidOn, int most) {
        DuesSheet sheet = dues.sheet(SYSTEM, branch, month);
        int recorded = 0;
        for (int n = 0; n < sheet.lines().size() && recorded < most; n++) {
            DuesLine line = sheet.lines().get(n);
            if (n == 2 || line.amountDue() == null || line.amountDue() == 0) {
                continue;
            }
            // One member rounds her dues up of her own will; a few pay on the national public-service portal.
            long amount = n == 0 ? line.amountDue() + 20_000L : line.amountDue();
            PaymentChannel channel = n % 4 == 3 ? PaymentChannel.PORTAL : PaymentChannel.CASH;
            String note = n == 0 ? "Tự nguyện đóng cao hơn mức quy định" : null;
            dues.recordPayment(
                    SYSTEM, branch, month, new RecordDuesPayment(line.memberId(), amount, paidOn, channel, note, null));
            recorded++;
        }
    }
}
