package vn.chibo.elections;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.DemoFixtures;
import vn.chibo.browser.BrowserSupport;
import vn.chibo.browser.BrowserTest;
import vn.chibo.browser.Chromium;
import vn.chibo.members.MemberDetails;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.platform.CurrentUser;

/**
 * A member of the committee (capuy) runs a branch congress in the browser from convening to the new committee's seats:
 * convenes it, records an absence, creates the committee election, elects its counting committee, holds the
 * preparatory session (which opens the congress), enters the paper ballots, counts, elects the secretary on
 * single-name ballots, seats the new committee and seals the ballots; every page passes axe-core.
 */
@BrowserTest
class CongressBrowserTests {

    static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    @Autowired
    Clock clock;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms organizationTerms;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressAttendance attendance;

    @Test
    void aBranchCongressFromConveningToTheNewCommitteesSeats(Chromium chromium) {
        LocalDate today = LocalDate.now(clock);
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, organizationTerms, members, sector, today.minusDays(10), 10, 1);
        List<String> names = branch.official().stream().map(this::name).toList();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "capuy");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đại hội, bầu cử"))
                    .click();
            assertThat(page.locator("h1")).hasText("Đại hội và bầu cử");
            BrowserSupport.assertAccessible(page);

            Locator convene = page.locator("#convene form");
            convene.getByLabel("Tổ chức", EXACT)
                    .selectOption(Long.toString(branch.id().value()));
            convene.getByLabel("Hình thức", EXACT).selectOption("MEMBERS");
            convene.getByLabel("Đại hội lần thứ", EXACT).fill("2");
            convene.getByLabel("Ngày khai mạc", EXACT).fill(today.toString());
            convene.getByLabel("Nhiệm kỳ mới từ ngày", EXACT)
                    .fill(today.plusDays(1).toString());
            convene.getByLabel("Nhiệm kỳ mới đến ngày", EXACT)
                    .fill(today.plusDays(1).plusMonths(30).toString());
            convene.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Triệu tập đại hội"))
                    .click();
            assertThat(page.locator("h1")).containsText("Đại hội lần thứ Hai");
            assertThat(page.locator(".notice")).containsText("Đã triệu tập đại hội");
            BrowserSupport.assertAccessible(page);
            String congressUrl = page.url().replaceAll("#.*", "");

            // One member is away on training, a reason the convening committee accepts: the denominator is 9.
            Locator absent =
                    page.locator("#attendee-" + branch.official().get(9).value());
            absent.getByLabel("Điểm danh", EXACT).selectOption("ABSENT");
            absent.getByLabel("Lý do vắng", EXACT).fill("Đi tập huấn");
            absent.getByLabel("Cấp ủy triệu tập chấp nhận lý do", EXACT).check();
            absent.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("dl.facts")).containsText("9");

            Locator create = page.locator("#elections form");
            create.getByLabel("Bầu", EXACT).selectOption("COMMITTEE");
            create.getByLabel("Số lượng cần bầu", EXACT).fill("3");
            for (int i = 0; i < 4; i++) {
                create.getByLabel(names.get(i), new Locator.GetByLabelOptions().setExact(true))
                        .check();
            }
            create.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạo cuộc bầu"))
                    .click();
            assertThat(page.locator("h1")).containsText("Bầu Ban chấp hành");
            assertThat(page.locator("#list")).containsText(names.get(3));
            BrowserSupport.assertAccessible(page);
            String committeeUrl = page.url().replaceAll("#.*", "");

            electCountingCommittee(page, names.get(5), names.get(6));
            // The preparatory session elects the presidium, the secretariat and the counting committee by show of
            // hands (all nine present in favour, as the form proposes) and opens the congress.
            page.navigate(congressUrl);
            Locator preparatory = page.locator("#sessions form").first();
            preparatory.getByLabel("Ngày họp", EXACT).fill(today.toString());
            preparatory
                    .locator("#b-PRESIDIUM-" + branch.official().get(0).value())
                    .check();
            preparatory
                    .locator("#b-SECRETARIAT-" + branch.official().get(1).value())
                    .check();
            preparatory
                    .locator("#b-COUNTING_COMMITTEE-" + branch.official().get(5).value())
                    .check();
            preparatory
                    .locator("#b-COUNTING_COMMITTEE-" + branch.official().get(6).value())
                    .check();
            preparatory.getByLabel("Chương trình làm việc của Đại hội", EXACT).fill("Khai mạc; bầu cử; bế mạc.");
            preparatory.getByLabel("Quy chế làm việc của Đại hội", EXACT).fill("Biểu quyết giơ tay; bầu kín.");
            preparatory
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu phiên trù bị"))
                    .click();
            assertThat(page.locator("#sessions")).containsText("Phiên trù bị ngày");
            assertThat(page.locator("#sessions")).containsText(names.get(0) + " (Chủ tọa)");
            assertThat(page.locator("#sessions")).containsText("Quy chế làm việc: 9/9 tán thành");
            BrowserSupport.assertAccessible(page);

            page.navigate(committeeUrl);
            issue(page, 9);
            // Nine ballots: eight keep the first three names, one keeps all four (invalid: more names than seats).
            for (int b = 0; b < 9; b++) {
                Locator entry = page.locator("#entry form");
                for (int i = 0; i < (b == 8 ? 4 : 3); i++) {
                    entry.getByLabel(names.get(i), new Locator.GetByLabelOptions().setExact(true))
                            .check();
                }
                entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nhập phiếu này"))
                        .click();
                assertThat(page.locator("#entry [role=status]")).containsText("Đã nhập phiếu số " + (b + 1));
            }
            assertThat(page.locator("#entry [role=status]")).containsText("không hợp lệ");
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Số phiếu thu vào (Ban kiểm phiếu đếm)", new Page.GetByLabelOptions().setExact(true))
                    .fill("9");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Kiểm phiếu").setExact(true))
                    .click();
            assertThat(page.locator("#results")).containsText("Đã bầu đủ số lượng");
            assertThat(page.locator("#results")).containsText("88,89%");
            BrowserSupport.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "election.png"))
                    .setFullPage(true));

            // The secretary, from the committee just elected, on single-name ballots.
            page.navigate(congressUrl);
            Locator secretary = page.locator("#elections form");
            secretary.getByLabel("Bầu", EXACT).selectOption("SECRETARY");
            secretary.getByLabel("Số lượng cần bầu", EXACT).fill("1");
            secretary
                    .getByLabel(names.get(0), new Locator.GetByLabelOptions().setExact(true))
                    .check();
            secretary
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạo cuộc bầu"))
                    .click();
            assertThat(page.locator("h1")).containsText("Bầu Bí thư");
            electCountingCommittee(page, names.get(5), names.get(6));
            issue(page, 9);
            for (int b = 0; b < 9; b++) {
                page.locator("#entry form")
                        .getByLabel(b < 8 ? "Đồng ý" : "Không đồng ý", new Locator.GetByLabelOptions().setExact(true))
                        .check();
                page.locator("#entry form")
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Nhập phiếu này"))
                        .click();
                assertThat(page.locator("#entry [role=status]")).containsText("Đã nhập phiếu số " + (b + 1));
            }
            BrowserSupport.assertAccessible(page);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Kiểm phiếu").setExact(true))
                    .click();
            assertThat(page.locator("#results")).containsText("Đã bầu đủ số lượng");

            page.navigate(congressUrl);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Chuyển kết quả thành cấp ủy nhiệm kỳ mới"))
                    .click();
            assertThat(page.locator(".notice")).containsText("Cấp ủy khóa mới");
            assertThat(page.locator("#status")).containsText("đang chờ cấp trên chuẩn y");
            BrowserSupport.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "congress.png"))
                    .setFullPage(true));

            // The counting committee seals the committee election's ballots and hands them over.
            Locator seal = page.locator("#ballots form").first();
            seal.getByLabel("Người niêm phong (Trưởng ban kiểm phiếu)", EXACT).fill(names.get(5));
            seal.getByLabel("Người nhận bàn giao", EXACT).fill(names.get(0));
            seal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Niêm phong và bàn giao"))
                    .click();
            assertThat(page.locator("#ballots")).containsText("do " + names.get(5) + " niêm phong");
            BrowserSupport.assertAccessible(page);

            // The presidium puts the closing on the hall screen with its minutes; the screen counts them down.
            Locator floor = page.locator("#floor form").last();
            floor.getByLabel("Nội dung khác", EXACT).fill("Bế mạc Đại hội");
            floor.getByLabel("Người trình bày (để trống: tác giả văn kiện)", EXACT)
                    .fill(names.get(0));
            floor.getByLabel("Thời gian trình bày (phút)", EXACT).fill("5");
            floor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đưa lên màn hình"))
                    .click();
            assertThat(page.locator(".notice")).containsText("Đã đưa nội dung lên màn hình hội trường");
            assertThat(page.locator("#floor")).containsText("Bế mạc Đại hội");
            BrowserSupport.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Màn hình hội trường"))
                    .click();
            assertThat(page.locator(".hall-floor")).containsText("Bế mạc Đại hội");
            assertThat(page.locator(".hall-floor")).containsText("Trình bày: đồng chí " + names.get(0));
            assertThat(page.locator(".hall-countdown-time")).hasText(java.util.regex.Pattern.compile("0[45]:[0-5]\\d"));
            String shown = page.locator(".hall-countdown-time").textContent();
            page.waitForTimeout(2100);
            assertThat(page.locator(".hall-countdown-time")).not().hasText(shown);
            BrowserSupport.assertAccessible(page);
            page.navigate(congressUrl);
            page.locator("#floor")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kết thúc nội dung này"))
                    .click();
            assertThat(page.locator(".notice")).containsText("Đã kết thúc nội dung");

            // The list of speakers: the presidium adds a delegate and gives her the floor.
            Locator addSpeaker = page.locator("#speakers form").last();
            addSpeaker
                    .getByLabel("Đại biểu", EXACT)
                    .selectOption(Long.toString(branch.official().get(1).value()));
            addSpeaker.getByLabel("Nội dung phát biểu", EXACT).fill("Nâng cao chất lượng sinh hoạt chi bộ");
            addSpeaker
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm vào danh sách phát biểu"))
                    .click();
            assertThat(page.locator(".notice")).containsText("Đã thêm vào danh sách đăng ký phát biểu");
            BrowserSupport.assertAccessible(page);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Mời đồng chí " + names.get(1) + " phát biểu"))
                    .click();
            assertThat(page.locator(".notice")).containsText("Đã mời phát biểu");
            assertThat(page.locator("#floor")).containsText("Nâng cao chất lượng sinh hoạt chi bộ");
            assertThat(page.locator("#speakers")).containsText("Đang phát biểu");

            page.navigate(chromium.url("/organizations/" + branch.id().value()));
            assertThat(page.locator("#terms")).containsText(names.get(0));
            assertThat(page.locator("#terms")).containsText(names.get(2));
            assertThat(page.locator("#terms")).containsText("Bí thư");
            BrowserSupport.assertAccessible(page);
        }
    }

    /** The committee follows its organizations' congresses of a season on one board, and changes the year. */
    @Test
    void theCommitteeFollowsTheCongressSeasonOnTheProgressBoard(Chromium chromium) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "capuy");
            page.navigate(chromium.url("/congresses"));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Tiến độ và kết quả đại hội các tổ chức (tổng hợp, tải XLSX)"))
                    .click();
            assertThat(page.locator("h1")).containsText("Tiến độ và kết quả đại hội năm");
            assertThat(page.locator("#totals")).containsText("Đã tiến hành đại hội");
            assertThat(page.locator("#progress tbody tr").first()).containsText(DemoFixtures.SECTOR_COMMITTEE);
            BrowserSupport.assertAccessible(page);
            String year =
                    page.locator("main form").getByLabel("Năm đại hội", EXACT).inputValue();
            page.locator("main form")
                    .getByLabel("Năm đại hội", EXACT)
                    .fill(Integer.toString(Integer.parseInt(year) - 30));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem"))
                    .click();
            assertThat(page.locator("#totals")).containsText("Đã tiến hành đại hội 0/");
            assertThat(page.locator("#progress")).containsText("Chưa triệu tập");
            BrowserSupport.assertAccessible(page);
        }
    }

    /**
     * The particulars of those a branch congress elected and the new committee's make-up on the congress page (it
     * passes axe-core), and the printed list downloaded from it.
     */
    @Test
    void theCongressPageListsThoseElectedWithTheirParticularsAndTheCommitteesMakeup(Chromium chromium) {
        long congress = jdbc.sql(
                        """
                        SELECT c.id FROM elections.congress c JOIN organizations.organization o ON o.id = c.organization_id
                        WHERE o.name = :n AND c.status = 'CLOSED' ORDER BY c.id LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "bithu");
            page.navigate(chromium.url("/congresses/" + congress));
            assertThat(page.locator("#elected-heading"))
                    .hasText("Danh sách trích ngang và cơ cấu những người trúng cử");
            assertThat(page.locator("#elected")).containsText("Chi ủy " + DemoFixtures.BITHU_BRANCH);
            assertThat(page.locator("#elected")).containsText("gồm 3 đồng chí: nữ");
            assertThat(page.locator("#elected tbody tr").first()).containsText("Trần Thị Minh Hằng");
            assertThat(page.locator("#elected tbody tr").first()).containsText("Bí thư");
            BrowserSupport.assertAccessible(page);
            com.microsoft.playwright.Download download = page.waitForDownload(() -> page.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("Danh sách trích ngang (PDF)"))
                    .click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                    .isEqualTo("danh-sach-trich-ngang-" + congress + ".pdf");
        }
    }

    /**
     * The news of a congress: the committee reads the draft of the secretary's branch congress, released in the demo, and
     * the portal's editor finds it on her dashboard and makes it a draft article.
     */
    @Test
    void theNewsOfAClosedCongressGoesFromTheCommitteeToThePortalsEditor(Chromium chromium) {
        long congress = jdbc.sql(
                        """
                        SELECT c.id FROM elections.congress c JOIN organizations.organization o ON o.id = c.organization_id
                        WHERE o.name = :n AND c.status = 'CLOSED' ORDER BY c.id LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "capuy");
            page.navigate(chromium.url("/congresses/" + congress));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Bản thảo tin bài")
                                    .setExact(true))
                    .click();
            assertThat(page.locator("h1")).hasText("Bản thảo tin bài về đại hội");
            assertThat(page.locator("article h2")).containsText(DemoFixtures.BITHU_BRANCH);
            assertThat(page.locator("article")).containsText("được bầu làm Bí thư");
            assertThat(page.locator("main")).containsText("Bản thảo đã được chuyển");
            BrowserSupport.assertAccessible(page);

            // The hall screen: the congress and its counted results, in large type, reloading its figures.
            page.navigate(chromium.url("/congresses/" + congress));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Màn hình hội trường"))
                    .click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/congresses/" + congress + "/screen$"));
            assertThat(page.locator("h1")).containsText(DemoFixtures.BITHU_BRANCH);
            assertThat(page.locator("#screen")).containsText("Kết quả bầu Bí thư");
            assertThat(page.locator("#screen")).containsText("Trần Thị Minh Hằng");
            BrowserSupport.assertAccessible(page);
            com.microsoft.playwright.Response reload = page.waitForResponse(
                    response -> response.url().endsWith("/congresses/" + congress + "/screen"),
                    new Page.WaitForResponseOptions().setTimeout(15_000),
                    () -> {});
            org.assertj.core.api.Assertions.assertThat(reload.status()).isEqualTo(200);
            assertThat(page.locator("#screen")).containsText("Trần Thị Minh Hằng");
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "bientap");
            page.navigate(chromium.url("/portal"));
            assertThat(page.locator("#congress-news-heading")).hasText("Tin từ đại hội");
            page.locator("a[href$='/portal/congresses/" + congress + "']").click();
            assertThat(page.locator("h1")).hasText("Đưa tin về đại hội lên cổng thông tin");
            BrowserSupport.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo bài viết nháp để biên tập"))
                    .click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/portal/articles/\\d+.*"));
            assertThat(page.locator("main")).containsText(DemoFixtures.BITHU_BRANCH);
            // The article remembers the congress; as drafted it states what the record holds.
            assertThat(page.locator("#article-source")).containsText("Bài viết dựng từ hồ sơ đại hội");
            assertThat(page.locator("main")).containsText("Không phát hiện lỗi nào.");
            BrowserSupport.assertAccessible(page);
        }
    }

    /**
     * The convening committee issues the delegate cards and prints them; at the door the desk's scanner types a card's
     * code and she is checked in; a misread code is refused next to the field. Both pages pass axe-core.
     */
    @Test
    void theCheckInDeskChecksInTheHolderOfAScannedCard(Chromium chromium) {
        LocalDate today = LocalDate.now(clock);
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, organizationTerms, members, sector, today.minusDays(10), 5, 0);
        CurrentUser committee = new CurrentUser(
                9321,
                "capuy-cua",
                "Cấp ủy thử",
                List.of(new vn.chibo.platform.Grant(sector.value(), vn.chibo.platform.Role.COMMITTEE)));
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        5,
                        today,
                        today.plusDays(1),
                        today.plusDays(1).plusMonths(30)));
        attendance.addParticipant(committee, id, "Hoàng Minh Châu", false, "Chuyên viên Ban Tổ chức");
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "capuy");
            page.navigate(chromium.url("/congresses/" + id.value()));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thẻ đại biểu và bàn điểm danh"))
                    .click();
            assertThat(page.locator("h1")).containsText("Thẻ đại biểu");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phát hành thẻ đại biểu"))
                    .click();
            assertThat(page.locator("#cards .notice")).containsText("Đã phát hành 5 thẻ mới");
            assertThat(page.locator(".delegate-card")).hasCount(5);
            assertThat(page.locator(".delegate-card svg[role=img]")).hasCount(5);
            // The guest invited has a card of her own, without a code.
            assertThat(page.locator(".guest-card")).hasCount(1);
            assertThat(page.locator(".guest-card")).containsText("Hoàng Minh Châu");
            assertThat(page.locator(".guest-card svg")).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In thẻ đại biểu")))
                    .isVisible();
            BrowserSupport.assertAccessible(page);
            Locator first = page.locator(".delegate-card").first();
            String holder = first.locator(".delegate-card-name").innerText();
            String code = first.locator(".delegate-card-code").innerText();
            Locator second = page.locator(".delegate-card").nth(1);
            String secondHolder = second.locator(".delegate-card-name").innerText();
            String secondCode =
                    second.locator(".delegate-card-code").innerText().replace(" ", "");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bàn điểm danh"))
                    .click();
            assertThat(page.locator("#checked-in")).hasText("Đã điểm danh 0/5 đại biểu.");
            // The scanner types into the field that has the focus, and ends with Enter.
            assertThat(page.locator("#code").getByLabel("Mã trên thẻ đại biểu", EXACT))
                    .isFocused();
            page.keyboard().type(code.replace(" ", ""));
            page.keyboard().press("Enter");
            assertThat(page.locator("#code [role=status]")).containsText("Đã điểm danh: " + holder);
            assertThat(page.locator("#checked-in")).hasText("Đã điểm danh 1/5 đại biểu.");
            BrowserSupport.assertAccessible(page);

            page.locator("#code").getByLabel("Mã trên thẻ đại biểu", EXACT).fill("K7Q2-MX4");
            page.locator("#code").getByLabel("Mã trên thẻ đại biểu", EXACT).press("Enter");
            assertThat(page.locator("#code .alert-error")).containsText("Mã thẻ đại biểu: gồm 8 ký tự");
            assertThat(page.locator("#checked-in")).hasText("Đã điểm danh 1/5 đại biểu.");
            BrowserSupport.assertAccessible(page);

            // A phone at the desk: the camera's photo of the second card is sent as soon as it is chosen.
            page.locator("#code")
                    .getByLabel("Hoặc chụp mã QR trên thẻ bằng camera điện thoại")
                    .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                            "IMG_0412.jpg", "image/jpeg", CardPhotos.of(secondCode)));
            assertThat(page.locator("#code [role=status]")).containsText("Đã điểm danh: " + secondHolder);
            assertThat(page.locator("#checked-in")).hasText("Đã điểm danh 2/5 đại biểu.");
            BrowserSupport.assertAccessible(page);

            // The guest arrives: the desk receives her, and the hall screen introduces her.
            page.locator("#guests")
                    .getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Ghi nhận khách mời Hoàng Minh Châu đã đến"))
                    .click();
            assertThat(page.locator("#guests [role=status]")).containsText("Đã đón khách mời: Hoàng Minh Châu.");
            assertThat(page.locator("#guests-heading")).hasText("Khách mời (đã đến 1/1)");
            BrowserSupport.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Màn hình hội trường"))
                    .click();
            assertThat(page.locator("body")).containsText("Hoàng Minh Châu");
        }
    }

    private void electCountingCommittee(Page page, String head, String member) {
        Locator form = page.locator("#counting form").first();
        form.getByLabel(head, new Locator.GetByLabelOptions().setExact(true)).check();
        form.getByLabel(member, new Locator.GetByLabelOptions().setExact(true)).check();
        form.getByLabel("Trưởng ban kiểm phiếu", EXACT)
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(head));
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu Ban kiểm phiếu"))
                .click();
        assertThat(page.locator("#counting")).containsText(head + " (Trưởng ban)");
    }

    private void issue(Page page, int issued) {
        page.getByLabel("Số phiếu phát ra", new Page.GetByLabelOptions().setExact(true))
                .fill(Integer.toString(issued));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi số phiếu phát ra"))
                .click();
        assertThat(page.locator("#entry")).isVisible();
    }

    private String name(MemberId id) {
        MemberDetails details = members.details(CurrentUser.system(), id);
        return details.particulars().fullName();
    }
}
