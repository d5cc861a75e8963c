package vn.chibo.members;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/**
 * The fields of a member's record that are edited in place, with the version of the record they were read from. The
 * branch, the status and the dates of admission, ceremony and recognition are not here: they follow from the history
 * and change only by recording a life-cycle event. Confidential fields are ignored unless the editor may see them.
 */
public record MemberUpdate(
        Long version,
        String fullName,
        String birthName,
        String aliases,
        Gender gender,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
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
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate youthUnionDate,
        String introducers,
        String ceremonyPlace,
        String biographyNumber,
        String cardNumber,
        Long unitId) {

    /** The record as it stands, for the edit form. */
    static MemberUpdate of(MemberDetails m, long version) {
        return new MemberUpdate(
                version,
                m.fullName(),
                m.birthName(),
                m.aliases(),
                m.gender(),
                m.birthDate(),
                m.birthPlace(),
                m.homeTown(),
                m.homeTownFormer(),
                m.permanentResidence(),
                m.temporaryResidence(),
                m.ethnicity(),
                m.religion(),
                m.citizenId(),
                m.familyNotes(),
                m.generalEducation(),
                m.qualification(),
                m.academicTitle(),
                m.theoryLevel(),
                m.foreignLanguage(),
                m.itSkill(),
                m.minorityLanguage(),
                m.job(),
                m.position(),
                m.unitStaff(),
                m.youthUnionDate(),
                m.introducers(),
                m.ceremonyPlace(),
                m.biographyNumber(),
                m.cardNumber(),
                m.unitId());
    }

    /**
     * The record as it would be with these values, over the stored {@code row}: the branch and the life-cycle fields
     * stay as stored, and so do personal fields unless the editor may see them ({@code personal}).
     */
    MemberDraft toDraft(Map<String, Object> row, boolean personal) {
        return new MemberDraft(
                OrganizationId.of(((Number) row.get("organization_id")).longValue()),
                fullName,
                birthName,
                aliases,
                gender,
                birthDate,
                birthPlace,
                homeTown,
                homeTownFormer,
                personal ? permanentResidence : (String) row.get("permanent_residence"),
                personal ? temporaryResidence : (String) row.get("temporary_residence"),
                ethnicity,
                religion,
                personal ? citizenId : (String) row.get("citizen_id"),
                personal ? familyNotes : (String) row.get("family_notes"),
                generalEducation,
                qualification,
                academicTitle,
                theoryLevel,
                foreignLanguage,
                itSkill,
                minorityLanguage,
                job,
                position,
                unitStaff == null ? Boolean.TRUE : unitStaff,
                youthUnionDate,
                introducers,
                MemberRows.localDate(row.get("admission_date")),
                new DecisionReference(
                        (String) row.get("admission_number"),
                        (String) row.get("admission_symbol"),
                        MemberRows.localDate(row.get("admission_date"))),
                MemberRows.localDate(row.get("ceremony_date")),
                ceremonyPlace,
                MemberRows.localDate(row.get("official_date")),
                biographyNumber,
                cardNumber);
    }
}
