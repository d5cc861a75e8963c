package vn.chibo.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.portal.content.TextDiff.Kind;

class TextDiffTests {

    @Test
    void showsWhatWasRemovedAndAdded() {
        var diff = TextDiff.blocks("<p>Một</p><p>Hai</p><p>Ba</p>", "<p>Một</p><p>Hai sửa</p><p>Ba</p><p>Bốn</p>");
        assertThat(diff)
                .extracting(TextDiff.Line::kind)
                .containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME, Kind.ADDED);
        assertThat(diff).extracting(TextDiff.Line::text).containsExactly("Một", "Hai", "Hai sửa", "Ba", "Bốn");
    }

    @Test
    void aLongBodyWithOneChangeIsComparedWithoutAQuadraticTable() {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            left.append("Dòng ").append(i).append('\n');
            right.append(i == 10_000 ? "Dòng đã sửa" : "Dòng " + i).append('\n');
        }
        var diff = TextDiff.lines(left.toString(), right.toString());
        assertThat(diff).hasSize(20_001);
        assertThat(diff)
                .filteredOn(l -> l.kind() != Kind.SAME)
                .extracting(TextDiff.Line::text)
                .containsExactly("Dòng 10000", "Dòng đã sửa");
        assertThat(TextDiff.lines("", "Một")).extracting(TextDiff.Line::kind).containsExactly(Kind.ADDED);
        assertThat(TextDiff.lines(null, null)).isEmpty();
    }
}
