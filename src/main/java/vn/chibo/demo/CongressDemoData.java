package vn.chibo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.elections.AddDelegate;
import vn.chibo.elections.AttendanceStatus;
import vn.chibo.elections.Attendee;
import vn.chibo.elections.CongressAttendance;
import vn.chibo.elections.CongressCheckIn;
import vn.chibo.elections.CongressDetails;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressKind;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.CongressNews;
import vn.chibo.elections.CongressPreparation;
import vn.chibo.elections.CongressPreparationDetails;
import vn.chibo.elections.CongressResults;
import vn.chibo.elections.CongressSessions;
import vn.chibo.elections.CongressSpeakers;
import vn.chibo.elections.ConveneCongress;
import vn.chibo.elections.CreateElection;
import vn.chibo.elections.ElectionCounting;
import vn.chibo.elections.ElectionKind;
import vn.chibo.elections.ElectionManagement;
import vn.chibo.elections.RecordAttendance;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberRosterOnDate;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.OrganizationDetails;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.TermDetails;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;

/**
 * The congresses of the demo: every branch held its congress the day before its current term began (attendance,
 * secret-ballot elections of its committee or secretary and deputy, its delegates and alternate, counting minutes
 * numbered in the congress's run) and its elected took the seats of that term; the sector's committee held a delegate
 * congress with its first conference; and one branch prepares the congress of its next term. Written for ChiBo: the
 * people are the generated demo members, the plan and resolution texts our own. Loaded once, before the meetings.
 */
@Component
@Profile(DemoRunner.PROFILE)
@Order(2)
class CongressDemoData extends DemoRunner {

    private static final CurrentUser SYSTEM = CurrentUser.system();
    static final String UPCOMING_BRANCH = "Chi bộ Trường Tiểu học Hoa Sen";
    private static final String SECTOR = "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn";
    private static final String SECRETARY_BRANCH = "Chi bộ Trường THPT Nguyễn Trãi";
    private static final String SECRETARY_NAME = "Trần Thị Minh Hằng";

    private final CongressManagement congresses;
    private final CongressAttendance attendance;
    private final ElectionManagement elections;
    private final ElectionCounting counting;
    private final CongressResults results;
    private final CongressNews news;
    private final CongressCheckIn checkIn;
    private final CongressSpeakers speakers;
    private final CongressPreparation preparation;
    private final OrganizationManagement organizations;
    private final OrganizationTerms organizationTerms;
    private final MemberManagement members;
    private final MemberRosterOnDate roster;
    private final DemoElections votes;
    private final DemoSessions sessions;

    CongressDemoData(
            CongressManagement congresses,
            CongressAttendance attendance,
            ElectionManagement elections,
            ElectionCounting counting,
            CongressResults results,
            CongressNews news,
            CongressCheckIn checkIn,
            CongressSpeakers speakers,
            CongressSessions congressSessions,
            CongressPreparation preparation,
            OrganizationManagement organizations,
            OrganizationTerms organizationTerms,
            MemberManagement members,
            MemberRosterOnDate roster,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        super(jdbc, transaction, clock);
        this.congresses = congresses;
        this.attendance = attendance;
        this.elections = elections;
        this.counting = counting;
        this.results = results;
        this.news = news;
        this.checkIn = checkIn;
        this.speakers = speakers;
        this.organizations = organizations;
        this.organizationTerms = organizationTerms;
        this.members = members;
        this.roster = roster;
        this.sessions = new DemoSessions(congressSessions, congresses, preparation);
        this.preparation = preparation;
        this.votes = new DemoElections(congresses, attendance, elections, counting, organizationTerms);
    }

    @Override
    void runDemo() {
        loadOnce("demo.congresses.loaded", "Demo congresses", () -> load(calendar()));
    }

