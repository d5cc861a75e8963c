package vn.chibo.platform;

import java.time.LocalDate;

/**
 * The reference of a Party decision or document: number, symbol and date. Several documents share a number, so the
 * three always go together (e.g. 12-HD/BTCTW names three different guidances).
 */
public record DecisionReference(String number, String symbol, LocalDate date) {

    public boolean isEmpty() {
        return isBlank(number) && isBlank(symbol) && date == null;
    }

    /** "Số 123-QĐ/ĐU ngày 05/3/2026" style text, for display. */
    public String display() {
        StringBuilder text = new StringBuilder();
        if (!isBlank(number)) {
            text.append(number.strip());
        }
        if (!isBlank(symbol)) {
            text.append(text.isEmpty() ? "" : "-").append(symbol.strip());
        }
        if (date != null) {
            text.append(text.isEmpty() ? "" : ", ")
                    .append(date.getDayOfMonth())
                    .append('/')
                    .append(date.getMonthValue())
                    .append('/')
                    .append(date.getYear());
        }
        return text.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
