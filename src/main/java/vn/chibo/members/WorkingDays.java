package vn.chibo.members;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Counts working days for Party deadlines: Monday to Friday, without the fixed solar public holidays. Lunar holidays
 * (Tết, Giỗ Tổ) move every year and are not known here, so a deadline may come a few days early around them.
 */
public final class WorkingDays {

    static final Set<MonthDay> HOLIDAYS =
            Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 1), MonthDay.of(9, 2));

    private WorkingDays() {}

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !HOLIDAYS.contains(MonthDay.from(date));
    }

    /** The date {@code days} working days after {@code from} (from itself not counted). */
    public static LocalDate add(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }
}
