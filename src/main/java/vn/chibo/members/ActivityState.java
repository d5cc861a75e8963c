package vn.chibo.members;

/** How a member on the list takes part in the branch's life; orthogonal to {@link MemberStatus}. */
public enum ActivityState {
    ACTIVE,
    /** Miễn công tác và sinh hoạt đảng. */
    EXEMPT,
    /** Tạm miễn sinh hoạt while working away. */
    TEMPORARILY_EXEMPT,
    /** Đình chỉ sinh hoạt. */
    SUSPENDED,
    /** On temporary transfer to another organization (sinh hoạt tạm thời). */
    TEMPORARILY_AWAY,
    /** Đang bị khởi tố, truy tố, tạm giam: out of every vote's legal denominator (QĐ 190-QĐ/TW Điều 30). */
    PROSECUTED
}
