package vn.chibo.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chibo.elections.Target;
import vn.chibo.members.MemberCategory;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.statistics.RatingReport;
import vn.chibo.statistics.RatingRow;
import vn.chibo.statistics.StatisticsFormat;
import vn.chibo.statistics.StatisticsReport;
import vn.chibo.statistics.StatisticsRow;
import vn.chibo.statistics.TargetProgress;
import vn.chibo.statistics.TargetReport;
import vn.chibo.statistics.TargetYear;

/**
 * The statistics table as a download: XLSX with numbers as numbers, or CSV in UTF-8 with a byte order mark (so that
 * Excel shows the diacritics), a line per row of the page and the total last, the ratio with a decimal comma.
 */
@Component
class StatisticsSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    StatisticsSheets(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A table to download: the file's name without its extension, the title above the table in a workbook, the column
     * headers, and the lines, of which those from {@code boldFrom} on (the total) are set in bold.
     */
    record Table(
            String fileName,
            String title,
            List<String> headers,
            List<List<Object>> lines,
            int boldFrom,
            List<String> notes) {

        Table {
            notes = List.copyOf(notes);
        }

        Table(String fileName, String title, List<String> headers, List<List<Object>> lines, int boldFrom) {
            this(fileName, title, headers, lines, boldFrom, List.of());
        }
    }

    void write(StatisticsReport report, String format, HttpServletResponse response) throws IOException {
        List<List<Object>> lines = new ArrayList<>();
        for (StatisticsRow row : report.rows()) {
            lines.add(cells(report, row, false));
        }
        lines.add(cells(report, report.total(), true));
        lines.add(shares(report));
        write(
                new Table(
                        "thong-ke-" + report.organization().id().value() + "-" + report.date(),
                        text("statistics.heading", report.organization().name(), StatisticsFormat.date(report.date())),
                        headers(report),
                        lines,
                        lines.size() - 2,
                        notes(report)),
                format,
                response);
    }

    /** The notes the page shows under the table that change how a figure reads: a staff count taken after the day. */
    List<String> notes(StatisticsReport report) {
        if (report.staffCountedAfter() == null) {
            return List.of();
        }
        return List.of(text("statistics.note.staffAfterDate", StatisticsFormat.date(report.staffCountedAfter())));
    }

    void write(Table table, String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equals(format);
        String name = table.fileName() + (csv ? ".csv" : ".xlsx");
        response.setContentType(csv ? "text/csv;charset=UTF-8" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        OutputStream out = response.getOutputStream();
        if (csv) {
            csv(table, out);
        } else {
            xlsx(table, out);
        }
        out.flush();
    }

    /** The members by rating level: each level's count and share of the rated, the not rated and their share. */
    Table ratings(RatingReport report) {
        List<String> headers = new ArrayList<>();
        headers.add(text("statistics.column.organization"));
        headers.add(text("statistics.ratings.members"));
        headers.add(text("statistics.ratings.rated"));
        for (RatingLevel level : RatingLevel.values()) {
            headers.add(text(level.messageKey()));
            headers.add(text(level.messageKey()) + " – " + text("statistics.ratings.shareOfRated"));
        }
        headers.add(text("statistics.ratings.notRated"));
        headers.add(text("statistics.ratings.notRated") + " – " + text("statistics.ratings.shareOfMembers"));
        headers.add(text("statistics.ratings.rounds"));
        List<List<Object>> lines = new ArrayList<>();
        for (RatingRow row : report.rows()) {
            lines.add(ratingCells(row, ratingLabel(row)));
        }
        // Every line has its shares beside its counts, the total too: no share line is needed under it.
        lines.add(ratingCells(report.total(), text("statistics.total")));
        return new Table(
                "xep-loai-" + report.organization().id().value() + "-" + report.year(),
                text("statistics.ratings.heading", report.organization().name(), Integer.toString(report.year())),
                headers,
                lines,
                lines.size() - 1);
    }

    String ratingLabel(RatingRow row) {
        return row.direct() ? text("statistics.row.direct", row.name()) : row.name();
    }

    private static List<Object> ratingCells(RatingRow row, String label) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        if (!row.hasData()) {
            // No approved round: no figure, not a zero.
            return cells;
        }
        cells.add(row.members());
        cells.add(row.rated());
        for (RatingLevel level : RatingLevel.values()) {
            cells.add(row.count(level));
            cells.add(row.share(level));
        }
        cells.add(row.notRated());
        cells.add(row.notRatedShare());
        cells.add((long) row.rounds());
        return cells;
    }

    /** The measured targets, a line per target and year: the figure, the threshold and whether it is reached. */
    Table targets(TargetReport report) {
        List<String> headers = List.of(
                text("statistics.targets.column.target"),
                text("statistics.targets.column.measure"),
                text("statistics.targets.column.threshold"),
                text("statistics.targets.column.year"),
                text("statistics.targets.column.count"),
                text("statistics.targets.column.of"),
                text("statistics.targets.column.percent"),
                text("statistics.targets.column.sinceTermStart"),
                text("statistics.targets.column.assessment"));
        List<List<Object>> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (TargetProgress progress : report.measured()) {
            Target target = progress.target();
            for (TargetYear year : progress.years()) {
                if (year.staffCountedAfter() != null) {
                    // As the page notes it under the year's share: the staff count used was taken after the day.
                    notes.add(text(
                            "statistics.targets.note",
                            target.indicator(),
                            Integer.toString(year.year()),
                            text(
                                    "statistics.targets.staffCountedAfter",
                                    StatisticsFormat.date(year.staffCountedAfter()))));
                }
                List<Object> cells = new ArrayList<>();
                cells.add(target.indicator());
                cells.add(text("congress.measure." + target.measure()));
                cells.add(threshold(target));
                cells.add((long) year.year());
                cells.add(year.count());
                cells.add(year.of());
                cells.add(year.percent());
                cells.add(year.sinceTermStart());
                cells.add(text(year.assessment().messageKey()));
                lines.add(cells);
            }
        }
        String title = report.congress() == null
                ? text("statistics.targets.heading", report.organization().name())
                : text(
                        "statistics.targets.headingTerm",
                        report.organization().name(),
                        Integer.toString(report.congress().termStart().getYear()),
                        Integer.toString(report.congress().termEnd().getYear()));
        return new Table("chi-tieu-" + report.organization().id().value(), title, headers, lines, lines.size(), notes);
    }

    /** "từ 90 % trở lên", as the congress page writes the target's direction, level and unit. */
    String threshold(Target target) {
        if (target.comparator() == Target.Comparator.NONE || target.threshold() == null) {
            return text("statistics.targets.noThreshold");
        }
        String number = target.unit() == Target.Unit.PERCENT
                ? StatisticsFormat.decimalOrInteger(target.threshold()) + " %"
                : StatisticsFormat.decimalOrInteger(target.threshold());
        return text("statistics.targets.threshold." + target.comparator(), number);
    }

    /** The column headers: the organization, each category under its dimension, the staff, ratio and types. */
    List<String> headers(StatisticsReport report) {
        List<String> headers = new ArrayList<>();
        headers.add(text("statistics.column.organization"));
        for (MemberCategory category : MemberCategory.values()) {
            headers.add(text("statistics.dimension." + category.dimension()) + " – " + text(category.messageKey()));
        }
        headers.add(text("statistics.staff"));
        headers.add(text("statistics.staffAsOf"));
        headers.add(text("statistics.ratio"));
        for (OrganizationType type : report.organizationTypes()) {
            headers.add(text("statistics.organizations") + " – " + text("organization.type." + type));
        }
        return headers;
    }

    /** A row's cells: numbers as {@link Long}, the rest as text. */
    List<Object> cells(StatisticsReport report, StatisticsRow row, boolean total) {
        List<Object> cells = new ArrayList<>();
        cells.add(label(row, total));
        for (MemberCategory category : MemberCategory.values()) {
            cells.add(row.count(category));
        }
        cells.add(row.staff());
        cells.add(StatisticsFormat.date(row.staffAsOf()));
        cells.add(row.ratio());
        for (OrganizationType type : report.organizationTypes()) {
            cells.add(row.organizations(type));
        }
        return cells;
    }

    /** The share line under the total: each category's share of the members, each type's of the organizations. */
    List<Object> shares(StatisticsReport report) {
        StatisticsRow total = report.total();
        List<Object> cells = new ArrayList<>();
        cells.add(text("statistics.share"));
        for (MemberCategory category : MemberCategory.values()) {
            cells.add(StatisticsRow.ratio(total.count(category), total.members().members()));
        }
        cells.add(null);
        cells.add(null);
        cells.add(null);
        for (OrganizationType type : report.organizationTypes()) {
            cells.add(StatisticsRow.ratio(total.organizations(type), total.organizationCount()));
        }
        return cells;
    }

    String label(StatisticsRow row, boolean total) {
        if (total) {
            return text("statistics.total");
        }
        return row.direct() ? text("statistics.row.direct", row.name()) : row.name();
    }

    void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, table.headers());
        for (List<Object> cells : table.lines()) {
            line(writer, cells);
        }
        if (!table.notes().isEmpty()) {
            // A blank line, then each note alone in the first column, as the page sets them under the table.
            writer.write("\r\n");
            for (String note : table.notes()) {
                line(writer, List.of(note));
            }
        }
        writer.flush();
    }

    private static void line(Writer writer, List<?> values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values.get(i);
            String text = value instanceof java.math.BigDecimal d
                    ? StatisticsFormat.decimal(d)
                    : value == null ? "" : value.toString();
            line.append(quoted(text));
        }
        writer.write(line.append("\r\n").toString());
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is neutralized so that a spreadsheet never runs a name as a formula. */
    static String quoted(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }

    void xlsx(Table table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text("statistics.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row title = sheet.createRow(0);
            Cell titleCell = title.createCell(0);
            titleCell.setCellValue(table.title());
            titleCell.setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(bold);
            }
            int next = 3;
            for (int i = 0; i < table.lines().size(); i++) {
                cells(sheet.createRow(next++), table.lines().get(i), percent, i >= table.boldFrom() ? bold : null);
            }
            next++;
            for (String note : table.notes()) {
                sheet.createRow(next++).createCell(0).setCellValue(note);
            }
            sheet.createFreezePane(1, 3);
            workbook.write(out);
        }
    }

    private static void cells(Row row, List<Object> values, CellStyle percent, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof java.math.BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(percent);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
            }
            if (style != null && i == 0) {
                cell.setCellStyle(style);
            }
        }
    }

    String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
