package vn.chibo.members;

/** Where the member stands in the Party, derived from the history of {@link MemberEventKind events}. */
public enum MemberStatus {
    PROBATIONARY,
    OFFICIAL,
    /** Moved permanently to an organization outside ChiBo: off the list, history kept. */
    TRANSFERRED_OUT,
    /** Xóa tên. */
    REMOVED,
    EXPELLED,
    LEFT,
    DECEASED;

    /** Whether the member is on her organization's list (đảng viên đang sinh hoạt). */
    public boolean onList() {
        return this == PROBATIONARY || this == OFFICIAL;
    }

    /** Out of the Party: the time counts against the party age. */
    public boolean outOfParty() {
        return this == REMOVED || this == EXPELLED || this == LEFT;
    }
}
