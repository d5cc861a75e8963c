package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.DemoFixtures;

/**
 * The clerk records a thematic meeting the way seed 002 describes one: attendance, a report, several opinions, the
 * chair's conclusion and a resolution adopted unanimously; she scores it and downloads the minutes.
 */
@BrowserTest
class ClerkMeetingBrowserTests {

    /** The application's clock: the tests run as of its day, whatever day it is. */
    @Autowired
    Clock clock;

    @Test
    void theClerkRecordsAThematicMeetingScoresItAndDownloadsTheMinutes(Chromium chromium) throws Exception {
        try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            chromium.signIn(page, "vanthu");

            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Điều hướng chính"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sinh hoạt chi bộ"))
                    .click();
            assertThat(page.locator("h1")).containsText("Lịch sinh hoạt năm");
            BrowserSupport.assertAccessible(page);

            LocalDate day = LocalDate.now(clock).minusDays(1);
            page.locator("#s-org")
                    .selectOption(
                            new com.microsoft.playwright.options.SelectOption().setLabel(DemoFixtures.BITHU_BRANCH));
            page.locator("#s-kind").selectOption("THEMATIC");
            page.locator("#s-date").fill(day.toString());
            page.locator("#s-time").fill("14:00");
            page.locator("#s-topic").fill("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần trách nhiệm");
            page.locator("#s-place").fill("Phòng họp tầng 2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lên lịch"))
                    .click();
            assertThat(page.locator("h1")).containsText("Sinh hoạt chuyên đề");

            page.locator("#endsAt").fill("15:50");
            page.locator("#chair").fill("Trần Thị Minh Hằng");
            page.locator("#clerk").fill("Phạm Thu Trang");
            page.locator("#documentsSharedOn").fill(day.minusDays(2).toString());
            page.locator("#conclusion")
                    .fill("Chi bộ thống nhất mỗi đảng viên đăng ký một việc làm cụ thể gắn với nhiệm vụ dạy học.");
            page.locator("#session")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("[role=status]").first()).containsText("Đã lưu");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lấy danh sách đảng viên của chi bộ"))
                    .click();
            Locator rows = page.locator("#attendance tbody tr");
            assertThat(rows.first()).isVisible();
            rows.nth(1).locator("select").selectOption("ABSENT_EXCUSED");
            rows.nth(1).locator("input").fill("Đi tập huấn chuyên môn");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu điểm danh"))
                    .click();
            assertThat(page.locator("#attendance")).containsText("Vắng có lý do");

            page.locator("#r-presenter").fill("Trần Thị Minh Hằng");
            page.locator("#r-title").fill("Báo cáo chuyên đề về tinh thần trách nhiệm của nhà giáo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm báo cáo"))
                    .click();
            assertThat(page.locator("#reports")).containsText("Báo cáo chuyên đề");

            String[] opinions = {
                "Đề nghị mỗi tổ chuyên môn chọn một tấm gương tiêu biểu để nhân rộng.",
                "Cần gắn việc học tập với đánh giá viên chức cuối năm.",
                "Đề xuất tổ chức chuyên đề cấp trường vào tháng tới."
            };
            for (int i = 0; i < opinions.length; i++) {
                page.locator("#o-member").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(i));
                page.locator("#o-summary").fill(opinions[i]);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm ý kiến"))
                        .click();
            }
            assertThat(page.locator("#opinions")).containsText("3 lượt ý kiến");

            String hint = page.locator("#d-hint").textContent();
            Matcher denominator = Pattern.compile("quy định: (\\d+)").matcher(hint);
            assertThat(denominator.find()).isTrue();
            // Everyone present who may vote agrees; the member absent with a reason stays in the denominator (issue
            // 18).
            Matcher voters = Pattern.compile("được biểu quyết: (\\d+)").matcher(hint);
            assertThat(voters.find()).isTrue();
            org.assertj.core.api.Assertions.assertThat(Integer.parseInt(voters.group(1)))
                    .isEqualTo(Integer.parseInt(denominator.group(1)) - 1);
            page.locator("#d-title").fill("Nghị quyết chuyên đề quý IV");
            page.locator("#d-content").fill("I. MỤC TIÊU\nMỗi đảng viên đăng ký và thực hiện một việc làm cụ thể.");
            page.locator("#d-agree").fill(voters.group(1));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi kết quả biểu quyết"))
                    .click();
            assertThat(page.locator("#decisions")).containsText("Được thông qua");
            assertThat(page.locator("#decisions"))
                    .containsText("Tán thành " + voters.group(1) + "/" + denominator.group(1));
            BrowserSupport.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận đã sinh hoạt"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chấm điểm chất lượng"))
                    .click();
            assertThat(page.locator("h1")).containsText("Chấm điểm sinh hoạt");
            Locator inputs = page.locator("input[name^=criterion_]");
            for (int i = 0; i < inputs.count(); i++) {
                Locator row = inputs.nth(i).locator("xpath=ancestor::tr");
                inputs.nth(i).fill(row.locator("td.num").first().textContent().strip());
            }
            BrowserSupport.assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu phiếu chấm"))
                    .click();
            assertThat(page.locator("main")).containsText("Xếp loại:");
            assertThat(page.locator("[role=status]").first()).containsText("Đã lưu phiếu chấm điểm");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Sinh hoạt chuyên đề")))
                    .click();
            Download download = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Biên bản (DOCX)"))
                            .click());
            try (InputStream in = Files.newInputStream(download.path());
                    XWPFDocument docx = new XWPFDocument(in);
                    XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                assertThat(text.getText())
                        .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                        .contains("BIÊN BẢN")
                        .contains("Đi tập huấn chuyên môn")
                        .contains("Cần gắn việc học tập với đánh giá viên chức cuối năm.")
                        .contains("Nghị quyết chuyên đề quý IV: tán thành");
            }
        }
    }
}
