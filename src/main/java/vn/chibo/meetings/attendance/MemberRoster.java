package vn.chibo.meetings.attendance;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.meetings.Presence;
import vn.chibo.meetings.RosterMember;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberPage;
import vn.chibo.members.MemberQuery;
import vn.chibo.members.MemberStatus;
import vn.chibo.members.MemberSummary;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;

/** The members on an organization's list, read from the members module, as a meeting's attendance starts. */
@Component
public class MemberRoster {

    private final MemberManagement members;

    MemberRoster(MemberManagement members) {
        this.members = members;
    }

    public List<RosterMember> roster(CurrentUser user, OrganizationId organization) {
        List<RosterMember> roster = new ArrayList<>();
        int page = 0;
        MemberPage result;
        do {
            result = members.list(user, MemberQuery.of(organization, null).withPage(page++, MemberQuery.MAX_SIZE));
            for (MemberSummary m : result.members()) {
                roster.add(new RosterMember(
                        m.id().value(), m.fullName(), m.status() == MemberStatus.OFFICIAL, usualPresence(m)));
            }
        } while (result.hasNext());
        return roster;
    }

    private static Presence usualPresence(MemberSummary m) {
        if (m.activity() == null) {
            return Presence.PRESENT;
        }
        return switch (m.activity()) {
            case EXEMPT, TEMPORARILY_EXEMPT -> Presence.EXEMPT;
            case TEMPORARILY_AWAY -> Presence.AWAY;
            case SUSPENDED -> Presence.SUSPENDED;
            case ACTIVE -> Presence.PRESENT;
        };
    }
}
