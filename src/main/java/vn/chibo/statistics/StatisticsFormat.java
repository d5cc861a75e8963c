package vn.chibo.statistics;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import vn.chibo.members.VietnameseText;
import vn.chibo.platform.InvalidInputException;

/**
 * Numbers and dates as Vietnamese reports write them: thousands separated by a dot and decimals by a comma ("1.715",
 * "52,19 %"), dates as dd/MM/yyyy; and the reading of the dates a user types.
 */
public final class StatisticsFormat {

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private StatisticsFormat() {}

    /** 1715 → "1.715". */
    public static String integer(long value) {
        return format("#,##0").format(value);
    }

    /** 52.19 → "52,19 %"; an empty text when there is no ratio (no staff). */
    public static String percent(BigDecimal value) {
        return value == null ? "" : format("#,##0.00").format(value) + " %";
    }

    /** The share of a part in a whole, "52,19 %"; an empty text when the whole is 0. */
    public static String share(long part, long whole) {
        return percent(StatisticsRow.ratio(part, whole));
    }

    /** 40 → "40", 2.5 → "2,5": a threshold as the resolution wrote it. */
    public static String decimalOrInteger(BigDecimal value) {
        return value == null ? "" : format("#,##0.##").format(value);
    }

    /** 52.19 → "52,19", for a spreadsheet cell read by a Vietnamese Excel. */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : format("0.00").format(value);
    }

    public static String date(LocalDate date) {
        return VietnameseText.date(date);
    }

    /**
     * The date a user typed: ISO (2026-12-06, what a date field sends) or Vietnamese (6/12/2026); a blank text is
     * {@code fallback}. Anything else is refused as bad input of the field.
     */
    public static LocalDate parseDate(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String value = text.strip();
        try {
            return value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "statistics.date.invalid", value);
        }
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }
}
