package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.DemoFixtures;

/**
 * The committee member issues a month's guidance of branch meetings from its page and the branch's secretary reads it;
 * a unit's staff counts over time on its page; the members' participation in the branch's meetings. Each page free of
 * axe violations.
 */
@BrowserTest
class MeetingGuidanceBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommitteeIssuesGuidanceAndTheSecretaryReadsIt(Chromium chromium) {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(chromium, context, "capuy");
            page.navigate(chromium.url("/meetings/guidance?org=" + sector));
            assertThat(page.locator("h1")).containsText("Hướng dẫn sinh hoạt chi bộ hằng tháng năm 2026");
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Tháng", new Page.GetByLabelOptions().setExact(true))
                    .fill("2027-02");
            page.getByLabel("Số hướng dẫn (ví dụ 25-HD/ĐU)").fill("31-HD/ĐU");
            page.getByLabel("Nội dung sinh hoạt định kỳ").fill("Sơ kết học kỳ I; phân công đảng viên kèm cặp.");
            page.getByLabel("Chuyên đề đề nghị").fill("Nêu gương của đảng viên là nhà giáo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu hướng dẫn"))
                    .click();
            assertThat(page.locator(".notice")).containsText("Đã lưu hướng dẫn sinh hoạt.");
            assertThat(page.locator("#month-2")).containsText("31-HD/ĐU");
            BrowserSupport.assertAccessible(page);

            long unit = jdbc.sql("SELECT id FROM organizations.unit WHERE organization_id = :b ORDER BY id LIMIT 1")
                    .param("b", branch)
                    .query(Long.class)
                    .single();
            page.navigate(chromium.url("/organizations/" + branch + "/units/" + unit + "/edit"));
            assertThat(page.locator("#history-heading")).isVisible();
            assertThat(page.locator("main table tbody tr")).hasCount(2);
            BrowserSupport.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(chromium, context, "bithu");
            page.navigate(chromium.url("/meetings/guidance?org=" + branch + "&year=2027"));
            assertThat(page.locator("#month-2")).containsText("Nêu gương của đảng viên là nhà giáo");
            assertThat(page.locator("#issue")).hasCount(0);
            // The guidance keeps the lines it was typed with (a class, since the pages' policy ignores inline styles).
            assertThat(page.locator(".guidance-content").first()).hasCSS("white-space", "pre-line");
            BrowserSupport.assertAccessible(page);

            // The members' participation in the branch's meetings of this year.
            page.navigate(chromium.url("/meetings/participation"));
            assertThat(page.locator("h1"))
                    .containsText("Tình hình tham gia sinh hoạt đảng của " + DemoFixtures.BITHU_BRANCH);
            assertThat(page.locator("main table tbody tr").first()).isVisible();
            BrowserSupport.assertAccessible(page);
        }
    }

    private static Page signIn(Chromium chromium, BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(chromium.url("/login"));
        page.getByLabel("Tên đăng nhập").fill(user);
        page.getByLabel("Mật khẩu").fill(DemoFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        return page;
    }
}
