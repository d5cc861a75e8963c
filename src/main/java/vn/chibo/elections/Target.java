package vn.chibo.elections;

import java.math.BigDecimal;

/**
 * A target (chỉ tiêu) of the congress resolution, stored so that the annual review can track it year by year, e.g.
 * "≥ 90 % of branches rated 'hoàn thành tốt nhiệm vụ' or above each year".
 *
 * @param indicator what is measured, in Vietnamese
 * @param comparator at least, at most, exactly, or none (a target with no number: "no weak branch")
 * @param threshold the number, a percentage or a count
 * @param base what a percentage is of ("chi bộ", "đảng viên")
 * @param yearly whether it holds each year rather than by the end of the term
 */
public record Target(
        String indicator, Comparator comparator, BigDecimal threshold, Unit unit, String base, boolean yearly) {

    public enum Comparator {
        AT_LEAST,
        AT_MOST,
        EQUAL,
        NONE
    }

    public enum Unit {
        PERCENT,
        COUNT
    }
}
