package vn.chibo.members;

/** The changes in a member's life cycle; each is recorded with a date, a decision and a note. */
public enum MemberEventKind {
    /** Kết nạp: the admission decision; the member is probationary from the ceremony. */
    ADMITTED,
    /** Công nhận chính thức. */
    RECOGNIZED,
    EXEMPTED,
    TEMPORARILY_EXEMPTED,
    EXEMPTION_ENDED,
    /** Sinh hoạt tạm thời for work: 3 months to under a year. */
    TEMPORARY_TRANSFER_OUT,
    /** Sinh hoạt tạm thời for residential study: 3 months to 2 years. */
    TEMPORARY_TRANSFER_OUT_FOR_STUDY,
    TEMPORARY_TRANSFER_RETURNED,
    /** Chuyển sinh hoạt chính thức, to an organization inside ChiBo or outside it. */
    TRANSFERRED,
    /** Back from an organization outside ChiBo. */
    TRANSFERRED_IN,
    SUSPENDED,
    SUSPENSION_ENDED,
    /** Khởi tố, truy tố or tạm giam: the member is being prosecuted, indicted or held. */
    PROSECUTED,
    /** The prosecution ended (dropped, acquitted, released) without an exit from the Party. */
    PROSECUTION_ENDED,
    REMOVED_FROM_LIST,
    EXPELLED,
    LEFT_PARTY,
    /** Kết nạp lại after an exit: a new probation; the time out does not count in the party age. */
    READMITTED,
    /** A wrongful exit annulled: the party age continues as if it never happened. */
    REINSTATED,
    DIED
}
