package vn.chibo.organizations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.DemoFixtures;
import vn.chibo.browser.BrowserSupport;
import vn.chibo.browser.BrowserTest;
import vn.chibo.browser.Chromium;
import vn.chibo.platform.CurrentUser;

/** A committee member corrects a unit, a term and the committee in the browser, on pages free of axe violations. */
@BrowserTest
class OrganizationCorrectionBrowserTests {

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationUnits organizationUnits;

    @Autowired
    OrganizationTerms organizationTerms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommitteeCorrectsAUnitATermAndASeat(Chromium chromium) {
        CurrentUser system = CurrentUser.system();
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        OrganizationId branch = organizations.create(
                system,
                sector,
                new OrganizationDraft(
                        "Chi bộ Trường THCS Sửa Trong Trình Duyệt",
                        null,
                        OrganizationType.BRANCH,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        null,
                        null));
        organizationUnits.addUnit(
                system,
                branch,
                new UnitDraft(
                        "Trường THCS Quyết Thắng",
                        UnitKind.LOWER_SECONDARY_SCHOOL,
                        null,
                        3,
                        40,
                        5,
                        LocalDate.of(2026, 1, 1)));
        organizationTerms.addTerm(system, branch, "2020–2025", LocalDate.of(2020, 5, 1), LocalDate.of(2025, 5, 1));
        long term = organizationTerms.addTerm(
                system, branch, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 11, 1));
        organizationTerms.addCommitteeSeat(
                system, branch, term, "Ngô Thị Hạnh", Position.SECRETARY, LocalDate.of(2025, 5, 1), null, null);
        long member = organizationTerms.addCommitteeSeat(
                system, branch, term, "Lý Văn Nam", Position.MEMBER, LocalDate.of(2025, 5, 1), null, null);

        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "capuy");

            page.navigate(chromium.url("/organizations/" + branch.value()));
            BrowserSupport.assertAccessible(page);

            // A term that would overlap the one before it is refused on the form, with the input kept.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa nhiệm kỳ 2025–2027"))
                    .click();
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Tên nhiệm kỳ").fill("2025–2030");
            page.getByLabel("Ngày bắt đầu").fill("2025-04-01");
            page.getByLabel("Ngày kết thúc").fill("2030-05-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT))
                    .containsText("Ngày bắt đầu: Nhiệm kỳ này trùng thời gian với một nhiệm kỳ đã có.");
            assertThat(page.getByLabel("Tên nhiệm kỳ")).hasValue("2025–2030");
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Ngày bắt đầu").fill("2025-05-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("#terms")).containsText("Nhiệm kỳ 2025–2030");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa đơn vị Trường THCS Quyết Thắng"))
                    .click();
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Giáo viên", new Page.GetByLabelOptions().setExact(true))
                    .fill("46");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("#units")).containsText("46");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa cấp ủy viên Lý Văn Nam"))
                    .click();
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Chức vụ").selectOption("DEPUTY_SECRETARY");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("#terms")).containsText("Phó Bí thư");

            page.locator("#seat-end-" + member).fill("2026-03-31");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thôi giữ chức: Lý Văn Nam"))
                    .click();
            assertThat(page.locator("#terms")).containsText("31/03/2026");
            assertThat(page.locator("#seat-end-" + member)).hasCount(0);
            BrowserSupport.assertAccessible(page);
        }
    }
}