    private void load(DemoCalendar calendar) {
        List<Long> branches = jdbc.sql(
                        """
                        SELECT id FROM organizations.organization
                        WHERE type IN ('BRANCH', 'GRASSROOTS_BRANCH') AND dissolved_on IS NULL ORDER BY id
                        """)
                .query(Long.class)
                .list();
        secretaryMember();
        for (long id : branches) {
            OrganizationId branch = OrganizationId.of(id);
            organizationTerms
                    .termOn(SYSTEM, branch, calendar.today())
                    .ifPresent(term -> branchCongress(branch, term, calendar));
        }
        jdbc.sql("SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", SECTOR)
                .query(Long.class)
                .optional()
                .ifPresent(sector -> organizationTerms
                        .termOn(SYSTEM, OrganizationId.of(sector), calendar.today())
                        .ifPresent(term -> sectorCongress(OrganizationId.of(sector), term, calendar)));
    }

    /** The secretary of the {@code bithu} account's branch is a member of it, so that her congress can elect her. */
    private void secretaryMember() {
        jdbc.sql("SELECT id FROM organizations.organization WHERE name = :n")
                .param("n", SECRETARY_BRANCH)
                .query(Long.class)
                .optional()
                .ifPresent(branch -> members.create(
                        SYSTEM,
                        MemberDraft.minimal(
                                OrganizationId.of(branch),
                                SECRETARY_NAME,
                                Gender.FEMALE,
                                LocalDate.of(1978, 4, 17),
                                LocalDate.of(2004, 5, 19),
                                LocalDate.of(2004, 6, 2),
                                LocalDate.of(2005, 6, 2))));
    }

    // ---- a branch ------------------------------------------------------------------------------------------------

    private void branchCongress(OrganizationId branch, TermDetails term, DemoCalendar calendar) {
        OrganizationDetails details = organizations.details(SYSTEM, branch);
        LocalDate opening = calendar.congressBefore(term.startsOn());
        List<MemberRosterOnDate.OnDate> officials = roster.members(SYSTEM, branch, opening).stream()
                .filter(MemberRosterOnDate.OnDate::official)
                .toList();
        if (officials.size() < 5) {
            return;
        }
        int number = number(details, opening, 30);
        CongressId congress = conveneBranchCongress(
                branch,
                number,
                opening,
                term.startsOn(),
                term.endsOn(),
                calendar.announcement(opening),
                new DecisionReference(
                        Integer.toString(30 + number),
                        "KH/ĐU",
                        calendar.announcement(opening).minusDays(20)));
        List<MemberId> people = people(officials, details);
        java.util.Map<MemberId, String> names = new java.util.HashMap<>();
        officials.forEach(o -> names.put(o.id(), o.fullName()));
        if (details.summary().name().equals(SECRETARY_BRANCH)) {
            sessions.reports(
                    congress,
                    "Chi ủy",
                    List.of(new DemoSessions.DiscussionPaper(
                            "Giữ gìn kỷ cương, nền nếp dạy học trong nhà trường", "Tổ chuyên môn Ngữ văn")));
        }
        votes.absence(congress, people.get(people.size() - 1), "Đi học tập trung lớp bồi dưỡng");
        sessions.preparatory(congress, opening, people, false);
        List<CommitteeSeat> seats = term.committee().stream()
                .filter(s -> s.fromDate().equals(term.startsOn()))
                .toList();
        List<MemberId> tellers = List.of(people.get(people.size() - 2), people.get(people.size() - 3));
        List<MemberId> elected = new ArrayList<>();
        if (officials.size() >= 9 && seats.size() >= 3) {
            // QĐ 294-QĐ/TW: a branch of nine official members or more elects its committee, then the posts from it.
            List<MemberId> won = votes.elect(
                    congress, ElectionKind.COMMITTEE, 3, people.subList(0, 4), people.subList(0, 3), tellers, 1);
            // In the order the demo gives the posts: the secretary to be first, then the deputy.
            elected.addAll(people.subList(0, 3).stream().filter(won::contains).toList());
            elect(congress, Vote.unopposed(ElectionKind.SECRETARY, List.of(elected.get(0)), tellers));
            elect(congress, Vote.unopposed(ElectionKind.DEPUTY_SECRETARY, List.of(elected.get(1)), tellers));
        } else {
            elected.addAll(elect(congress, Vote.unopposed(ElectionKind.SECRETARY, people.subList(0, 1), tellers)));
            elected.addAll(
                    elect(congress, Vote.unopposed(ElectionKind.DEPUTY_SECRETARY, people.subList(1, 2), tellers)));
        }
        if (people.size() >= 8) {
            // The sector congress's delegates.
            electDelegates(
                    congress,
                    List.of(people.get(0), people.get(2), people.get(3)),
                    List.of(people.get(0), people.get(2)),
                    tellers);
        }
        sessions.official(congress, opening);
        congresses.recordResolution(SYSTEM, congress, DemoSessions.resolution(attending(congress), false));
        votes.seat(branch, term, seats, elected, names);
        results.takeOffice(SYSTEM, congress);
        congresses.close(SYSTEM, congress, opening);
        LocalDate approved = opening.plusDays(12).isAfter(calendar.today()) ? calendar.today() : opening.plusDays(12);
        results.recordApproval(
                SYSTEM,
                congress,
                true,
                new DecisionReference(Integer.toString(100 + number), "QĐ/ĐU", approved),
                List.of());
        if (details.summary().name().equals(SECRETARY_BRANCH)) {
            // The secretary's branch has sent its congress's news draft to the portal's editors.
            news.release(SYSTEM, congress);
        }
        if (details.summary().name().equals(UPCOMING_BRANCH)) {
            upcoming(branch, term, number + 1, people, calendar);
        }
    }

