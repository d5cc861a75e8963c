package vn.chibo.members;

import java.time.LocalDate;
import vn.chibo.organizations.OrganizationId;

/** A member as lists, search results and exports show her; no confidential data. */
public record MemberSummary(
        MemberId id,
        String fullName,
        Gender gender,
        LocalDate birthDate,
        OrganizationId organizationId,
        String organizationName,
        MemberStatus status,
        ActivityState activity,
        PoliticalTheoryLevel theoryLevel,
        String ethnicity,
        String position,
        LocalDate admissionDate,
        LocalDate ceremonyDate,
        LocalDate officialDate,
        int partyAgeYears) {

    /** Probationers may not vote, stand or elect. */
    public boolean mayVote() {
        return status == MemberStatus.OFFICIAL
                && activity != ActivityState.SUSPENDED
                && activity != ActivityState.PROSECUTED;
    }
}
