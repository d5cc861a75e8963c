package vn.chibo.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.Hostile;

class CsvNeutralizationPropertyTests {

    @Test
    void csvCellsNeverStartWithAFormulaCharacter() {
        Hostile hostile = Hostile.draw();
        for (int i = 0; i < 500; i++) {
            String text = i % 2 == 0 ? hostile.string() : hostile.textOf("=+-@\t\r a1", 6);
            String cell = MemberSheets.neutralized(text);
            assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                    .as("%s gives %s, %s", text, cell, hostile)
                    .isTrue();
        }
    }
}
