package vn.chibo.meetings.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.meetings.AttendeeKind;
import vn.chibo.meetings.LegalDenominator.Standing;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.meetings.RosterMember;
import vn.chibo.members.ActivityState;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.Position;
import vn.chibo.platform.CurrentUser;

/**
 * Who is on a meeting's list as attendance starts: for a branch meeting the organization's members on the day, as
 * their histories say they stood, and the members of other organizations on temporary transfer to it; for a committee
 * meeting the committee's seats held that day.
 */
@Component
public class MemberRoster {

    private final MemberRosterOnDate members;
    private final OrganizationTerms organizations;

    MemberRoster(MemberRosterOnDate members, OrganizationTerms organizations) {
        this.members = members;
        this.organizations = organizations;
    }

    public List<RosterMember> roster(CurrentUser user, OrganizationId organization, MeetingKind kind, LocalDate date) {
        if (kind.isCommittee()) {
            return seats(user, organization, kind, date);
        }
        List<RosterMember> roster = new ArrayList<>();
        for (MemberRosterOnDate.OnDate m : members.members(user, organization, date)) {
            roster.add(new RosterMember(
                    m.id().value(), m.fullName(), m.official(), AttendeeKind.MEMBER, standing(m.activity()), null));
        }
        // QĐ 294-QĐ/TW (as QĐ 232 §6.3.2): members on temporary transfer in attend the host branch without a vote.
        for (MemberRosterOnDate.OnDate m : members.hosted(user, organization, date)) {
            roster.add(new RosterMember(
                    m.id().value(), m.fullName(), m.official(), AttendeeKind.HOSTED, Standing.ACTIVE, null));
        }
        return roster;
    }

    /** The committee's seats on the day; a standing committee's meeting has the secretary, deputies and standing members. */
    private List<RosterMember> seats(CurrentUser user, OrganizationId organization, MeetingKind kind, LocalDate date) {
        List<RosterMember> roster = new ArrayList<>();
        for (CommitteeSeat seat : organizations.committeeOn(user, organization, date)) {
            if (kind == MeetingKind.STANDING_COMMITTEE && seat.position() == Position.MEMBER) {
                continue;
            }
            roster.add(new RosterMember(
                    seat.id(),
                    seat.fullName(),
                    true,
                    AttendeeKind.COMMITTEE_SEAT,
                    Standing.ACTIVE,
                    seat.position().name()));
        }
        return roster;
    }

    /** How a member's activity that day places her in a vote's legal denominator. */
    static Standing standing(ActivityState activity) {
        if (activity == null) {
            return Standing.ACTIVE;
        }
        return switch (activity) {
            // Tạm miễn sinh hoạt (working away) is treated as exempt: expected at no meeting, counted only if she
            // comes.
            case EXEMPT, TEMPORARILY_EXEMPT -> Standing.EXEMPT;
            case TEMPORARILY_AWAY -> Standing.TEMPORARILY_AWAY;
            case SUSPENDED -> Standing.SUSPENDED;
            case PROSECUTED -> Standing.PROSECUTED;
            case ACTIVE -> Standing.ACTIVE;
        };
    }
}
