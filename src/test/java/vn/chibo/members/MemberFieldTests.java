package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

class MemberFieldTests {

    @Test
    void personalDataIsMaskedForReadersWithoutThePermissionAndTheCitizenIdKeepsItsLastDigits() {
        assertThat(MemberField.CITIZEN_ID.shown("001185012234", false)).isEqualTo("•••••••••234");
        assertThat(MemberField.CITIZEN_ID.shown("001185012234", true)).isEqualTo("001185012234");
        assertThat(MemberField.FAMILY_NOTES.shown("Bố: liệt sĩ", false)).isEqualTo(MemberField.MASK);
        assertThat(MemberField.HOME_TOWN.shown("Xã Bình Minh", false)).isEqualTo("Xã Bình Minh");
        assertThat(MemberField.PERMANENT_RESIDENCE.shown(null, false)).isNull();
        assertThat(MemberField.CITIZEN_ID.audited("001185012234")).isEqualTo(MemberField.CHANGED);
        assertThat(MemberField.JOB.audited("Giáo viên")).isEqualTo("Giáo viên");
    }

    @Test
    void thePersonalFieldsAreTheResidencesTheCitizenIdAndTheFamily() {
        Set<String> personal = Arrays.stream(MemberField.values())
                .filter(MemberField::personal)
                .map(MemberField::column)
                .collect(Collectors.toSet());
        assertThat(personal)
                .containsExactlyInAnyOrder("citizen_id", "permanent_residence", "temporary_residence", "family_notes");
    }

    @Test
    void theLifeCycleDatesAreNotEditedInPlace() {
        assertThat(MemberField.editableFields())
                .doesNotContain(
                        MemberField.ADMISSION_DATE,
                        MemberField.ADMISSION_NUMBER,
                        MemberField.ADMISSION_SYMBOL,
                        MemberField.CEREMONY_DATE,
                        MemberField.OFFICIAL_DATE)
                .contains(MemberField.FULL_NAME, MemberField.CITIZEN_ID, MemberField.CEREMONY_PLACE);
    }

    @Test
    void aDraftBecomesOneParameterPerColumnAsTheColumnStoresIt() {
        MemberDraft draft = MemberDraft.minimal(
                        OrganizationId.of(3),
                        "Nguyễn Thị Hương",
                        Gender.FEMALE,
                        LocalDate.of(1985, 3, 15),
                        LocalDate.of(2012, 5, 10),
                        LocalDate.of(2012, 5, 19),
                        null)
                .with(MemberField.CITIZEN_ID, "001185012345");
        Map<String, Object> params = MemberField.parameters(draft, Arrays.asList(MemberField.values()));
        assertThat(params).hasSize(MemberField.values().length);
        assertThat(params)
                .containsEntry("full_name", "Nguyễn Thị Hương")
                .containsEntry("gender", "FEMALE")
                .containsEntry("theory_level", "NONE")
                .containsEntry("citizen_id", "001185012345")
                .containsEntry("birth_date", LocalDate.of(1985, 3, 15))
                .containsEntry("admission_number", null);
        MemberDraft decided = new MemberDraft(
                draft.organizationId(),
                draft.particulars(),
                draft.admissionDate(),
                new DecisionReference(" 12 ", "QĐ/ĐU", draft.admissionDate()),
                draft.ceremonyDate(),
                null);
        assertThat(MemberField.ADMISSION_NUMBER.valueOf(decided)).isEqualTo("12");
        assertThat(MemberField.ADMISSION_SYMBOL.valueOf(decided)).isEqualTo("QĐ/ĐU");
    }

    @Test
    void everyFieldHasALabel() throws Exception {
        var bundle = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (MemberField field : MemberField.values()) {
            assertThat(bundle).as(field.messageKey()).containsKey(field.messageKey());
        }
    }
}
