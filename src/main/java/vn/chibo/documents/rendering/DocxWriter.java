package vn.chibo.documents.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
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
            page(doc);
            head(doc, d);
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, 240, 0);
            run(title, d.title(), 15, true, false, false);
            if (d.summary() != null && !d.summary().isBlank()) {
                run(paragraph(doc, ParagraphAlignment.CENTER, 0, 0), d.summary(), 14, true, false, false);
                run(paragraph(doc, ParagraphAlignment.CENTER, 0, 120), "-----", 14, false, false, false);
            }
            for (Block block : d.body()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 60, 60);
                if (block.kind() == Block.Kind.HEADING) {
                    run(p, block.text(), 14, true, false, false);
                } else {
                    p.setIndentationFirstLine(10 * TWIPS_PER_MM);
                    run(p, block.text(), 14, false, false, false);
                }
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
        XWPFParagraph higher = left.getParagraphs().get(0);
        higher.setAlignment(ParagraphAlignment.CENTER);
        if (d.higherBody() != null) {
            run(higher, d.higherBody(), 13, false, false, false);
        }
        XWPFParagraph issuer = left.addParagraph();
        issuer.setAlignment(ParagraphAlignment.CENTER);
        run(issuer, d.issuingBody(), 13, true, false, false);
        XWPFParagraph star = left.addParagraph();
        star.setAlignment(ParagraphAlignment.CENTER);
        run(star, "*", 13, false, false, false);
        XWPFParagraph number = left.addParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(number, d.numberLine(), 13, false, false, false);

        XWPFParagraph party = right.getParagraphs().get(0);
        party.setAlignment(ParagraphAlignment.RIGHT);
        run(party, d.partyLine(), 15, true, false, true);
        XWPFParagraph date = right.addParagraph();
        date.setAlignment(ParagraphAlignment.RIGHT);
        date.setSpacingBefore(240);
        run(date, d.dateLine(), 14, false, true, false);
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
            signature(left, d.signatures().get(1), true);
        } else if (d.recipientsLabel() != null) {
            recipients(left.getParagraphs().get(0), left::addParagraph, d);
        }
        if (!d.signatures().isEmpty()) {
            signature(right, d.signatures().get(0), true);
        }
        if (twoSignatures && d.recipientsLabel() != null) {
            recipients(doc.createParagraph(), doc::createParagraph, d);
        }
    }

    private static void recipients(
            XWPFParagraph first, java.util.function.Supplier<XWPFParagraph> next, PrintedDocument d) {
        run(first, d.recipientsLabel(), 12, false, true, true);
        for (String recipient : d.recipients()) {
            run(next.get(), "- " + recipient, 11, false, false, false);
        }
    }

    private static void signature(XWPFTableCell cell, Signature s, boolean firstParagraph) {
        XWPFParagraph capacity = firstParagraph ? cell.getParagraphs().get(0) : cell.addParagraph();
        capacity.setAlignment(ParagraphAlignment.CENTER);
        if (s.capacity() != null) {
            run(capacity, s.capacity(), 14, true, false, false);
        }
        XWPFParagraph title = cell.addParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, s.title(), 14, true, false, false);
        XWPFParagraph name = cell.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        name.setSpacingBefore(1200);
        run(name, s.name(), 14, true, false, false);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        // HD 36-HD/VPTW: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
        margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic, boolean underline) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
    }

    private static byte[] finish(XWPFDocument doc, ByteArrayOutputStream out) throws IOException {
        doc.write(out);
        return out.toByteArray();
    }
}
