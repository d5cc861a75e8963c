package vn.chibo.portal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentMetadataTests {

    @Test
    void aWordDocumentLosesItsPeopleAndKeepsItsText() throws Exception {
        byte[] original = TestDocuments.docx(true);
        DocumentMetadata.Cleaned cleaned = DocumentMetadata.clean(OfficeDocuments.DOCX, original);
        assertThat(cleaned.removed()).isTrue();
        assertThat(OfficeDocuments.detect(cleaned.bytes())).isEqualTo(OfficeDocuments.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(cleaned.bytes()))) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isNullOrEmpty();
            assertThat(core.getLastModifiedByUser()).isNullOrEmpty();
            var extended = document.getProperties().getExtendedProperties().getUnderlyingProperties();
            assertThat(extended.getCompany()).isNullOrEmpty();
            assertThat(extended.getManager()).isNullOrEmpty();
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(TestDocuments.TEXT);
        }
        assertThat(TestDocuments.zipText(cleaned.bytes())).doesNotContain(TestDocuments.AUTHOR, TestDocuments.MODIFIER);
    }

    @Test
    void aDocumentNamingNobodyIsKeptByteForByte() {
        byte[] original = TestDocuments.docx(false);
        DocumentMetadata.Cleaned cleaned = DocumentMetadata.clean(OfficeDocuments.DOCX, original);
        assertThat(cleaned.removed()).isFalse();
        assertThat(cleaned.bytes()).isSameAs(original);
    }

    @Test
    void anOpenDocumentKeepsItsUncompressedMimetypeFirst() throws Exception {
        DocumentMetadata.Cleaned cleaned = DocumentMetadata.clean(OfficeDocuments.ODT, TestDocuments.odt());
        assertThat(cleaned.removed()).isTrue();
        assertThat(OfficeDocuments.detect(cleaned.bytes())).isEqualTo(OfficeDocuments.ODT);
        List<String> names = new ArrayList<>();
        String meta = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(cleaned.bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().equals("mimetype")) {
                    assertThat(e.getMethod()).isEqualTo(ZipEntry.STORED);
                }
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("meta.xml")) {
                    meta = content;
                }
            }
        }
        assertThat(names).containsExactly("mimetype", "content.xml", "meta.xml", "META-INF/manifest.xml");
        assertThat(meta)
                .doesNotContain(TestDocuments.AUTHOR, TestDocuments.MODIFIER)
                .contains("<meta:initial-creator/>", "<dc:creator/>", "<meta:generator>LibreOffice</meta:generator>");
    }

    @Test
    void aPdfLosesItsAuthorAndXmpAndKeepsItsPages() throws Exception {
        DocumentMetadata.Cleaned cleaned = DocumentMetadata.clean("application/pdf", TestDocuments.pdf());
        assertThat(cleaned.removed()).isTrue();
        try (PDDocument document = Loader.loadPDF(cleaned.bytes())) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TestDocuments.TEXT);
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aContainerThatInflatesBeyondTheLimitIsLeftAlone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            zip.write(("<dc:creator>" + TestDocuments.AUTHOR + "</dc:creator>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= DocumentMetadata.MAX_INFLATED / zeros.length; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        DocumentMetadata.Cleaned cleaned = DocumentMetadata.clean(OfficeDocuments.DOCX, bomb);
        assertThat(cleaned.removed()).isFalse();
        assertThat(cleaned.bytes()).isSameAs(bomb);
    }

    @Test
    void onlyTheNamesAreEmptied() {
        assertThat(DocumentMetadata.withoutPeople("<cp:coreProperties><dc:creator>An</dc:creator><dc:title>Nghị"
                        + " quyết</dc:title><cp:lastModifiedBy xml:lang=\"vi\">Bình</cp:lastModifiedBy><dc:creator />"
                        + "</cp:coreProperties>"))
                .isEqualTo("<cp:coreProperties><dc:creator/><dc:title>Nghị quyết</dc:title><cp:lastModifiedBy/>"
                        + "<dc:creator /></cp:coreProperties>");
    }

    @Test
    void theReviewersOfAWordOrExcelFileAndOfASlideShowAreEmptiedTheTextKept() {
        String body = "<w:body><w:p><w:ins w:id=\"1\" w:author=\"Trần Thị Sửa Cuối\" w:date=\"2026-12-01T08:00:00Z\">"
                + "<w:r><w:t>Nghị quyết</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"An\"><w:r><w:delText>cũ"
                + "</w:delText></w:r></w:del><w:commentRangeStart w:id=\"0\"/><w:r><w:instrText>PAGE</w:instrText>"
                + "</w:r></w:p><w:style w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style></w:body>";
        assertThat(DocumentMetadata.withoutReviewers(body))
                .isEqualTo(body.replace("w:author=\"Trần Thị Sửa Cuối\"", "w:author=\"\"")
                        .replace("w:author=\"An\"", "w:author=\"\""));
        assertThat(DocumentMetadata.withoutReviewers(
                        "<w:comment w:id=\"0\" w:author=\"Lê Văn Nhận Xét\" w:date=\"2026-12-01\" w:initials=\"LVNX\">"
                                + "<w:p><w:r><w:t>Sửa lại số liệu</w:t></w:r></w:p></w:comment>"
                                + "<w15:person w15:author=\"Lê Văn Nhận Xét\"><w15:presenceInfo w15:providerId=\"AD\""
                                + " w15:userId=\"S::nhanxet@truong.edu.vn\"/></w15:person>"))
                .doesNotContain("Lê Văn Nhận Xét", "LVNX", "nhanxet@truong.edu.vn")
                .contains("Sửa lại số liệu", "w:date=\"2026-12-01\"");
        assertThat(DocumentMetadata.withoutReviewers(
                        "<comments><authors><author>Phạm Thị Kế Toán</author></authors><commentList/></comments>"))
                .isEqualTo("<comments><authors><author></author></authors><commentList/></comments>");
        assertThat(DocumentMetadata.withoutReviewers(
                        "<p:cmAuthorLst><p:cmAuthor id=\"1\" name=\"Đỗ Văn Trình Chiếu\" initials=\"ĐVTC\" lastIdx=\"1\""
                                + " clrIdx=\"0\"/></p:cmAuthorLst>"))
                .isEqualTo("<p:cmAuthorLst><p:cmAuthor id=\"1\" name=\"\" initials=\"\" lastIdx=\"1\" clrIdx=\"0\"/>"
                        + "</p:cmAuthorLst>");
    }

    @Test
    void aWordFilesTrackedChangesLoseTheirAuthorInTheContainer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document><w:body><w:p><w:ins w:id=\"1\" w:author=\"" + TestDocuments.MODIFIER
                            + "\"><w:r><w:t>" + TestDocuments.TEXT + "</w:t></w:r></w:ins></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        DocumentMetadata.Cleaned cleaned = DocumentMetadata.clean(OfficeDocuments.DOCX, out.toByteArray());
        assertThat(cleaned.removed()).isTrue();
        assertThat(TestDocuments.zipText(cleaned.bytes()))
                .doesNotContain(TestDocuments.MODIFIER)
                .contains(TestDocuments.TEXT);
    }
}
