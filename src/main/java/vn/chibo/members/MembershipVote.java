package vn.chibo.members;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.organizations.OrganizationId;

/**
 * A branch's vote on a member's admission, recognition as official or removal from the list, with the meeting it was
 * taken at (its id and the decision's id in the meetings module), and the votes it needed by the rules of its date (two
 * thirds, {@link MembershipRules}; more than half for an official member's removal).
 */
public record MembershipVote(
        Kind kind,
        OrganizationId organizationId,
        LocalDate votedOn,
        Long meetingId,
        Long decisionId,
        int agree,
        int disagree,
        int abstain,
        int denominator,
        int votesNeeded,
        boolean passed) {

    /** What the vote decided on. */
    public enum Kind {
        /** Kết nạp (or kết nạp lại). */
        ADMISSION,
        /** Công nhận đảng viên chính thức. */
        RECOGNITION,
        /** Đề nghị xóa tên: the branch proposes that the competent committee remove her from the list. */
        REMOVAL
    }

    /**
     * The votes of the kind that failed since the last one that passed: after as many as the rules allow (three), the
     * matter goes to the higher committee (QĐ 294-QĐ/TW §4.3).
     */
    public static int failedInARow(List<MembershipVote> votes, Kind kind) {
        int failed = 0;
        for (MembershipVote vote : votes) {
            if (vote.kind() == kind) {
                failed = vote.passed() ? 0 : failed + 1;
            }
        }
        return failed;
    }

    /** Whether the votes of the kind failed often enough that the higher committee must take the matter up. */
    public static boolean referralNeeded(List<MembershipVote> votes, Kind kind) {
        if (votes.isEmpty()) {
            return false;
        }
        LocalDate last = votes.get(votes.size() - 1).votedOn();
        return failedInARow(votes, kind) >= MembershipRules.on(last).failedVotesBeforeReferral();
    }

    /** The day of the branch's last passing recognition vote, from which the committee's 60 working days run. */
    public static LocalDate branchResolution(List<MembershipVote> votes) {
        LocalDate resolution = null;
        for (MembershipVote v : votes) {
            if (v.kind() == Kind.RECOGNITION) {
                resolution = v.passed() ? v.votedOn() : null;
            }
        }
        return resolution;
    }

    /**
     * QĐ 294-QĐ/TW §4.3: recognition follows the branch's resolution, voted by two thirds of its official members; the
     * latest recognition vote on or before the decision must have passed.
     */
    public static boolean recognitionBacked(List<MembershipVote> votes, LocalDate decidedOn) {
        List<MembershipVote> before = votes.stream()
                .filter(v -> v.kind() == Kind.RECOGNITION && !v.votedOn().isAfter(decidedOn))
                .toList();
        return !before.isEmpty() && before.get(before.size() - 1).passed();
    }
}
