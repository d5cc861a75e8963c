package vn.chibo.members;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.support.JdbcUtils;
import vn.chibo.platform.InputText;

/**
 * The fields of a member's record, each said once: its column in {@code members.member}, its name in the read models
 * and forms (the column's in camel case, which is also its message key, {@code member.field.<name>}), whether it is personal data (masked for
 * readers without the permission and in the audit log), whether it is edited in place, and the headers an import file
 * may give it (the first is the template's). The SQL parameter maps of creation and editing, the import's columns and
 * the audit's masking are all read from here.
 */
public enum MemberField {
    FULL_NAME("full_name", Flag.EDITABLE, "Họ và tên", "Họ tên"),
    BIRTH_NAME("birth_name", Flag.EDITABLE),
    ALIASES("aliases", Flag.EDITABLE),
    GENDER("gender", Flag.EDITABLE, "Giới tính"),
    BIRTH_DATE("birth_date", Flag.EDITABLE, "Ngày sinh"),
    BIRTH_PLACE("birth_place", Flag.EDITABLE),
    HOME_TOWN("home_town", Flag.EDITABLE, "Quê quán"),
    HOME_TOWN_FORMER("home_town_former", Flag.EDITABLE),
    PERMANENT_RESIDENCE("permanent_residence", Flag.PERSONAL, "Nơi thường trú"),
    TEMPORARY_RESIDENCE("temporary_residence", Flag.PERSONAL),
    ETHNICITY("ethnicity", Flag.EDITABLE, "Dân tộc"),
    RELIGION("religion", Flag.EDITABLE, "Tôn giáo"),
    CITIZEN_ID("citizen_id", Flag.PERSONAL, "Số CCCD", "CCCD", "Số căn cước công dân"),
    FAMILY_NOTES("family_notes", Flag.PERSONAL),
    GENERAL_EDUCATION("general_education", Flag.EDITABLE, "Giáo dục phổ thông"),
    QUALIFICATION("qualification", Flag.EDITABLE, "Chuyên môn"),
    ACADEMIC_TITLE("academic_title", Flag.EDITABLE),
    THEORY_LEVEL("theory_level", Flag.EDITABLE, "Lý luận chính trị", "Trình độ lý luận chính trị"),
    FOREIGN_LANGUAGE("foreign_language", Flag.EDITABLE),
    IT_SKILL("it_skill", Flag.EDITABLE),
    MINORITY_LANGUAGE("minority_language", Flag.EDITABLE),
    JOB("job", Flag.EDITABLE, "Nghề nghiệp"),
    POSITION("position", Flag.EDITABLE, "Chức vụ"),
    UNIT_STAFF("unit_staff", Flag.EDITABLE),
    YOUTH_UNION_DATE("youth_union_date", Flag.EDITABLE),
    INTRODUCERS("introducers", Flag.EDITABLE),
    /** Changes only through the life cycle (a readmission), never in place. */
    ADMISSION_DATE("admission_date", LocalDate.class, MemberDraft::admissionDate, "Ngày vào Đảng", "Ngày kết nạp"),
    ADMISSION_NUMBER(
            "admission_number",
            String.class,
            d -> d.admission() == null
                    ? null
                    : InputText.blankToNull(d.admission().number())),
    ADMISSION_SYMBOL(
            "admission_symbol",
            String.class,
            d -> d.admission() == null
                    ? null
                    : InputText.blankToNull(d.admission().symbol())),
    CEREMONY_DATE("ceremony_date", LocalDate.class, MemberDraft::ceremonyDate, "Ngày lễ kết nạp"),
    CEREMONY_PLACE("ceremony_place", Flag.EDITABLE),
    OFFICIAL_DATE("official_date", LocalDate.class, MemberDraft::officialDate, "Ngày chính thức"),
    BIOGRAPHY_NUMBER("biography_number", Flag.EDITABLE, "Số lý lịch"),
    CARD_NUMBER("card_number", Flag.EDITABLE, "Số thẻ đảng viên");

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
    private final Flag flag;
    private final Class<?> lifeCycleType;
    private final Function<MemberDraft, Object> lifeCycleValue;
    private final List<String> importHeaders;

    /** A field edited in place: its value is the component of {@link MemberParticulars} named after it. */
    MemberField(String column, Flag flag, String... importHeaders) {
        this.column = column;
        this.property = JdbcUtils.convertUnderscoreNameToPropertyName(column);
        this.flag = flag;
        this.lifeCycleType = null;
        this.lifeCycleValue = null;
        this.importHeaders = List.of(importHeaders);
    }

    /** A field set when the record is created and changed only by life-cycle events: its type and its value. */
    @SuppressWarnings("unchecked")
    <T> MemberField(String column, Class<T> type, Function<MemberDraft, T> lifeCycleValue, String... importHeaders) {
        this.column = column;
        this.property = JdbcUtils.convertUnderscoreNameToPropertyName(column);
        this.flag = Flag.LIFE_CYCLE;
        this.lifeCycleType = type;
        this.lifeCycleValue = (Function<MemberDraft, Object>) lifeCycleValue;
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

    /** The type of the field's value (an enumeration is stored by its name). */
    public Class<?> type() {
        return lifeCycleType != null ? lifeCycleType : MemberParticulars.type(this);
    }

    /** The draft's value as the column stores it (an enumeration by its name). */
    public Object valueOf(MemberDraft draft) {
        Object value = lifeCycleValue != null
                ? lifeCycleValue.apply(draft)
                : draft.particulars().value(this);
        return value instanceof Enum<?> e ? e.name() : value;
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
    public static List<MemberField> editableFields() {
        return Arrays.stream(values()).filter(MemberField::editable).toList();
    }
}
