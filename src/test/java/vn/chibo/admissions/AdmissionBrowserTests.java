package vn.chibo.admissions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.browser.BrowserSupport;
import vn.chibo.browser.BrowserTest;
import vn.chibo.browser.Chromium;

/**
 * The secretary (bithu) adds a teacher who finished the awareness course, records her application, and sees a step
 * out of its order refused with the reason next to the form; every page passes axe-core.
 */
@BrowserTest
class AdmissionBrowserTests {

    static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    @Autowired
    Clock clock;

    @Test
    void theSecretaryFollowsATeacherTowardsHerAdmission(Chromium chromium) {
        LocalDate today = LocalDate.now(clock);
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "bithu");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phát triển đảng viên"))
                    .first()
                    .click();
            assertThat(page.locator("h1")).hasText("Phát triển đảng viên");
            assertThat(page.locator("table")).containsText("Phạm Thu Hà");
            BrowserSupport.assertAccessible(page);

            Locator form = page.locator("#new form");
            form.getByLabel("Họ và tên", EXACT).fill("Trịnh Thị Ngọc Bích");
            form.getByLabel("Ngày sinh", EXACT).fill(today.minusYears(28).toString());
            form.getByLabel("Nghề nghiệp, chức vụ", EXACT).fill("Giáo viên Lịch sử");
            form.getByLabel("Ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng", EXACT)
                    .fill(today.minusDays(20).toString());
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm vào danh sách theo dõi"))
                    .click();
            assertThat(page.locator("h1")).hasText("Hồ sơ kết nạp: Trịnh Thị Ngọc Bích");
            assertThat(page.locator(".notice")).containsText("Đã thêm");
            assertThat(page.locator("#next h2")).containsText("Đơn xin vào Đảng và lý lịch");
            BrowserSupport.assertAccessible(page);

            // A date before the awareness course is refused, next to the form, naming the field.
            Locator next = page.locator("#next form");
            next.getByLabel("Ngày nộp đơn", EXACT).fill(today.minusDays(30).toString());
            next.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("#next .alert-error")).containsText("Ngày");
            assertThat(page.locator("#next .alert-error")).containsText("Học lớp bồi dưỡng nhận thức về Đảng");
            BrowserSupport.assertAccessible(page);

            page.locator("#next form")
                    .getByLabel("Ngày nộp đơn", EXACT)
                    .fill(today.minusDays(5).toString());
            page.locator("#next form")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator(".notice")).containsText("Đã ghi nhận bước kết nạp");
            assertThat(page.locator("#next h2")).containsText("Đảng viên chính thức giới thiệu");
            assertThat(page.locator("#introducerId option").first()).isAttached();
            BrowserSupport.assertAccessible(page);
        }
    }
}
