package vn.chibo.elections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberStatus;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.platform.CurrentUser;

/**
 * Who may stand, nominate and count at a congress: the people on its list, and at a delegate congress also the
 * official members of the organization who are not delegates (a committee is elected from all of them).
 */
@Component
class Electorate {

    private final CongressRecords congresses;
    private final Rosters rosters;
    private final OrganizationManagement organizations;

    Electorate(CongressRecords congresses, Rosters rosters, OrganizationManagement organizations) {
        this.congresses = congresses;
        this.rosters = rosters;
        this.organizations = organizations;
    }

    /**
     * A person as the election rules see her.
     *
     * @param withVote she votes at this congress (an official member or delegate summoned)
     * @param official an official member of the Party
     */
    record Person(
            MemberId memberId,
            String fullName,
            boolean withVote,
            boolean official,
            boolean temporarilyIn,
            boolean conveningCommittee) {}

    Map<MemberId, Person> of(CurrentUser user, CongressRecords.Row congress) {
        Map<MemberId, Person> people = new LinkedHashMap<>();
        for (Attendee a : congresses.attendees(congress.id())) {
            if (a.memberId() != null && a.standing() != Standing.NOT_SUMMONED && a.standing() != Standing.GUEST) {
                boolean replacing = a.alternate() && a.replacesAttendeeId() != null;
                people.put(
                        a.memberId(),
                        new Person(
                                a.memberId(),
                                a.fullName(),
                                a.votes() || replacing,
                                a.official(),
                                a.temporarilyIn(),
                                a.conveningCommittee()));
            }
        }
        if (congress.kind() == CongressKind.DELEGATES) {
            for (Rosters.Member m : rosters.subtree(user, congress.organizationId(), congress.openingDate())) {
                people.putIfAbsent(
                        m.member().id(),
                        new Person(
                                m.member().id(),
                                m.member().fullName(),
                                false,
                                m.member().status() == MemberStatus.OFFICIAL,
                                false,
                                false));
            }
        }
        return people;
    }

    Optional<Person> person(CurrentUser user, CongressRecords.Row congress, MemberId member) {
        return Optional.ofNullable(of(user, congress).get(member));
    }

    /** Official members of the organization as the QĐ 294 branch rules count them: those on the congress's list. */
    int officialMembers(CongressRecords.Row congress) {
        return (int) congresses.attendees(congress.id()).stream()
                .filter(a -> a.official() && !a.alternate() && a.memberId() != null)
                .count();
    }

    boolean branch(CurrentUser user, CongressRecords.Row congress) {
        return organizations.summary(user, congress.organizationId()).type().isBranch();
    }
}
