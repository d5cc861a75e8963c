package vn.chibo.members.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A streaming CSV reader (RFC 4180 quoting; comma, semicolon or tab separated, chosen from the header line). It never
 * holds more than one row: a cell longer than {@link #MAX_CELL} characters is cut and flagged rather than read whole.
 */
final class CsvRows {

    /** Excel's own limit for the text of a cell. */
    static final int MAX_CELL = 32_767;
    /** Cells beyond this in one row are ignored. */
    static final int MAX_CELLS = 200;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private char separator;

    CsvRows(Reader in) {
        this.in = in;
    }

    void read(RowHandler handler) throws IOException {
        List<String> cells = new ArrayList<>();
        boolean[] oversized = new boolean[MAX_CELLS];
        StringBuilder cell = new StringBuilder();
        int row = 1;
        boolean headerDone = false;
        boolean quoted = false;
        boolean cellOversized = false;
        boolean anyContent = false;
        while (true) {
            int c = next();
            if (c < 0) {
                if (anyContent || cell.length() > 0 || !cells.isEmpty()) {
                    finishCell(cells, cell, oversized, cellOversized);
                    emit(handler, row, cells, oversized);
                }
                return;
            }
            char ch = (char) c;
            if (!headerDone && separator == 0 && !quoted) {
                if (ch == ',' || ch == ';' || ch == '\t') {
                    separator = ch;
                }
            }
            if (quoted) {
                if (ch == '"') {
                    int peek = peek();
                    if (peek == '"') {
                        next();
                        cellOversized |= append(cell, '"');
                    } else {
                        quoted = false;
                    }
                } else {
                    cellOversized |= append(cell, ch);
                }
                continue;
            }
            if (ch == '"' && cell.length() == 0) {
                quoted = true;
                anyContent = true;
            } else if (ch == separator && separator != 0) {
                finishCell(cells, cell, oversized, cellOversized);
                cellOversized = false;
                anyContent = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') {
                    next();
                }
                finishCell(cells, cell, oversized, cellOversized);
                cellOversized = false;
                emit(handler, row, cells, oversized);
                headerDone = true;
                row++;
                anyContent = false;
            } else {
                cellOversized |= append(cell, ch);
                anyContent = true;
            }
        }
    }

    private static boolean append(StringBuilder cell, char ch) {
        if (cell.length() >= MAX_CELL) {
            return true;
        }
        cell.append(ch);
        return false;
    }

    private static void finishCell(List<String> cells, StringBuilder cell, boolean[] oversized, boolean big) {
        if (cells.size() < MAX_CELLS) {
            oversized[cells.size()] = big;
            cells.add(cell.length() == 0 ? null : cell.toString());
        }
        cell.setLength(0);
    }

    private static void emit(RowHandler handler, int row, List<String> cells, boolean[] oversized) {
        handler.row(row, cells.toArray(String[]::new), Arrays.copyOf(oversized, cells.size()));
        cells.clear();
        Arrays.fill(oversized, false);
    }

    private int next() throws IOException {
        if (position >= limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position >= limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position];
    }
}
