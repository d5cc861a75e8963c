package vn.chibo.documents.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;

/**
 * Writes a document as PDF from XHTML with an embedded Liberation Serif (metrically Times New Roman, with every
 * Vietnamese letter), so that diacritics print wherever the file is opened.
 */
public final class PdfWriter {

    private static final String FAMILY = "Liberation Serif";
    private static final Map<String, byte[]> FONTS = Map.of(
            "normal-400", font("LiberationSerif-Regular.ttf"),
            "normal-700", font("LiberationSerif-Bold.ttf"),
            "italic-400", font("LiberationSerif-Italic.ttf"),
            "italic-700", font("LiberationSerif-BoldItalic.ttf"));

    private static final String STYLE =
            """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.35; }
            table.head, table.sign { width: 100%; border-collapse: collapse; }
            table.head td, table.sign td { vertical-align: top; text-align: center; padding: 0; }
            .left { width: 45%; } .right { width: 55%; }
            .higher { font-size: 13pt; } .issuer { font-size: 13pt; font-weight: bold; }
            .number { font-size: 13pt; }
            .party { font-size: 15pt; font-weight: bold; text-decoration: underline; text-align: right; }
            .date { font-style: italic; text-align: right; margin-top: 12pt; }
            .title { text-align: center; font-weight: bold; font-size: 15pt; margin-top: 18pt; }
            .summary { text-align: center; font-weight: bold; }
            .rule { text-align: center; }
            p.body { text-align: justify; text-indent: 10mm; margin: 4pt 0; }
            p.heading { font-weight: bold; margin: 6pt 0 4pt; }
            .signature .title-line { font-weight: bold; }
            .signature .name { font-weight: bold; margin-top: 60pt; }
            .recipients { text-align: left; font-size: 11pt; }
            .recipients .label { font-size: 12pt; font-style: italic; text-decoration: underline; }
            """;

    public byte[] write(PrintedDocument d) {
        return render(html(d));
    }

    /** Renders XHTML laid out by a writer of this package, with the embedded fonts. */
    byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            FONTS.forEach((key, bytes) -> builder.useFont(
                    () -> new ByteArrayInputStream(bytes),
                    FAMILY,
                    Integer.parseInt(key.substring(key.indexOf('-') + 1)),
                    key.startsWith("italic") ? FontStyle.ITALIC : FontStyle.NORMAL,
                    true));
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(PrintedDocument d) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(d.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td class=\"left\">");
        if (d.higherBody() != null) {
            h.append("<div class=\"higher\">").append(escape(d.higherBody())).append("</div>");
        }
        h.append("<div class=\"issuer\">").append(escape(d.issuingBody())).append("</div>");
        h.append("<div>*</div>");
        h.append("<div class=\"number\">").append(escape(d.numberLine())).append("</div>");
        h.append("</td><td class=\"right\">");
        h.append("<div class=\"party\">").append(escape(d.partyLine())).append("</div>");
        h.append("<div class=\"date\">").append(escape(d.dateLine())).append("</div>");
        h.append("</td></tr></table>");
        h.append("<div class=\"title\">").append(escape(d.title())).append("</div>");
        if (d.summary() != null && !d.summary().isBlank()) {
            h.append("<div class=\"summary\">").append(escape(d.summary())).append("</div>");
            h.append("<div class=\"rule\">-----</div>");
        }
        for (Block block : d.body()) {
            h.append(block.kind() == Block.Kind.HEADING ? "<p class=\"heading\">" : "<p class=\"body\">")
                    .append(escape(block.text()))
                    .append("</p>");
        }
        // Two signatures (chair and clerk) share a row with the recipients below; one signature has them beside it.
        boolean twoSignatures = d.signatures().size() > 1;
        h.append("<table class=\"sign\"><tr><td class=\"left\">");
        if (twoSignatures) {
            signature(h, d.signatures().get(1));
        } else {
            recipients(h, d);
        }
        h.append("</td><td class=\"right\">");
        if (!d.signatures().isEmpty()) {
            signature(h, d.signatures().get(0));
        }
        h.append("</td></tr></table>");
        if (twoSignatures) {
            recipients(h, d);
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static void recipients(StringBuilder h, PrintedDocument d) {
        if (d.recipientsLabel() != null) {
            h.append("<div class=\"recipients\"><div class=\"label\">")
                    .append(escape(d.recipientsLabel()))
                    .append("</div>");
            for (String r : d.recipients()) {
                h.append("<div>- ").append(escape(r)).append("</div>");
            }
            h.append("</div>");
        }
    }

    private static void signature(StringBuilder h, Signature s) {
        h.append("<div class=\"signature\">");
        if (s.capacity() != null) {
            h.append("<div class=\"title-line\">").append(escape(s.capacity())).append("</div>");
        }
        h.append("<div class=\"title-line\">").append(escape(s.title())).append("</div>");
        h.append("<div class=\"name\">").append(escape(s.name())).append("</div></div>");
    }

    static String escape(String text) {
        // XML 1.0 forbids most control characters: drop them rather than fail the whole document.
        return text == null
                ? ""
                : HtmlUtils.htmlEscape(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
