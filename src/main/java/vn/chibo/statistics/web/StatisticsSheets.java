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
import vn.chibo.members.MemberCategory;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.statistics.StatisticsFormat;
import vn.chibo.statistics.StatisticsReport;
import vn.chibo.statistics.StatisticsRow;

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

    void write(StatisticsReport report, String format, HttpServletResponse response) throws IOException {
        boolean csv = "csv".equals(format);
        String name = "thong-ke-" + report.organization().id().value() + "-" + report.date() + (csv ? ".csv" : ".xlsx");
        response.setContentType(csv ? "text/csv;charset=UTF-8" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        OutputStream out = response.getOutputStream();
        if (csv) {
            csv(report, out);
        } else {
            xlsx(report, out);
        }
        out.flush();
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

    String label(StatisticsRow row, boolean total) {
        if (total) {
            return text("statistics.total");
        }
        return row.direct() ? text("statistics.row.direct", row.name()) : row.name();
    }

    void csv(StatisticsReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, new ArrayList<>(headers(report)));
        for (StatisticsRow row : report.rows()) {
            line(writer, cells(report, row, false));
        }
        line(writer, cells(report, report.total(), true));
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

    void xlsx(StatisticsReport report, OutputStream out) throws IOException {
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
            titleCell.setCellValue(
                    text("statistics.heading", report.organization().name(), StatisticsFormat.date(report.date())));
            titleCell.setCellStyle(bold);
            List<String> headers = headers(report);
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int next = 3;
            for (StatisticsRow row : report.rows()) {
                cells(sheet.createRow(next++), cells(report, row, false), percent, null);
            }
            cells(sheet.createRow(next), cells(report, report.total(), true), percent, bold);
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

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
