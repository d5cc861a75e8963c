package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.DemoFixtures;

/**
 * The dues pages as the branch's secretary uses them at the start of the December meeting, free of axe violations:
 * the branches' figures, the month's collection sheet with its totals (refreshed in place by htmx), a payment recorded
 * and a refused one explained in Vietnamese next to the form, a mistaken payment removed with its reason, a closed
 * month with its correction form, a member's basis page with a valid reason recorded and withdrawn as a mistake, the
 * branch's record of dues sent up with the committee above acknowledging a receipt that differs; and a member's own
 * dues.
 */
@BrowserTest
class PartyDuesPagesBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretaryCollectsTheMonthsDues(Chromium chromium) {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            signIn(chromium, page, "bithu");

            page.navigate(chromium.url("/dues"));
            assertThat(page.locator("h1")).containsText("Thu, nộp đảng phí");
            BrowserSupport.assertAccessible(page);

            page.navigate(chromium.url("/dues/" + branch + "?month=2026-12"));
            assertThat(page.locator("h1")).containsText("Bảng thu đảng phí tháng 12/2026");
            assertThat(page.locator("#dues-lines tbody tr").first()).isVisible();
            assertThat(page.locator("main")).containsText("Quy định 01-QĐ/TW");
            assertThat(page.locator("main")).containsText("đề nghị xóa tên");
            BrowserSupport.assertAccessible(page);

            String memberId = page.locator("#p-member option").last().getAttribute("value");
            page.locator("#p-member").selectOption(memberId);
            page.locator("#p-amount").fill("45000");
            page.locator("#p-on").fill("2026-12-05");
            page.locator("#p-channel").selectOption("PORTAL");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Ghi nhận").setExact(true))
                    .click();
            assertThat(page.locator("[role=status]")).containsText("Đã ghi nhận khoản nộp.");
            assertThat(page.locator("#m-" + memberId)).containsText("45.000");
            assertThat(page.locator("#m-" + memberId)).containsText("Cổng Dịch vụ công Quốc gia");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật tổng hợp"))
                    .click();
            assertThat(page.locator("#totals")).containsText("Chi bộ giữ lại");
            BrowserSupport.assertAccessible(page);

            // A payment dated after today is refused next to the form, naming the field and the member.
            page.locator("#p-member").selectOption(memberId);
            page.locator("#p-amount").fill("45000");
            page.locator("#p-on").fill("2026-12-20");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Ghi nhận").setExact(true))
                    .click();
            assertThat(page.locator("[role=alert]")).containsText("Ngày nộp");
            assertThat(page.locator("[role=alert]")).containsText("không được sau hôm nay");
            BrowserSupport.assertAccessible(page);

            // The payment was recorded by mistake: removed with its reason while the month is open.
            page.locator("#x-member").selectOption(memberId);
            page.locator("#x-reason").fill("Ghi nhầm người nộp");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy khoản nộp"))
                    .click();
            assertThat(page.locator("[role=status]")).containsText("Đã hủy khoản nộp ghi nhầm");
            assertThat(page.locator("#m-" + memberId)).containsText("Chưa nộp");
            BrowserSupport.assertAccessible(page);

            page.navigate(chromium.url("/dues/" + branch + "?month=2026-11"));
            assertThat(page.locator("main")).containsText("Đã khóa sổ");
            assertThat(page.locator("#correction")).isVisible();
            assertThat(page.locator("#payment")).hasCount(0);
            BrowserSupport.assertAccessible(page);

            page.navigate(chromium.url("/dues/" + branch + "/members/" + memberId));
            assertThat(page.locator("h1")).containsText("Căn cứ tính đảng phí");
            assertThat(page.locator("#x-form")).isVisible();
            BrowserSupport.assertAccessible(page);

            // A valid reason recorded for the wrong member is withdrawn with why; it stays listed as withdrawn.
            String note = "Đi học tập trung (ghi nhầm người)";
            page.locator("#x-reason").selectOption("WORKING_AWAY");
            page.locator("#x-from").fill("2026-12");
            page.locator("#x-months").fill("1");
            page.locator("#x-note").fill(note);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi lý do chính đáng"))
                    .click();
            Locator recorded = page.locator("#excuse tbody tr", new Page.LocatorOptions().setHasText(note));
            assertThat(recorded).containsText("Đang áp dụng");
            BrowserSupport.assertAccessible(page);
            recorded.getByLabel("Lý do rút (ghi nhầm)").fill("Ghi nhầm người");
            recorded.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Rút lý do ghi nhầm"))
                    .click();
            assertThat(page.locator("[role=status]")).containsText("Đã rút lý do chính đáng ghi nhầm");
            assertThat(page.locator("#excuse tbody tr", new Page.LocatorOptions().setHasText(note)))
                    .containsText("Lý do: Ghi nhầm người");
            BrowserSupport.assertAccessible(page);

            // What the branch sent up: the secretary reads it, but only the level above acknowledges receipt.
            page.navigate(chromium.url("/dues/" + branch + "/remittances?year=2026"));
            assertThat(page.locator("h1")).containsText("Nộp đảng phí lên cấp trên năm 2026");
            assertThat(page.locator("#month-2026-11")).containsText("Đã khóa sổ");
            assertThat(page.locator("#receipt")).hasCount(0);
            BrowserSupport.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            signIn(chromium, page, "capuy");
            page.navigate(chromium.url("/dues/" + branch + "/remittances?year=2026"));
            page.locator("#a-month").selectOption("2026-11");
            page.locator("#a-amount").fill("1");
            page.locator("#a-date").fill("2026-12-02");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đã nhận"))
                    .click();
            assertThat(page.locator("[role=status]")).containsText("Đã ghi xác nhận");
            assertThat(page.locator("#month-2026-11")).containsText("Chênh lệch");
            assertThat(page.locator("#month-2026-11")).containsText("02/12/2026");
            BrowserSupport.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            signIn(chromium, page, "dangvien");
            page.navigate(chromium.url("/dues/mine"));
            assertThat(page.locator("h1")).containsText("Đảng phí của tôi");
            assertThat(page.locator("main")).containsText("11/2026");
            BrowserSupport.assertAccessible(page);
        }
    }

    private static void signIn(Chromium chromium, Page page, String username) {
        page.navigate(chromium.url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(DemoFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
    }
}
