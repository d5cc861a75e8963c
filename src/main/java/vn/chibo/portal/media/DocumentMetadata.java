package vn.chibo.portal.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Takes the names of people out of a document's properties before it is published as an attachment: what Word, Excel,
 * PowerPoint, LibreOffice and PDF writers record of whoever wrote and last saved it (the author, the last modifier,
 * the company and manager of Office's extended properties, the initial creator of OpenDocument, the PDF's author and
 * its XMP packet). The content is left as it is; a file that cannot be read or rewritten safely (an encrypted PDF, a
 * ZIP that inflates beyond {@link #MAX_INFLATED} bytes) is kept unchanged.
 *
 * <p>Office files are ZIP containers: every entry is copied in order (OpenDocument's {@code mimetype} first and
 * uncompressed, as the format requires), only the property parts are rewritten.
 */
final class DocumentMetadata {

    /** How much a document may inflate to while it is rewritten: beyond it, it is left alone (a ZIP bomb costs that). */
    static final long MAX_INFLATED = 64L * 1024 * 1024;

    private static final Pattern PERSON_ELEMENTS = Pattern.compile(
            "<(dc:creator|cp:lastModifiedBy|meta:initial-creator|Company|Manager)(\\s[^>]*[^/>])?(/>|>.*?</\\1>)",
            Pattern.DOTALL);

    private static final java.util.Set<String> OFFICE = java.util.Set.of(
            OfficeDocuments.DOCX,
            OfficeDocuments.XLSX,
            OfficeDocuments.PPTX,
            OfficeDocuments.ODT,
            OfficeDocuments.ODS,
            OfficeDocuments.ODP);

    /**
     * The parts where Word, Excel and PowerPoint name the people who commented on or changed the text: Word's body,
     * headers, footers, notes, comments and its list of people; Excel's comments and the persons of threaded comments;
     * PowerPoint's comment authors.
     */
    private static final Pattern REVIEWED_PARTS = Pattern.compile("word/(document|comments[A-Za-z]*|people|header\\d*"
            + "|footer\\d*|footnotes|endnotes)\\.xml|xl/comments\\d*\\.xml|xl/persons/person\\.xml"
            + "|ppt/commentAuthors\\.xml|content\\.xml|styles\\.xml");

    /** A reviewer's name or identity in an attribute (tracked changes, comments, people lists). */
    private static final Pattern REVIEWER_ATTRIBUTES = Pattern.compile(
            "(\\s(?:w:author|w:initials|w15:author|w15:userId|w15:providerId|displayName|userId|name|initials))=\"[^\"]*\"");

    /** Excel's list of comment authors, and OpenDocument's annotations' author. */
    private static final Pattern REVIEWER_ELEMENTS = Pattern.compile("<(author|dc:creator)>[^<]*</\\1>");

    /** The document's bytes after cleaning, and whether a name was found and removed. */
    record Cleaned(byte[] bytes, boolean removed) {}

    private DocumentMetadata() {}

    static Cleaned clean(String contentType, byte[] bytes) {
        try {
            if (contentType.equals("application/pdf")) {
                return pdf(bytes);
            }
            if (OFFICE.contains(contentType)) {
                return office(bytes);
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable or unusual: kept as uploaded (it was recognised by its content already).
        }
        return new Cleaned(bytes, false);
    }

    private static Cleaned office(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        boolean removed = false;
        long inflated = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = readBounded(in, MAX_INFLATED - inflated);
                if (content == null) {
                    return new Cleaned(bytes, false);
                }
                inflated += content.length;
                String name = entry.getName();
                if (name.equals("docProps/core.xml")
                        || name.equals("docProps/app.xml")
                        || name.equals("meta.xml")
                        || REVIEWED_PARTS.matcher(name).matches()) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    String cleaned = withoutReviewers(withoutPeople(xml));
                    if (!cleaned.equals(xml)) {
                        removed = true;
                        content = cleaned.getBytes(StandardCharsets.UTF_8);
                    }
                }
                ZipEntry copy = new ZipEntry(name);
                if (name.equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return removed ? new Cleaned(out.toByteArray(), true) : new Cleaned(bytes, false);
    }

    /** The properties part with each person's name emptied (the elements stay, empty, as the schemas allow). */
    static String withoutPeople(String xml) {
        Matcher m = PERSON_ELEMENTS.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String element = m.group(1);
            String body = m.group(3);
            boolean empty = body.equals("/>") || body.equals("></" + element + ">");
            m.appendReplacement(out, Matcher.quoteReplacement(empty ? m.group() : "<" + element + "/>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A part with its reviewers' names emptied: the attributes that name them (only in the elements that carry them,
     * since "name" is also a style's or a sheet's) and Excel's and OpenDocument's author elements.
     */
    static String withoutReviewers(String xml) {
        StringBuilder out = new StringBuilder();
        Matcher element = REVIEWER_TAG.matcher(xml);
        while (element.find()) {
            String tag = element.group();
            String cleaned = REVIEWER_ATTRIBUTES.matcher(tag).replaceAll("$1=\"\"");
            element.appendReplacement(out, Matcher.quoteReplacement(cleaned));
        }
        element.appendTail(out);
        Matcher authors = REVIEWER_ELEMENTS.matcher(out);
        StringBuilder result = new StringBuilder();
        while (authors.find()) {
            authors.appendReplacement(
                    result, Matcher.quoteReplacement("<" + authors.group(1) + "></" + authors.group(1) + ">"));
        }
        authors.appendTail(result);
        return result.toString();
    }

    /** The start tags that name a reviewer: Word's changes, comments and people, Excel's persons, PowerPoint's authors. */
    private static final Pattern REVIEWER_TAG = Pattern.compile(
            "<(?:w:(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange|sectPrChange|tblPrChange|trPrChange|tcPrChange"
                    + "|numberingChange|comment)|w15:person|w15:presenceInfo|person|p:cmAuthor)\\s[^>]*>");

    private static Cleaned pdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(
                new RandomAccessReadBuffer(bytes), null, null, null, IOUtils.createMemoryOnlyStreamCache())) {
            if (document.isEncrypted()) {
                return new Cleaned(bytes, false);
            }
            PDDocumentInformation information = document.getDocumentInformation();
            boolean removed = false;
            if (information.getAuthor() != null && !information.getAuthor().isBlank()) {
                information.setAuthor(null);
                removed = true;
            }
            if (document.getDocumentCatalog().getMetadata() != null) {
                // The XMP packet repeats the author (dc:creator) and often the editing history.
                document.getDocumentCatalog().setMetadata(null);
                removed = true;
            }
            if (!removed) {
                return new Cleaned(bytes, false);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            document.save(out);
            return new Cleaned(out.toByteArray(), true);
        }
    }

    /** The entry's bytes, or null when they exceed {@code limit}. */
    private static byte[] readBounded(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
