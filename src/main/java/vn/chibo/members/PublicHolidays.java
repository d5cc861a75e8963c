package vn.chibo.members;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Vietnam's public holidays as data by year, read from {@code public-holidays.csv} next to this class: the Government
 * decides the lunar holidays (Tết, Giỗ Tổ Hùng Vương), the day next to 2/9 and the swapped working days every year, so
 * they are a list to keep up, not a rule to compute. A year the list does not cover falls back to its "every year"
 * lines, the fixed solar holidays of the Labour Code.
 */
final class PublicHolidays {

    static final String RESOURCE = "public-holidays.csv";

    private final Map<Integer, Set<LocalDate>> byYear;
    private final Set<MonthDay> everyYear;

    PublicHolidays(Map<Integer, Set<LocalDate>> byYear, Set<MonthDay> everyYear) {
        this.byYear = Map.copyOf(byYear);
        this.everyYear = Set.copyOf(everyYear);
    }

    /** The list shipped with ChiBo. */
    static PublicHolidays shipped() {
        try (InputStream in = PublicHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PublicHolidays parse(BufferedReader reader) throws IOException {
        Map<Integer, Set<LocalDate>> byYear = new HashMap<>();
        Set<MonthDay> everyYear = new HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String date = text.split(",", 2)[0].strip();
            try {
                if (date.startsWith("*-")) {
                    everyYear.add(MonthDay.parse("--" + date.substring(2)));
                } else {
                    LocalDate day = LocalDate.parse(date);
                    byYear.computeIfAbsent(day.getYear(), y -> new HashSet<>()).add(day);
                }
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": not a date: " + date, e);
            }
        }
        return new PublicHolidays(byYear, everyYear);
    }

    /** Whether the day is a public holiday (or a working day swapped for one). */
    boolean isHoliday(LocalDate date) {
        Set<LocalDate> listed = byYear.get(date.getYear());
        return listed != null ? listed.contains(date) : everyYear.contains(MonthDay.from(date));
    }

    /** Whether the list has the Government's days for the year, rather than only the fixed ones. */
    boolean covers(int year) {
        return byYear.containsKey(year);
    }
}
