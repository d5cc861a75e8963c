package vn.chibo.documents.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.chibo.documents.PartyDocument;
import vn.chibo.documents.PartyDocument.Block;
import vn.chibo.documents.PartyDocument.Signature;

/** Writes a document as DOCX: A4, margins and Times New Roman as HD 36-HD/VPTW asks, the head as a borderless table. */
public final class DocxWriter {

    private static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57;

    private DocxWriter() {}

    public static byte[] write(PrintedDocument d) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc, PartyDocument.landscape(d.body()));
            head(doc, d);
            XWPFParagraph title = paragraph(doc, Hd36.TITLE, 240, 0);
            run(title, d.title(), Hd36.TITLE);
            if (d.summary() != null && !d.summary().isBlank()) {
                run(paragraph(doc, Hd36.SUMMARY, 0, 0), d.summary(), Hd36.SUMMARY);
                run(paragraph(doc, Hd36.RULE, 0, 120), "-----", Hd36.RULE);
            }
            for (Block block : d.body()) {
                if (block.kind() == Block.Kind.TABLE) {
                    table(doc, block);
                    continue;
                }
                Hd36 part = block.kind() == Block.Kind.HEADING ? Hd36.HEADING : Hd36.BODY;
                XWPFParagraph p = paragraph(doc, part, 60, 60);
                if (part == Hd36.BODY) {
                    p.setIndentationFirstLine(10 * TWIPS_PER_MM);
                }
                run(p, block.text(), part);
            }
            signatures(doc, d);
            return finish(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void head(XWPFDocument doc, PrintedDocument d) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("45%");
        right.setWidth("55%");
        XWPFParagraph higher = aligned(left.getParagraphs().get(0), Hd36.HIGHER_BODY);
        if (d.higherBody() != null) {
            run(higher, d.higherBody(), Hd36.HIGHER_BODY);
        }
        run(aligned(left.addParagraph(), Hd36.ISSUING_BODY), d.issuingBody(), Hd36.ISSUING_BODY);
        run(aligned(left.addParagraph(), Hd36.STAR), "*", Hd36.STAR);
        if (d.numberLine() != null) {
            run(aligned(left.addParagraph(), Hd36.NUMBER), d.numberLine(), Hd36.NUMBER);
        }

        run(aligned(right.getParagraphs().get(0), Hd36.PARTY), d.partyLine(), Hd36.PARTY);
        XWPFParagraph date = aligned(right.addParagraph(), Hd36.DATE_LINE);
        date.setSpacingBefore(240);
        run(date, d.dateLine(), Hd36.DATE_LINE);
    }

    private static void signatures(XWPFDocument doc, PrintedDocument d) {
        // Two signatures (chair and clerk) share a row with the recipients below; one signature has them beside it.
        boolean twoSignatures = d.signatures().size() > 1;
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        if (twoSignatures) {
            signature(left, d.signatures().get(1));
        } else if (d.recipientsLabel() != null) {
            recipients(left.getParagraphs().get(0), left::addParagraph, d);
        }
        if (!d.signatures().isEmpty()) {
            signature(right, d.signatures().get(0));
        }
        if (twoSignatures && d.recipientsLabel() != null) {
            recipients(doc.createParagraph(), doc::createParagraph, d);
        }
    }

    private static void recipients(
            XWPFParagraph first, java.util.function.Supplier<XWPFParagraph> next, PrintedDocument d) {
        run(aligned(first, Hd36.RECIPIENTS_LABEL), d.recipientsLabel(), Hd36.RECIPIENTS_LABEL);
        for (String recipient : d.recipients()) {
            run(aligned(next.get(), Hd36.RECIPIENT), "- " + recipient, Hd36.RECIPIENT);
        }
    }

    private static void signature(XWPFTableCell cell, Signature s) {
        XWPFParagraph capacity = aligned(cell.getParagraphs().get(0), Hd36.SIGNATURE_CAPACITY);
        if (s.capacity() != null) {
            run(capacity, s.capacity(), Hd36.SIGNATURE_CAPACITY);
        }
        run(aligned(cell.addParagraph(), Hd36.SIGNATURE_TITLE), s.title(), Hd36.SIGNATURE_TITLE);
        XWPFParagraph name = aligned(cell.addParagraph(), Hd36.SIGNATURE_NAME);
        name.setSpacingBefore(1200);
        run(name, s.name(), Hd36.SIGNATURE_NAME);
    }

    /**
     * A table with borders, its header row bold, centred and repeated on every page; wide tables (landscape pages) in
     * a smaller size so that a row fits a line or two.
     */
    private static void table(XWPFDocument doc, Block block) {
        List<List<String>> rows = block.rows();
        int columns = block.columns();
        int points = columns >= PartyDocument.LANDSCAPE_COLUMNS ? 10 : 11;
        XWPFTable table = doc.createTable(rows.size(), columns);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                if (block.percent(c) != null) {
                    row.getCell(c).setWidth(block.percent(c) + "%");
                }
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                p.setAlignment(r == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                XWPFRun run = p.createRun();
                run.setFontFamily(FONT);
                run.setFontSize(points);
                run.setBold(r == 0);
                run.setText(rows.get(r).get(c));
            }
        }
        // A paragraph after the table keeps it apart from what follows (Word joins adjacent tables).
        doc.createParagraph();
    }

    private static void page(XWPFDocument doc, boolean landscape) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        // HD 36-HD/VPTW: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, Hd36 part, int before, int after) {
        XWPFParagraph p = aligned(doc.createParagraph(), part);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static XWPFParagraph aligned(XWPFParagraph p, Hd36 part) {
        p.setAlignment(
                switch (part.align) {
                    case LEFT -> ParagraphAlignment.LEFT;
                    case CENTER -> ParagraphAlignment.CENTER;
                    case RIGHT -> ParagraphAlignment.RIGHT;
                    case JUSTIFY -> ParagraphAlignment.BOTH;
                });
        return p;
    }

    private static void run(XWPFParagraph p, String text, Hd36 part) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(part.points);
        run.setBold(part.bold);
        run.setItalic(part.italic);
        if (part.underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
    }

    private static byte[] finish(XWPFDocument doc, ByteArrayOutputStream out) throws IOException {
        doc.write(out);
        return out.toByteArray();
    }
}
