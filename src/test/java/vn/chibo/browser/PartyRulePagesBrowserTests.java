package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.DemoFixtures;

/**
 * The pages issue 18 changed, used by the committee member, free of axe violations: the scoring templates with their
 * sources and the form to load a committee's own sheet, the badge list with its "presented" action, a member's record
 * with her votes and the life-cycle form, a committee meeting's list of seats, and the papers printed for a meeting.
 */
@BrowserTest
class PartyRulePagesBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theCommitteeMemberUsesTheTemplatesTheBadgeListAMemberAndACommitteeMeeting(Chromium chromium) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(chromium.url("/login"));
            page.getByLabel("Tên đăng nhập").fill("capuy");
            page.getByLabel("Mật khẩu").fill(DemoFixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();

            page.navigate(chromium.url("/meetings/templates"));
            assertThat(page.locator("main")).containsText("phường An Phú");
            assertThat(page.locator("main")).containsText("chưa đối chiếu văn bản gốc");
            assertThat(page.locator("#load-heading")).isVisible();
            BrowserSupport.assertAccessible(page);

            long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
            LocalDate today = LocalDate.now(clock);
            page.navigate(chromium.url("/members/badges?org=" + branch + "&date=" + today));
            BrowserSupport.assertAccessible(page);

            long member = jdbc.sql("SELECT id FROM members.member WHERE organization_id = :b AND status = 'OFFICIAL'"
                            + " ORDER BY id LIMIT 1")
                    .param("b", branch)
                    .query(Long.class)
                    .single();
            page.navigate(chromium.url("/members/" + member));
            assertThat(page.locator("#record-event")).containsText("Biểu quyết của chi bộ");
            assertThat(page.locator("#record-badge")).isVisible();
            BrowserSupport.assertAccessible(page);

            long committeeMeeting = jdbc.sql(
                            "SELECT id FROM meetings.meeting WHERE organization_id = :b AND kind = 'COMMITTEE'"
                                    + " AND status = 'CLOSED' ORDER BY meeting_date DESC LIMIT 1")
                    .param("b", branch)
                    .query(Long.class)
                    .single();
            page.navigate(chromium.url("/meetings/" + committeeMeeting));
            assertThat(page.locator("#attendance tbody tr").first()).containsText("Bí thư");
            BrowserSupport.assertAccessible(page);

            // The papers printed for a planned meeting held without a network: four parts, each accessible.
            long planned = jdbc.sql("SELECT id FROM meetings.meeting WHERE organization_id = :b AND status = 'PLANNED'"
                            + " ORDER BY meeting_date LIMIT 1")
                    .param("b", branch)
                    .query(Long.class)
                    .single();
            page.navigate(chromium.url("/meetings/" + planned));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bộ giấy tờ in (họp không có mạng)"))
                    .click();
            assertThat(page.locator("h1")).containsText("Bộ giấy tờ in");
            assertThat(page.locator(".paper-page")).hasCount(4);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In bộ giấy tờ")))
                    .isVisible();
            BrowserSupport.assertAccessible(page);
        }
    }
}
