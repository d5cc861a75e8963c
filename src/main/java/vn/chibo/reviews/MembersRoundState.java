package vn.chibo.reviews;

/**
 * Where the review of a branch's members for the year stands, as the rating of the branch itself needs it: ratings go
 * members → organization (party-rules §3.0), so a branch proposes its own level once its members' levels are approved.
 */
public enum MembersRoundState {
    /** No review round of the members for the year. */
    NONE,
    /** The branch is still recording its members' levels. */
    OPEN,
    /** The branch proposed its members' levels; the level above has not approved them all. */
    PROPOSED,
    /** The level above approved every rated member's level; the round is not closed yet. */
    APPROVED,
    /** The round is closed. */
    CLOSED;

    /** Whether the organization's own level may be proposed after this. */
    public boolean allowsOrganizationRating() {
        return this == APPROVED || this == CLOSED;
    }

    public String messageKey() {
        return "reviews.org.membersRound." + name();
    }
}
