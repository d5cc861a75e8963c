package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/** The administrator's pages, each checked with axe-core as she goes. */
@ChiboIntegrationTest
class AdministratorBrowserTests {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theAdministratorAddsABranchAndLooksAtHistoryAccountsAndTheAuditLog() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByLabel("Tên đăng nhập").fill("admin");
            page.getByLabel("Mật khẩu").fill(DemoFixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();

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

            page.navigate(url("/organizations"));
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

            page.navigate(url("/admin/users"));
            assertThat(page.locator("h1")).hasText("Tài khoản người dùng");
            BrowserSupport.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem, phân quyền: bithu"))
                    .click();
            assertThat(page.locator("#grants-heading")).isVisible();
            BrowserSupport.assertAccessible(page);

            page.navigate(url("/admin/audit?entityType=Organization"));
            assertThat(page.locator("tbody")).containsText("organization.create");
            BrowserSupport.assertAccessible(page);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
