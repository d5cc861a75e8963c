package vn.chibo.meetings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.chibo.organizations.OrganizationId;

/**
 * How the members of an organization took part in its meetings of a year (tình hình tham gia sinh hoạt đảng): the
 * meetings held, and for each member on their attendance lists how many she was expected at, came to, missed with or
 * without a reason; and who missed meetings without a valid reason in three months of the year, for whom the branch
 * considers proposing removal from the Party (Điều lệ Đảng, Điều 8).
 *
 * @param meetingsHeld the organization's meetings of the year that were held (committee meetings not counted)
 * @param attendanceRate present / expected over all members, in per cent to one decimal; null when nobody was expected
 * @param removalVotes the branch's latest vote on proposing each member's removal, taken in the year or since
 * @param nextMeeting the organization's next meeting (not a committee's) from today, to put a proposal to; or null
 */
public record ParticipationReport(
        OrganizationId organization,
        String organizationName,
        int year,
        int meetingsHeld,
        Double attendanceRate,
        List<MemberParticipation> members,
        List<RemovalVote> removalVotes,
        UpcomingMeeting nextMeeting) {

    /** A vote of the branch on proposing a member's removal from the list, at one of its meetings. */
    public record RemovalVote(long memberId, long meetingId, LocalDate date, boolean passed) {}

    /** A meeting still to come. */
    public record UpcomingMeeting(long id, LocalDate date) {}

    /** The branch's latest vote on proposing the member's removal, or null when it has not voted on one. */
    public RemovalVote removalVote(long memberId) {
        RemovalVote latest = null;
        for (RemovalVote v : removalVotes) {
            if (v.memberId() == memberId) {
                latest = v;
            }
        }
        return latest;
    }

    /** Absent without a valid reason in this many months of a year: removal is to be considered. */
    public static final int REMOVAL_MONTHS = 3;

    /** Absent with a reason more than this many times in a row: the branch loses the attendance bonus of its score. */
    public static final int EXCUSED_RUN_LIMIT = 3;

    /** The members for whom removal is to be considered. */
    public List<MemberParticipation> toConsiderForRemoval() {
        return members.stream().filter(MemberParticipation::removalToConsider).toList();
    }

    /**
     * One member's year.
     *
     * @param expected meetings she was expected at (present or absent; not those she was exempt from, away or suspended)
     * @param notExpected meetings on whose list she stood exempt, away on transfer, suspended or prosecuted
     * @param unexcusedMonths the months in which she missed a meeting without a valid reason
     * @param longestExcusedRun the most meetings in a row she missed with a reason
     */
    public record MemberParticipation(
            long memberId,
            String fullName,
            int expected,
            int present,
            int excused,
            int unexcused,
            int notExpected,
            List<YearMonth> unexcusedMonths,
            int longestExcusedRun) {

        /** Present / expected in per cent to one decimal; null when she was expected at none. */
        public Double rate() {
            return expected == 0 ? null : Math.round(1000.0 * present / expected) / 10.0;
        }

        public boolean removalToConsider() {
            return unexcusedMonths.size() >= REMOVAL_MONTHS;
        }

        public boolean longExcusedRun() {
            return longestExcusedRun > EXCUSED_RUN_LIMIT;
        }
    }
}
