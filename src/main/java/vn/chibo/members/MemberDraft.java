package vn.chibo.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/**
 * The command to create a member's record, as typed in the form, sent to the API or read from an import row: her
 * branch, her particulars and the dates and decision of her admission and recognition (which, once the record exists,
 * change only by life-cycle events). In JSON the particulars are fields of the draft itself.
 */
public record MemberDraft(
        OrganizationId organizationId,
        @JsonUnwrapped MemberParticulars particulars,
        LocalDate admissionDate,
        DecisionReference admission,
        LocalDate ceremonyDate,
        LocalDate officialDate) {

    /** A draft with only the required fields, for tests and demo data. */
    public static MemberDraft minimal(
            OrganizationId organizationId,
            String fullName,
            Gender gender,
            LocalDate birthDate,
            LocalDate admissionDate,
            LocalDate ceremonyDate,
            LocalDate officialDate) {
        MemberParticulars particulars = MemberParticulars.empty()
                .with(MemberField.FULL_NAME, fullName)
                .with(MemberField.GENDER, gender)
                .with(MemberField.BIRTH_DATE, birthDate)
                .with(MemberField.ETHNICITY, "Kinh")
                .with(MemberField.THEORY_LEVEL, PoliticalTheoryLevel.NONE)
                .with(MemberField.UNIT_STAFF, true);
        return new MemberDraft(organizationId, particulars, admissionDate, null, ceremonyDate, officialDate);
    }

    /** The draft with other particulars. */
    public MemberDraft with(MemberParticulars other) {
        return new MemberDraft(organizationId, other, admissionDate, admission, ceremonyDate, officialDate);
    }

    /** The draft with one particular changed. */
    public MemberDraft with(MemberField field, Object value) {
        return with(particulars.with(field, value));
    }

    /** Probationary until recognized. */
    public MemberStatus status() {
        return officialDate == null ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL;
    }
}
