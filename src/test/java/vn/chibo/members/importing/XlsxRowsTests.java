package vn.chibo.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.platform.InvalidInputException;

/** The XLSX reader streams rows, and refuses a table of shared strings too large to hold in memory. */
class XlsxRowsTests {

    @TempDir
    Path dir;

    @Test
    void aWorkbookWhoseSharedStringsExceedTheLimitIsRefusedBeforeTheyAreRead() throws Exception {
        Path file = workbook(2_000);
        List<String> names = new ArrayList<>();
        XlsxRows.read(file, (row, cells, oversized) -> names.add(cells[0]), p -> {}, XlsxRows.MAX_SHARED_STRINGS);
        assertThat(names).hasSize(2_000).contains("Nguyễn Thị Mẫu 1999");

        assertThatThrownBy(() -> XlsxRows.read(file, (row, cells, oversized) -> {}, p -> {}, 16 * 1024))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo("import.file.tooManyStrings");
                });
    }

    private Path workbook(int rows) throws Exception {
        Path file = dir.resolve("dang-vien.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Danh sách");
            for (int i = 0; i < rows; i++) {
                sheet.createRow(i).createCell(0).setCellValue("Nguyễn Thị Mẫu " + i);
            }
            book.write(out);
        }
        return file;
    }
}
