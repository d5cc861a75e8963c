package vn.chibo.documents;

import java.time.LocalDate;

/** The day and month of a Party document's date line as it is written. */
public final class PlaceAndDate {

    private PlaceAndDate() {}

    /** Days below 10 take a leading zero (HD 36-HD/VPTW), so that no digit can be added in front. */
    public static String day(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth());
    }

    /** January and February take a leading zero ("tháng 01"), the other months none ("tháng 3"). */
    public static String month(LocalDate date) {
        int m = date.getMonthValue();
        return m <= 2 ? String.format("%02d", m) : Integer.toString(m);
    }
}
