package vn.chibo.members.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
