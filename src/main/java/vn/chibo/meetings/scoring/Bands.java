package vn.chibo.meetings.scoring;

import java.math.BigDecimal;
import vn.chibo.meetings.ScoreBand;

/**
 * The band of a total: Tốt needs the template's minimum and every key criterion at its maximum (otherwise Khá); then
 * Khá, Trung bình and Kém by the template's thresholds (party-rules §2.4).
 */
public final class Bands {

    private Bands() {}

    public static ScoreBand band(
            BigDecimal total,
            boolean keyCriteriaAtMaximum,
            BigDecimal goodMin,
            BigDecimal fairMin,
            BigDecimal averageMin) {
        if (total.compareTo(goodMin) >= 0) {
            return keyCriteriaAtMaximum ? ScoreBand.GOOD : ScoreBand.FAIR;
        }
        if (total.compareTo(fairMin) >= 0) {
            return ScoreBand.FAIR;
        }
        if (total.compareTo(averageMin) >= 0) {
            return ScoreBand.AVERAGE;
        }
        return ScoreBand.POOR;
    }
}
