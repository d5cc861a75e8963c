package vn.chibo.dues;

/**
 * Why a member did not pay for some months for a reason the branch accepts (lý do chính đáng): QĐ 01-QĐ/TW proposes
 * removal only for 3 unpaid months in a year "without a valid reason"; the regulation's text found lists no reasons,
 * so these are the branch's own categories, with the branch's note beside them.
 */
public enum ExcuseReason {
    /** Ốm đau, điều trị dài ngày. */
    ILLNESS,
    /** Đi công tác, học tập, lao động xa hoặc ở nước ngoài. */
    WORKING_AWAY,
    OTHER;

    public String messageKey() {
        return "dues.excuseReason." + name();
    }
}
