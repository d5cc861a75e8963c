package vn.chibo.statistics;

import java.time.LocalDate;

/** The years statistics are asked for: from the Party's founding year to this year, each counted to its end. */
final class StatisticsYears {

    static final int FIRST = OrganizationStatistics.PARTY_FOUNDED.getYear();

    private StatisticsYears() {}

    /** The day a year's figures are taken on: 31/12, or today in the current year. */
    static LocalDate endOf(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }
}
