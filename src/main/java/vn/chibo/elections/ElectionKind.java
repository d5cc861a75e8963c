package vn.chibo.elections;

/** What an election fills: a body (committee, standing committee, inspection committee), a post, or delegates. */
public enum ElectionKind {
    COMMITTEE,
    STANDING_COMMITTEE,
    SECRETARY,
    DEPUTY_SECRETARY,
    INSPECTION_COMMITTEE,
    INSPECTION_CHAIR,
    DELEGATE,
    ALTERNATE_DELEGATE;

    /** QĐ 190-QĐ/TW Điều 14.1: only the committee and its standing committee must have more candidates than seats. */
    public boolean requiresSurplus() {
        return this == COMMITTEE || this == STANDING_COMMITTEE;
    }

    /** A post held by one person. */
    public boolean singleSeat() {
        return this == SECRETARY || this == INSPECTION_CHAIR;
    }

    public boolean delegates() {
        return this == DELEGATE || this == ALTERNATE_DELEGATE;
    }

    /** Elected from among the members of the committee elected before (Điều lệ; QĐ 294-QĐ/TW for branches). */
    public boolean fromCommittee() {
        return this == STANDING_COMMITTEE || this == SECRETARY || this == DEPUTY_SECRETARY;
    }
}
