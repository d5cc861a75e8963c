package vn.chibo.dues;

/** A collection sheet is open while the branch collects, and closed (frozen, corrected only with a reason) after. */
public enum MonthStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "dues.status." + name();
    }
}
