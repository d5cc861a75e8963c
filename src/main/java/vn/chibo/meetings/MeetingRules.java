package vn.chibo.meetings;

import java.time.LocalDate;

/**
 * The rules a meeting is held to, chosen by its date. Each version names the guidance it follows, so that a meeting is
 * always judged by the rules in force when it was held. Rules the reference marks as from memory or low confidence are
 * parameters here, not constants in the code that applies them.
 *
 * @param attendanceWarningNumerator with {@code attendanceWarningDenominator}: a meeting that votes a resolution with
 *     fewer official members present than this share of the legal denominator gets a warning, never a refusal (2/3, a
 *     common local rule from memory, party-rules §2.5); a numerator of 0 turns the warning off
 * @param modelCountsAsThematic whether a model meeting (sinh hoạt điểm) held on a theme counts as the quarter's thematic
 *     meeting (a ChiBo option, on by default)
 */
public record MeetingRules(
        String source,
        LocalDate effectiveFrom,
        Integer minimumMinutes,
        Integer minimumMinutesCombined,
        int attendanceWarningNumerator,
        int attendanceWarningDenominator,
        boolean modelCountsAsThematic) {

    /** HD 42-HD/BTCTW (28/10/2025), implementing Chỉ thị 50-CT/TW: at least 90 minutes, 120 when combined. */
    public static final MeetingRules HD_42_2025 =
            new MeetingRules("HD 42-HD/BTCTW", LocalDate.of(2025, 10, 28), 90, 120, 2, 3, true);

    /** HD 12-HD/BTCTW (06/7/2018): sets no central minimum duration; the committee decides locally. */
    public static final MeetingRules HD_12_2018 =
            new MeetingRules("HD 12-HD/BTCTW", LocalDate.of(2018, 7, 6), null, null, 2, 3, true);

    public static MeetingRules on(LocalDate date) {
        return date.isBefore(HD_42_2025.effectiveFrom()) ? HD_12_2018 : HD_42_2025;
    }

    /** The minimum duration of a meeting of this kind, or null when the rules set none. */
    public Integer minimumMinutes(MeetingKind kind) {
        return kind == MeetingKind.COMBINED ? minimumMinutesCombined : minimumMinutes;
    }

    /** The minimum duration; a model meeting that counts as thematic is a combined session (120 minutes). */
    public Integer minimumMinutes(MeetingKind kind, String topic) {
        return kind.isRegular() && thematic(kind, topic) ? minimumMinutesCombined : minimumMinutes;
    }

    /**
     * Whether the meeting counts as the quarter's thematic meeting (sinh hoạt chuyên đề, at least one a quarter): a
     * thematic or combined meeting, and a model meeting on a theme when the rules allow it.
     */
    public boolean thematic(MeetingKind kind, String topic) {
        return kind.isThematic()
                || (kind == MeetingKind.MODEL && modelCountsAsThematic && topic != null && !topic.isBlank());
    }

    /** Whether a meeting with these voters and this denominator gets the attendance warning. */
    public boolean attendanceWarning(AttendanceCounts counts) {
        return attendanceWarningNumerator > 0
                && counts.votersBelow(attendanceWarningNumerator, attendanceWarningDenominator);
    }
}
