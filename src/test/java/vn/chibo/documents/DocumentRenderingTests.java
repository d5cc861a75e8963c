package vn.chibo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;

/** Opens the generated files as a reader's software would and checks what HD 36-HD/VPTW requires to be there. */
class DocumentRenderingTests {

    static final PartyDocument RESOLUTION = new PartyDocument(
            "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn",
            "Chi bộ Trường THPT Nguyễn Trãi",
            new DocumentNumber(5, DocumentType.RESOLUTION, "CB"),
            "Bình Sơn",
            LocalDate.of(2026, 3, 5),
            "về nhiệm vụ tháng 3 năm 2026",
            List.of(
                    Block.heading("I. ĐÁNH GIÁ KẾT QUẢ THÁNG 02"),
                    Block.paragraph("Chi bộ đã lãnh đạo hoàn thành kế hoạch kiểm tra giữa kỳ; 100% đảng viên tham gia"
                            + " sinh hoạt đầy đủ, đúng giờ."),
                    Block.heading("II. NHIỆM VỤ THÁNG 3"),
                    Block.paragraph("Tổ chức chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;"
                            + " đẩy mạnh ứng dụng công nghệ thông tin trong giảng dạy <và> quản lý.")),
            List.of(
                    new Signature("T/M CHI BỘ", "BÍ THƯ", "Trần Thị Minh Hằng"),
                    new Signature(null, "THƯ KÝ", "Lê Văn Quyết")),
            List.of("Đảng ủy Sở (để báo cáo)", "Đảng viên trong chi bộ", "Lưu chi bộ"));

    final DocumentRenderer renderer = new DocumentRenderer(messages());

