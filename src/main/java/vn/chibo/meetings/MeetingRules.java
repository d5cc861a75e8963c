package vn.chibo.meetings;

import java.time.LocalDate;

/**
 * The rules a meeting is held to, chosen by its date. Each version names the guidance it follows, so that a meeting is
 * always judged by the rules in force when it was held.
 */
public record MeetingRules(
        String source, LocalDate effectiveFrom, Integer minimumMinutes, Integer minimumMinutesCombined) {

    /** HD 42-HD/BTCTW (28/10/2025), implementing Chỉ thị 50-CT/TW: at least 90 minutes, 120 when combined. */
    public static final MeetingRules HD_42_2025 =
            new MeetingRules("HD 42-HD/BTCTW", LocalDate.of(2025, 10, 28), 90, 120);

    /** HD 12-HD/BTCTW (06/7/2018): sets no central minimum duration; the committee decides locally. */
    public static final MeetingRules HD_12_2018 =
            new MeetingRules("HD 12-HD/BTCTW", LocalDate.of(2018, 7, 6), null, null);

    public static MeetingRules on(LocalDate date) {
        return date.isBefore(HD_42_2025.effectiveFrom()) ? HD_12_2018 : HD_42_2025;
    }

    /** The minimum duration of a meeting of this kind, or null when the rules set none. */
    public Integer minimumMinutes(MeetingKind kind) {
        return kind == MeetingKind.COMBINED ? minimumMinutesCombined : minimumMinutes;
    }
}
