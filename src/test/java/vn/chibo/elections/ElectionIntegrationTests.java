package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.CommitteeSeat;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.Position;
import vn.chibo.organizations.TermDetails;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

@ChiboIntegrationTest
class ElectionIntegrationTests {

    @Autowired
    Clock clock;

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressAttendance attendance;

    @Autowired
    ElectionManagement elections;

    @Autowired
    CandidateLists lists;

    @Autowired
    ElectionCounting counting;

    @Autowired
    CongressResults results;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms organizationTerms;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    OrganizationId sector;
    CurrentUser committee;
    LocalDate today;

    @BeforeEach
    void setUp() {
        sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        committee =
                new CurrentUser(9300, "capuy-bau-cu", "Cấp ủy thử", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        today = LocalDate.now(clock);
    }

    /** A branch of 11 official members and a probationer holds its congress from convening to the new committee. */
    @Test
    void aBranchCongressElectsItsCommitteeAndSecretaryAndTheyTakeOffice() {
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, organizationTerms, members, sector, today.minusDays(10), 11, 1);
        LocalDate opening = today.minusDays(3);
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        2,
                        opening,
                        opening.plusDays(1),
                        opening.plusDays(1).plusMonths(30)));
        CongressDetails convened = congresses.details(committee, id);
        assertThat(convened.figures().summoned()).isEqualTo(11);
        assertThat(convened.figures().withoutVote())
                .as("the probationer attends without a vote")
                .isEqualTo(1);
        assertThat(convened.rules().regulation()).isEqualTo("QĐ 190-QĐ/TW");

        // One absent with a reason the convening committee accepted: the denominator is 10, six votes elect.
        MemberId excused = branch.official().get(10);
        attendance.recordAttendance(
                committee, id, excused, new RecordAttendance(AttendanceStatus.ABSENT, "Đi công tác", true));
        assertThat(congresses.details(committee, id).figures().denominator()).isEqualTo(10);
        assertThat(congresses.details(committee, id).figures().threshold()).isEqualTo(6);

        List<MemberId> o = branch.official();
        // QĐ 190 Điều 14: a committee of 3 needs more names than seats, and at most one more.
        assertThatThrownBy(() ->
                        elections.create(committee, id, new CreateElection(ElectionKind.COMMITTEE, 3, o.subList(0, 3))))
                .isInstanceOf(ElectionRuleException.class)
                .hasMessageContaining("election.rule.surplusRequired");
        assertThatThrownBy(() ->
                        elections.create(committee, id, new CreateElection(ElectionKind.COMMITTEE, 3, o.subList(0, 5))))
                .hasMessageContaining("election.rule.smallCommitteeSurplus");
        assertThatThrownBy(() -> elections.create(
                        committee,
                        id,
                        new CreateElection(
                                ElectionKind.COMMITTEE,
                                3,
                                List.of(
                                        o.get(0),
                                        o.get(1),
                                        o.get(2),
                                        branch.probationary().get(0)))))
                .as("a probationer may not stand")
                .isInstanceOf(ElectionRuleException.class);
        ElectionId committeeElection =
                elections.create(committee, id, new CreateElection(ElectionKind.COMMITTEE, 3, o.subList(0, 4)));

        // A teller who stands in the election is refused; two members who do not stand are elected.
        assertThatThrownBy(() -> elections.setCountingCommittee(
                        committee, committeeElection, List.of(o.get(0), o.get(5)), o.get(5)))
                .hasMessageContaining("election.counting.candidate");
        assertThatThrownBy(() -> elections.setCountingCommittee(
                        committee,
                        committeeElection,
                        List.of(branch.probationary().get(0), o.get(5)),
                        o.get(5)))
                .hasMessageContaining("election.counting.noVote");
        elections.setCountingCommittee(committee, committeeElection, List.of(o.get(5), o.get(6)), o.get(5));

        assertThatThrownBy(() -> elections.issueBallots(committee, committeeElection, 10, 2))
                .as("ballots are issued once the congress has opened")
                .hasMessageContaining("congress.status.notHeld");
        congresses.open(committee, id);
        elections.issueBallots(committee, committeeElection, 10, 2);

        // Ten ballots entered twice; the second entry misreads ballot 4.
        List<List<MemberId>> pile = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            pile.add(List.of(o.get(0), o.get(1), o.get(2)));
        }
        pile.add(List.of(o.get(3)));
        pile.add(List.of(o.get(0), o.get(1), o.get(2), o.get(3)));
        pile.add(List.of());
        for (int entry = 1; entry <= 2; entry++) {
            for (int i = 0; i < pile.size(); i++) {
                List<MemberId> kept = entry == 2 && i == 3 ? List.of(o.get(0), o.get(3)) : pile.get(i);
                BallotEntered b =
                        counting.enter(committee, committeeElection, new EnterBallot(entry, null, kept, null, null));
                assertThat(b.number()).isEqualTo(i + 1);
                if (i == 8) {
                    assertThat(b.valid()).isFalse();
                    assertThat(b.invalidBecause()).isEqualTo(InvalidBallotCode.TOO_MANY_KEPT);
                }
                if (i == 9) {
                    assertThat(b.invalidBecause()).isEqualTo(InvalidBallotCode.ALL_CROSSED_OUT);
                }
            }
        }
        assertThat(counting.differences(committee, committeeElection))
                .extracting(BallotDifference::number)
                .containsExactly(4);
        assertThatThrownBy(() -> counting.count(committee, committeeElection, 10))
                .hasMessageContaining("election.count.differences");
        counting.settle(
                committee,
                committeeElection,
                4,
                new EnterBallot(null, null, List.of(o.get(0), o.get(1), o.get(2)), null, null));
        assertThatThrownBy(() -> counting.count(committee, committeeElection, 9))
                .as("ballots returned must match those entered")
                .hasMessageContaining("election.count.sumChecks.ENTERED_NOT_RETURNED");
        assertThatThrownBy(() -> counting.count(committee, committeeElection, 11))
                .as("no more ballots returned than issued")
                .hasMessageContaining("election.count.sumChecks.RETURNED_OVER_ISSUED");
        ElectionResult result = counting.count(committee, committeeElection, 10);
        assertThat(result.denominator()).isEqualTo(10);
        assertThat(result.threshold()).isEqualTo(6);
        assertThat(result.valid()).isEqualTo(8);
        assertThat(result.invalid()).isEqualTo(2);
        assertThat(result.invalidByReason())
                .containsEntry(InvalidBallotCode.TOO_MANY_KEPT, 1)
                .containsEntry(InvalidBallotCode.ALL_CROSSED_OUT, 1);
        assertThat(result.candidates()).extracting(CandidateResult::votes).contains(7, 7, 7, 1);
        assertThat(result.elected()).containsExactlyInAnyOrder(o.get(0), o.get(1), o.get(2));
        assertThat(result.next()).isEqualTo("DONE");

        // The secretary is elected from the committee just elected, on a single-name ballot.
        assertThatThrownBy(() -> elections.create(
                        committee, id, new CreateElection(ElectionKind.SECRETARY, 1, List.of(o.get(3)))))
                .hasMessageContaining("election.rule.fromCommittee");
        ElectionId secretary =
                elections.create(committee, id, new CreateElection(ElectionKind.SECRETARY, 1, List.of(o.get(0))));
        elections.setCountingCommittee(committee, secretary, List.of(o.get(5), o.get(6)), o.get(6));
        elections.issueBallots(committee, secretary, 10, 1);
        for (int i = 0; i < 10; i++) {
            Mark mark = i < 8 ? Mark.AGREE : i == 8 ? Mark.DISAGREE : Mark.BOTH;
            counting.enter(committee, secretary, new EnterBallot(null, null, null, Map.of(o.get(0), mark), null));
        }
        ElectionResult secretaryResult = counting.count(committee, secretary, null);
        assertThat(secretaryResult.form()).isEqualTo(BallotForm.SINGLE_NAME);
        assertThat(secretaryResult.invalidByReason()).containsEntry(InvalidBallotCode.SINGLE_BOTH_OR_NEITHER, 1);
        assertThat(secretaryResult.candidates().get(0).votes()).isEqualTo(8);
        assertThat(secretaryResult.candidates().get(0).percent()).isEqualByComparingTo("80.00");
        assertThat(secretaryResult.elected()).containsExactly(o.get(0));

        // The results take office: the outgoing term ends the day before, the new one is seated.
        long termId = results.takeOffice(committee, id);
        TermDetails term = organizationTerms
                .termOn(committee, branch.id(), opening.plusDays(1))
                .orElseThrow();
        assertThat(term.id()).isEqualTo(termId);
        assertThat(term.startsOn()).isEqualTo(opening.plusDays(1));
        assertThat(term.committee()).hasSize(3);
        assertThat(term.committee())
                .filteredOn(s -> s.position() == Position.SECRETARY)
                .extracting(CommitteeSeat::fullName)
                .containsExactly(result.candidates().stream()
                        .filter(c -> c.memberId().equals(o.get(0)))
                        .findFirst()
                        .orElseThrow()
                        .fullName());
        assertThat(organizationTerms
                        .termOn(committee, branch.id(), opening)
                        .orElseThrow()
                        .endsOn())
                .isEqualTo(opening.plusDays(1));

        congresses.close(committee, id, opening);
        assertThatThrownBy(() -> attendance.recordAttendance(
                        committee, id, o.get(1), new RecordAttendance(AttendanceStatus.ABSENT, "x", false)))
                .hasMessageContaining("congress.status.closed");

        // The higher committee refuses one member: her seat ends on the decision's date.
        results.recordApproval(committee, id, false, new DecisionReference("12", "QĐ/ĐU", today), List.of(o.get(1)));
        TermDetails after = organizationTerms
                .termOn(committee, branch.id(), opening.plusDays(1))
                .orElseThrow();
        assertThat(after.committee()).filteredOn(s -> s.toDate() != null).hasSize(1);
    }

    @Test
    void aNomineeFromTheFloorNeedsMoreThanThirtyPercentAndAListAboveTheSurplusIsTrimmed() {
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, organizationTerms, members, sector, today.minusDays(10), 14, 1);
        LocalDate opening = today.minusDays(2);
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(branch.id(), CongressKind.MEMBERS, 3, opening, opening, opening.plusMonths(30)));
        List<MemberId> o = branch.official();
        // 7 seats: at most 9 names (30% of 7 is 2.1).
        ElectionId election =
                elections.create(committee, id, new CreateElection(ElectionKind.COMMITTEE, 7, o.subList(0, 8)));
        NominationResult refused = lists.nominate(committee, id, new Nominate(election, o.get(8), o.get(12), 14, 4));
        assertThat(refused.added()).as("4 of 14 is not more than 30%").isFalse();
        assertThat(refused.minimum()).isEqualTo(5);
        NominationResult added = lists.nominate(committee, id, new Nominate(election, o.get(8), o.get(12), 14, 5));
        assertThat(added.added()).isTrue();
        assertThat(added.trimmingNeeded()).isFalse();
        NominationResult self = lists.nominate(committee, id, new Nominate(election, o.get(9), null, 14, 9));
        assertThat(self.added()).isTrue();
        assertThat(self.listSize()).isEqualTo(10);
        assertThat(self.trimmingNeeded()).isTrue();
        assertThatThrownBy(() -> lists.nominate(
                        committee,
                        id,
                        new Nominate(election, branch.probationary().get(0), null, 14, 14)))
                .hasMessageContaining("election.nomination.mayNotStand");
        assertThat(elections.details(committee, election).listProblem()).isEqualTo("election.rule.surplusTooLarge");

        java.util.Map<MemberId, Integer> opinion = new java.util.HashMap<>();
        for (int i = 0; i < 10; i++) {
            opinion.put(o.get(i), 14 - i);
        }
        List<MemberId> dropped = lists.trim(committee, election, opinion);
        assertThat(dropped).containsExactly(o.get(9));
        ElectionDetails details = elections.details(committee, election);
        assertThat(details.listProblem()).isNull();
        assertThat(details.latest().candidates()).hasSize(9);
        assertThat(details.latest().form()).isEqualTo(BallotForm.CROSSING_OUT);
        // A withdrawal granted by the congress.
        lists.withdraw(committee, election, o.get(8));
        assertThat(elections.details(committee, election).latest().candidates()).hasSize(8);
    }

    @Test
    void outsideItsScopeACongressIsNotFoundAndAMemberMayReadButNotManage() {
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, organizationTerms, members, sector, today.minusDays(10), 5, 0);
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        1,
                        today,
                        today.plusDays(1),
                        today.plusDays(1).plusMonths(30)));
        long otherBranch = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        CurrentUser stranger =
                new CurrentUser(9301, "bithu-khac", "Bí thư khác", List.of(new Grant(otherBranch, Role.SECRETARY)));
        CurrentUser member = new CurrentUser(
                9302, "dangvien-thu", "Đảng viên", List.of(new Grant(branch.id().value(), Role.MEMBER)));
        assertThatThrownBy(() -> congresses.details(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThat(congresses.details(member, id).manageable()).isFalse();
        assertThatThrownBy(() -> congresses.open(member, id)).isInstanceOf(ForbiddenException.class);
        assertThat(congresses.list(stranger, null))
                .extracting(CongressSummary::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> elections.create(
                        committee,
                        id,
                        new CreateElection(
                                ElectionKind.COMMITTEE, 3, branch.official().subList(0, 4))))
                .as("a branch of 5 official members elects no committee (QĐ 294-QĐ/TW)")
                .hasMessageContaining("election.rule.branchTooSmallForCommittee");
        assertThatThrownBy(() -> congresses.convene(
                        committee,
                        ConveneCongress.of(
                                branch.id(), CongressKind.MEMBERS, 1, today, today.plusDays(1), today.plusYears(1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("congress.number.taken");
    }

    @Test
    void theDemoHasAHeldCongressInEveryBranchTheSectorsDelegateCongressAndAnUpcomingOne() {
        OrganizationId bithu = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        List<CongressSummary> held = congresses.list(committee, bithu);
        assertThat(held).hasSize(1);
        CongressDetails congress = congresses.details(committee, held.get(0).id());
        assertThat(congress.summary().status()).isEqualTo(CongressStatus.CLOSED);
        assertThat(congress.approvalStatus()).isEqualTo("APPROVED");
        assertThat(congress.elections()).extracting(ElectionSummary::status).containsOnly(ElectionStatus.DONE);
        assertThat(congress.elections())
                .filteredOn(e -> e.kind() == ElectionKind.SECRETARY)
                .singleElement()
                .satisfies(e -> assertThat(e.elected()).containsExactly("Trần Thị Minh Hằng"));
        TermDetails term = organizationTerms.termOn(committee, bithu, today).orElseThrow();
        assertThat(term.startsOn()).isEqualTo(congress.summary().openingDate().plusDays(1));
        assertThat(term.committee())
                .filteredOn(s -> s.position() == Position.SECRETARY)
                .extracting(CommitteeSeat::fullName)
                .containsExactly("Trần Thị Minh Hằng");

        List<CongressSummary> sector = congresses.list(committee, this.sector).stream()
                .filter(c -> c.organizationId().equals(this.sector))
                .toList();
        assertThat(sector)
                .extracting(CongressSummary::kind)
                .containsExactlyInAnyOrder(CongressKind.DELEGATES, CongressKind.COMMITTEE_CONFERENCE);
        CongressDetails delegates = congresses.details(
                committee,
                sector.stream()
                        .filter(c -> c.kind() == CongressKind.DELEGATES)
                        .findFirst()
                        .orElseThrow()
                        .id());
        assertThat(delegates.attendees())
                .as("the outgoing committee's members come by right, as official delegates of no lower organization")
                .filteredOn(Attendee::conveningCommittee)
                .hasSize(3)
                .allMatch(a -> a.votes() && a.lowerOrganizationId() == null);
        assertThat(delegates.resolution().adopted()).isTrue();
        assertThat(delegates.resolution().targets()).isNotEmpty();
        assertThat(delegates.elections())
                .extracting(ElectionSummary::kind)
                .contains(ElectionKind.COMMITTEE, ElectionKind.DELEGATE, ElectionKind.ALTERNATE_DELEGATE);
        OrganizationId upcoming =
                OrganizationId.of(DemoFixtures.organizationId(jdbc, "Chi bộ Trường Tiểu học Hoa Sen"));
        assertThat(congresses.list(committee, upcoming))
                .filteredOn(c -> c.status() == CongressStatus.PREPARATION)
                .singleElement()
                .satisfies(c -> assertThat(c.openingDate()).isAfter(today));
    }
}
