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
    RECOGNITION;

    /** Whether the vote is on a member's admission or recognition, and goes into her history. */
    public boolean membership() {
        return this == ADMISSION || this == RECOGNITION;
    }

    /** The fewest votes in favour that pass, out of the legal denominator, by the rules in force on the date. */
    public int votesNeeded(LegalDenominator legal, LocalDate date) {
        return membership()
                // HD 06-HD/TW (2025), as party-rules §4.5: at least two thirds of the official members agree.
                ? MembershipRules.on(date).votesNeeded(legal.value())
                // QĐ 294-QĐ/TW §9.3.2: more than half of the legal denominator.
                : legal.moreThanHalf();
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
