package vn.chibo.members;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.chibo.platform.InputText;

/**
 * The fields of a member's record, each said once: its column in {@code members.member}, its name in the read models
 * and forms (which is also its message key, {@code member.field.<name>}), whether it is personal data (masked for
 * readers without the permission and in the audit log), whether it is edited in place, and the headers an import file
 * may give it (the first is the template's). The SQL parameter maps of creation and editing, the import's columns and
 * the audit's masking are all read from here.
 */
public enum MemberField {
    FULL_NAME("full_name", "fullName", MemberDraft::fullName, Flag.EDITABLE, "Họ và tên", "Họ tên"),
    BIRTH_NAME("birth_name", "birthName", MemberDraft::birthName, Flag.EDITABLE),
    ALIASES("aliases", "aliases", MemberDraft::aliases, Flag.EDITABLE),
    GENDER("gender", "gender", d -> d.gender().name(), Flag.EDITABLE, "Giới tính"),
    BIRTH_DATE("birth_date", "birthDate", MemberDraft::birthDate, Flag.EDITABLE, "Ngày sinh"),
    BIRTH_PLACE("birth_place", "birthPlace", MemberDraft::birthPlace, Flag.EDITABLE),
    HOME_TOWN("home_town", "homeTown", MemberDraft::homeTown, Flag.EDITABLE, "Quê quán"),
    HOME_TOWN_FORMER("home_town_former", "homeTownFormer", MemberDraft::homeTownFormer, Flag.EDITABLE),
    PERMANENT_RESIDENCE(
            "permanent_residence",
            "permanentResidence",
            MemberDraft::permanentResidence,
            Flag.PERSONAL,
            "Nơi thường trú"),
    TEMPORARY_RESIDENCE("temporary_residence", "temporaryResidence", MemberDraft::temporaryResidence, Flag.PERSONAL),
    ETHNICITY("ethnicity", "ethnicity", MemberDraft::ethnicity, Flag.EDITABLE, "Dân tộc"),
    RELIGION("religion", "religion", MemberDraft::religion, Flag.EDITABLE, "Tôn giáo"),
    CITIZEN_ID(
            "citizen_id",
            "citizenId",
            MemberDraft::citizenId,
            Flag.PERSONAL,
            "Số CCCD",
            "CCCD",
            "Số căn cước công dân"),
    FAMILY_NOTES("family_notes", "familyNotes", MemberDraft::familyNotes, Flag.PERSONAL),
    GENERAL_EDUCATION(
            "general_education",
            "generalEducation",
            MemberDraft::generalEducation,
            Flag.EDITABLE,
            "Giáo dục phổ thông"),
    QUALIFICATION("qualification", "qualification", MemberDraft::qualification, Flag.EDITABLE, "Chuyên môn"),
    ACADEMIC_TITLE("academic_title", "academicTitle", MemberDraft::academicTitle, Flag.EDITABLE),
    THEORY_LEVEL(
            "theory_level",
            "theoryLevel",
            d -> d.theoryLevel().name(),
            Flag.EDITABLE,
            "Lý luận chính trị",
            "Trình độ lý luận chính trị"),
    FOREIGN_LANGUAGE("foreign_language", "foreignLanguage", MemberDraft::foreignLanguage, Flag.EDITABLE),
    IT_SKILL("it_skill", "itSkill", MemberDraft::itSkill, Flag.EDITABLE),
    MINORITY_LANGUAGE("minority_language", "minorityLanguage", MemberDraft::minorityLanguage, Flag.EDITABLE),
    JOB("job", "job", MemberDraft::job, Flag.EDITABLE, "Nghề nghiệp"),
    POSITION("position", "position", MemberDraft::position, Flag.EDITABLE, "Chức vụ"),
    UNIT_STAFF("unit_staff", "unitStaff", MemberDraft::unitStaff, Flag.EDITABLE),
    YOUTH_UNION_DATE("youth_union_date", "youthUnionDate", MemberDraft::youthUnionDate, Flag.EDITABLE),
    INTRODUCERS("introducers", "introducers", MemberDraft::introducers, Flag.EDITABLE),
    /** Changes only through the life cycle (a readmission), never in place. */
    ADMISSION_DATE(
            "admission_date",
            "admissionDate",
            MemberDraft::admissionDate,
            Flag.LIFE_CYCLE,
            "Ngày vào Đảng",
            "Ngày kết nạp"),
    ADMISSION_NUMBER(
            "admission_number",
            "admissionNumber",
            d -> d.admission() == null
                    ? null
                    : InputText.blankToNull(d.admission().number()),
            Flag.LIFE_CYCLE),
    ADMISSION_SYMBOL(
            "admission_symbol",
            "admissionSymbol",
            d -> d.admission() == null
                    ? null
                    : InputText.blankToNull(d.admission().symbol()),
            Flag.LIFE_CYCLE),
    CEREMONY_DATE("ceremony_date", "ceremonyDate", MemberDraft::ceremonyDate, Flag.LIFE_CYCLE, "Ngày lễ kết nạp"),
    CEREMONY_PLACE("ceremony_place", "ceremonyPlace", MemberDraft::ceremonyPlace, Flag.EDITABLE),
    OFFICIAL_DATE("official_date", "officialDate", MemberDraft::officialDate, Flag.LIFE_CYCLE, "Ngày chính thức"),
    BIOGRAPHY_NUMBER("biography_number", "biographyNumber", MemberDraft::biographyNumber, Flag.EDITABLE, "Số lý lịch"),
    CARD_NUMBER("card_number", "cardNumber", MemberDraft::cardNumber, Flag.EDITABLE, "Số thẻ đảng viên");

