package vn.chibo.portal.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents as office programs save them, naming whoever wrote them, for the cleaning tests. */
final class TestDocuments {

    static final String AUTHOR = "Nguyễn Văn Tác Giả";
    static final String MODIFIER = "Trần Thị Sửa Cuối";
    static final String COMPANY = "Trường THPT Số Một";
    static final String TEXT = "Nghị quyết chi bộ tháng 12";

    private TestDocuments() {}

    /** A Word document with its author, last modifier, company and manager set, as Word records them. */
    static byte[] docx(boolean withPeople) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(TEXT);
            var core = document.getProperties().getCoreProperties();
            // POI, like Word, writes a creator of its own ("Apache POI") unless told otherwise.
            core.setCreator("");
            if (withPeople) {
                core.setCreator(AUTHOR);
                core.setLastModifiedByUser(MODIFIER);
                var extended = document.getProperties().getExtendedProperties().getUnderlyingProperties();
                extended.setCompany(COMPANY);
                extended.setManager(MODIFIER);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text as LibreOffice writes it: its mimetype first and uncompressed, its people in meta.xml. */
    static byte[] odt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = OfficeDocuments.ODT.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(
                    zip,
                    "content.xml",
                    "<office:document-content><text:p>" + TEXT + "</text:p></office:document-content>");
            entry(
                    zip,
                    "meta.xml",
                    "<office:document-meta><office:meta><meta:initial-creator>" + AUTHOR
                            + "</meta:initial-creator><dc:creator>" + MODIFIER
                            + "</dc:creator><meta:generator>LibreOffice</meta:generator></office:meta>"
                            + "</office:document-meta>");
            entry(zip, "META-INF/manifest.xml", "<manifest:manifest/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF with its author in the document information and an XMP packet. */
    static byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor(AUTHOR);
            document.getDocumentInformation().setTitle(TEXT);
            document.getDocumentInformation().setCreationDate(Calendar.getInstance());
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(
                    ("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + AUTHOR + "</dc:creator></x:xmpmeta>")
                            .getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Every entry of a ZIP, inflated, as text. */
    static String zipText(byte[] zipBytes) {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
