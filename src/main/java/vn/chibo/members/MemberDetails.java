package vn.chibo.members;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.DecisionReference;

/**
 * The full record of a member with her history, badges and recognition deadline. Confidential fields (citizen id,
 * residences, family) are masked unless the reader may see personal data; {@code personalDataVisible} says which. In
 * JSON the particulars are fields of the record itself.
 */
public record MemberDetails(
        MemberId id,
        OrganizationId organizationId,
        String organizationName,
        @JsonUnwrapped MemberParticulars particulars,
        LocalDate admissionDate,
        DecisionReference admission,
        LocalDate ceremonyDate,
        LocalDate officialDate,
        MemberStatus status,
        ActivityState activity,
        int partyAgeYears,
        List<Integer> badges,
        Integer nextBadge,
        boolean duesExempt,
        Recognition recognition,
        List<MemberEvent> history,
        List<RewardOrDiscipline> rewardsAndDiscipline,
        boolean personalDataVisible,
        boolean manageable,
        Long unitId,
        String unitName,
        List<MembershipVote> votes,
        List<Integer> badgesPresented) {

    public boolean mayVote() {
        return status == MemberStatus.OFFICIAL
                && activity != ActivityState.SUSPENDED
                && activity != ActivityState.PROSECUTED;
    }

    /** The failed votes in a row on the admission or the recognition, whichever is more. */
    public int failedVotesInARow() {
        return Math.max(
                MembershipVote.failedInARow(votes, MembershipVote.Kind.RECOGNITION),
                MembershipVote.failedInARow(votes, MembershipVote.Kind.ADMISSION));
    }

    /** Repeated failed votes on the admission or the recognition: the higher committee must take the matter up. */
    public boolean referralNeeded() {
        return MembershipVote.referralNeeded(votes, MembershipVote.Kind.RECOGNITION)
                || MembershipVote.referralNeeded(votes, MembershipVote.Kind.ADMISSION);
    }

    /**
     * The branch's passing vote proposing her removal from the list, while she is still on it: the competent committee
     * has her case to decide (the latest removal vote counts; one that failed leaves nothing pending).
     */
    public Optional<MembershipVote> pendingRemoval() {
        if (!status.onList()) {
            return Optional.empty();
        }
        MembershipVote latest = null;
        for (MembershipVote v : votes) {
            if (v.kind() == MembershipVote.Kind.REMOVAL) {
                latest = v;
            }
        }
        return latest != null && latest.passed() ? Optional.of(latest) : Optional.empty();
    }

    public Optional<Recognition> pendingRecognition() {
        return status == MemberStatus.PROBATIONARY ? Optional.ofNullable(recognition) : Optional.empty();
    }

    /** A reward or a discipline with its decision. */
    public record RewardOrDiscipline(String kind, String description, DecisionReference decision) {}
}
