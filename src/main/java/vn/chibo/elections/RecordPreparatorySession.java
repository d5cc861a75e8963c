package vn.chibo.elections;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.chibo.members.MemberId;

/**
 * The preparatory session as held: its day, the members of each body and their head (the first when none is named),
 * the agenda and working rules adopted, and the show of hands on each.
 */
public record RecordPreparatorySession(
        LocalDate heldOn,
        Map<SessionBody, Body> bodies,
        String agenda,
        String workingRules,
        Map<SessionVote.Item, SessionVote.Hands> votes) {

    /** The members of one body and its head. */
    public record Body(List<MemberId> members, MemberId head) {}
}
