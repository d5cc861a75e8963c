package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.organizations.OrganizationId;

class CongressSummaryTests {

    static CongressSummary numbered(int number) {
        LocalDate opening = LocalDate.of(2025, 5, 14);
        return new CongressSummary(
                CongressId.of(1),
                OrganizationId.of(1),
                "Chi bộ Trường THPT Lê Lợi",
                CongressKind.MEMBERS,
                number,
                CongressStatus.PREPARATION,
                opening,
                opening.plusDays(1),
                opening.plusYears(5),
                null);
    }

    @Test
    void aboveTenACongressIsNumberedInRomanNumeralsAsItsNameIsWritten() {
        assertThat(numbered(10).romanNumber()).isNull();
        assertThat(numbered(11).romanNumber()).isEqualTo("XI");
        assertThat(numbered(13).romanNumber()).isEqualTo("XIII");
        assertThat(numbered(14).romanNumber()).isEqualTo("XIV");
        assertThat(numbered(19).romanNumber()).isEqualTo("XIX");
        assertThat(numbered(40).romanNumber()).isEqualTo("XL");
        assertThat(numbered(99).romanNumber()).isEqualTo("XCIX");
        assertThat(numbered(100).romanNumber()).isEqualTo("C");
    }
}
