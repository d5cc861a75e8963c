package vn.chibo.meetings;

import java.util.List;

/**
 * The membership figures a set of minutes reports, and the legal denominator of votes: official members, less those on
 * temporary transfer, suspended, exempt and absent, or absent with an accepted reason (QĐ 190-QĐ/TW Điều 30, applied
 * to resolutions by QĐ 294-QĐ/TW §9.3.2). Members absent without reason stay in it.
 */
public record AttendanceCounts(
        int total,
        int official,
        int probationary,
        int present,
        int presentOfficial,
        int absentExcused,
        int absentUnexcused,
        int exempt,
        int away,
        int suspended,
        int denominator) {

    public static AttendanceCounts of(List<AttendanceEntry> entries) {
        int official = 0, present = 0, presentOfficial = 0, excused = 0, unexcused = 0, exempt = 0, away = 0;
        int suspended = 0, denominator = 0;
        for (AttendanceEntry e : entries) {
            if (e.official()) {
                official++;
            }
            switch (e.presence()) {
                case PRESENT -> {
                    present++;
                    if (e.official()) {
                        presentOfficial++;
                    }
                }
                case ABSENT_EXCUSED -> excused++;
                case ABSENT_UNEXCUSED -> unexcused++;
                case EXEMPT -> exempt++;
                case AWAY -> away++;
                case SUSPENDED -> suspended++;
            }
            if (e.official() && (e.presence() == Presence.PRESENT || e.presence() == Presence.ABSENT_UNEXCUSED)) {
                denominator++;
            }
        }
        return new AttendanceCounts(
                entries.size(),
                official,
                entries.size() - official,
                present,
                presentOfficial,
                excused,
                unexcused,
                exempt,
                away,
                suspended,
                denominator);
    }

    /** Members expected to attend: everyone on the list except the exempt, the away and the suspended. */
    public int expected() {
        return total - exempt - away - suspended;
    }

    /** Present members as a share of those expected, 0 to 1. */
    public double attendanceRate() {
        return expected() == 0 ? 0 : (double) present / expected();
    }
}
