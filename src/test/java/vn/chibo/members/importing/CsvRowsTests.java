package vn.chibo.members.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class CsvRowsTests {

    record Row(int number, List<String> cells, boolean[] oversized) {}

    static List<Row> read(String text) throws IOException {
        List<Row> rows = new ArrayList<>();
        new CsvRows(new StringReader(text)).read((n, cells, big) -> rows.add(new Row(n, Arrays.asList(cells), big)));
        return rows;
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() throws IOException {
        List<Row> rows = read("Họ và tên,Ghi chú\r\n\"Lê, Văn A\",\"nói \"\"chào\"\"\nxuống dòng\"\r\nB,\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("Lê, Văn A", "nói \"chào\"\nxuống dòng");
        assertThat(rows.get(2).number()).isEqualTo(3);
        assertThat(rows.get(2).cells()).containsExactly("B", null);
    }

    @Test
    void theSeparatorIsTakenFromTheHeader() throws IOException {
        assertThat(read("a;b\n1,5;2\n").get(1).cells()).containsExactly("1,5", "2");
        assertThat(read("a\tb\n1\t2").get(1).cells()).containsExactly("1", "2");
    }

    @Test
    void aHugeCellIsCutAndFlaggedNotReadWhole() throws IOException {
        List<Row> rows = read("a,b\n" + "x".repeat(CsvRows.MAX_CELL + 10) + ",ok\n");
        assertThat(rows.get(1).cells().get(0)).hasSize(CsvRows.MAX_CELL);
        assertThat(rows.get(1).oversized()[0]).isTrue();
        assertThat(rows.get(1).oversized()[1]).isFalse();
        assertThat(rows.get(1).cells().get(1)).isEqualTo("ok");
    }

    @Test
    void anEmptyLineIsARowWithOneBlankCellAndRowsCountRecordsNotLines() throws IOException {
        List<Row> rows = read("a,b\n\n\"x\ny\",1\n2,3");
        assertThat(rows).extracting(Row::number).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).cells()).containsExactly((String) null);
        assertThat(rows.get(2).cells()).containsExactly("x\ny", "1");
        assertThat(rows.get(3).cells()).containsExactly("2", "3");
    }

    @Test
    void cellsBeyondTheLimitOfARowAreIgnored() throws IOException {
        String wide = String.join(",", java.util.Collections.nCopies(CsvRows.MAX_CELLS + 50, "v"));
        assertThat(read("h\n" + wide).get(1).cells()).hasSize(CsvRows.MAX_CELLS);
    }

    @Test
    void anUnclosedQuoteSwallowingTheFileIsRefusedNamingItsRow() {
        String text = "a,b\n1,2\n\"never closed," + "x,".repeat(5_000_000);
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(CsvRows.TooLargeRow.class, e -> assertThat(e.row())
                .isEqualTo(3));
    }

    /** The public corpus csv-spectrum (src/test/resources/csv-spectrum): every file reads as its JSON says. */
    @Test
    void readsTheCsvSpectrumCorpusAsItsJsonSays() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Path corpus = Path.of("src/test/resources/csv-spectrum");
        List<Path> files;
        try (var list = Files.list(corpus.resolve("csvs"))) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(11);
        for (Path csv : files) {
            String name = csv.getFileName().toString().replace(".csv", "");
            List<Map<String, String>> expected =
                    json.readValue(corpus.resolve("json/" + name + ".json").toFile(), new TypeReference<>() {});
            List<Row> rows = read(Files.readString(csv));
            List<String> header = rows.get(0).cells();
            List<Map<String, String>> actual = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) {
                Map<String, String> record = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String cell = i < row.cells().size() ? row.cells().get(i) : null;
                    record.put(header.get(i), cell == null ? "" : cell);
                }
                actual.add(record);
            }
            assertThat(actual).as(name).isEqualTo(expected);
        }
    }
}
