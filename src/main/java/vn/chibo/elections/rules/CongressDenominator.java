package vn.chibo.elections.rules;

import java.util.ArrayList;
import java.util.List;
import vn.chibo.elections.AttendanceStatus;
import vn.chibo.elections.CongressKind;
import vn.chibo.meetings.LegalDenominator;

/**
 * The legal denominator of a congress (QĐ 190-QĐ/TW Điều 30, as QĐ 244-QĐ/TW Điều 32): more than half of it elects,
 * and adopts the resolution. Its only inputs are the attendance facts of those summoned with a vote; it turns them
 * into the electors of the shared {@link LegalDenominator} of the meetings module, which computes it.
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
        List<LegalDenominator.Elector> electors = new ArrayList<>(summoned.size());
        for (Fact f : summoned) {
            LegalDenominator.Standing standing = f.exempt()
                    ? LegalDenominator.Standing.EXEMPT
                    : f.temporarilyAway()
                            ? LegalDenominator.Standing.TEMPORARILY_AWAY
                            : LegalDenominator.Standing.ACTIVE;
            electors.add(new LegalDenominator.Elector(true, standing, attendance(kind, f)));
            if (kind == CongressKind.DELEGATES && f.absentThroughout() && f.replacedByAlternate()) {
                // The alternate who took the seat votes, and counts, in her own right.
                electors.add(new LegalDenominator.Elector(
                        true, LegalDenominator.Standing.ACTIVE, LegalDenominator.Attendance.PRESENT));
            }
        }
        return LegalDenominator.of(electorate(kind), electors).value();
    }

    private static LegalDenominator.Attendance attendance(CongressKind kind, Fact f) {
        return switch (f.status()) {
            case PRESENT -> LegalDenominator.Attendance.PRESENT;
            case PARTLY_PRESENT -> LegalDenominator.Attendance.PARTLY_PRESENT;
            case ABSENT -> {
                if (kind == CongressKind.DELEGATES && f.replacedByAlternate()) {
                    yield LegalDenominator.Attendance.REPLACED_BY_ALTERNATE;
                }
                yield f.reasonAccepted()
                        ? LegalDenominator.Attendance.ABSENT_REASON_ACCEPTED
                        : LegalDenominator.Attendance.ABSENT;
            }
        };
    }

    private static LegalDenominator.Electorate electorate(CongressKind kind) {
        return switch (kind) {
            case MEMBERS -> LegalDenominator.Electorate.MEMBER_CONGRESS;
            case DELEGATES -> LegalDenominator.Electorate.DELEGATE_CONGRESS;
            case COMMITTEE_CONFERENCE -> LegalDenominator.Electorate.COMMITTEE_CONFERENCE;
        };
    }

    /** The smallest number of votes that is more than half of the denominator: floor(denominator / 2) + 1. */
    public static int threshold(int denominator) {
        return denominator / 2 + 1;
    }
}
