package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.DemoFixtures;

/** The branch secretary signs in, opens her branch and uses the reading aids, on pages free of axe violations. */
@BrowserTest
class SecretaryBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretaryOpensHerBranchAndAdjustsTheText(Chromium chromium) {
        try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            page.navigate(chromium.url("/login"));
            assertThat(page.locator("html")).hasAttribute("lang", "vi");
            assertThat(page.locator("h1")).hasText("Đăng nhập");
            BrowserSupport.assertAccessible(page);

            page.getByLabel("Tên đăng nhập").fill("bithu");
            page.getByLabel("Mật khẩu").fill(DemoFixtures.PASSWORD);
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            assertThat(page.locator("h1")).hasText("Xin chào, Trần Thị Minh Hằng");
            assertThat(page.locator(".brand-name")).hasText("Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn");
            assertThat(page.locator("#clock"))
                    .hasText(Pattern.compile(
                            "^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$"));
            BrowserSupport.assertAccessible(page);

            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName(DemoFixtures.BITHU_BRANCH)
                                    .setExact(true))
                    .first()
                    .click();
            assertThat(page.locator("h1")).hasText(DemoFixtures.BITHU_BRANCH);
            assertThat(page.locator("#units")).containsText("Trường THPT Nguyễn Trãi");
            assertThat(page.locator("#terms")).containsText("Bí thư");
            BrowserSupport.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "branch.png"))
                    .setFullPage(true));

            double normal = fontSize(page);
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Tăng cỡ chữ"))
                    .click();
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Tăng cỡ chữ"))
                    .click();
            assertThat(fontSize(page)).isGreaterThan(normal * 1.2);
            page.locator("[data-contrast]").click();
            assertThat(page.locator("html")).hasClass(Pattern.compile("high-contrast"));
            assertThat(page.locator("[data-contrast]")).hasAttribute("aria-pressed", "true");
            BrowserSupport.assertAccessible(page);

            // Remembered by the browser: another page keeps both choices.
            page.navigate(chromium.url("/organizations"));
            assertThat(page.locator("html")).hasClass(Pattern.compile("high-contrast"));
            assertThat(fontSize(page)).isGreaterThan(normal * 1.2);
            BrowserSupport.assertAccessible(page);

            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Cỡ chữ mặc định"))
                    .click();
            page.locator("[data-contrast]").click();
            assertThat(fontSize(page)).isEqualTo(normal);
            assertThat(page.locator("html")).not().hasClass(Pattern.compile("high-contrast"));

            // Another branch's page does not exist for her, just like a page that does not exist at all.
            long other = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
            Response denied = page.navigate(chromium.url("/organizations/" + other));
            assertThat(denied.status()).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Không tìm thấy trang");
            assertThat(page.locator("main")).not().containsText(DemoFixtures.OTHER_BRANCH);
            BrowserSupport.assertAccessible(page);
            Response missing = page.navigate(chromium.url("/organizations/999999"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Không tìm thấy trang");

            page.setViewportSize(375, 740);
            page.navigate(chromium.url("/"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "home-phone.png"))
                    .setFullPage(true));
            assertThat(page.locator(".a11y-toolbar")).isVisible();
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).isEqualTo(false);
        }
    }

    private static double fontSize(Page page) {
        return ((Number) page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)"))
                .doubleValue();
    }
}
