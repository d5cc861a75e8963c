package vn.chibo.members.importing;

import java.util.HashMap;
import java.util.Map;
import vn.chibo.members.VietnameseText;

/**
 * The columns of an import file. The headers are part of the file format (the downloadable template), so they are
 * fixed Vietnamese whatever the interface language; a header matches ignoring case, diacritics and spaces.
 */
public enum ImportColumn {
    FULL_NAME("Họ và tên", "fullName", true),
    GENDER("Giới tính", "gender", true),
    BIRTH_DATE("Ngày sinh", "birthDate", true),
    CITIZEN_ID("Số CCCD", "citizenId", false),
    ETHNICITY("Dân tộc", "ethnicity", false),
    RELIGION("Tôn giáo", "religion", false),
    HOME_TOWN("Quê quán", "homeTown", false),
    PERMANENT_RESIDENCE("Nơi thường trú", "permanentResidence", false),
    GENERAL_EDUCATION("Giáo dục phổ thông", "generalEducation", false),
    QUALIFICATION("Chuyên môn", "qualification", false),
    THEORY_LEVEL("Lý luận chính trị", "theoryLevel", false),
    JOB("Nghề nghiệp", "job", false),
    POSITION("Chức vụ", "position", false),
    ADMISSION_DATE("Ngày vào Đảng", "admissionDate", true),
    CEREMONY_DATE("Ngày lễ kết nạp", "ceremonyDate", false),
    OFFICIAL_DATE("Ngày chính thức", "officialDate", false),
    BIOGRAPHY_NUMBER("Số lý lịch", "biographyNumber", false),
    CARD_NUMBER("Số thẻ đảng viên", "cardNumber", false);

    private static final Map<String, ImportColumn> BY_HEADER = new HashMap<>();
    private static final Map<String, ImportColumn> BY_FIELD = new HashMap<>();

    static {
        for (ImportColumn column : values()) {
            BY_HEADER.put(VietnameseText.key(column.header), column);
            BY_FIELD.put(column.field, column);
        }
        BY_HEADER.put(VietnameseText.key("Họ tên"), FULL_NAME);
        BY_HEADER.put(VietnameseText.key("CCCD"), CITIZEN_ID);
        BY_HEADER.put(VietnameseText.key("Số căn cước công dân"), CITIZEN_ID);
        BY_HEADER.put(VietnameseText.key("Trình độ lý luận chính trị"), THEORY_LEVEL);
        BY_HEADER.put(VietnameseText.key("Ngày kết nạp"), ADMISSION_DATE);
    }

    private final String header;
    private final String field;
    private final boolean required;

    ImportColumn(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public String field() {
        return field;
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
