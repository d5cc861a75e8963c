package vn.chibo.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The membership figures a set of minutes reports (party-rules §2.3), and the legal denominator of its votes.
 *
 * @param total the organization's own members on the list (or the committee's seats), hosted members apart
 * @param hosted members of other organizations here on temporary transfer, listed without a vote
 * @param present everyone present, hosted members included
 * @param exemptPresent exempt members who came (they vote and count)
 * @param exemptAbsent exempt members who did not
 * @param voters official members present who may vote: the most votes a resolution can have
 * @param legal the legal denominator, with what it leaves out (QĐ 294-QĐ/TW §9.3.2)
 */
public record AttendanceCounts(
        int total,
        int official,
        int probationary,
        int hosted,
        int present,
        int presentOfficial,
        int presentProbationary,
        int presentHosted,
        int absentExcused,
        int absentUnexcused,
        int exemptPresent,
        int exemptAbsent,
        int away,
        int suspended,
        int prosecuted,
        int voters,
        LegalDenominator legal) {

    public static AttendanceCounts of(List<AttendanceEntry> entries) {
        int total = 0, official = 0, hosted = 0, present = 0, presentOfficial = 0, presentProbationary = 0;
        int presentHosted = 0, excused = 0, unexcused = 0, exemptPresent = 0, exemptAbsent = 0, away = 0;
        int suspended = 0, prosecuted = 0, voters = 0;
        for (AttendanceEntry e : entries) {
            boolean own = e.kind() != AttendeeKind.HOSTED;
            if (own) {
                total++;
                if (e.official()) {
                    official++;
                }
            } else {
                hosted++;
            }
            if (e.present()) {
                present++;
                if (!own) {
                    presentHosted++;
                } else if (e.official()) {
                    presentOfficial++;
                } else {
                    presentProbationary++;
                }
            }
            if (e.votes()) {
                voters++;
            }
            if (!own) {
                continue;
            }
            switch (e.presence()) {
                case ABSENT_EXCUSED -> excused++;
                case ABSENT_UNEXCUSED -> unexcused++;
                default -> {}
            }
            switch (e.standing()) {
                case EXEMPT -> {
                    if (e.present()) {
                        exemptPresent++;
                    } else {
                        exemptAbsent++;
                    }
                }
                case TEMPORARILY_AWAY -> away++;
                case SUSPENDED -> suspended++;
                case PROSECUTED -> prosecuted++;
                case ACTIVE -> {}
            }
        }
        LegalDenominator legal = LegalDenominator.of(
                LegalDenominator.Electorate.BRANCH_MEETING,
                entries.stream().map(AttendanceEntry::elector).toList());
        return new AttendanceCounts(
                total,
                official,
                total - official,
                hosted,
                present,
                presentOfficial,
                presentProbationary,
                presentHosted,
                excused,
                unexcused,
                exemptPresent,
                exemptAbsent,
                away,
                suspended,
                prosecuted,
                voters,
                legal);
    }

    /** The legal denominator of the meeting's votes. */
    @JsonProperty("denominator")
    public int denominator() {
        return legal.value();
    }

    /** Exempt members, present or not. */
    public int exempt() {
        return exemptPresent + exemptAbsent;
    }

    /** Members expected to attend: the organization's own, less the exempt who stayed away, the away, suspended, held. */
    public int expected() {
        return total - exemptAbsent - away - suspended - prosecuted;
    }

    /** Own members present (exempt members who came included), as a share of those expected, 0 to 1. */
    public double attendanceRate() {
        int ownPresent = present - presentHosted;
        return expected() <= 0 ? 0 : Math.min(1.0, (double) ownPresent / expected());
    }

    /** Whether official members present who may vote are fewer than {@code numerator}/{@code denominator} of it. */
    public boolean votersBelow(int numerator, int denominator) {
        return denominator() > 0 && voters * denominator < denominator() * numerator;
    }
}
