package vn.chibo.admissions;

/**
 * The steps of an admission, in their order. The grassroots committee's resolution is a step only for a branch under
 * a committee; a grassroots branch's resolution goes to the competent committee, whose decision follows.
 */
public enum AdmissionStep {
    /** The course on the Party (lớp bồi dưỡng nhận thức về Đảng): its certificate's date. */
    AWARENESS_COURSE,
    /** The application (đơn xin vào Đảng) and the biography of the person applying. */
    APPLICATION,
    /** The official member who introduces her (and the Youth Union's introduction, for a young person). */
    INTRODUCTION,
    /** The verification of her biography (thẩm tra lý lịch) completed. */
    VERIFICATION,
    /** The branch's vote proposing the admission: at least two thirds of its official members in favour. */
    BRANCH_VOTE,
    /** The grassroots committee's resolution (nghị quyết của đảng ủy cơ sở). */
    COMMITTEE_RESOLUTION,
    /** The admission decision of the competent committee. */
    DECISION,
    /** The admission ceremony: the member's record is created, probationary for 12 months. */
    CEREMONY
}
