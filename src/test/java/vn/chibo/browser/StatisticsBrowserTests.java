package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.DemoFixtures;

/** The committee opens the statistics from the navigation and narrows them to a branch, on pages free of axe violations. */
@BrowserTest
class StatisticsBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommitteeComparesItsBranchesAndNarrowsToOne(Chromium chromium) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "capuy");
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thống kê"))
                    .click();
            assertThat(page.locator("h1")).hasText("Thống kê đảng viên và tổ chức đảng");
            assertThat(page.locator("#report h2")).containsText(DemoFixtures.SECTOR_COMMITTEE);
            // Each branch is a row of the first table, named as a row header.
            assertThat(page.locator("table")
                            .first()
                            .getByRole(
                                    AriaRole.ROWHEADER,
                                    new Locator.GetByRoleOptions().setName(DemoFixtures.BITHU_BRANCH)))
                    .hasCount(1);
            assertThat(page.locator("#report .lead")).containsText(Pattern.compile("Tổng số [0-9.]+ đảng viên"));
            BrowserSupport.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "statistics.png"))
                    .setFullPage(true));

            long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
            page.getByLabel("Tổ chức đảng").selectOption(Long.toString(branch));
            assertThat(page.locator("#report h2")).containsText(DemoFixtures.BITHU_BRANCH);
            assertThat(page).hasURL(Pattern.compile("organization=" + branch));
            page.getByLabel("Số liệu đến ngày", new Page.GetByLabelOptions().setExact(true))
                    .fill("2025-06-30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                    .click();
            assertThat(page.locator("#report h2")).containsText("30/06/2025");
            BrowserSupport.assertAccessible(page);
        }
    }

    @Test
    void theCommitteeFollowsItsCongressTargetsYearByYearAndItsMembersRatings(Chromium chromium) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "capuy");
            page.navigate(chromium.url("/statistics"));
            Locator sections =
                    page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Các mục thống kê"));
            sections.getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions().setName("Thực hiện chỉ tiêu nghị quyết đại hội"))
                    .click();
            assertThat(page.locator("h1")).hasText("Thực hiện chỉ tiêu nghị quyết đại hội");
            assertThat(page.locator("#report h2")).containsText(DemoFixtures.SECTOR_COMMITTEE);
            assertThat(page.locator("#report h2")).containsText("nhiệm kỳ");
            // The demo's approved reviews: the sector's first year reached, this year without figures yet.
            Locator members = page.locator("table.target")
                    .filter(new Locator.FilterOptions()
                            .setHasText("Đảng viên được đánh giá hoàn thành tốt nhiệm vụ trở lên"));
            assertThat(members).hasCount(1);
            assertThat(members.locator(".badge.target-REACHED")).hasCount(1);
            assertThat(members.locator(".badge.target-NO_DATA")).hasCount(1);
            // The branches' ratings the committee decided for the demo year measure the target on branches.
            Locator branches = page.locator("table.target")
                    .filter(new Locator.FilterOptions()
                            .setHasText("Chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên"));
            assertThat(branches).hasCount(1);
            assertThat(branches).containsText("tổ chức đảng được xếp loại");
            assertThat(page.locator(".badge.target-NOT_REACHED").first()).hasText("Chưa đạt");
            BrowserSupport.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "statistics-targets.png"))
                    .setFullPage(true));

            sections.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Xếp loại chất lượng đảng viên"))
                    .click();
            assertThat(page.locator("h1")).hasText("Xếp loại chất lượng đảng viên");
            assertThat(page.locator("#ratings-table tfoot tr").first().locator("th"))
                    .hasText("Tổng cộng");
            assertThat(page.locator("#ratings-table tfoot tr.share th")).hasText("Tỷ lệ so với tổng số");
            BrowserSupport.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "statistics-ratings.png"))
                    .setFullPage(true));
        }
    }
}
