package vn.chibo.meetings;

/** Who a guest of a meeting is. */
public enum GuestKind {
    /** The higher-level committee member who follows the branch. */
    HIGHER_COMMITTEE,
    LEADER,
    /** A member of another organization's committee observing a model meeting. */
    OBSERVER,
    OTHER
}
