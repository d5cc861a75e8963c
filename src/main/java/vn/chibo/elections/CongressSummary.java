package vn.chibo.elections;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/** A congress as lists show it. */
public record CongressSummary(
        CongressId id,
        OrganizationId organizationId,
        String organizationName,
        CongressKind kind,
        int number,
        CongressStatus status,
        LocalDate openingDate,
        LocalDate termStart,
        LocalDate termEnd,
        CongressId parentId) {

    /**
     * The congress's number as its name writes it above ten, in Roman numerals ("lần thứ XIII"); up to ten the name
     * takes the Vietnamese word (message {@code congress.ordinal.<n>}), and this is null.
     */
    public String romanNumber() {
        return number <= 10 ? null : roman(number);
    }

    static String roman(int n) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int left = n;
        for (int i = 0; i < values.length; i++) {
            while (left >= values[i]) {
                roman.append(numerals[i]);
                left -= values[i];
            }
        }
        return roman.toString();
    }
}
