package vn.chibo.members.importing;

import java.util.HashMap;
import java.util.Map;
import vn.chibo.members.MemberField;
import vn.chibo.members.VietnameseText;

/**
 * The columns of an import file, in the template's order, and which of them a file must have. Their headers are the
 * fields' import headers ({@link MemberField#importHeaders()}): part of the file format, so fixed Vietnamese whatever
 * the interface language; a header matches ignoring case, diacritics and spaces.
 */
public enum ImportColumn {
    FULL_NAME(MemberField.FULL_NAME, true),
    GENDER(MemberField.GENDER, true),
    BIRTH_DATE(MemberField.BIRTH_DATE, true),
    CITIZEN_ID(MemberField.CITIZEN_ID, false),
    ETHNICITY(MemberField.ETHNICITY, false),
    RELIGION(MemberField.RELIGION, false),
    HOME_TOWN(MemberField.HOME_TOWN, false),
    PERMANENT_RESIDENCE(MemberField.PERMANENT_RESIDENCE, false),
    GENERAL_EDUCATION(MemberField.GENERAL_EDUCATION, false),
    QUALIFICATION(MemberField.QUALIFICATION, false),
    THEORY_LEVEL(MemberField.THEORY_LEVEL, false),
    JOB(MemberField.JOB, false),
    POSITION(MemberField.POSITION, false),
    ADMISSION_DATE(MemberField.ADMISSION_DATE, true),
    CEREMONY_DATE(MemberField.CEREMONY_DATE, false),
    OFFICIAL_DATE(MemberField.OFFICIAL_DATE, false),
    BIOGRAPHY_NUMBER(MemberField.BIOGRAPHY_NUMBER, false),
    CARD_NUMBER(MemberField.CARD_NUMBER, false);

    private static final Map<String, ImportColumn> BY_HEADER = new HashMap<>();
    private static final Map<String, ImportColumn> BY_FIELD = new HashMap<>();

    static {
        for (ImportColumn column : values()) {
            for (String header : column.member.importHeaders()) {
                BY_HEADER.put(VietnameseText.key(header), column);
            }
            BY_FIELD.put(column.field(), column);
        }
    }

    private final MemberField member;
    private final boolean required;

    ImportColumn(MemberField member, boolean required) {
        if (member.importHeaders().isEmpty()) {
            throw new IllegalStateException(member + " has no import header");
        }
        this.member = member;
        this.required = required;
    }

    /** The member field the column fills. */
    public MemberField member() {
        return member;
    }

    /** The header the template gives the column. */
    public String header() {
        return member.importHeaders().get(0);
    }

    /** The field's name in the read models, as validation errors name it. */
    public String field() {
        return member.property();
    }

    public boolean required() {
        return required;
    }

    public static ImportColumn byHeader(String header) {
        return header == null ? null : BY_HEADER.get(VietnameseText.key(header.replace("\uFEFF", "")));
    }

    public static ImportColumn byField(String field) {
        return BY_FIELD.get(field);
    }
}
