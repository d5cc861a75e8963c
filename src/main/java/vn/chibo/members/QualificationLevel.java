package vn.chibo.members;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The level of a member's professional qualification (trình độ chuyên môn) as the statistics forms group it (HD
 * 11-HD/BTCTW), read from the free text of the record ("Thạc sĩ Quản lý giáo dục", "Cử nhân Sư phạm", "CĐSP"): the
 * highest level the text names, or {@link #OTHER} when it names none or is empty.
 */
public enum QualificationLevel {
    DOCTORATE("tien si", "tskh", "ts"),
    MASTER("thac si", "ths"),
    UNIVERSITY("dai hoc", "cu nhan", "ky su", "bac si", "duoc si", "kien truc su", "dh", "dhsp"),
    COLLEGE("cao dang", "cd", "cdsp"),
    VOCATIONAL("trung cap", "tc", "tcsp"),
    OTHER;

    /** Phrases matched as whole words of the folded text; short ones are the abbreviations records use. */
    private final List<Pattern> phrases;

    QualificationLevel(String... phrases) {
        this.phrases = java.util.Arrays.stream(phrases)
                .map(p -> Pattern.compile("(^|[^a-z0-9])" + Pattern.quote(p) + "($|[^a-z0-9])"))
                .toList();
    }

    /** The highest level the text names; {@link #OTHER} for an empty text or one that names no level. */
    public static QualificationLevel of(String qualification) {
        String folded = VietnameseText.fold(qualification).replace('.', ' ');
        if (folded.isBlank()) {
            return OTHER;
        }
        for (QualificationLevel level : values()) {
            if (level.phrases.stream().anyMatch(p -> p.matcher(folded).find())) {
                return level;
            }
        }
        return OTHER;
    }
}
