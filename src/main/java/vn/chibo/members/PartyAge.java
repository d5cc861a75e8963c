package vn.chibo.members;

import java.time.LocalDate;
import java.time.Period;

/**
 * Tuổi đảng: counted from the admission decision, minus the time out of the Party (expulsion, removal, leaving, until
 * readmission). Sourced: luatvietnam "Cách tính tuổi đảng".
 */
public final class PartyAge {

    /** QĐ 01-QĐ/TW (2026): members with 50 years of party age pay no dues. */
    public static final int DUES_EXEMPT_YEARS = 50;

    private PartyAge() {}

    /** The day from which party age runs, shifted by the days spent out of the Party. */
    public static LocalDate start(LocalDate admissionDate, int daysOut) {
        return admissionDate.plusDays(daysOut);
    }

    /** Completed years of party age on {@code asOf}; frozen at {@code outSince} while the member is out. */
    public static int years(LocalDate admissionDate, int daysOut, LocalDate outSince, LocalDate asOf) {
        LocalDate end = outSince != null && outSince.isBefore(asOf) ? outSince : asOf;
        LocalDate start = start(admissionDate, daysOut);
        return end.isBefore(start) ? 0 : Period.between(start, end).getYears();
    }

    public static int years(MemberState state, LocalDate asOf) {
        return years(state.admissionDate(), state.daysOut(), state.outSince(), asOf);
    }

    public static boolean exemptFromDues(int partyAgeYears) {
        return partyAgeYears >= DUES_EXEMPT_YEARS;
    }
}
