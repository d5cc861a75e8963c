package vn.chibo.meetings.scoring;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chibo.platform.InvalidInputException;

/**
 * The criteria of a committee's own scoring sheet, read from a CSV file: group number, group name, criterion, maximum
 * points and whether it is a key criterion ("có"/"x"/"yes"), separated by commas or semicolons, with quotes around
 * text that holds them. A first line that does not start with a number is a header. A bad row is named by its number.
 */
public final class SheetRows {

    /** One criterion of the sheet. */
    public record Row(int groupNo, String groupName, String text, BigDecimal maxPoints, boolean key) {}

    private SheetRows() {}

    public static List<Row> parse(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new InvalidInputException("file", "template.load.empty");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            BigDecimal total = BigDecimal.ZERO;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (text.isBlank()) {
                    continue;
                }
                List<String> cells = cells(text, text.indexOf(';') >= 0 ? ';' : ',');
                if (number == 1 && !cells.get(0).strip().matches("\\d+")) {
                    continue;
                }
                Row row = row(cells, number);
                total = total.add(row.maxPoints());
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw new InvalidInputException("file", "template.load.empty");
            }
            if (total.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new InvalidInputException("file", "template.load.total", total.toPlainString());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(List<String> cells, int number) {
        if (cells.size() < 4) {
            throw new InvalidInputException("file", "template.load.columns", number);
        }
        int group;
        BigDecimal max;
        try {
            group = Integer.parseInt(cells.get(0).strip());
            max = new BigDecimal(cells.get(3).strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("file", "template.load.number", number);
        }
        String groupName = cells.get(1).strip();
        String criterion = cells.get(2).strip();
        if (group < 1 || groupName.isEmpty() || criterion.isEmpty()) {
            throw new InvalidInputException("file", "template.load.columns", number);
        }
        if (max.signum() <= 0 || max.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("file", "template.load.points", number);
        }
        String key = cells.size() > 4 ? cells.get(4).strip().toLowerCase(Locale.ROOT) : "";
        boolean isKey = key.equals("có") || key.equals("co") || key.equals("x") || key.equals("yes") || key.equals("1");
        return new Row(group, groupName, criterion, max, isKey);
    }

    /** The cells of one line; a quoted cell may hold the separator, and "" inside quotes is one quote. */
    static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
