package vn.chibo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentFormatTests {

    @Test
    void numbersBelowTenTakeALeadingZero() {
        assertThat(new DocumentNumber(5, DocumentType.RESOLUTION, "CB").symbol())
                .isEqualTo("05-NQ/CB");
        assertThat(new DocumentNumber(12, DocumentType.MINUTES, "ĐU").symbol()).isEqualTo("12-BB/ĐU");
        assertThat(new DocumentNumber(101, DocumentType.REGULATION, "TU").symbol())
                .isEqualTo("101-QĐi/TU");
        assertThatThrownBy(() -> new DocumentNumber(0, DocumentType.RESOLUTION, "CB"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysBelowTenAndTheFirstTwoMonthsArePadded() {
        assertThat(PlaceAndDate.day(LocalDate.of(2026, 3, 5))).isEqualTo("05");
        assertThat(PlaceAndDate.month(LocalDate.of(2026, 3, 5))).isEqualTo("3");
        assertThat(PlaceAndDate.month(LocalDate.of(2026, 1, 20))).isEqualTo("01");
        assertThat(PlaceAndDate.month(LocalDate.of(2026, 2, 20))).isEqualTo("02");
        assertThat(PlaceAndDate.day(LocalDate.of(2026, 12, 25))).isEqualTo("25");
        assertThat(PlaceAndDate.month(LocalDate.of(2026, 12, 25))).isEqualTo("12");
    }
}
