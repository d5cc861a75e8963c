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
 * @param measure which of ChiBo's own figures measures it, or {@link Measure#NONE} when it is followed by hand
 */
public record Target(
        String indicator,
        Comparator comparator,
        BigDecimal threshold,
        Unit unit,
        String base,
        boolean yearly,
        Measure measure) {

    public Target {
        measure = measure == null ? Measure.NONE : measure;
    }

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

    /**
     * The figure of ChiBo's records a target is measured by, with the unit that figure comes in: the share of the
     * members rated in the year's review at a level or better, the members rated Không hoàn thành nhiệm vụ, the members
     * admitted, the members' share of the staff of the attached units.
     */
    public enum Measure {
        /** Followed by hand: ChiBo shows the target, not a figure. */
        NONE(null),
        MEMBERS_GOOD_OR_BETTER(Unit.PERCENT),
        MEMBERS_COMPLETED_OR_BETTER(Unit.PERCENT),
        MEMBERS_NOT_COMPLETED(Unit.COUNT),
        MEMBERS_ADMITTED(Unit.COUNT),
        MEMBER_SHARE_OF_STAFF(Unit.PERCENT),
        /** The subordinate organizations the level above rated "completed well" or better, as a share of those rated. */
        ORGANIZATIONS_GOOD_OR_BETTER(Unit.PERCENT),
        /** The subordinate organizations the level above rated "not completed". */
        ORGANIZATIONS_NOT_COMPLETED(Unit.COUNT);

        private final Unit unit;

        Measure(Unit unit) {
            this.unit = unit;
        }

        /** The unit the figure comes in, or null for {@link #NONE}. */
        public Unit unit() {
            return unit;
        }
    }
}
