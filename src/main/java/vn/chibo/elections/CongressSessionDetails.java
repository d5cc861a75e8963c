package vn.chibo.elections;

import java.time.LocalDate;
import java.util.List;

/**
 * The sessions of a congress as recorded, and the credentials committee's report drawn from its list: who was not
 * summoned and why, who was absent, and which alternate attends in place of which official delegate.
 */
public record CongressSessionDetails(
        LocalDate preparatoryOn,
        String agenda,
        String workingRules,
        List<BodyMember> bodyMembers,
        List<SessionVote> votes,
        LocalDate officialOn,
        String proceedings,
        boolean credentialsCommitteeRequired,
        List<Attendee> notSummoned,
        List<Attendee> absent,
        List<Replacement> replacements) {

    /** A member of a body of the congress. */
    public record BodyMember(SessionBody body, vn.chibo.members.MemberId memberId, String fullName, boolean head) {}

    /** An alternate delegate attending in place of an official delegate. */
    public record Replacement(String absentDelegate, String alternate) {}

    public boolean preparatoryHeld() {
        return preparatoryOn != null;
    }

    public List<BodyMember> members(SessionBody body) {
        return bodyMembers.stream().filter(m -> m.body() == body).toList();
    }
}
