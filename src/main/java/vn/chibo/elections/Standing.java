package vn.chibo.elections;

/** How someone on a congress's list takes part: with a vote, without one, not summoned, or as a guest. */
public enum Standing {
    WITH_VOTE,
    /** Probationary members and members on temporary transfer in. */
    WITHOUT_VOTE,
    /** On the organization's list but not summoned (suspended, prosecuted, left the convening committee). */
    NOT_SUMMONED,
    GUEST
}
