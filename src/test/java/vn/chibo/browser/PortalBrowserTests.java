package vn.chibo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * An editor writes an article with a picture and submits it, the editor-in-chief approves it, and a reader finds it,
 * rates it and adjusts the text; the public pages have no axe-core violation, in normal and high contrast.
 */
@BrowserTest
class PortalBrowserTests {

    @Test
    void anArticleIsWrittenApprovedReadAndRated(Chromium chromium) throws IOException {
        String articleUrl;
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "bientap");
            page.navigate(chromium.url("/portal"));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Chi bộ Trường THPT Nguyễn Trãi")
                                    .setExact(true))
                    .first()
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Thư viện ảnh và tệp")
                                    .setExact(true))
                    .click();
            page.getByLabel("Tệp cần tải lên")
                    .setInputFiles(new FilePayload("hoi-trai-khoa-hoc.png", "image/png", picture()));
            page.getByLabel("Mô tả ảnh (cho người khiếm thị)").fill("Học sinh trình bày mô hình khoa học");
            page.getByLabel("Chú thích ảnh").fill("Học sinh lớp 10 giới thiệu mô hình tại hội trại");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Tải lên").setExact(true))
                    .click();
            assertThat(page.locator(".notice")).containsText("Đã tải tệp lên thư viện.");
            BrowserSupport.assertAccessible(page);
            // The library's cleaning of earlier uploads says what it did.
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Làm sạch thư viện")
                                    .setExact(true))
                    .click();
            assertThat(page.locator("#library-cleaning [role=status]"))
                    .containsText(java.util.regex.Pattern.compile(
                            "Đã kiểm tra \\d+ tệp: làm sạch \\d+ ảnh và \\d+ tài liệu; dựng lại đúng chiều"));
            BrowserSupport.assertAccessible(page);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Chi bộ Trường THPT Nguyễn Trãi")
                                    .setExact(true))
                    .first()
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Viết bài mới").setExact(true))
                    .click();
            page.getByLabel("Tiêu đề", new Page.GetByLabelOptions().setExact(true))
                    .fill("Hội trại khoa học của học sinh khối 10");
            page.getByLabel("Sapo (đoạn dẫn)")
                    .fill("Hội trại thu hút hơn hai trăm học sinh với ba mươi mô hình khoa học.");
            page.locator(".rich-editor-area").click();
            page.keyboard().type("Hội trại do Đoàn trường phối hợp với tổ Vật lý tổ chức trong hai ngày cuối tuần.");
            page.locator("#insert-image").selectOption(new SelectOption().setLabel("hoi-trai-khoa-hoc.png"));
            assertThat(page.locator("#insert-alt")).hasValue("Học sinh trình bày mô hình khoa học");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Chèn ảnh vào nội dung")
                                    .setExact(true))
                    .click();
            assertThat(page.locator(".rich-editor-area figure img")).hasCount(1);
            page.locator("#cover").selectOption(new SelectOption().setLabel("hoi-trai-khoa-hoc.png"));
            page.getByLabel("Mô tả ảnh đại diện").fill("Học sinh trình bày mô hình khoa học");
            page.getByLabel("Tin nổi bật").check();
            BrowserSupport.assertAccessible(page);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Lưu bài viết").setExact(true))
                    .click();
            assertThat(page.locator(".notice")).containsText("Đã lưu bài viết.");
            assertThat(page.locator("#article-status")).hasText("Bản nháp");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Gửi duyệt").setExact(true))
                    .click();
            assertThat(page.locator("#article-status")).hasText("Chờ duyệt");
            BrowserSupport.assertAccessible(page);
            articleUrl = page.url();
        }

        String publicUrl;
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            chromium.signIn(page, "tongbientap");
            page.navigate(articleUrl);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Duyệt và đăng").setExact(true))
                    .click();
            assertThat(page.locator("#article-status")).hasText("Đã đăng");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Xem trên cổng").setExact(true))
                    .click();
            assertThat(page.locator("h1")).hasText("Hội trại khoa học của học sinh khối 10");
            publicUrl = page.url();

            // The editor-in-chief's page to open a component portal is accessible too.
            page.navigate(chromium.url("/portal/sites/new"));
            assertThat(page.locator("h1")).hasText("Tạo cổng thành phần");
            BrowserSupport.assertAccessible(page);
        }

        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(publicUrl);
            assertThat(page.locator("html")).hasAttribute("lang", "vi");
            assertThat(page.locator("h1")).hasText("Hội trại khoa học của học sinh khối 10");
            assertThat(page.locator(".article-body figcaption"))
                    .hasText("Học sinh lớp 10 giới thiệu mô hình tại hội trại");
            Object loaded = page.evaluate(
                    "Array.from(document.querySelectorAll('.article img')).every(i => i.complete && i.naturalWidth > 0)");
            assertThat(loaded).isEqualTo(true);
            assertThat(page.locator(".rating-summary")).hasText("Tổng số điểm của bài viết là: 0 trong 0 đánh giá");
            assertThat(page.locator("form[role=search]")).isVisible();
            BrowserSupport.assertAccessible(page);

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Đánh giá 4 trên 5 sao")
                                    .setExact(true))
                    .click();
            assertThat(page.locator(".rating-summary")).hasText("Tổng số điểm của bài viết là: 4 trong 1 đánh giá");
            assertThat(page.locator(".rating-status")).containsText("Cảm ơn bạn đã đánh giá");
            page.reload();
            assertThat(page.locator(".rating-summary")).hasText("Tổng số điểm của bài viết là: 4 trong 1 đánh giá");
            assertThat(page.locator(".stars")).hasCount(0);

            double normal = fontSize(page);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Tăng cỡ chữ").setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Tăng cỡ chữ").setExact(true))
                    .click();
            assertThat(fontSize(page)).isGreaterThan(normal * 1.2);
            page.locator("[data-contrast]").click();
            assertThat(page.locator("html")).hasClass(Pattern.compile("high-contrast"));
            BrowserSupport.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "portal-article-contrast.png"))
                    .setFullPage(true));
            page.locator("[data-contrast]").click();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Cỡ chữ mặc định")
                                    .setExact(true))
                    .click();

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Trang chủ").setExact(true))
                    .first()
                    .click();
            assertThat(page.locator("#featured-heading")).hasText("Tin nổi bật");
            assertThat(page.locator(".featured")).containsText("Hội trại khoa học của học sinh khối 10");
            assertThat(page.locator(".visit-stats")).containsText("Đang online");
            BrowserSupport.assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "portal-home.png"))
                    .setFullPage(true));

            page.locator(".main-nav")
                    .getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions()
                                    .setName("Tin hoạt động")
                                    .setExact(true))
                    .click();
            assertThat(page.locator("h1")).hasText("Tin hoạt động");
            BrowserSupport.assertAccessible(page);

            page.getByLabel("Tìm kiếm bài viết").fill("hoi trai khoa hoc");
            page.getByLabel("Tìm kiếm bài viết").press("Enter");
            assertThat(page.locator("h1")).hasText("Tìm kiếm");
            assertThat(page.locator(".teasers")).containsText("Hội trại khoa học của học sinh khối 10");
            BrowserSupport.assertAccessible(page);

            page.navigate(chromium.url("/cong/so-gddt-binh-son"));
            assertThat(page.locator(".public-footer")).containsText("Số Giấy phép 27/GP-STTTT");
            BrowserSupport.assertAccessible(page);
            page.setViewportSize(375, 740);
            page.reload();
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
            assertThat(overflow).isEqualTo(false);
        }
    }

    private static double fontSize(Page page) {
        return ((Number) page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)"))
                .doubleValue();
    }

    private static byte[] picture() throws IOException {
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1565C0));
        g.fillRect(0, 0, 900, 600);
        g.setColor(new Color(0xFFD54F));
        g.fillOval(300, 150, 300, 300);
        g.setColor(new Color(0xC62828));
        g.fillRect(100, 450, 700, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
