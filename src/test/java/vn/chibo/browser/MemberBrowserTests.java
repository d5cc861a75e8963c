package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The secretary imports a small file with the progress bar, finds a member without diacritics and opens her record. */
@BrowserTest
class MemberBrowserTests {

    @Test
    void theSecretaryImportsAFileFindsAMemberAndOpensHerRecord(Chromium chromium) throws Exception {
        Path file = Files.createTempFile("members", ".csv");
        Files.writeString(
                file,
                "Họ và tên,Giới tính,Ngày sinh,Số CCCD,Dân tộc,Lý luận chính trị,Ngày vào Đảng,Ngày lễ kết nạp,"
                        + "Ngày chính thức\n"
                        + "Quách Thị Ngọc Diệp,Nữ,14/02/1987,036187009911,Kinh,Trung cấp,03/02/2012,19/05/2012,"
                        + "19/05/2013\n"
                        + "Tôn Thất Đăng Khoa,Nam,02/09/1983,036083009912,Kinh,Sơ cấp,03/02/2010,19/05/2010,\n",
                StandardCharsets.UTF_8);
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "bithu");

            page.navigate(chromium.url("/members/import"));
            assertThat(page.locator("h1")).hasText("Nhập đảng viên từ tệp");
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Tệp cần nhập").setInputFiles(file);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu nhập"))
                    .click();
            assertThat(page.locator("#import-bar")).isVisible();
            assertThat(page.locator("#import-result")).hasText("Đã nhập 2 đảng viên; 0 dòng bị từ chối.");
            assertThat(page.locator("#import-bar")).hasAttribute("value", "100");
            BrowserSupport.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem danh sách đảng viên"))
                    .click();
            assertThat(page.locator("h1")).hasText("Đảng viên");
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Tìm theo họ tên").fill("quach thi ngoc diep");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc"))
                    .click();
            assertThat(page.locator("#results")).containsText("1 đảng viên");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quách Thị Ngọc Diệp"))
                    .click();
            assertThat(page.locator("h1")).hasText("Quách Thị Ngọc Diệp");
            assertThat(page.locator("#citizen-id")).hasText("036187009911");
            assertThat(page.locator("#history")).containsText("Công nhận đảng viên chính thức");
            BrowserSupport.assertAccessible(page);

            // She corrects the record in place, then records a reward with its decision.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa hồ sơ"))
                    .click();
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Chuyên môn, nghiệp vụ").fill("Cử nhân Sư phạm Sinh học");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu các thay đổi của hồ sơ.");
            assertThat(page.locator("main")).containsText("Cử nhân Sư phạm Sinh học");
            page.getByLabel("Nội dung, lý do").fill("Hoàn thành xuất sắc nhiệm vụ năm học");
            page.locator("#d-decisionDate").fill("2025-06-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi khen thưởng, kỷ luật"))
                    .click();
            assertThat(page.locator("#rewards-and-discipline")).containsText("Hoàn thành xuất sắc nhiệm vụ năm học");
            BrowserSupport.assertAccessible(page);

            for (String other : new String[] {"/members/new", "/members/badges", "/members/print"}) {
                page.navigate(chromium.url(other));
                assertThat(page.locator("h1")).isVisible();
                BrowserSupport.assertAccessible(page);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aMemberSeesHerOwnRecordAndAsksForACorrection(Chromium chromium) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "dangvien");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hồ sơ của tôi"))
                    .click();
            assertThat(page.locator("h1")).hasText("Vũ Thị Thanh Hương");
            BrowserSupport.assertAccessible(page);
            page.getByLabel("Mục cần đính chính").fill("Nơi sinh");
            page.getByLabel("Nội dung đúng").fill("Xã Bình Minh, tỉnh Bình Sơn");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi đề nghị"))
                    .click();
            assertThat(page.locator("#main")).containsText("Đã gửi đề nghị đính chính tới bí thư chi bộ.");
            assertThat(page.locator("#correction"))
                    .containsText("Nơi sinh: Xã Bình Minh, tỉnh Bình Sơn (đang chờ xem xét)");
            BrowserSupport.assertAccessible(page);
        }
    }

    @Test
    void aMemberWritesHerSelfReviewBeforeTheBranchsReviewMeeting(Chromium chromium) {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "dangvien");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kiểm điểm của tôi"))
                    .click();
            assertThat(page.locator("h1")).hasText("Bản tự kiểm điểm của tôi");
            BrowserSupport.assertAccessible(page);
            com.microsoft.playwright.Locator round =
                    page.locator("section.card").first();
            round.getByLabel("Ưu điểm, kết quả đạt được")
                    .fill("Dạy đủ, đúng chương trình; lớp chủ nhiệm không có học sinh bỏ học.");
            round.getByLabel("Hạn chế, khuyết điểm và nguyên nhân")
                    .fill("Chưa tích cực phát biểu trong sinh hoạt chi bộ.");
            round.getByLabel("Phương hướng, biện pháp khắc phục").fill("Chuẩn bị ý kiến trước mỗi kỳ sinh hoạt.");
            round.getByLabel("Tự nhận mức xếp loại").selectOption("GOOD");
            round.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName(java.util.regex.Pattern.compile("^Gửi (lại )?bản tự kiểm điểm$")))
                    .click();
            assertThat(page.locator(".notice")).containsText("Đã gửi bản tự kiểm điểm đến chi ủy.");
            assertThat(page.locator("section.card").first()).containsText("Đã gửi lúc");
            assertThat(page.locator("section.card").first().getByLabel("Tự nhận mức xếp loại"))
                    .hasValue("GOOD");
            BrowserSupport.assertAccessible(page);
        }
    }
}
