package vn.chibo.reviews;

/** Where a review round stands: the branch records, then proposes, then the level above approves and closes it. */
public enum ReviewStatus {
    /** The branch records its members' facts, self-assessments and proposed levels. */
    OPEN,
    /** The branch has proposed its levels; the level above approves them or returns the round. */
    PROPOSED,
    /** The level above has approved the levels: the record is final. */
    CLOSED;

    public String messageKey() {
        return "reviews.status." + name();
    }
}
