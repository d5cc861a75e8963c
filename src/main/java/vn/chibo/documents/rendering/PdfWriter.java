package vn.chibo.documents.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;

/**
 * Writes a document as PDF from XHTML with an embedded Liberation Serif (metrically Times New Roman, with every
 * Vietnamese letter), so that diacritics print wherever the file is opened.
 */
public final class PdfWriter {

    private static final String FAMILY = "Liberation Serif";

    /** The fonts, read from the jar at the first PDF rather than when the application starts. */
    private static final class Fonts {
        static final Map<String, byte[]> ALL = Map.of(
                "normal-400", font("LiberationSerif-Regular.ttf"),
                "normal-700", font("LiberationSerif-Bold.ttf"),
                "italic-400", font("LiberationSerif-Italic.ttf"),
                "italic-700", font("LiberationSerif-BoldItalic.ttf"));
    }

    private static final String STYLE =
            """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.35; }
            table.head, table.sign { width: 100%; border-collapse: collapse; }
            table.head td, table.sign td { vertical-align: top; text-align: center; padding: 0; }
            .left { width: 45%; } .right { width: 55%; }
            .date { margin-top: 12pt; }
            .title { margin-top: 18pt; }
            p.body { text-indent: 10mm; margin: 4pt 0; }
            p.heading { margin: 6pt 0 4pt; }
            .signature .name { margin-top: 60pt; }
            table.grid { width: 100%; border-collapse: collapse; margin: 6pt 0; -fs-table-paginate: paginate; }
            table.grid th, table.grid td { border: 0.5pt solid #000; padding: 2pt 2pt; vertical-align: top; }
            table.grid th { font-weight: bold; text-align: center; }
            table.grid td { text-align: left; }
            table.grid tr { page-break-inside: avoid; }
            table.wide { font-size: 9.5pt; line-height: 1.2; }
            table.narrow { font-size: 11pt; }
            table.fixed { table-layout: fixed; }
            """
                    + part("higher", Hd36.HIGHER_BODY)
                    + part("issuer", Hd36.ISSUING_BODY)
                    + part("star", Hd36.STAR)
                    + part("number", Hd36.NUMBER)
                    + part("party", Hd36.PARTY)
                    + part("date", Hd36.DATE_LINE)
                    + part("title", Hd36.TITLE)
                    + part("summary", Hd36.SUMMARY)
                    + part("rule", Hd36.RULE)
                    + part("body", Hd36.BODY)
                    + part("heading", Hd36.HEADING)
                    + part("capacity", Hd36.SIGNATURE_CAPACITY)
                    + part("title-line", Hd36.SIGNATURE_TITLE)
                    + part("name", Hd36.SIGNATURE_NAME)
                    + part("recipients .label", Hd36.RECIPIENTS_LABEL)
                    + part("recipients .recipient", Hd36.RECIPIENT);

    private static String part(String selector, Hd36 part) {
        return "." + selector + " { " + part.css() + " }\n";
    }

    public byte[] write(PrintedDocument d) {
        return render(html(d));
    }

    /** Renders XHTML laid out by a writer of this package, with the embedded fonts. */
    byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            Fonts.ALL.forEach((key, bytes) -> builder.useFont(
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
                .append(PartyDocument.landscape(d.body()) ? "@page { size: A4 landscape; }" : "")
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td class=\"left\">");
        if (d.higherBody() != null) {
            h.append("<div class=\"higher\">").append(escape(d.higherBody())).append("</div>");
        }
        h.append("<div class=\"issuer\">").append(escape(d.issuingBody())).append("</div>");
        h.append("<div class=\"star\">*</div>");
        if (d.numberLine() != null) {
            h.append("<div class=\"number\">").append(escape(d.numberLine())).append("</div>");
        }
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
            if (block.kind() == Block.Kind.TABLE) {
                table(h, block);
                continue;
            }
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

    private static void table(StringBuilder h, Block block) {
        List<List<String>> rows = block.rows();
        h.append("<table class=\"grid ")
                .append(block.columns() >= PartyDocument.LANDSCAPE_COLUMNS ? "wide" : "narrow")
                .append(block.widths().isEmpty() ? "" : " fixed")
                .append("\">");
        if (!block.widths().isEmpty()) {
            h.append("<colgroup>");
            for (int c = 0; c < block.columns(); c++) {
                h.append("<col style=\"width: ").append(block.percent(c)).append("%\"/>");
            }
            h.append("</colgroup>");
        }
        h.append("<thead><tr>");
        for (String cell : rows.get(0)) {
            h.append("<th>").append(escape(cell)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (List<String> row : rows.subList(1, rows.size())) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(escape(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static void recipients(StringBuilder h, PrintedDocument d) {
        if (d.recipientsLabel() != null) {
            h.append("<div class=\"recipients\"><div class=\"label\">")
                    .append(escape(d.recipientsLabel()))
                    .append("</div>");
            for (String r : d.recipients()) {
                h.append("<div class=\"recipient\">- ").append(escape(r)).append("</div>");
            }
            h.append("</div>");
        }
    }

    private static void signature(StringBuilder h, Signature s) {
        h.append("<div class=\"signature\">");
        // An empty capacity line keeps the titles and names of two signatures side by side at the same height.
        h.append("<div class=\"capacity\">")
                .append(s.capacity() == null ? "&#160;" : escape(s.capacity()))
                .append("</div>");
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
