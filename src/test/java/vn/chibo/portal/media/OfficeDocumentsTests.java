package vn.chibo.portal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class OfficeDocumentsTests {

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Kế hoạch sinh hoạt chuyên đề quý IV");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Họ và tên");
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void officeDocumentsAreRecognisedByWhatTheirContainerHolds() throws Exception {
        assertThat(MediaLibrary.detect(docx())).isEqualTo(OfficeDocuments.DOCX);
        assertThat(MediaLibrary.detect(xlsx())).isEqualTo(OfficeDocuments.XLSX);
        assertThat(MediaLibrary.detect(zip("mimetype", OfficeDocuments.ODT, "content.xml", "<x/>")))
                .isEqualTo(OfficeDocuments.ODT);
    }

    @Test
    void entriesAreNeverInflatedOnlyTheirNamesAreRead() throws Exception {
        // A document whose first entry's compressed data is garbage: reading through the entries (inflating each to
        // skip it) fails on it; the names in the central directory are all that recognising the document needs.
        byte[] document = zip(
                "word/document.xml",
                "<w:document>" + "Nội dung ".repeat(2_000) + "</w:document>",
                "[Content_Types].xml",
                "<Types/>");
        int data = 30 + "word/document.xml".length();
        for (int i = data + 4; i < data + 40; i++) {
            document[i] = (byte) 0xFF;
        }
        assertThat(MediaLibrary.detect(document)).isEqualTo(OfficeDocuments.DOCX);

        // A ZIP bomb's entry (a hundred megabytes of zeros, squeezed into about a hundred kilobytes) costs nothing.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("word/bomb.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        assertThat(MediaLibrary.detect(bomb.toByteArray())).isEqualTo(OfficeDocuments.DOCX);
    }

    @Test
    void aPlainZipAProgramOrAnythingElseIsRefusedWhateverItsName() throws Exception {
        assertThat(MediaLibrary.detect(zip("readme.txt", "hello", "setup.exe", "MZ")))
                .isNull();
        assertThat(MediaLibrary.detect(zip("mimetype", "application/x-evil"))).isNull();
        assertThat(MediaLibrary.detect(
                        "MZ\u0090\u0000 this program cannot be run".getBytes(StandardCharsets.ISO_8859_1)))
                .isNull();
        assertThat(MediaLibrary.detect(new byte[] {'P', 'K', 3, 4, 0, 0})).isNull();
    }
}
