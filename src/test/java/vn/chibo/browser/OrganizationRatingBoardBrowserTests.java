package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;
import vn.chibo.reviews.MemberReview;
import vn.chibo.reviews.OpenOrganizationRating;
import vn.chibo.reviews.OpenReviewRound;
import vn.chibo.reviews.OrganizationRatingId;
import vn.chibo.reviews.OrganizationRatingManagement;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordMemberReview;
import vn.chibo.reviews.RecordOrganizationRating;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundId;

/**
 * The committee's page of its organizations' quality ratings as a committee member uses it, free of axe violations at
 * each step: she chooses her grassroots committee and the year, sees its two branches' proposals, opens one, is refused
 * a level above what the branch's facts allow (in Vietnamese, next to the form), decides Hoàn thành tốt nhiệm vụ with
 * the decision's number, returns the other branch's proposal with her remarks, and sees the board and its summary
 * (refreshed in place by htmx) say so. The committee and its branches are made here, a grassroots committee of their
 * own beside the sector's, so that the demo's proposals stay as other tests expect them and the excellence cap counts
 * no other test's organizations.
 */
@BrowserTest
class OrganizationRatingBoardBrowserTests {

    static final String PASSWORD = "mat-khau-xep-loai-2026";
    static final int YEAR = 2025;
    static final LocalDate CONFERENCE = LocalDate.of(2025, 12, 15);

