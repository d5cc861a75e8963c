package vn.chibo.elections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.members.MemberRosterOnDate.OnDate;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationSummary;
import vn.chibo.platform.CurrentUser;

/**
 * The members of an organization and of every organization under it as they stood on a date: the list a member
 * congress summons from, and where candidates of a delegate congress come from.
 */
@Component
class Rosters {

    private final OrganizationManagement organizations;
    private final MemberRosterOnDate roster;

    Rosters(OrganizationManagement organizations, MemberRosterOnDate roster) {
        this.organizations = organizations;
        this.roster = roster;
    }

    /** A member on the list that day and the organization she was in. */
    record Member(OnDate member, OrganizationId organization) {}

    /**
     * Members of organizations outside the subtree on temporary transfer to one inside it on the date: they attend its
     * congress without a vote.
     */
    List<Member> hosted(CurrentUser user, OrganizationId root, LocalDate date, List<Member> subtree) {
        java.util.Set<vn.chibo.members.MemberId> home = new java.util.HashSet<>();
        subtree.forEach(m -> home.add(m.member().id()));
        List<Member> hosted = new ArrayList<>();
        for (OrganizationSummary org : organizations.subtreeAt(user, root, date)) {
            for (OnDate m : roster.hosted(user, org.id(), date)) {
                if (home.add(m.id())) {
                    hosted.add(new Member(m, org.id()));
                }
            }
        }
        return hosted;
    }

    List<Member> subtree(CurrentUser user, OrganizationId root, LocalDate date) {
        List<Member> members = new ArrayList<>();
        for (OrganizationSummary org : organizations.subtreeAt(user, root, date)) {
            for (OnDate m : roster.members(user, org.id(), date)) {
                members.add(new Member(m, org.id()));
            }
        }
        return members;
    }
}
