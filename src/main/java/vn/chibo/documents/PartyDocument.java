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

    /**
     * A heading, a paragraph or a table of the body. A table's {@code rows} begin with its header row, and every row
     * has as many cells as the header; {@code text} is then its caption (or empty), and {@code widths} the relative
     * width of each column (empty: as the writer lays them out).
     */
    public record Block(Kind kind, String text, List<List<String>> rows, List<Integer> widths) {

        public Block {
            rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
            widths = widths == null ? List.of() : List.copyOf(widths);
        }

        public static Block heading(String text) {
            return new Block(Kind.HEADING, text, List.of(), List.of());
        }

        public static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text, List.of(), List.of());
        }

        /** A table with a header row, its columns as wide as the writer lays them out; a null cell prints empty. */
        public static Block table(List<String> header, List<List<String>> rows) {
            return table(header, rows, List.of());
        }

        /** A table whose columns have the relative widths given (one for each column of the header). */
        public static Block table(List<String> header, List<List<String>> rows, List<Integer> widths) {
            if (!widths.isEmpty() && widths.size() != header.size()) {
                throw new IllegalArgumentException(widths.size() + " widths for " + header.size() + " columns");
            }
            List<List<String>> all = new java.util.ArrayList<>();
            all.add(header);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(
                            "A row of " + row.size() + " cells in a table of " + header.size() + " columns");
                }
                all.add(row.stream().map(c -> c == null ? "" : c).toList());
            }
            return new Block(Kind.TABLE, "", all, widths);
        }

        /** The width of a column in per cent of the table's, or null when the table gives none. */
        public Integer percent(int column) {
            if (widths.isEmpty()) {
                return null;
            }
            int total = widths.stream().mapToInt(Integer::intValue).sum();
            return Math.round(widths.get(column) * 100f / total);
        }

        /** The number of columns of a table (0 for a heading or a paragraph). */
        public int columns() {
            return rows.isEmpty() ? 0 : rows.get(0).size();
        }

        public enum Kind {
            HEADING,
            PARAGRAPH,
            TABLE
        }
    }

    /** A table this wide is printed on landscape pages. */
    public static final int LANDSCAPE_COLUMNS = 8;

    /** Whether a body holds a table of {@link #LANDSCAPE_COLUMNS} columns or more. */
    public static boolean landscape(List<Block> body) {
        return body.stream().anyMatch(b -> b.columns() >= LANDSCAPE_COLUMNS);
    }

    /**
     * A signature block: the capacity line ("T/M CHI BỘ" or null), the title ("BÍ THƯ", "THƯ KÝ") and the name. The
     * first signature is printed on the right, a second on the left.
     */
    public record Signature(String capacity, String title, String name) {}
}
