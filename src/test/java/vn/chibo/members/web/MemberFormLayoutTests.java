package vn.chibo.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.members.MemberField;

class MemberFormLayoutTests {

    @Test
    void theEditFormPlacesEveryFieldEditedInPlaceOnce() {
        List<MemberField> placed = MemberFormLayout.EDIT.stream()
                .flatMap(section -> section.fields().stream())
                .toList();
        assertThat(placed).doesNotHaveDuplicates();
        assertThat(placed).containsExactlyInAnyOrderElementsOf(MemberField.editableFields());
    }

    @Test
    void theCreateFormAsksOnlyFieldsEditedInPlaceAndTheRequiredOnes() {
        List<MemberField> asked = new java.util.ArrayList<>(MemberFormLayout.CREATE);
        asked.addAll(MemberFormLayout.CREATE_NUMBERS);
        assertThat(asked).doesNotHaveDuplicates();
        assertThat(MemberField.editableFields()).containsAll(asked);
        assertThat(asked).contains(MemberField.FULL_NAME, MemberField.GENDER, MemberField.BIRTH_DATE);
    }
}