    /** How a field changes and who may read it. */
    private enum Flag {
        /** Edited in place on the record's form. */
        EDITABLE,
        /** Edited in place, but personal data: masked for readers without the permission and in the audit log. */
        PERSONAL,
        /** Set when the record is created and changed only by life-cycle events. */
        LIFE_CYCLE
    }

    /** What a reader without the personal-data permission sees instead of a value. */
    static final String MASK = "••••••";

    /** What the audit log says of a personal field that changed: that it changed, never what it was or became. */
    static final String CHANGED = "(changed)";

    private final String column;
    private final String property;
    private final Function<MemberDraft, Object> value;
    private final Flag flag;
    private final List<String> importHeaders;

    @SuppressWarnings("unchecked")
    MemberField(String column, String property, Function<MemberDraft, ?> value, Flag flag, String... importHeaders) {
        this.column = column;
        this.property = property;
        this.value = (Function<MemberDraft, Object>) value;
        this.flag = flag;
        this.importHeaders = List.of(importHeaders);
    }

    /** The column in {@code members.member}. */
    public String column() {
        return column;
    }

    /** The field's name in the read models, forms and JSON. */
    public String property() {
        return property;
    }

    /** The message key of the field's label. */
    public String messageKey() {
        return "member.field." + property;
    }

    public boolean personal() {
        return flag == Flag.PERSONAL;
    }

    /** Whether the record's edit form changes it in place (a personal field only for who may see it). */
    public boolean editable() {
        return flag != Flag.LIFE_CYCLE;
    }

    /** The headers an import file may give the field, the template's first; empty when an import does not carry it. */
    public List<String> importHeaders() {
        return importHeaders;
    }

    /** The draft's value as the column stores it. */
    public Object valueOf(MemberDraft draft) {
        return value.apply(draft);
    }

    /** The value as a reader sees it: a personal field masked unless she may see personal data. */
    String shown(String stored, boolean personalDataVisible) {
        if (personalDataVisible || stored == null || !personal()) {
            return stored;
        }
        if (this == CITIZEN_ID) {
            // Only the last three digits show, enough to tell two records apart.
            return "•".repeat(Math.max(0, stored.length() - 3)) + stored.substring(Math.max(0, stored.length() - 3));
        }
        return MASK;
    }

    /** The value as the audit log keeps it: a personal field only as "changed". */
    Object audited(Object stored) {
        return personal() ? CHANGED : stored;
    }

    /** Every column of the draft as a SQL parameter named after the column. */
    static Map<String, Object> parameters(MemberDraft draft, List<MemberField> fields) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (MemberField field : fields) {
            params.put(field.column, field.valueOf(draft));
        }
        return params;
    }

    /** The fields the record's edit form changes in place, in record order. */
    static List<MemberField> editableFields() {
        return Arrays.stream(values()).filter(MemberField::editable).toList();
    }
}
