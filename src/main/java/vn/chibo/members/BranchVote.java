package vn.chibo.members;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.InvalidInputException;

/**
 * A branch's vote on a recognition (or readmission) taken at a meeting ChiBo has no record of: its day and figures, as
 * the branch's resolution states them.
 */
public record BranchVote(LocalDate votedOn, Integer agree, Integer disagree, Integer abstain, Integer denominator) {

    /**
     * The vote as the member's history keeps it, judged by the rules of its date; refused when its day is missing or
     * to come, or its figures do not add up.
     */
    MembershipVote toMembershipVote(MembershipVote.Kind kind, OrganizationId branch, LocalDate today) {
        if (votedOn == null) {
            throw new InvalidInputException("branchVoteDate", "validation.required");
        }
        if (votedOn.isAfter(today)) {
            throw new InvalidInputException("branchVoteDate", "member.date.future");
        }
        if (denominator == null || denominator <= 0) {
            throw new InvalidInputException("branchVoteDenominator", "member.vote.denominator");
        }
        int yes = agree == null ? 0 : agree;
        int no = disagree == null ? 0 : disagree;
        int none = abstain == null ? 0 : abstain;
        if (yes < 0 || no < 0 || none < 0 || yes + no + none > denominator) {
            throw new InvalidInputException("branchVoteAgree", "member.vote.figures", denominator);
        }
        MembershipRules rules = MembershipRules.on(votedOn);
        return new MembershipVote(
                kind,
                branch,
                votedOn,
                null,
                null,
                yes,
                no,
                none,
                denominator,
                rules.votesNeeded(denominator),
                rules.voteShareReached(yes, denominator));
    }

    /** What the vote decided on, for the event it comes with (only a recognition or a readmission has one). */
    static MembershipVote.Kind decidedFor(MemberEventKind event) {
        return switch (event == null ? MemberEventKind.ADMITTED : event) {
            case RECOGNIZED -> MembershipVote.Kind.RECOGNITION;
            case READMITTED -> MembershipVote.Kind.ADMISSION;
            default -> throw new InvalidInputException("branchVote", "member.vote.notForEvent");
        };
    }
}
