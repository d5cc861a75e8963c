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
}
