package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import vn.chibo.DemoFixtures;

/** The browser of a {@link BrowserTest}, with the address of the application under test and its demo sign-in. */
public final class Chromium {

    private final Browser browser;
    private final String base;

    Chromium(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /** A fresh browser context (cookies of its own); close it with try-with-resources. */
    public BrowserContext newContext() {
        return browser.newContext();
    }

    public BrowserContext newContext(Browser.NewContextOptions options) {
        return browser.newContext(options);
    }

    /** The absolute address of a path of the application under test. */
    public String url(String path) {
        return base + path;
    }

    /** Signs in on the login page as a demo account (password {@link DemoFixtures#PASSWORD}) and waits for home. */
    public void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(DemoFixtures.PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true))
                .click();
        assertThat(page.locator("h1")).containsText("Xin chào");
    }
}
