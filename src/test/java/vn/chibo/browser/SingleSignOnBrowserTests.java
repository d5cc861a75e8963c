package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import testsupport.oidc.SingleSignOnTest;
import testsupport.oidc.SingleSignOnTestBase;
import testsupport.oidc.TestOidcProvider;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.UserManagement;

/**
 * In Chromium, against a real OpenID Connect provider: the sign-in page offers it, a provider account not yet linked
 * is turned away with what to do, its holder links it from her account page and then signs in with it; every page on
 * the way free of axe violations.
 */
@SingleSignOnTest
@ExtendWith(ChromiumExtension.class)
class SingleSignOnBrowserTests extends SingleSignOnTestBase {

    private static final String PASSWORD = "Mat-khau-ChiBo-2026";

    @Autowired
    UserManagement users;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aMemberLinksHerProviderAccountAndSignsInWithIt(Chromium chromium) {
        transaction.executeWithoutResult(
                s -> users.createUser(CurrentUser.system(), "sso.duc", "Phạm Minh Đức", PASSWORD, false));
        // 127.0.0.1, not localhost: the provider takes its answers back to any port of the loopback address only.
        String chibo = chromium.url("").replace("//localhost:", "//127.0.0.1:");
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(chibo + "/login");
            BrowserSupport.assertAccessible(page);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Đăng nhập bằng Cổng xác thực thử nghiệm"))
                    .click();
            signInAtProvider(page);
            assertThat(page.locator("[role=alert]")).containsText("chưa được liên kết với tài khoản ChiBo nào");
            BrowserSupport.assertAccessible(page);

            page.getByLabel("Tên đăng nhập").fill("sso.duc");
            page.getByLabel("Mật khẩu").fill(PASSWORD);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true))
                    .click();
            assertThat(page.locator("h1")).containsText("Phạm Minh Đức");
            page.navigate(chibo + "/account/password");
            assertThat(page.locator("#sso")).containsText("Đăng nhập một lần");
            BrowserSupport.assertAccessible(page);
            // The provider remembers her from a moment ago: it answers at once.
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Liên kết với Cổng xác thực thử nghiệm"))
                    .click();
            assertThat(page.locator("#sso [role=status]"))
                    .hasText("Đã liên kết: từ nay bạn có thể đăng nhập bằng Cổng xác thực thử nghiệm.");
            assertThat(page.locator("#sso-linked")).containsText("“pham.minh.duc”");
            BrowserSupport.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "sso-linked.png"))
                    .setFullPage(true));
        }

        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(chibo + "/login");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Đăng nhập bằng Cổng xác thực thử nghiệm"))
                    .click();
            signInAtProvider(page);
            assertThat(page.locator("h1")).containsText("Xin chào, Phạm Minh Đức");
            BrowserSupport.assertAccessible(page);
        }
    }

    /** The provider's own sign-in form (Spring Security's). */
    private static void signInAtProvider(Page page) {
        page.locator("input[name=username]").fill("pham.minh.duc");
        page.locator("input[name=password]").fill(TestOidcProvider.PASSWORD);
        page.locator("button[type=submit]").click();
    }
}
