package vn.chibo.reviews;

/**
 * The quality level of a party member for a review period, best first. Users see the label from the bundles
 * ({@code rating.level.EXCELLENT} = Hoàn thành xuất sắc nhiệm vụ); documents and exports use the abbreviation.
 */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT("HTXSNV"),
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD("HTTNV"),
    /** Hoàn thành nhiệm vụ. */
    COMPLETED("HTNV"),
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED("KHTNV");

    private final String abbreviation;

    RatingLevel(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** The abbreviation Party documents use (HTXSNV, HTTNV, HTNV, KHTNV), the same in every language. */
    public String abbreviation() {
        return abbreviation;
    }

    public String messageKey() {
        return "rating.level." + name();
    }

    /** The key of the short label, for tables and charts. */
    public String shortMessageKey() {
        return "rating.level.short." + name();
    }

    /** Whether this level is better than {@code other}. */
    public boolean isAbove(RatingLevel other) {
        return ordinal() < other.ordinal();
    }

    /** The worse of the two levels. */
    public static RatingLevel lower(RatingLevel a, RatingLevel b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
