package vn.chibo.meetings.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.meetings.Presence;
import vn.chibo.meetings.RosterMember;
import vn.chibo.members.ActivityState;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

/** The members on an organization's list, read from the members module, as a meeting's attendance starts. */
@Component
public class MemberRoster {

    private final MemberRosterOnDate members;

    MemberRoster(MemberRosterOnDate members) {
        this.members = members;
    }

    /** The organization's members on the meeting's date, as their histories say they stood that day. */
    public List<RosterMember> roster(CurrentUser user, OrganizationId organization, LocalDate date) {
        List<RosterMember> roster = new ArrayList<>();
        for (MemberRosterOnDate.OnDate m : members.members(user, organization, date)) {
            roster.add(new RosterMember(m.id().value(), m.fullName(), m.official(), usualPresence(m.activity())));
        }
        return roster;
    }

    private static Presence usualPresence(ActivityState activity) {
        if (activity == null) {
            return Presence.PRESENT;
        }
        return switch (activity) {
            case EXEMPT, TEMPORARILY_EXEMPT -> Presence.EXEMPT;
            case TEMPORARILY_AWAY -> Presence.AWAY;
            case SUSPENDED -> Presence.SUSPENDED;
            case ACTIVE -> Presence.PRESENT;
        };
    }
}
