package vn.chibo.documents.rendering;

/**
 * How each part of a Party document is printed, per HD 36-HD/VPTW (03/4/2018) as party-rules §6.1 gives it: size in
 * points, weight, slant, the line under it and the alignment. The DOCX and the PDF writer both print from this table.
 */
enum Hd36 {
    /** Part 2: the directly higher body, upper case, size 14, upright. */
    HIGHER_BODY(14, false, false, false, Align.CENTER),
    /** Part 2: the issuing body, upper case, size 14, bold, with the asterisk below. */
    ISSUING_BODY(14, true, false, false, Align.CENTER),
    STAR(14, false, false, false, Align.CENTER),
    /** Part 3: "Số 05-NQ/CB", size 14, upright. */
    NUMBER(14, false, false, false, Align.CENTER),
    /** Part 1: "ĐẢNG CỘNG SẢN VIỆT NAM", top right, size 15, upright, bold, a line below of the same length. */
    PARTY(15, true, false, true, Align.RIGHT),
    /** Part 4: place and date under the title on the right, size 14, italic. */
    DATE_LINE(14, false, true, false, Align.RIGHT),
    /** Part 5: the document type, upper case, size 15–16, bold, centred. */
    TITLE(15, true, false, false, Align.CENTER),
    /** Part 5: the summary, size 14–15, bold, centred. */
    SUMMARY(14, true, false, false, Align.CENTER),
    RULE(14, false, false, false, Align.CENTER),
    /** Part 6: the content, size 14–15; headings bold. */
    HEADING(14, true, false, false, Align.JUSTIFY),
    BODY(14, false, false, false, Align.JUSTIFY),
    /** Part 7: "T/M CHI BỘ", "BÍ THƯ" and the signer's name, size 14, bold, centred in the signature block. */
    SIGNATURE_CAPACITY(14, true, false, false, Align.CENTER),
    SIGNATURE_TITLE(14, true, false, false, Align.CENTER),
    SIGNATURE_NAME(14, true, false, false, Align.CENTER),
    /**
     * Part 9: "Nơi nhận:" size 14, upright, underlined; the recipients size 12 (HD 36 as remembered: the reference table
     * gives no size for part 9).
     */
    RECIPIENTS_LABEL(14, false, false, true, Align.LEFT),
    RECIPIENT(12, false, false, false, Align.LEFT);

    /** Horizontal alignment of a paragraph. */
    enum Align {
        LEFT,
        CENTER,
        RIGHT,
        JUSTIFY
    }

    final int points;
    final boolean bold;
    final boolean italic;
    final boolean underline;
    final Align align;

    Hd36(int points, boolean bold, boolean italic, boolean underline, Align align) {
        this.points = points;
        this.bold = bold;
        this.italic = italic;
        this.underline = underline;
        this.align = align;
    }

    /** The part as a CSS declaration block for the PDF. */
    String css() {
        return "font-size: " + points + "pt; font-weight: " + (bold ? "bold" : "normal") + "; font-style: "
                + (italic ? "italic" : "normal") + "; text-decoration: " + (underline ? "underline" : "none")
                + "; text-align: " + align.name().toLowerCase(java.util.Locale.ROOT) + ";";
    }
}
