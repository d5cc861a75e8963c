package vn.chibo.members.web;

import static vn.chibo.members.MemberField.*;

import java.util.List;
import vn.chibo.members.MemberField;

/**
 * Where the member forms show each particular of the record ({@link MemberField}): the sections of the edit form,
 * which together hold every field edited in place once (MemberFormLayoutTests checks it, so that a new field is placed
 * here or the build fails), and the shorter list of the form that creates a record.
 */
final class MemberFormLayout {

    private MemberFormLayout() {}

    /** A titled group of fields on the edit form; {@code units} says whether the unit choice opens it. */
    record Section(String legendKey, List<MemberField> fields, boolean units) {}

    static final List<Section> EDIT = List.of(
            new Section(
                    "member.edit.identity",
                    List.of(
                            FULL_NAME,
                            BIRTH_NAME,
                            ALIASES,
                            GENDER,
                            BIRTH_DATE,
                            BIRTH_PLACE,
                            HOME_TOWN,
                            HOME_TOWN_FORMER,
                            PERMANENT_RESIDENCE,
                            TEMPORARY_RESIDENCE,
                            ETHNICITY,
                            RELIGION,
                            CITIZEN_ID,
                            FAMILY_NOTES),
                    false),
            new Section(
                    "member.edit.education",
                    List.of(
                            GENERAL_EDUCATION,
                            QUALIFICATION,
                            ACADEMIC_TITLE,
                            THEORY_LEVEL,
                            FOREIGN_LANGUAGE,
                            IT_SKILL,
                            MINORITY_LANGUAGE),
                    false),
            new Section("member.edit.work", List.of(JOB, POSITION, UNIT_STAFF), true),
            new Section(
                    "member.edit.party",
                    List.of(YOUTH_UNION_DATE, INTRODUCERS, CEREMONY_PLACE, BIOGRAPHY_NUMBER, CARD_NUMBER),
                    false));

    /** The particulars asked when a record is created (the rest are added on the edit form). */
    static final List<MemberField> CREATE = List.of(
            FULL_NAME,
            GENDER,
            BIRTH_DATE,
            BIRTH_PLACE,
            HOME_TOWN,
            PERMANENT_RESIDENCE,
            ETHNICITY,
            RELIGION,
            CITIZEN_ID,
            THEORY_LEVEL,
            JOB,
            POSITION);

    /** The particulars asked at the end of the create form, after the admission. */
    static final List<MemberField> CREATE_NUMBERS = List.of(BIOGRAPHY_NUMBER, CARD_NUMBER);
}