    @Test
    void theDocxHasTheHeadNumberDateLineAndVietnameseText() throws Exception {
        byte[] docx = renderer.docx(RESOLUTION);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains("ĐẢNG BỘ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH SƠN")
                    .contains("CHI BỘ TRƯỜNG THPT NGUYỄN TRÃI")
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("Số 05-NQ/CB")
                    .contains("Bình Sơn, ngày 05 tháng 3 năm 2026")
                    .contains("NGHỊ QUYẾT")
                    .contains("về nhiệm vụ tháng 3 năm 2026")
                    .contains("đẩy mạnh ứng dụng công nghệ thông tin trong giảng dạy <và> quản lý")
                    .contains("T/M CHI BỘ")
                    .contains("Trần Thị Minh Hằng")
                    .contains("Nơi nhận:");
            // The head: the issuing bodies and the number on the left, the Party's name and the date on the right.
            var head = document.getTables().get(0).getRow(0);
            assertThat(head.getCell(0).getText())
                    .contains("CHI BỘ TRƯỜNG THPT NGUYỄN TRÃI")
                    .contains("*")
                    .contains("Số 05-NQ/CB");
            assertThat(head.getCell(1).getText())
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("ngày 05 tháng 3 năm 2026");
            List<String> fonts = new ArrayList<>();
            document.getParagraphs()
                    .forEach(p ->
                            p.getRuns().stream().map(XWPFRun::getFontFamily).forEach(fonts::add));
            assertThat(fonts).isNotEmpty().containsOnly("Times New Roman");
        }
    }

    /** One part of the printed document as HD 36-HD/VPTW sets it (party-rules §6.1): text, size, weight, alignment. */
    private record Expected(String text, double points, boolean bold, boolean italic, ParagraphAlignment alignment) {}

    @Test
    void theDocxPrintsEveryPartInTheSizeWeightAndAlignmentOfHd36() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(RESOLUTION)))) {
            var head = document.getTables().get(0).getRow(0);
            List<XWPFParagraph> left = head.getCell(0).getParagraphs();
            // Issue 18, item 14: the higher body, issuing body and number are 14 pt, not 13.
            check(left.get(0), new Expected("ĐẢNG BỘ SỞ GIÁO DỤC", 14, false, false, ParagraphAlignment.CENTER));
            check(left.get(1), new Expected("CHI BỘ TRƯỜNG THPT", 14, true, false, ParagraphAlignment.CENTER));
            check(left.get(2), new Expected("*", 14, false, false, ParagraphAlignment.CENTER));
            check(left.get(3), new Expected("Số 05-NQ/CB", 14, false, false, ParagraphAlignment.CENTER));
            List<XWPFParagraph> right = head.getCell(1).getParagraphs();
            check(right.get(0), new Expected("ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false, ParagraphAlignment.RIGHT));
            assertThat(right.get(0).getRuns().get(0).getUnderline())
                    .as("a line under the Party's name")
                    .isEqualTo(UnderlinePatterns.SINGLE);
            check(right.get(1), new Expected("Bình Sơn, ngày 05", 14, false, true, ParagraphAlignment.RIGHT));
            List<XWPFParagraph> body = document.getParagraphs();
            check(body.get(0), new Expected("NGHỊ QUYẾT", 15, true, false, ParagraphAlignment.CENTER));
            check(body.get(1), new Expected("về nhiệm vụ tháng 3", 14, true, false, ParagraphAlignment.CENTER));
            XWPFParagraph heading = body.stream()
                    .filter(p -> p.getText().startsWith("I. ĐÁNH GIÁ"))
                    .findFirst()
                    .orElseThrow();
            check(heading, new Expected("I. ĐÁNH GIÁ", 14, true, false, ParagraphAlignment.BOTH));
            XWPFParagraph paragraph = body.stream()
                    .filter(p -> p.getText().startsWith("Chi bộ đã lãnh đạo"))
                    .findFirst()
                    .orElseThrow();
            check(paragraph, new Expected("Chi bộ đã lãnh đạo", 14, false, false, ParagraphAlignment.BOTH));
            var signature = document.getTables().get(1).getRow(0).getCell(1).getParagraphs();
            check(signature.get(0), new Expected("T/M CHI BỘ", 14, true, false, ParagraphAlignment.CENTER));
            check(signature.get(1), new Expected("BÍ THƯ", 14, true, false, ParagraphAlignment.CENTER));
            check(signature.get(2), new Expected("Trần Thị Minh Hằng", 14, true, false, ParagraphAlignment.CENTER));
            XWPFParagraph label = body.stream()
                    .filter(p -> p.getText().equals("Nơi nhận:"))
                    .findFirst()
                    .orElseThrow();
            check(label, new Expected("Nơi nhận:", 14, false, false, ParagraphAlignment.LEFT));
            XWPFParagraph recipient = body.stream()
                    .filter(p -> p.getText().startsWith("- Lưu chi bộ"))
                    .findFirst()
                    .orElseThrow();
            check(recipient, new Expected("- Lưu chi bộ", 12, false, false, ParagraphAlignment.LEFT));
        }
    }

    private static void check(XWPFParagraph paragraph, Expected expected) {
        assertThat(paragraph.getText()).as("text").startsWith(expected.text());
        assertThat(paragraph.getAlignment()).as(expected.text() + ": alignment").isEqualTo(expected.alignment());
        assertThat(paragraph.getRuns()).as(expected.text() + ": runs").isNotEmpty();
        for (XWPFRun run : paragraph.getRuns()) {
            assertThat(run.getFontSizeAsDouble()).as(expected.text() + ": size").isEqualTo(expected.points());
            assertThat(run.isBold()).as(expected.text() + ": bold").isEqualTo(expected.bold());
            assertThat(run.isItalic()).as(expected.text() + ": italic").isEqualTo(expected.italic());
        }
    }

    @Test
    void thePdfPrintsVietnameseWithEmbeddedFonts() throws Exception {
        byte[] pdf = renderer.pdf(RESOLUTION);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "resolution.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("Số 05-NQ/CB")
                    .contains("Bình Sơn, ngày 05 tháng 3 năm 2026")
                    .contains("NGHỊ QUYẾT")
                    .contains("Trần Thị Minh Hằng")
                    .contains("phong cách Hồ")
                    .doesNotContain("#");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("Liberation");
                }
            }
        }
    }

    @Test
    void controlCharactersInTheContentDoNotBreakThePdf() throws Exception {
        PartyDocument odd = new PartyDocument(
                null,
                "Chi bộ Tổ Toán",
                new DocumentNumber(1, DocumentType.MINUTES, "CB"),
                null,
                LocalDate.of(2026, 1, 9),
                null,
                List.of(Block.paragraph("Ý kiến\u0007 có ký tự điều khiển")),
                List.of(),
                List.of());
        try (PDDocument document = Loader.loadPDF(renderer.pdf(odd))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("ngày 09 tháng 01 năm 2026")
                    .contains("Ý kiến có ký tự điều khiển");
        }
    }

    static final AttachedDocument LIST = new AttachedDocument(
            "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn",
            "Chi bộ Trường THPT Nguyễn Trãi",
            "Bình Sơn",
            LocalDate.of(2025, 5, 13),
            "DANH SÁCH TRÍCH NGANG",
            "Những người trúng cử tại Đại hội lần thứ XII, nhiệm kỳ 2025–2027",
            List.of(
                    Block.heading("I. CHI ỦY"),
                    Block.table(
                            List.of(
                                    "TT",
                                    "Họ và tên",
                                    "Ngày sinh",
                                    "Giới tính",
                                    "Dân tộc",
                                    "Tôn giáo",
                                    "Quê quán",
                                    "Ngày vào Đảng",
                                    "Ngày chính thức",
                                    "Giáo dục phổ thông",
                                    "Chuyên môn",
                                    "Lý luận chính trị",
                                    "Chức vụ",
                                    "Được bầu",
                                    "Số phiếu (tỷ lệ)"),
                            List.of(
                                    List.of(
                                            "1",
                                            "Trần Thị Minh Hằng",
                                            "17/04/1978",
                                            "Nữ",
                                            "Kinh",
                                            "Không",
                                            "Xã Bình Minh, tỉnh Bình Sơn",
                                            "19/05/2004",
                                            "02/06/2005",
                                            "12/12",
                                            "Thạc sĩ Quản lý giáo dục",
                                            "Trung cấp",
                                            "Hiệu trưởng",
                                            "Bí thư",
                                            "15 (100%)"),
                                    java.util.Arrays.asList(
                                            "2",
                                            "Hoàng Thanh Anh",
                                            "08/04/1996",
                                            "Nam",
                                            "Tày",
                                            null,
                                            "",
                                            "03/06/2019",
                                            "14/06/2020",
                                            "12/12",
                                            "Cử nhân Sư phạm",
                                            "Sơ cấp",
                                            "Giáo viên",
                                            "Phó Bí thư",
                                            "14 (93,33%)")),
                            List.of(3, 11, 9, 4, 5, 5, 10, 9, 9, 6, 10, 7, 9, 9, 9)),
                    Block.paragraph("Chi ủy gồm 2 đồng chí: nữ 1 (50%).")),
            new Signature("T/M CHI BỘ", "BÍ THƯ", "Trần Thị Minh Hằng"));

    @Test
    void aWideTableIsPrintedOnLandscapePagesWithItsHeaderRepeated() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(renderer.docx(LIST)))) {
            var size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue())
                    .isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
            // The head's and the signature's layout tables, and the list.
            var table = docx.getTables().get(1);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Trần Thị Minh Hằng");
            assertThat(table.getRow(2).getCell(5).getText())
                    .as("a null cell prints empty")
                    .isEmpty();
            assertThat(table.getRow(1)
                            .getCell(0)
                            .getCTTc()
                            .getTcPr()
                            .getTcW()
                            .getW()
                            .toString())
                    .as("3 of 117 parts")
                    .isNotBlank();
            assertThat(new XWPFWordExtractor(docx).getText())
                    .contains("DANH SÁCH TRÍCH NGANG")
                    .as("no number of its own")
                    .doesNotContain("/CB")
                    .contains("Chi ủy gồm 2 đồng chí");
        }
        byte[] pdf = renderer.pdf(LIST);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "list.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth())
                    .isGreaterThan(page.getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("DANH SÁCH TRÍCH NGANG")
                    .contains("Thạc sĩ")
                    .as("a date on one line")
                    .contains("17/04/1978")
                    .contains("14 (93,33%)")
                    .contains("Trần Thị Minh Hằng");
        }
    }

    @Test
    void aTableRefusesRowsOfAnotherWidth() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Block.table(List.of("A", "B"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Block.table(List.of("A", "B"), List.of(), List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
