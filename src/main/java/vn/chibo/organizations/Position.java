package vn.chibo.organizations;

/** A seat on a committee: Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ, Ủy viên. */
public enum Position {
    SECRETARY,
    DEPUTY_SECRETARY,
    STANDING_MEMBER,
    MEMBER
}