    /** The congress of the branch's next term, convened and with its lists, not yet held. */
    private void upcoming(
            OrganizationId branch, TermDetails term, int number, List<MemberId> people, DemoCalendar calendar) {
        LocalDate opening = calendar.upcomingCongress(term.endsOn());
        CongressId congress = conveneBranchCongress(
                branch,
                number,
                opening,
                term.endsOn(),
                term.endsOn().plusMonths(30),
                calendar.today(),
                new DecisionReference("52", "KH/ĐU", calendar.today()));
        // The planned list: the secretary's post, proposed from the members summoned for that day.
        congresses.details(SYSTEM, congress).attendees().stream()
                .filter(a -> a.votes() && a.official() && a.memberId() != null)
                .map(Attendee::memberId)
                .filter(people::contains)
                .findFirst()
                .ifPresent(candidate -> {
                    elections.create(
                            SYSTEM, congress, new CreateElection(ElectionKind.SECRETARY, 1, List.of(candidate)));
                    sessions.prepare(congress, candidate);
                });
        // Its delegate cards are printed ahead of the day, for the check-in desk at the door.
        checkIn.issueCards(SYSTEM, congress);
        // Two delegates have asked ahead to speak in the discussion.
        List<String> topics =
                List.of("Đổi mới sinh hoạt chuyên môn theo tổ khối lớp", "Giáo dục kỹ năng sống cho học sinh tiểu học");
        List<MemberId> speaking = congresses.details(SYSTEM, congress).attendees().stream()
                .filter(a -> a.votes() && a.memberId() != null)
                .map(Attendee::memberId)
                .skip(1)
                .limit(topics.size())
                .toList();
        for (int i = 0; i < speaking.size(); i++) {
            speakers.register(
                    SYSTEM,
                    congress,
                    new CongressSpeakers.Registration(speaking.get(i).value(), null, topics.get(i)));
        }
        // The presidium has put a third on the list to present the congress's discussion paper (tham luận).
        preparation.details(SYSTEM, congress).papers().stream()
                .filter(p -> p.kind() == CongressPreparationDetails.PaperKind.DISCUSSION_PAPER)
                .findFirst()
                .ifPresent(paper -> congresses.details(SYSTEM, congress).attendees().stream()
                        .filter(a -> a.votes() && a.memberId() != null)
                        .map(Attendee::memberId)
                        .skip(1 + topics.size())
                        .findFirst()
                        .ifPresent(presenter -> speakers.register(
                                SYSTEM,
                                congress,
                                new CongressSpeakers.Registration(presenter.value(), null, null, paper.id()))));
        // The committee above is sending a representative, whom the desk will receive on the day.
        attendance.addParticipant(
                SYSTEM, congress, "Đinh Văn Khoa", false, "Ủy viên Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh");
    }

