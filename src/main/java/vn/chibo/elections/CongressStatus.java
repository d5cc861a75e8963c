package vn.chibo.elections;

/** Where a congress stands: in preparation, held (sessions and elections under way), or closed. */
public enum CongressStatus {
    PREPARATION,
    HELD,
    CLOSED
}
