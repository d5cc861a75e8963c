package vn.chibo.elections;

/** The bodies that run a congress, elected by show of hands at its preparatory session. */
public enum SessionBody {
    /** Đoàn Chủ tịch: the presidium (at a branch congress, the chair). */
    PRESIDIUM,
    /** Đoàn Thư ký: the secretariat, who keep the minutes. */
    SECRETARIAT,
    /** Ban kiểm phiếu: the counting committee for the congress's elections. */
    COUNTING_COMMITTEE,
    /** Ban thẩm tra tư cách đại biểu: only at a delegate congress. */
    CREDENTIALS_COMMITTEE
}
