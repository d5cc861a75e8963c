package vn.chibo.members.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.Hostile;
import vn.chibo.platform.InvalidInputException;

/** Property tests of the importer's parts: whatever a cell or a file holds, a value or a refusal naming the field. */
class HostileCellsPropertyTests {

    private static final List<String> ODD_DATES = List.of(
            "31/02/2026",
            "29/02/2025",
            "0/0/0",
            "99/99/9999",
            "2026-13-01",
            "-1",
            "1e9",
            "45000",
            "01/01/0001",
            "\u0000",
            "=1+1",
            "٣١/١٢/٢٠٢٦");

    private final Hostile hostile = Hostile.draw();

    @Test
    void aDateCellIsADateOrARefusalNamingItsField() {
        for (int i = 0; i < 500; i++) {
            String text =
                    switch (i % 3) {
                        case 0 -> hostile.anyText(40);
                        case 1 -> hostile.textOf("0123456789/-. ", 12);
                        default -> hostile.oneOf(ODD_DATES);
                    };
            try {
                LocalDate date = CellValues.date("birthDate", text);
                assertThat(date == null || date.getYear() > 0)
                        .as("%s, %s", text, hostile)
                        .isTrue();
            } catch (InvalidInputException e) {
                assertThat(e.field()).as("%s, %s", text, hostile).isEqualTo("birthDate");
                assertThat(e.messageKey()).isNotBlank();
            }
        }
    }

    @Test
    void anyTextReadsAsRowsOrARefusalOfTheFile() throws IOException {
        for (int i = 0; i < 300; i++) {
            String text = i % 2 == 0 ? hostile.anyText(2_000) : hostile.textOf("a,\"\r\n;\tĐ", 2_000);
            int[] rows = {0};
            try {
                new CsvRows(new StringReader(text)).read((row, cells, oversized) -> {
                    assertThat(row).isPositive();
                    assertThat(oversized).hasSameSizeAs(cells);
                    rows[0]++;
                });
            } catch (InvalidInputException e) {
                assertThat(e.field()).as(hostile.toString()).isEqualTo("file");
            }
            assertThat(rows[0]).isNotNegative();
        }
    }
}
