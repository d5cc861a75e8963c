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
