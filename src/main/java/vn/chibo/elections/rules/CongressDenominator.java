package vn.chibo.elections.rules;

import java.util.List;
import vn.chibo.elections.AttendanceStatus;
import vn.chibo.elections.CongressKind;

/**
 * The legal denominator of a congress (QĐ 190-QĐ/TW Điều 30, as QĐ 244-QĐ/TW Điều 32): more than half of it elects,
 * and adopts the resolution. Its only inputs are the attendance facts of those summoned with a vote. This is the one
 * place the congress variant is computed, so that it can be switched to the shared denominator of the meetings module
 * when that lands.
 */
public final class CongressDenominator {

    private CongressDenominator() {}

    /**
     * One person summoned with a vote: an official member (member congress), an official delegate (delegate congress,
     * the convening committee's members included) or a committee member (committee conference).
     *
     * @param exempt exempt from Party work and meetings (miễn công tác và sinh hoạt đảng)
     * @param temporarilyAway on temporary transfer to another organization
     * @param conveningCommitteeMember a member of the convening committee (a delegate by right at a delegate congress)
     * @param reasonAccepted absent with a reason the convening committee accepted
     * @param replacedByAlternate an absent official delegate in whose place an alternate attends
     */
    public record Fact(
            AttendanceStatus status,
            boolean exempt,
            boolean temporarilyAway,
            boolean conveningCommitteeMember,
            boolean reasonAccepted,
            boolean replacedByAlternate) {

        public static Fact present() {
            return new Fact(AttendanceStatus.PRESENT, false, false, false, false, false);
        }

        public static Fact absent(boolean reasonAccepted) {
            return new Fact(AttendanceStatus.ABSENT, false, false, false, reasonAccepted, false);
        }

        boolean absentThroughout() {
            return status == AttendanceStatus.ABSENT;
        }
    }

    /** The legal denominator for those summoned with a vote. */
    public static int of(CongressKind kind, List<Fact> summoned) {
        int denominator = 0;
        for (Fact f : summoned) {
            if (counts(kind, f)) {
                denominator++;
            }
        }
        return denominator;
    }

    /** Whether one person summoned counts in the denominator. */
    public static boolean counts(CongressKind kind, Fact f) {
        if (!f.absentThroughout()) {
            // Whoever attends, for the whole congress or part of it, counts: the exempt and the away included.
            return true;
        }
        return switch (kind) {
            // Official members summoned, less the exempt and the away who stay away, and those absent throughout with
            // a reason the convening committee accepted; absent without one, they still count.
            case MEMBERS -> !(f.exempt() || f.temporarilyAway() || f.reasonAccepted());
            // Official delegates summoned, less the convening committee's members absent throughout and the delegates
            // absent throughout with no alternate in their place.
            case DELEGATES -> !f.conveningCommitteeMember() && f.replacedByAlternate();
            // The committee's members, likewise: less those absent throughout with an accepted reason.
            case COMMITTEE_CONFERENCE -> !f.reasonAccepted();
        };
    }

    /** The smallest number of votes that is more than half of the denominator: floor(denominator / 2) + 1. */
    public static int threshold(int denominator) {
        return denominator / 2 + 1;
    }
}
