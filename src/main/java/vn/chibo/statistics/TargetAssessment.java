package vn.chibo.statistics;

/** Whether a year's figure reaches a target of the congress resolution. */
public enum TargetAssessment {
    /** The figure meets the threshold in the target's direction (at least, at most, exactly). */
    REACHED,
    NOT_REACHED,
    /** No figure for the year: no approved review round, no staff figure, or the organization did not exist yet. */
    NO_DATA,
    /** A figure, but nothing to hold it to: a target with no number, or a figure in another unit than the target's. */
    NOT_ASSESSED;

    public String messageKey() {
        return "statistics.targets.assessment." + name();
    }
}
