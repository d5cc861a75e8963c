package vn.chibo.members;

/** Nam / Nữ, as the lý lịch records it. */
public enum Gender {
    MALE,
    FEMALE
}
