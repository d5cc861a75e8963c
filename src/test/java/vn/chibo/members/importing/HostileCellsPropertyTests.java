package vn.chibo.members.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.chibo.platform.InvalidInputException;

/** Property tests of the importer's parts: whatever a cell or a file holds, a value or a refusal naming the field. */
class HostileCellsPropertyTests {

    @Property(tries = 500)
    void aDateCellIsADateOrARefusalNamingItsField(@ForAll("cells") String text) {
        try {
            LocalDate date = CellValues.date("birthDate", text);
            assertThat(date == null || date.getYear() > 0).isTrue();
        } catch (InvalidInputException e) {
            assertThat(e.field()).isEqualTo("birthDate");
            assertThat(e.messageKey()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void anyTextReadsAsRowsOrARefusalOfTheFile(@ForAll("files") String text) throws IOException {
        int[] rows = {0};
        try {
            new CsvRows(new StringReader(text)).read((row, cells, oversized) -> {
                assertThat(row).isPositive();
                assertThat(oversized).hasSameSizeAs(cells);
                rows[0]++;
            });
        } catch (InvalidInputException e) {
            assertThat(e.field()).isEqualTo("file");
        }
        assertThat(rows[0]).isNotNegative();
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789/-. ").ofMaxLength(12),
                Arbitraries.of(
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
                        "٣١/١٢/٢٠٢٦"));
    }

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(2_000),
                Arbitraries.strings().withChars("a,\"\r\n;\tĐ").ofMaxLength(2_000));
    }
}
