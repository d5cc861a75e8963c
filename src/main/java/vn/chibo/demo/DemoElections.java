package vn.chibo.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.chibo.elections.AttendanceStatus;
import vn.chibo.elections.CongressAttendance;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.CreateElection;
import vn.chibo.elections.ElectionCounting;
import vn.chibo.elections.ElectionId;
import vn.chibo.elections.ElectionKind;
import vn.chibo.elections.ElectionManagement;
import vn.chibo.elections.ElectionResult;
import vn.chibo.elections.EnterBallot;
import vn.chibo.elections.InvalidBallotCode;
import vn.chibo.elections.Mark;
import vn.chibo.elections.RecordAttendance;
import vn.chibo.members.MemberId;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.TermDetails;
import vn.chibo.platform.CurrentUser;

/**
 * How the demo holds an election at one of its congresses, through the elections module's API as a counting committee
 * would: the list, the counting committee, the ballots issued to those attending, every paper ballot entered, and the
 * count; and how the elected take the seats of the term the organizations were loaded with.
 */
final class DemoElections {

    private static final CurrentUser SYSTEM = CurrentUser.system();

    private final CongressManagement congresses;
    private final CongressAttendance attendance;
    private final ElectionManagement elections;
    private final ElectionCounting counting;
    private final OrganizationTerms organizations;
    private final Random random = new Random(20241010L);

    DemoElections(
            CongressManagement congresses,
            CongressAttendance attendance,
            ElectionManagement elections,
            ElectionCounting counting,
            OrganizationTerms organizations) {
        this.congresses = congresses;
        this.attendance = attendance;
        this.elections = elections;
        this.counting = counting;
        this.organizations = organizations;
    }

    /**
     * Holds one election with a list and the candidates the voters mostly keep: the counting committee, the ballots
     * issued to those attending, every ballot entered ({@code entries} times, independently), and the count. Returns
     * those elected.
     */
    List<MemberId> elect(
            CongressId congress,
            ElectionKind kind,
            int seats,
            List<MemberId> list,
            List<MemberId> preferred,
            List<MemberId> tellers,
            int entries) {
        ElectionId election = elections.create(SYSTEM, congress, new CreateElection(kind, seats, list));
        elections.setCountingCommittee(SYSTEM, election, tellers, tellers.get(0));
        int voters = congresses.details(SYSTEM, congress).figures().attending();
        elections.issueBallots(SYSTEM, election, voters, entries);
        List<EnterBallot> pile = new ArrayList<>();
        for (int b = 0; b < voters; b++) {
            pile.add(ballot(list, seats, preferred, b));
        }
        for (int entry = 1; entry <= entries; entry++) {
            for (EnterBallot ballot : pile) {
                counting.enter(
                        SYSTEM,
                        election,
                        new EnterBallot(entry, null, ballot.kept(), ballot.marks(), ballot.invalid()));
            }
        }
        ElectionResult result = counting.count(SYSTEM, election, voters);
        return result.elected();
    }

    /**
     * A plausible ballot: seven in eight keep the preferred names (so that they are elected whatever the day's
     * numbers), the eighth prefers another name, crosses out every name, or keeps them all, in turn.
     */
    private EnterBallot ballot(List<MemberId> list, int seats, List<MemberId> preferred, int number) {
        int variant = number % 8 == 7 ? (number / 8) % 3 : -1;
        if (list.size() > seats) {
            List<MemberId> kept = new ArrayList<>(preferred);
            if (variant == 0) {
                List<MemberId> others =
                        list.stream().filter(m -> !preferred.contains(m)).toList();
                kept.set(random.nextInt(kept.size()), others.get(random.nextInt(others.size())));
            } else if (variant == 1) {
                kept = List.of();
            } else if (variant == 2) {
                kept = list;
            }
            return new EnterBallot(null, null, kept, null, null);
        }
        if (list.size() == 1 && variant == 2) {
            return new EnterBallot(null, null, null, null, InvalidBallotCode.SINGLE_BOTH_OR_NEITHER);
        }
        Map<MemberId, Mark> marks = new LinkedHashMap<>();
        for (MemberId m : list) {
            marks.put(m, variant == 0 ? Mark.DISAGREE : variant == 1 && list.size() > 1 ? Mark.NONE : Mark.AGREE);
        }
        return new EnterBallot(null, null, null, marks, null);
    }

    void absence(CongressId congress, MemberId member, String reason) {
        attendance.recordAttendance(
                SYSTEM, congress, member, new RecordAttendance(AttendanceStatus.ABSENT, reason, true));
    }

    /**
     * The seats the term was given when the demo's organizations were loaded take the names of the people the congress
     * elected, post by post (secretary, deputy, members), so that the committee on the organization's page is the one
     * its congress elected.
     */
    void seat(
            OrganizationId org,
            TermDetails term,
            List<CommitteeSeat> seats,
            List<MemberId> elected,
            Map<MemberId, String> names) {
        List<CommitteeSeat> ordered = new ArrayList<>(seats);
        ordered.sort(Comparator.comparing(CommitteeSeat::position));
        for (int i = 0; i < Math.min(ordered.size(), elected.size()); i++) {
            CommitteeSeat seat = ordered.get(i);
            organizations.updateCommitteeSeat(
                    SYSTEM,
                    org,
                    term.id(),
                    seat.id(),
                    names.get(elected.get(i)),
                    seat.position(),
                    seat.fromDate(),
                    seat.toDate(),
                    seat.decision());
        }
    }
}
