package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.chibo.DemoFixtures;

/** The administrator's pages, each checked with axe-core as she goes. */
@BrowserTest
class AdministratorBrowserTests {

    @Test
    void theAdministratorAddsABranchAndLooksAtHistoryAccountsAndTheAuditLog(Chromium chromium) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "admin");

            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"))
                    .getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tổ chức đảng"))
                    .click();
            assertThat(page.locator("h1")).hasText("Tổ chức đảng");
            assertThat(page.locator(".tree")).containsText(DemoFixtures.SECTOR_COMMITTEE);
            BrowserSupport.assertAccessible(page);

            page.getByLabel("Cây tổ chức tại ngày").fill("2025-06-30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                    .click();
            assertThat(page.locator("main")).containsText("Đảng bộ huyện Đông Sơn");
            BrowserSupport.assertAccessible(page);

            page.navigate(chromium.url("/organizations"));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName(DemoFixtures.SECTOR_COMMITTEE)
                                    .setExact(true))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm tổ chức trực thuộc"))
                    .click();
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true)).fill("Chi bộ Trường THCS Bình Minh");
            page.getByLabel("Loại tổ chức").selectOption("BRANCH");
            page.getByLabel("Ngày thành lập").fill("2026-09-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("h1")).hasText("Chi bộ Trường THCS Bình Minh");
            assertThat(page.locator("[role=status]").first()).containsText("Đã thêm tổ chức");

            // A cell cannot sit directly under a committee: the form says so in Vietnamese, naming the field.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin"))
                    .click();
            page.getByLabel("Loại tổ chức").selectOption("CELL");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("[role=alert]")).containsText("Loại tổ chức");
            BrowserSupport.assertAccessible(page);

            page.navigate(chromium.url("/admin/users"));
            assertThat(page.locator("h1")).hasText("Tài khoản người dùng");
            BrowserSupport.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem, phân quyền: bithu"))
                    .click();
            assertThat(page.locator("#grants-heading")).isVisible();
            BrowserSupport.assertAccessible(page);

            page.navigate(chromium.url("/admin/audit?entityType=Organization"));
            assertThat(page.locator("tbody")).containsText("organization.create");
            BrowserSupport.assertAccessible(page);
        }
    }
}