    /** The people of the list in the order the demo uses them: the seat holders to be, then the others. */
    private List<MemberId> people(List<MemberRosterOnDate.OnDate> officials, OrganizationDetails details) {
        List<MemberId> people = new ArrayList<>(
                officials.stream().map(MemberRosterOnDate.OnDate::id).toList());
        if (details.summary().name().equals(SECRETARY_BRANCH)) {
            officials.stream()
                    .filter(o -> o.fullName().equals(SECRETARY_NAME))
                    .findFirst()
                    .ifPresent(o -> {
                        people.remove(o.id());
                        people.add(0, o.id());
                    });
        }
        return people;
    }

    /** The congress's lần thứ: one every term since the organization was founded. */
    private static int number(OrganizationDetails details, LocalDate opening, int termMonths) {
        LocalDate founded = details.particulars().foundedOn() == null
                ? LocalDate.of(2000, 1, 1)
                : details.particulars().foundedOn();
        long months = java.time.temporal.ChronoUnit.MONTHS.between(founded, opening);
        return (int) Math.max(1, Math.min(100, months / termMonths + 1));
    }

    private int attending(CongressId congress) {
        return congresses.details(SYSTEM, congress).figures().attending();
    }

    // ---- the sector's delegate congress and its committee's first conference --------------------------------------

