package vn.chibo.documents;

/**
 * The number and symbol of an issued document, e.g. {@code 05-NQ/CB}: the number, the type's abbreviation and the
 * issuing body's abbreviation.
 */
public record DocumentNumber(int number, DocumentType type, String issuer) {

    public DocumentNumber {
        if (number < 1) {
            throw new IllegalArgumentException("Document numbers start at 01");
        }
    }

    /** "05-NQ/CB": numbers below ten take a leading zero (HD 36-HD/VPTW). */
    public String symbol() {
        return String.format("%02d-%s/%s", number, type.abbreviation(), issuer);
    }
}
