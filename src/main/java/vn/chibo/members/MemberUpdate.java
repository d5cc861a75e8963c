package vn.chibo.members;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

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
}
