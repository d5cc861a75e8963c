package vn.chibo.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One year of a measured target: the year's figure from ChiBo's records as a count and, where the measure is a share, a
 * percentage to two decimals ({@code count} and {@code percent} null without data); for a target of the whole term
 * counted in members ({@code sinceTermStart}) the count from the start of the term to the end of the year; and the
 * figure held to the threshold ({@code compared}) with the assessment.
 *
 * @param asOf the day the figure is taken on (31/12, or today in the current year)
 * @param of what a percentage is of (the members rated, or the staff), null for a count
 * @param staffCountedAfter for the members' share of the staff: the latest date of the units' counts that were taken
 *     after {@code asOf} (a unit first counted later has its earliest count), null when every count is of that day or
 *     before
 */
public record TargetYear(
        int year,
        LocalDate asOf,
        Long count,
        Long of,
        BigDecimal percent,
        Long sinceTermStart,
        BigDecimal compared,
        TargetAssessment assessment,
        LocalDate staffCountedAfter) {

    TargetYear(
            int year,
            LocalDate asOf,
            Long count,
            Long of,
            BigDecimal percent,
            Long sinceTermStart,
            BigDecimal compared,
            TargetAssessment assessment) {
        this(year, asOf, count, of, percent, sinceTermStart, compared, assessment, null);
    }

    static TargetYear noData(int year, LocalDate asOf) {
        return new TargetYear(year, asOf, null, null, null, null, null, TargetAssessment.NO_DATA);
    }

    public boolean hasData() {
        return assessment != TargetAssessment.NO_DATA;
    }
}
