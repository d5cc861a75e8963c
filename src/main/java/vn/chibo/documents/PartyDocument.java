package vn.chibo.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of a Party document to render: who issues it, its number, place and date, type and summary, body and
 * signatures. Every text is Vietnamese as it will be printed.
 */
public record PartyDocument(
        String higherBody,
        String issuingBody,
        DocumentNumber number,
        String place,
        LocalDate date,
        String summary,
        List<Block> body,
        List<Signature> signatures,
        List<String> recipients) {

    public PartyDocument {
        body = List.copyOf(body);
        signatures = List.copyOf(signatures);
        recipients = List.copyOf(recipients);
    }

    /** A heading or a paragraph of the body. */
    public record Block(Kind kind, String text) {

        public static Block heading(String text) {
            return new Block(Kind.HEADING, text);
        }

        public static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text);
        }

        public enum Kind {
            HEADING,
            PARAGRAPH
        }
    }

    /**
     * A signature block: the capacity line ("T/M CHI BỘ" or null), the title ("BÍ THƯ", "THƯ KÝ") and the name. The
     * first signature is printed on the right, a second on the left.
     */
    public record Signature(String capacity, String title, String name) {}
}
