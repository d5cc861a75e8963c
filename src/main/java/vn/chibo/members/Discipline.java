package vn.chibo.members;

import vn.chibo.platform.InvalidInputException;

/** A disciplinary measure for a party member (kỷ luật đảng viên), lightest first. */
public enum Discipline {
    REPRIMAND,
    WARNING,
    DISMISSAL,
    EXPULSION;

    /**
     * Điều lệ Đảng, Điều 36: a probationary member is only reprimanded or warned; worse is removal from the list.
     */
    public boolean allowedFor(MemberStatus status) {
        return status != MemberStatus.PROBATIONARY || this == REPRIMAND || this == WARNING;
    }

    /** The measure a form or a request names (refused, on the field {@code kind}, when it names none). */
    public static Discipline of(String kind) {
        for (Discipline d : values()) {
            if (d.name().equals(kind)) {
                return d;
            }
        }
        throw new InvalidInputException("kind", "member.rewardOrDiscipline.kind");
    }
}