    private void sectorCongress(OrganizationId sector, TermDetails term, DemoCalendar calendar) {
        LocalDate opening = calendar.congressBefore(term.startsOn());
        seatOutgoingCommitteeFromMembers(sector, opening);
        CongressId congress = congresses.convene(
                SYSTEM,
                new ConveneCongress(
                        sector,
                        CongressKind.DELEGATES,
                        number(organizations.details(SYSTEM, sector), opening, 60),
                        opening,
                        term.startsOn(),
                        term.endsOn(),
                        "Hội trường Sở Giáo dục và Đào tạo",
                        calendar.announcement(opening),
                        new DecisionReference(
                                "37", "KH/ĐUK", calendar.announcement(opening).minusDays(30)),
                        false,
                        null));
        CongressDetails details = congresses.details(SYSTEM, congress);
        if (details.attendees().stream().noneMatch(a -> a.votes() && a.lowerOrganizationId() != null)) {
            // The branches' congresses of that time are older than the demo's: their delegates are listed here.
            addDelegatesFromBranches(sector, congress, opening);
            details = congresses.details(SYSTEM, congress);
        }
        List<Attendee> delegates =
                details.attendees().stream().filter(Attendee::votes).toList();
        if (delegates.size() < 16) {
            return;
        }
        sessions.reports(
                congress,
                "Ban Chấp hành Đảng bộ",
                List.of(
                        new DemoSessions.DiscussionPaper(
                                "Nâng cao chất lượng sinh hoạt chi bộ ở các trường học",
                                "Chi bộ Trường THPT Nguyễn Trãi"),
                        new DemoSessions.DiscussionPaper(
                                "Chuyển đổi số trong quản lý giáo dục và công tác đảng",
                                "Chi bộ Trường THCS Nguyễn Du")));
        // A delegate elected below is away; her branch's alternate takes her place.
        Attendee away = delegates.stream()
                .filter(d -> d.lowerOrganizationId() != null)
                .reduce((first, second) -> second)
                .orElseThrow();
        attendance.recordAttendance(
                SYSTEM, congress, away.memberId(), new RecordAttendance(AttendanceStatus.ABSENT, "Ốm, nằm viện", true));
        // The higher committee's representatives, introduced by their titles, as the minutes and the news name them.
        attendance.addParticipant(
                SYSTEM, congress, "Trịnh Quang Huy", false, "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh");
        attendance.addParticipant(
                SYSTEM, congress, "Lò Thị Mai Anh", false, "Trưởng Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh");
        details.attendees().stream()
                .filter(a -> a.alternate()
                        && away.lowerOrganizationId() != null
                        && away.lowerOrganizationId().equals(a.lowerOrganizationId()))
                .findFirst()
                .ifPresent(a -> attendance.replaceDelegate(SYSTEM, congress, away.id(), a.id()));
        sessions.preparatory(
                congress, opening, delegates.stream().map(Attendee::memberId).toList(), true);
        List<MemberId> people = delegates.stream().map(Attendee::memberId).toList();
        java.util.Map<MemberId, String> names = new java.util.HashMap<>();
        delegates.forEach(d -> names.put(d.memberId(), d.fullName()));
        List<MemberId> tellers = List.of(people.get(12), people.get(13), people.get(14));
        List<MemberId> preferred = people.subList(0, 9);
        List<MemberId> elected =
                votes.elect(congress, ElectionKind.COMMITTEE, 9, people.subList(0, 10), preferred, tellers, 2);
        // In the order the demo gives the posts: the secretary to be first, then the deputy.
        List<MemberId> committee = preferred.stream().filter(elected::contains).toList();
        electDelegates(congress, people.subList(9, 12), List.of(people.get(9), people.get(10)), tellers);
        sessions.official(congress, opening);
        congresses.recordResolution(SYSTEM, congress, DemoSessions.resolution(attending(congress), true));
        List<CommitteeSeat> seats = term.committee().stream()
                .filter(s -> s.fromDate().equals(term.startsOn()))
                .toList();
        votes.seat(sector, term, seats, committee, names);
        results.takeOffice(SYSTEM, congress);

        // The new committee's first conference: its own electorate, the same day.
        CongressId conference = congresses.convene(
                SYSTEM,
                new ConveneCongress(
                        sector,
                        CongressKind.COMMITTEE_CONFERENCE,
                        details.summary().number(),
                        opening,
                        term.startsOn(),
                        term.endsOn(),
                        "Phòng họp Đảng ủy",
                        null,
                        null,
                        false,
                        congress));
        congresses.open(SYSTEM, conference);
        List<MemberId> conferenceTellers = List.of(committee.get(7), committee.get(8));
        // The inspection committee's tellers are the secretary and the deputy.
        List<MemberId> inspectionTellers = List.of(committee.get(0), committee.get(1));
        List<Vote> conferenceVotes = List.of(
                new Vote(
                        ElectionKind.STANDING_COMMITTEE,
                        3,
                        committee.subList(0, 4),
                        committee.subList(0, 3),
                        conferenceTellers),
                Vote.unopposed(ElectionKind.SECRETARY, committee.subList(0, 1), conferenceTellers),
                Vote.unopposed(ElectionKind.DEPUTY_SECRETARY, committee.subList(1, 2), conferenceTellers),
                Vote.unopposed(ElectionKind.INSPECTION_COMMITTEE, committee.subList(4, 7), inspectionTellers),
                Vote.unopposed(ElectionKind.INSPECTION_CHAIR, committee.subList(4, 5), conferenceTellers));
        conferenceVotes.forEach(vote -> elect(conference, vote));
        results.takeOffice(SYSTEM, conference);
        congresses.close(SYSTEM, conference, opening);
        congresses.close(SYSTEM, congress, opening);
        LocalDate approved = opening.plusDays(20).isAfter(calendar.today()) ? calendar.today() : opening.plusDays(20);
        results.recordApproval(SYSTEM, congress, true, new DecisionReference("215", "QĐ/ĐUK", approved), List.of());
    }

