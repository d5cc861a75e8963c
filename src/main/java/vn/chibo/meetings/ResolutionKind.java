package vn.chibo.meetings;

import java.time.LocalDate;
import vn.chibo.members.MembershipRules;

/** What a meeting adopts by its vote, and the majority each needs. */
public enum ResolutionKind {
    /** Nghị quyết: more than half of the legal denominator (QĐ 294-QĐ/TW §9.3.2). */
    RESOLUTION,
    /** Kết luận (or a committee's quyết định) put to the vote: more than half, likewise. */
    CONCLUSION,
    /** Kết nạp đảng viên: two thirds of the official members ({@link MembershipRules}). */
    ADMISSION,
    /** Công nhận đảng viên chính thức: two thirds likewise. */
    RECOGNITION,
    /**
     * Đề nghị xóa tên trong danh sách đảng viên (Điều lệ Đảng Điều 8: three months in a year without taking part or
     * paying dues without a valid reason, among other grounds): the branch's resolution proposing that the competent
     * committee remove a member from the list. For a probationer two thirds, as for her recognition (QĐ 294-QĐ/TW
     * §4.3 names the two together); for an official member more than half, as any resolution of the branch.
     */
    REMOVAL;

    /** Whether the vote is on one member (her admission, recognition or removal), and goes into her history. */
    public boolean membership() {
        return this == ADMISSION || this == RECOGNITION || this == REMOVAL;
    }

    /**
     * The fewest votes in favour that pass, out of the legal denominator, by the rules in force on the date; {@code
     * probationer} says whether the member a {@link #REMOVAL} is about is a probationary member.
     */
    public int votesNeeded(LegalDenominator legal, LocalDate date, boolean probationer) {
        return this == ADMISSION || this == RECOGNITION || (this == REMOVAL && probationer)
                // HD 06-HD/TW (2025), as party-rules §4.5: at least two thirds of the official members agree.
                ? MembershipRules.on(date).votesNeeded(legal.value())
                // QĐ 294-QĐ/TW §9.3.2: more than half of the legal denominator.
                : legal.moreThanHalf();
    }

    /** {@link #votesNeeded(LegalDenominator, LocalDate, boolean)} for a vote that is not on a probationer's removal. */
    public int votesNeeded(LegalDenominator legal, LocalDate date) {
        return votesNeeded(legal, date, false);
    }

    /**
     * The kind named in a form or request; a resolution when none is named. {@code DECISION}, this kind's name before
     * the glossary named it a conclusion, is still read so that API clients written against it keep working.
     */
    public static ResolutionKind parse(String text) {
        if (text == null || text.isBlank()) {
            return RESOLUTION;
        }
        String name = text.strip();
        if (name.equals("DECISION")) {
            return CONCLUSION;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new vn.chibo.platform.InvalidInputException("kind", "validation.invalidValue", text);
        }
    }
}
