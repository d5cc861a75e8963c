package vn.chibo.members.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberRules;
import vn.chibo.members.PoliticalTheoryLevel;

/**
 * The coded cells of an import row, read as {@link MemberRules} reads them but cheaper for the common case: a file
 * repeats a handful of spellings of gender and theory level, so each spelling is read once and remembered, and a date
 * written exactly as dd/mm/yyyy or yyyy-mm-dd is built directly. Anything else (blank, unusual or wrong) goes through
 * MemberRules itself, so the results and the error messages are the same.
 */
final class CellValues {

    private static final int MAX_REMEMBERED = 256;

    private final Map<String, Gender> genders = new HashMap<>();
    private final Map<String, PoliticalTheoryLevel> theoryLevels = new HashMap<>();

    Gender gender(String field, String text) {
        if (text == null) {
            return null;
        }
        Gender known = genders.get(text);
        if (known != null) {
            return known;
        }
        Gender gender = MemberRules.gender(field, text);
        if (gender != null && genders.size() < MAX_REMEMBERED) {
            genders.put(text, gender);
        }
        return gender;
    }

    PoliticalTheoryLevel theoryLevel(String field, String text) {
        if (text == null) {
            return PoliticalTheoryLevel.NONE;
        }
        PoliticalTheoryLevel known = theoryLevels.get(text);
        if (known != null) {
            return known;
        }
        PoliticalTheoryLevel level = MemberRules.theoryLevel(field, text);
        if (theoryLevels.size() < MAX_REMEMBERED) {
            theoryLevels.put(text, level);
        }
        return level;
    }

    static LocalDate date(String field, String text) {
        if (text != null && text.length() == 10) {
            try {
                if (text.charAt(2) == '/' && text.charAt(5) == '/') {
                    int day = digits(text, 0, 2);
                    int month = digits(text, 3, 5);
                    int year = digits(text, 6, 10);
                    if (day >= 0 && month >= 0 && year >= 0) {
                        return LocalDate.of(year, month, day);
                    }
                } else if (text.charAt(4) == '-' && text.charAt(7) == '-') {
                    int year = digits(text, 0, 4);
                    int month = digits(text, 5, 7);
                    int day = digits(text, 8, 10);
                    if (day >= 0 && month >= 0 && year >= 0) {
                        return LocalDate.of(year, month, day);
                    }
                }
            } catch (DateTimeException e) {
                // Not a real date: MemberRules names the error.
            }
        }
        return MemberRules.date(field, text);
    }

    /** The ASCII digits from {@code start} to {@code end} as a number, or -1 if any is not a digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