    /**
     * The outgoing committee's secretary, deputy and one member are members of the đảng bộ, as a committee's members
     * are: the demo's organizations gave the seats names before any member existed, so three of them are set to
     * officials of three branches (from the fourth official of each on, whose name no other member bears), who then
     * come to the delegate congress by right.
     */
    private void seatOutgoingCommitteeFromMembers(OrganizationId sector, LocalDate opening) {
        LocalDate eve = opening.minusDays(1);
        TermDetails outgoing = organizationTerms.termOn(SYSTEM, sector, eve).orElse(null);
        if (outgoing == null) {
            return;
        }
        List<CommitteeSeat> seats = outgoing.committee().stream()
                .filter(seat -> seat.activeOn(eve))
                .limit(3)
                .toList();
        // Names two members share would find nobody by name: the seats take names borne by one member only.
        List<List<String>> branches = new ArrayList<>();
        java.util.Map<String, Integer> bearers = new java.util.HashMap<>();
        for (var org : organizations.subtreeAt(SYSTEM, sector, opening)) {
            List<String> names = roster.members(SYSTEM, org.id(), opening).stream()
                    .map(MemberRosterOnDate.OnDate::fullName)
                    .toList();
            names.forEach(name -> bearers.merge(name, 1, Integer::sum));
            if (org.type().isBranch()) {
                branches.add(roster.members(SYSTEM, org.id(), opening).stream()
                        .filter(MemberRosterOnDate.OnDate::official)
                        .map(MemberRosterOnDate.OnDate::fullName)
                        .toList());
            }
        }
        List<String> officials = new ArrayList<>();
        for (List<String> branch : branches) {
            if (officials.size() == seats.size()) {
                break;
            }
            branch.stream()
                    .skip(3)
                    .filter(name -> bearers.get(name) == 1)
                    .findFirst()
                    .ifPresent(officials::add);
        }
        for (int i = 0; i < officials.size(); i++) {
            CommitteeSeat seat = seats.get(i);
            organizationTerms.updateCommitteeSeat(
                    SYSTEM,
                    sector,
                    outgoing.id(),
                    seat.id(),
                    officials.get(i),
                    seat.position(),
                    seat.fromDate(),
                    seat.toDate(),
                    seat.decision());
        }
    }

    /** Two official delegates and an alternate from each branch, as their congresses of that time elected them. */
    private void addDelegatesFromBranches(OrganizationId sector, CongressId congress, LocalDate opening) {
        // The outgoing committee's members are on the list already, as delegates by right.
        java.util.Set<MemberId> listed = new java.util.HashSet<>();
        congresses.details(SYSTEM, congress).attendees().forEach(a -> listed.add(a.memberId()));
        for (var org : organizations.subtreeAt(SYSTEM, sector, opening)) {
            if (!org.type().isBranch()) {
                continue;
            }
            List<MemberRosterOnDate.OnDate> officials = roster.members(SYSTEM, org.id(), opening).stream()
                    .filter(MemberRosterOnDate.OnDate::official)
                    .filter(m -> !listed.contains(m.id()))
                    .toList();
            for (int i = 0; i < Math.min(3, officials.size()); i++) {
                attendance.addDelegate(
                        SYSTEM, congress, new AddDelegate(officials.get(i).id(), i == 2, org.id(), i == 2 ? 7 : null));
            }
        }
    }

    /** A branch's congress of its members, convened in the school's hall by the sector's plan. */
    private CongressId conveneBranchCongress(
            OrganizationId branch,
            int number,
            LocalDate opening,
            LocalDate termFrom,
            LocalDate termTo,
            LocalDate announced,
            DecisionReference plan) {
        return congresses.convene(
                SYSTEM,
                new ConveneCongress(
                        branch,
                        CongressKind.MEMBERS,
                        number,
                        opening,
                        termFrom,
                        termTo,
                        "Hội trường nhà trường",
                        announced,
                        plan,
                        false,
                        null));
    }

    /** Two delegates to the higher congress from a list of three, then the one left for the alternate seat. */
    private void electDelegates(
            CongressId congress, List<MemberId> list, List<MemberId> preferred, List<MemberId> tellers) {
        List<MemberId> delegates = votes.elect(congress, ElectionKind.DELEGATE, 2, list, preferred, tellers, 1);
        List<MemberId> left = list.stream().filter(d -> !delegates.contains(d)).toList();
        votes.elect(congress, ElectionKind.ALTERNATE_DELEGATE, 1, left, left, tellers, 1);
    }

    /** Holds one election, every ballot entered once. */
    private List<MemberId> elect(CongressId congress, Vote vote) {
        return votes.elect(congress, vote.kind(), vote.seats(), vote.candidates(), vote.preferred(), vote.tellers(), 1);
    }

    /** One election: its seats, its candidates, the ones the votes prefer, its tellers. */
    private record Vote(
            ElectionKind kind, int seats, List<MemberId> candidates, List<MemberId> preferred, List<MemberId> tellers) {

        /** As many seats as candidates, every one preferred. */
        static Vote unopposed(ElectionKind kind, List<MemberId> candidates, List<MemberId> tellers) {
            return new Vote(kind, candidates.size(), candidates, candidates, tellers);
        }
    }
}
