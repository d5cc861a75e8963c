package vn.chibo.members.importing;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A streaming CSV reader (RFC 4180, parsed by FastCSV; comma, semicolon or tab separated, chosen from the header line).
 * It holds one row at a time: a cell longer than {@link #MAX_CELL} characters is cut and flagged rather than kept whole,
 * and a row FastCSV cannot buffer (an unclosed quote swallowing the rest of the file) is refused, naming the row.
 */
final class CsvRows {

    /** Excel's own limit for the text of a cell. */
    static final int MAX_CELL = 32_767;
    /** Cells beyond this in one row are ignored. */
    static final int MAX_CELLS = 200;
    /** The most characters of one row FastCSV keeps while reading it (a row of {@link #MAX_CELLS} full cells fits). */
    private static final int MAX_ROW = 8 * 1024 * 1024;
    /** How far the header line is read to find the separator. */
    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    private final Reader in;

    CsvRows(Reader in) {
        this.in = in;
    }

    void read(RowHandler handler) throws IOException {
        BufferedReader buffered = new BufferedReader(in, 1 << 16);
        char separator = separator(buffered);
        Rows rows = new Rows();
        try (CsvReader<Row> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .quoteCharacter('"')
                .skipEmptyLines(false)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .maxBufferSize(MAX_ROW)
                .build(rows, buffered)) {
            for (Row row : reader) {
                handler.row(row.number(), row.cells(), row.oversized());
            }
        } catch (CsvParseException e) {
            throw new TooLargeRow(rows.number + 1, e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The separator the header line uses: the first comma, semicolon or tab outside quotes (a comma by default). */
    private static char separator(BufferedReader in) throws IOException {
        in.mark(HEADER_LOOKAHEAD + 1);
        try {
            boolean quoted = false;
            for (int i = 0; i < HEADER_LOOKAHEAD; i++) {
                int c = in.read();
                if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                    break;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == ',' || c == ';' || c == '\t')) {
                    return (char) c;
                }
            }
            return ',';
        } finally {
            in.reset();
        }
    }

    /** A row as the importer takes it: blank cells are null. */
    record Row(int number, String[] cells, boolean[] oversized) {}

    /** A row FastCSV could not hold (longer than {@link #MAX_ROW} characters): the row it started on. */
    static final class TooLargeRow extends IOException {

        private final int row;

        TooLargeRow(int row, Throwable cause) {
            super("CSV row " + row + " is too large to read", cause);
            this.row = row;
        }

        int row() {
            return row;
        }
    }

    /** Builds rows from FastCSV's callbacks, cutting each cell at {@link #MAX_CELL} characters. */
    private static final class Rows extends CsvCallbackHandler<Row> {

        private final String[] cells = new String[MAX_CELLS];
        private final boolean[] oversized = new boolean[MAX_CELLS];
        private int count;
        private int number;
        private RecordType type = RecordType.DATA;

        @Override
        protected RecordType getRecordType() {
            return type;
        }

        @Override
        protected int getFieldCount() {
            return count;
        }

        @Override
        protected void beginRecord(long startingLineNumber) {
            count = 0;
            type = RecordType.DATA;
        }

        @Override
        protected void addField(char[] buffer, int offset, int length, boolean quoted) {
            if (count >= MAX_CELLS) {
                return;
            }
            boolean big = length > MAX_CELL;
            oversized[count] = big;
            cells[count++] = length == 0 ? null : new String(buffer, offset, big ? MAX_CELL : length);
        }

        @Override
        protected void setComment(char[] buffer, int offset, int length) {
            type = RecordType.COMMENT;
        }

        @Override
        protected void setEmpty() {
            // An empty line is a row with one blank cell, as a spreadsheet shows it.
            type = RecordType.EMPTY;
            count = 0;
            cells[count] = null;
            oversized[count++] = false;
        }

        @Override
        protected Row buildRecord() {
            number++;
            return new Row(number, Arrays.copyOf(cells, count), Arrays.copyOf(oversized, count));
        }
    }
}
