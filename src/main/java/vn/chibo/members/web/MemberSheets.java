package vn.chibo.members.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chibo.members.MemberField;
import vn.chibo.members.MemberSummary;
import vn.chibo.members.VietnameseText;
import vn.chibo.members.importing.ImportColumn;

/**
 * Writes member lists and the import template as XLSX (streamed, a window of rows in memory) or CSV (UTF-8 with a byte
 * order mark, so that Excel shows the diacritics).
 */
@Component
class MemberSheets {

    private final MessageSource messages;

    MemberSheets(MessageSource messages) {
        this.messages = messages;
    }

    /** The list's columns: the member fields are labelled as everywhere else ({@link MemberField#messageKey()}). */
    List<String> exportHeaders(Locale locale) {
        return List.of(
                        "export.no",
                        MemberField.FULL_NAME.messageKey(),
                        MemberField.GENDER.messageKey(),
                        MemberField.BIRTH_DATE.messageKey(),
                        "export.organization",
                        "export.status",
                        MemberField.THEORY_LEVEL.messageKey(),
                        MemberField.ETHNICITY.messageKey(),
                        MemberField.POSITION.messageKey(),
                        MemberField.ADMISSION_DATE.messageKey(),
                        MemberField.OFFICIAL_DATE.messageKey(),
                        "export.partyAge")
                .stream()
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
    }

    List<Object> exportRow(long number, MemberSummary m, Locale locale) {
        return List.of(
                number,
                m.fullName(),
                messages.getMessage("member.gender." + m.gender(), null, locale),
                VietnameseText.date(m.birthDate()),
                m.organizationName(),
                messages.getMessage("member.status." + m.status(), null, locale),
                messages.getMessage("member.theoryLevel." + m.theoryLevel(), null, locale),
                m.ethnicity(),
                m.position() == null ? "" : m.position(),
                VietnameseText.date(m.admissionDate()),
                VietnameseText.date(m.officialDate()),
                m.partyAgeYears());
    }

    /** Streams rows produced by {@code rows} into an XLSX sheet. */
    void xlsx(OutputStream out, List<String> headers, Consumer<Consumer<List<Object>>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet =
                    workbook.createSheet(messages.getMessage("export.sheet", null, LocaleContextHolder.getLocale()));
            var bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    Cell cell = row.createCell(i);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                    }
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams rows into CSV (UTF-8 with BOM, comma separated, quoted when needed). */
    void csv(OutputStream out, List<String> headers, Consumer<Consumer<List<Object>>> rows) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            line(writer, headers.stream().map(h -> (Object) h).toList());
            rows.accept(values -> {
                try {
                    line(writer, values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer writer, List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object value = values.get(i);
            String text =
                    value == null ? "" : value instanceof Number ? value.toString() : neutralized(value.toString());
            if (text.indexOf(',') >= 0
                    || text.indexOf('"') >= 0
                    || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                writer.write('"');
                writer.write(text.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(text);
            }
        }
        writer.write("\r\n");
    }

    /**
     * A text cell that a spreadsheet would run as a formula when the CSV file is opened (it starts with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return: a name such as {@code =HYPERLINK(...)} typed into a
     * member's record) gets a leading apostrophe, so that it shows as the text it is, as OWASP's "CSV Injection" page
     * recommends. Numbers are written as numbers. XLSX needs nothing of the kind: its text cells are never formulas.
     */
    static String neutralized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** The import template: the headers and one example row. */
    List<String> templateHeaders() {
        return java.util.Arrays.stream(ImportColumn.values())
                .map(ImportColumn::header)
                .toList();
    }

    List<Object> templateExample() {
        return List.of(
                "Nguyễn Thị Mẫu",
                "Nữ",
                "15/03/1985",
                "001185012345",
                "Kinh",
                "Không",
                "Xã Bình Minh, tỉnh Bình Sơn",
                "Phường Trung Tâm, tỉnh Bình Sơn",
                "12/12",
                "Cử nhân Sư phạm Toán",
                "Trung cấp",
                "Giáo viên",
                "Tổ trưởng chuyên môn",
                "10/05/2012",
                "19/05/2012",
                "19/05/2013",
                "123456BS",
                "");
    }
}
