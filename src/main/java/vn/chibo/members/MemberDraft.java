package vn.chibo.members;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/** The command to create a member's record, as typed in the form, sent to the API or read from an import row. */
public record MemberDraft(
        OrganizationId organizationId,
        String fullName,
        String birthName,
        String aliases,
        Gender gender,
        LocalDate birthDate,
        String birthPlace,
        String homeTown,
        String homeTownFormer,
        String permanentResidence,
        String temporaryResidence,
        String ethnicity,
        String religion,
        String citizenId,
        String familyNotes,
        String generalEducation,
        String qualification,
        String academicTitle,
        PoliticalTheoryLevel theoryLevel,
        String foreignLanguage,
        String itSkill,
        String minorityLanguage,
        String job,
        String position,
        Boolean unitStaff,
        LocalDate youthUnionDate,
        String introducers,
        LocalDate admissionDate,
        DecisionReference admission,
        LocalDate ceremonyDate,
        String ceremonyPlace,
        LocalDate officialDate,
        String biographyNumber,
        String cardNumber) {

    /** A draft with only the required fields, for tests and demo data. */
    public static MemberDraft minimal(
            OrganizationId organizationId,
            String fullName,
            Gender gender,
            LocalDate birthDate,
            LocalDate admissionDate,
            LocalDate ceremonyDate,
            LocalDate officialDate) {
        return new MemberDraft(
                organizationId,
                fullName,
                null,
                null,
                gender,
                birthDate,
                null,
                null,
                null,
                null,
                null,
                "Kinh",
                null,
                null,
                null,
                null,
                null,
                null,
                PoliticalTheoryLevel.NONE,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                admissionDate,
                null,
                ceremonyDate,
                null,
                officialDate,
                null,
                null);
    }

    public MemberDraft withCitizenId(String value) {
        return new MemberDraft(
                organizationId,
                fullName,
                birthName,
                aliases,
                gender,
                birthDate,
                birthPlace,
                homeTown,
                homeTownFormer,
                permanentResidence,
                temporaryResidence,
                ethnicity,
                religion,
                value,
                familyNotes,
                generalEducation,
                qualification,
                academicTitle,
                theoryLevel,
                foreignLanguage,
                itSkill,
                minorityLanguage,
                job,
                position,
                unitStaff,
                youthUnionDate,
                introducers,
                admissionDate,
                admission,
                ceremonyDate,
                ceremonyPlace,
                officialDate,
                biographyNumber,
                cardNumber);
    }

    /** Probationary until recognized. */
    public MemberStatus status() {
        return officialDate == null ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL;
    }
}