    /** Birth dates no other test's members share, so that no member is refused as a duplicate of another. */
    static final java.util.concurrent.atomic.AtomicInteger BIRTHS =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 3000));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    OrganizationRatingManagement ratings;

    @Autowired
    UserManagement users;

    record Fixture(String committee, String decided, String returned, String account) {}

    private Fixture build() {
        long n = System.nanoTime() % 100000;
        long province = jdbc.sql("SELECT parent_id FROM organizations.organization WHERE id = :id")
                .param("id", DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE))
                .query(Long.class)
                .single();
        String committeeName = "Đảng bộ Trường Cao đẳng Sư phạm Duyệt " + n;
        OrganizationId sub = organizations.create(
                CurrentUser.system(),
                OrganizationId.of(province),
                organization(committeeName, OrganizationType.GRASSROOTS_COMMITTEE));
        CurrentUser committee =
                new CurrentUser(9504, "capuy-duyet", "Cấp ủy", List.of(new Grant(sub.value(), Role.COMMITTEE)));
        String decided = "Chi bộ Khoa Lịch sử " + n;
        String returned = "Chi bộ Khoa Địa lý " + n;
        for (String name : List.of(decided, returned)) {
            OrganizationId branch = organizations.create(committee, sub, organization(name, OrganizationType.BRANCH));
            member(committee, branch, "Nguyễn Thị Hạnh", LocalDate.of(2010, 3, 1));
            member(committee, branch, "Trần Văn Khoa", LocalDate.of(2012, 9, 1));
            membersApproved(committee, branch);
            OrganizationRatingId rating = ratings.open(committee, new OpenOrganizationRating(branch, YEAR, CONFERENCE));
            // QĐ 366: 85 points and 20% of tasks exceeded allow Hoàn thành tốt nhiệm vụ, not excellence (90 and 30%).
            ratings.record(
                    committee,
                    rating,
                    new RecordOrganizationRating(
                            100,
                            20,
                            100,
                            100,
                            false,
                            false,
                            null,
                            false,
                            false,
                            false,
                            BigDecimal.valueOf(85),
                            RatingLevel.GOOD,
                            RatingLevel.GOOD,
                            "Hoàn thành các chỉ tiêu nghị quyết năm học.",
                            ratings.details(committee, rating).version()));
            ratings.propose(committee, rating);
        }
        String account = "capuy-duyet-" + n;
        users.createUser(
                CurrentUser.system(), account, "Cấp ủy viên", PASSWORD, false, new Grant(sub.value(), Role.COMMITTEE));
        return new Fixture(committeeName, decided, returned, account);
    }

    private static OrganizationDraft organization(String name, OrganizationType type) {
        return new OrganizationDraft(name, null, type, "Bình Sơn", null, null, null, LocalDate.of(2000, 1, 1), null);
    }

    private void member(CurrentUser user, OrganizationId branch, String name, LocalDate admitted) {
        members.create(
                user,
                MemberDraft.minimal(
                        branch,
                        name,
                        Gender.FEMALE,
                        LocalDate.of(1975, 1, 1).plusDays(BIRTHS.incrementAndGet()),
                        admitted,
                        admitted.plusDays(14),
                        admitted.plusDays(14).plusYears(1)));
    }

    /** The branch's members' review, every rated member Hoàn thành nhiệm vụ (66 points), approved by the committee. */
    private void membersApproved(CurrentUser committee, OrganizationId branch) {
        ReviewRoundId round = reviews.open(committee, new OpenReviewRound(branch, YEAR, CONFERENCE));
        for (MemberReview m : reviews.details(committee, round).members()) {
            if (m.rated()) {
                reviews.record(committee, round, m.entryId(), completed(null, m.version()));
                MemberReview read = reviews.member(committee, round, m.entryId());
                reviews.record(committee, round, m.entryId(), completed(RatingLevel.COMPLETED, read.version()));
            }
        }
        reviews.propose(committee, round);
        reviews.approveAsProposed(committee, round);
    }

    private static RecordMemberReview completed(RatingLevel level, int version) {
        return new RecordMemberReview(
                0,
                false,
                false,
                100,
                false,
                false,
                false,
                false,
                BigDecimal.valueOf(66),
                false,
                0,
                true,
                level,
                level,
                null,
                version);
    }

    @Test
    void aCommitteeMemberDecidesOneBranchAndReturnsTheOther(Chromium chromium) {
        Fixture f = build();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(chromium.url("/login"));
            page.getByLabel("Tên đăng nhập").fill(f.account());
            page.getByLabel("Mật khẩu").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();

            // The board: her committee and the year chosen in the form.
            page.navigate(chromium.url("/reviews/organizations"));
            assertThat(page.locator("h1")).containsText("Xếp loại chất lượng tổ chức đảng");
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Tổ chức", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(f.committee()));
            page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).fill(Integer.toString(YEAR));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Xem").setExact(true))
                    .click();
            assertThat(page.locator("#organizations h2")).containsText(f.committee());
            assertThat(row(page, f.decided())).containsText("Đã đề nghị, chờ cấp trên quyết định");
            assertThat(row(page, f.returned())).containsText("Đã đề nghị, chờ cấp trên quyết định");
            assertThat(page.locator("#summary")).containsText("Đã quyết định");
            BrowserSupport.assertAccessible(page);

            // One branch: excellence refused, then Hoàn thành tốt nhiệm vụ decided with the decision's number.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem xếp loại của " + f.decided()))
                    .click();
            assertThat(page.locator("h1")).containsText(f.decided());
            assertThat(page.locator("#decision")).isVisible();
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Mức cấp trên quyết định").selectOption("EXCELLENT");
            page.locator("#d-note").fill("Quyết định số 301-QĐ/ĐU");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định xếp loại"))
                    .click();
            assertThat(page.locator("[role=alert]")).containsText("không thể được xếp loại");
            assertThat(page.locator("[role=alert]")).containsText("Hoàn thành xuất sắc nhiệm vụ");
            assertThat(page.locator(".badge").first()).containsText("Đã đề nghị, chờ cấp trên quyết định");
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Mức cấp trên quyết định").selectOption("GOOD");
            page.locator("#d-note").fill("Quyết định số 301-QĐ/ĐU");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quyết định xếp loại"))
                    .click();
            assertThat(page.locator("[role=status]")).containsText("Đã quyết định xếp loại.");
            assertThat(page.locator(".badge").first()).containsText("Cấp trên đã quyết định");
            assertThat(page.locator("#assessment")).containsText("Quyết định số 301-QĐ/ĐU");
            assertThat(page.locator("#decision")).hasCount(0);
            BrowserSupport.assertAccessible(page);

            // Back to the board by the breadcrumb, then the other branch returned with her remarks.
            page.locator("nav.breadcrumbs")
                    .getByRole(
                            AriaRole.LINK, new Locator.GetByRoleOptions().setName("Xếp loại chất lượng tổ chức đảng"))
                    .click();
            assertThat(row(page, f.decided())).containsText("Cấp trên đã quyết định");
            assertThat(row(page, f.decided()).locator("td").nth(4)).containsText("HTTNV");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem xếp loại của " + f.returned()))
                    .click();
            page.locator("#r-note").fill("Đề nghị bổ sung số liệu nhiệm vụ vượt mức.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại để tự đánh giá lại"))
                    .click();
            assertThat(page.locator("[role=status]")).containsText("Đã trả lại để tổ chức đảng tự đánh giá lại.");
            assertThat(page.locator(".badge").first()).containsText("Đang tự đánh giá");
            BrowserSupport.assertAccessible(page);

            // The board and its summary, refreshed in place: one decided, the other back with its branch.
            page.locator("nav.breadcrumbs")
                    .getByRole(
                            AriaRole.LINK, new Locator.GetByRoleOptions().setName("Xếp loại chất lượng tổ chức đảng"))
                    .click();
            assertThat(row(page, f.returned())).containsText("Đang tự đánh giá");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cập nhật tổng hợp"))
                    .click();
            assertThat(page.locator("#summary dt:text-is('Đã quyết định') + dd"))
                    .hasText("1");
            BrowserSupport.assertAccessible(page);
        }
    }

    private static Locator row(Page page, String organization) {
        return page.locator("#organizations tbody tr").filter(new Locator.FilterOptions().setHasText(organization));
    }
}
