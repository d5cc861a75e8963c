package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.organizations.OrganizationId;

class MemberParticularsTests {

    private static final JsonMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    private static MemberParticulars sample() {
        return MemberDraft.minimal(
                        OrganizationId.of(3),
                        "Lò Thị Mai",
                        Gender.FEMALE,
                        LocalDate.of(1990, 4, 2),
                        LocalDate.of(2015, 6, 1),
                        LocalDate.of(2015, 6, 10),
                        null)
                .particulars()
                .with(MemberField.CITIZEN_ID, "011190004567")
                .with(MemberField.FAMILY_NOTES, "Chồng là giáo viên.")
                .with(MemberField.JOB, "Giáo viên");
    }

    @Test
    void theComponentsAreTheFieldsEditedInPlaceInTheirOrder() {
        assertThat(Arrays.stream(MemberParticulars.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList())
                .containsExactlyElementsOf(MemberField.editableFields().stream()
                        .map(MemberField::property)
                        .toList());
        for (MemberField field : MemberField.editableFields()) {
            assertThat(field.type()).isEqualTo(MemberParticulars.type(field));
        }
        assertThat(MemberField.ADMISSION_DATE.type()).isEqualTo(LocalDate.class);
        assertThat(MemberField.ADMISSION_NUMBER.type()).isEqualTo(String.class);
    }

    @Test
    void eachFieldIsReadAndChangedByItsName() {
        MemberParticulars p = sample();
        assertThat(p.value(MemberField.FULL_NAME)).isEqualTo("Lò Thị Mai");
        assertThat(p.value(MemberField.GENDER)).isEqualTo(Gender.FEMALE);
        assertThat(p.with(MemberField.JOB, "Hiệu trưởng").job()).isEqualTo("Hiệu trưởng");
        assertThat(p.with(MemberField.JOB, "Hiệu trưởng").fullName()).isEqualTo("Lò Thị Mai");
        assertThat(p.map((field, value) -> value)).isEqualTo(p);
        assertThatThrownBy(() -> p.value(MemberField.ADMISSION_DATE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.with(MemberField.BIRTH_DATE, "2/4/1990"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReaderWithoutThePermissionSeesPersonalFieldsMasked() {
        MemberParticulars shown = sample().shown(false);
        assertThat(shown.citizenId()).isEqualTo("•••••••••567");
        assertThat(shown.familyNotes()).isEqualTo(MemberField.MASK);
        assertThat(shown.fullName()).isEqualTo("Lò Thị Mai");
        assertThat(shown.job()).isEqualTo("Giáo viên");
        assertThat(sample().shown(true)).isEqualTo(sample());
    }

    @Test
    void inJsonTheParticularsAreFieldsOfTheDraftAndTheUpdateThemselves() {
        MemberDraft draft = new MemberDraft(OrganizationId.of(3), sample(), LocalDate.of(2015, 6, 1), null, null, null);
        String json = JSON.writeValueAsString(draft);
        assertThat(json).contains("\"fullName\":\"Lò Thị Mai\"").doesNotContain("particulars");
        assertThat(JSON.readValue(json, MemberDraft.class).particulars()).isEqualTo(sample());

        MemberUpdate update =
                JSON.readValue("{\"version\":7,\"fullName\":\"Lò Thị Mai\",\"job\":\"Giáo viên\"}", MemberUpdate.class);
        assertThat(update.version()).isEqualTo(7L);
        assertThat(update.particulars().fullName()).isEqualTo("Lò Thị Mai");
        assertThat(update.particulars().job()).isEqualTo("Giáo viên");
    }
}
