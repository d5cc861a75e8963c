package vn.chibo.documents;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.chibo.documents.rendering.BallotWriter;
import vn.chibo.documents.rendering.DocxWriter;
import vn.chibo.documents.rendering.PdfWriter;
import vn.chibo.documents.rendering.PrintedDocument;

/**
 * Renders a Party document as DOCX and PDF laid out per HD 36-HD/VPTW: the higher and issuing bodies with the asterisk
 * and the number top left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date top right, the type and summary centred,
 * the body, the signatures and the recipients. Documents are printed in Vietnamese whatever the reader's language.
 */
@Service
public class DocumentRenderer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final PdfWriter pdf;
    private final BallotWriter ballots;

    DocumentRenderer(MessageSource messages) {
        this.messages = messages;
        this.pdf = new PdfWriter();
        this.ballots = new BallotWriter(pdf);
    }

    public byte[] docx(PartyDocument document) {
        return DocxWriter.write(print(document));
    }

    public byte[] pdf(PartyDocument document) {
        return pdf.write(print(document));
    }

    /** A member's own paper (no number, her signature alone) as DOCX. */
    public byte[] docx(PersonalDocument document) {
        return DocxWriter.write(print(document));
    }

    /** A member's own paper as PDF. */
    public byte[] pdf(PersonalDocument document) {
        return pdf.write(print(document));
    }

    /** A paper sent with a numbered document as DOCX. */
    public byte[] docx(AttachedDocument document) {
        return DocxWriter.write(print(document));
    }

    /** A paper sent with a numbered document as PDF. */
    public byte[] pdf(AttachedDocument document) {
        return pdf.write(print(document));
    }

    /** A ballot as PDF, on one A4 page however long its list. */
    public byte[] ballotPdf(BallotSheet ballot) {
        return ballots.pdf(ballot);
    }

    PrintedDocument print(PartyDocument d) {
        String date = text(
                "document.dateLine",
                d.place() == null ? "" : d.place().strip() + ", ",
                PlaceAndDate.day(d.date()),
                PlaceAndDate.month(d.date()),
                Integer.toString(d.date().getYear()));
        return new PrintedDocument(
                d.higherBody() == null ? null : d.higherBody().toUpperCase(VIETNAMESE),
                d.issuingBody().toUpperCase(VIETNAMESE),
                text("document.number", d.number().symbol()),
                text("document.party"),
                date,
                text("document.type." + d.number().type().name()),
                d.summary(),
                d.body(),
                d.signatures(),
                d.recipients().isEmpty() ? null : text("document.recipients"),
                d.recipients());
    }

    PrintedDocument print(PersonalDocument d) {
        String date = text(
                "document.dateLine",
                d.place() == null ? "" : d.place().strip() + ", ",
                PlaceAndDate.day(d.date()),
                PlaceAndDate.month(d.date()),
                Integer.toString(d.date().getYear()));
        return new PrintedDocument(
                d.higherBody() == null ? null : d.higherBody().toUpperCase(VIETNAMESE),
                d.organization().toUpperCase(VIETNAMESE),
                null,
                text("document.party"),
                date,
                d.title(),
                d.summary(),
                d.body(),
                List.of(d.signature()),
                null,
                List.of());
    }

    PrintedDocument print(AttachedDocument d) {
        String date = text(
                "document.dateLine",
                d.place() == null ? "" : d.place().strip() + ", ",
                PlaceAndDate.day(d.date()),
                PlaceAndDate.month(d.date()),
                Integer.toString(d.date().getYear()));
        return new PrintedDocument(
                d.higherBody() == null ? null : d.higherBody().toUpperCase(VIETNAMESE),
                d.issuingBody().toUpperCase(VIETNAMESE),
                null,
                text("document.party"),
                date,
                d.title(),
                d.summary(),
                d.body(),
                List.of(d.signature()),
                null,
                List.of());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
