package vn.chibo.members;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts working days for Party deadlines: Monday to Friday, without the public holidays of the year as the Government
 * set them ({@link PublicHolidays}, data by year: Tết, Giỗ Tổ Hùng Vương, 30/4, 1/5, 2/9 and its extra day, and the
 * swapped days). A year not yet in the data counts only the fixed solar holidays, so a deadline in it may come a few
 * days early around Tết.
 */
public final class WorkingDays {

    private static final PublicHolidays HOLIDAYS = PublicHolidays.shipped();

    private WorkingDays() {}

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !HOLIDAYS.isHoliday(date);
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

    /** Whether the holidays of the year are known in full (its lunar holidays included). */
    public static boolean holidaysKnown(int year) {
        return HOLIDAYS.covers(year);
    }
}
