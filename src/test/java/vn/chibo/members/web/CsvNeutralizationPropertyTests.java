package vn.chibo.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CsvNeutralizationPropertyTests {
    @Property(tries = 50)
    void csvCellsNeverStartWithAFormulaCharacter(@ForAll String text) {
        String cell = MemberSheets.neutralized(text);
        assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).isTrue();
    }
}
