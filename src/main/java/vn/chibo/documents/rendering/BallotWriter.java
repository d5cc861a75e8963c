package vn.chibo.documents.rendering;

import java.util.List;
import vn.chibo.documents.BallotSheet;

/**
 * Lays out a ballot as XHTML for the PDF writer: the seal area top left, the congress and title centred, the
 * instruction, and the names in a ruled table, sized so that the whole ballot stays on one A4 page.
 */
public final class BallotWriter {

    /** Up to this many names a crossing-out ballot keeps one column. */
    static final int ONE_COLUMN = 40;

    private final PdfWriter pdf;

    public BallotWriter(PdfWriter pdf) {
        this.pdf = pdf;
    }

    public byte[] pdf(BallotSheet b) {
        return pdf.render(html(b));
    }

    static String html(BallotSheet b) {
        int names = b.names().size();
        boolean twoColumns = !b.agreeDisagree() && names > ONE_COLUMN;
        int rows = twoColumns ? (names + 1) / 2 : names;
        // A4 less the margins and the head (about 95 mm with the seal area) leaves about 175 mm for the rows.
        double rowMm = Math.min(9.0, 175.0 / Math.max(rows, 1));
        double fontPt = Math.max(8.5, Math.min(14.0, rowMm * 2.2));
        StringBuilder h = new StringBuilder(4096 + names * 160);
        h.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>")
                .append(PdfWriter.escape(b.title()))
                .append("</title><style>")
                .append("@page { size: A4; margin: 12mm 15mm 12mm 20mm; }")
                .append("body { font-family: 'Liberation Serif'; font-size: 13pt; }")
                .append("table.head { width: 100%; border-collapse: collapse; }")
                .append("table.head td { vertical-align: top; text-align: center; padding: 0; }")
                .append(".seal { width: 38%; } .seal .box { border: 1px dashed #555; height: 26mm; margin-top: 2mm;")
                .append(" font-size: 10pt; font-style: italic; color: #444; padding-top: 10mm; }")
                .append(".congress { font-weight: bold; font-size: 13pt; }")
                .append(".title { text-align: center; font-weight: bold; font-size: 18pt; margin-top: 6mm; }")
                .append(".subject { text-align: center; font-weight: bold; font-size: 14pt; margin-bottom: 2mm; }")
                .append(".instruction { text-align: center; font-style: italic; font-size: 11pt; margin-bottom: 3mm; }")
                .append("table.names { width: 100%; border-collapse: collapse; }")
                .append("table.names th, table.names td { border: 1px solid #000; padding: 0 2mm; }")
                .append("table.names th { font-size: 11pt; height: 7mm; }")
                .append("table.names td { height: ")
                .append(String.format(java.util.Locale.ROOT, "%.2f", rowMm))
                .append("mm; font-size: ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", fontPt))
                .append("pt; }")
                .append("td.n { width: 10mm; text-align: center; } td.box { width: 24mm; }")
                .append("</style></head><body>");
        h.append("<table class=\"head\"><tr><td class=\"seal\"><div>")
                .append(PdfWriter.escape(b.sealArea()))
                .append("</div><div class=\"box\">")
                .append(PdfWriter.escape(b.sealLabel()))
                .append("</div></td><td><div class=\"congress\">")
                .append(PdfWriter.escape(b.congress()))
                .append("</div></td></tr></table>");
        h.append("<div class=\"title\">").append(PdfWriter.escape(b.title())).append("</div>");
        h.append("<div class=\"subject\">")
                .append(PdfWriter.escape(b.subject()))
                .append("</div>");
        h.append("<div class=\"instruction\">")
                .append(PdfWriter.escape(b.instruction()))
                .append("</div>");
        h.append("<table class=\"names\"><thead><tr>");
        List<String> headers = b.headers();
        int columns = twoColumns ? 2 : 1;
        for (int c = 0; c < columns; c++) {
            for (String header : headers) {
                h.append("<th>").append(PdfWriter.escape(header)).append("</th>");
            }
        }
        h.append("</tr></thead><tbody>");
        for (int r = 0; r < rows; r++) {
            h.append("<tr>");
            for (int c = 0; c < columns; c++) {
                int i = c * rows + r;
                if (i < names) {
                    h.append("<td class=\"n\">")
                            .append(i + 1)
                            .append("</td><td>")
                            .append(PdfWriter.escape(b.names().get(i)))
                            .append("</td>");
                    if (b.agreeDisagree()) {
                        h.append("<td class=\"box\"></td><td class=\"box\"></td>");
                    }
                } else {
                    h.append("<td class=\"n\"></td><td></td>");
                }
            }
            h.append("</tr>");
        }
        h.append("</tbody></table></body></html>");
        return h.toString();
    }
}
