package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.Position;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/** The sessions of a congress: the preparatory session with its bodies and show of hands, then the official one. */
@ChiboIntegrationTest
class CongressSessionIntegrationTests {

    @Autowired
    Clock clock;

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressAttendance attendance;

    @Autowired
    CongressSessions sessions;

    @Autowired
    SessionDocuments sessionDocuments;

    @Autowired
    CongressDocuments documents;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms terms;

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
                new CurrentUser(9301, "capuy-phien", "Cấp ủy thử", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        today = LocalDate.now(clock);
    }

    private static RecordPreparatorySession.Body body(MemberId... members) {
        return new RecordPreparatorySession.Body(List.of(members), null);
    }

    private static Map<SessionVote.Item, SessionVote.Hands> hands(int agree, SessionVote.Item... items) {
        Map<SessionVote.Item, SessionVote.Hands> votes = new java.util.EnumMap<>(SessionVote.Item.class);
        for (SessionVote.Item item : items) {
            votes.put(item, new SessionVote.Hands(agree, 0));
        }
        return votes;
    }

    @Test
    void thePreparatorySessionElectsTheBodiesByShowOfHandsAndOpensTheCongress() throws Exception {
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, terms, members, sector, today.minusDays(10), 7, 1);
        LocalDate opening = today.minusDays(2);
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        3,
                        opening,
                        opening.plusDays(1),
                        opening.plusDays(1).plusMonths(30)));
        List<MemberId> o = branch.official();
        attendance.recordAttendance(committee, id, o.get(6), new RecordAttendance(AttendanceStatus.ABSENT, "Ốm", true));
        SessionVote.Item[] items = {
            SessionVote.Item.PRESIDIUM,
            SessionVote.Item.SECRETARIAT,
            SessionVote.Item.COUNTING_COMMITTEE,
            SessionVote.Item.AGENDA,
            SessionVote.Item.WORKING_RULES
        };
        Map<SessionBody, RecordPreparatorySession.Body> bodies = Map.of(
                SessionBody.PRESIDIUM,
                new RecordPreparatorySession.Body(List.of(o.get(0), o.get(1)), o.get(1)),
                SessionBody.SECRETARIAT,
                body(o.get(2)),
                SessionBody.COUNTING_COMMITTEE,
                body(o.get(3), o.get(4)));

        // Refused, and nothing written: the absent member in the presidium, a probationer counting, a credentials
        // committee at a member congress, a vote missing, more hands than people present, a day after the opening.
        assertThatThrownBy(() -> sessions.recordPreparatory(
                        committee,
                        id,
                        new RecordPreparatorySession(
                                opening,
                                Map.of(
                                        SessionBody.PRESIDIUM,
                                        body(o.get(6)),
                                        SessionBody.SECRETARIAT,
                                        body(o.get(2)),
                                        SessionBody.COUNTING_COMMITTEE,
                                        body(o.get(3))),
                                "Chương trình",
                                "Quy chế",
                                hands(6, items))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("bodies.PRESIDIUM"));
        assertThatThrownBy(() -> sessions.recordPreparatory(
                        committee,
                        id,
                        new RecordPreparatorySession(
                                opening,
                                Map.of(
                                        SessionBody.PRESIDIUM,
                                        body(o.get(0)),
                                        SessionBody.SECRETARIAT,
                                        body(o.get(2)),
                                        SessionBody.COUNTING_COMMITTEE,
                                        body(branch.probationary().get(0))),
                                "Chương trình",
                                "Quy chế",
                                hands(6, items))))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("congress.session.memberNotEligible"));
        Map<SessionBody, RecordPreparatorySession.Body> withCredentials = new java.util.HashMap<>(bodies);
        withCredentials.put(SessionBody.CREDENTIALS_COMMITTEE, body(o.get(5)));
        assertThatThrownBy(() -> sessions.recordPreparatory(
                        committee,
                        id,
                        new RecordPreparatorySession(
                                opening, withCredentials, "Chương trình", "Quy chế", hands(6, items))))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("congress.session.credentialsOnlyDelegates"));
        assertThatThrownBy(() -> sessions.recordPreparatory(
                        committee,
                        id,
                        new RecordPreparatorySession(
                                opening, bodies, "Chương trình", "Quy chế", hands(6, SessionVote.Item.PRESIDIUM))))
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("votes.SECRETARIAT"));
        assertThatThrownBy(() -> sessions.recordPreparatory(
                        committee,
                        id,
                        new RecordPreparatorySession(opening, bodies, "Chương trình", "Quy chế", hands(7, items))))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("congress.resolution.moreVotesThanPresent"));
        assertThatThrownBy(() -> sessions.recordPreparatory(
                        committee,
                        id,
                        new RecordPreparatorySession(
                                opening.plusDays(1), bodies, "Chương trình", "Quy chế", hands(6, items))))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("congress.session.preparatoryDay"));
        assertThatThrownBy(() -> sessions.recordOfficial(committee, id, new RecordOfficialSession(opening, null)))
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("congress.session.preparatoryFirst"));
        assertThat(sessions.details(committee, id).preparatoryHeld()).isFalse();
        assertThat(congresses.details(committee, id).summary().status()).isEqualTo(CongressStatus.PREPARATION);

        // Six present of seven, the absence accepted: the denominator is 6, four hands adopt; three do not.
        Map<SessionVote.Item, SessionVote.Hands> votes = hands(6, items);
        votes.put(SessionVote.Item.WORKING_RULES, new SessionVote.Hands(3, 3));
        sessions.recordPreparatory(
                committee,
                id,
                new RecordPreparatorySession(
                        opening, bodies, "Khai mạc; báo cáo chính trị; bầu cử; bế mạc", "Quy chế làm việc", votes));
        CongressSessionDetails held = sessions.details(committee, id);
        assertThat(congresses.details(committee, id).summary().status())
                .as("the preparatory session opens the congress")
                .isEqualTo(CongressStatus.HELD);
        assertThat(held.members(SessionBody.PRESIDIUM))
                .filteredOn(CongressSessionDetails.BodyMember::head)
                .extracting(CongressSessionDetails.BodyMember::memberId)
                .containsExactly(o.get(1));
        assertThat(held.members(SessionBody.COUNTING_COMMITTEE)).hasSize(2);
        assertThat(held.votes())
                .filteredOn(v -> v.item() == SessionVote.Item.AGENDA)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.denominator()).isEqualTo(6);
                    assertThat(v.adopted()).isTrue();
                });
        assertThat(held.votes())
                .filteredOn(v -> v.item() == SessionVote.Item.WORKING_RULES)
                .singleElement()
                .satisfies(v -> assertThat(v.adopted())
                        .as("3 of 6 is not more than half")
                        .isFalse());

        sessions.recordOfficial(
                committee, id, new RecordOfficialSession(opening, "Đại hội nghe báo cáo chính trị.\nThảo luận."));
        assertThat(sessions.details(committee, id).officialOn()).isEqualTo(opening);
        assertThat(sessionDocuments.preparatoryMinutes(committee, id, CongressDocuments.Format.PDF))
                .startsWith("%PDF".getBytes());
        assertThatThrownBy(() -> sessionDocuments.credentialsReport(committee, id, CongressDocuments.Format.PDF))
                .isInstanceOf(InvalidInputException.class);

        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(documents.dossier(committee, id)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries)
                .as("the preparatory session's minutes open the congress's run of numbers")
                .contains("01-bien-ban-phien-tru-bi.pdf", "02-bien-ban-dai-hoi.docx");
    }

    @Test
    void theDemoDelegateCongressHeardItsCredentialsReport() {
        CongressSummary delegates = congresses.list(committee, sector).stream()
                .filter(c ->
                        c.kind() == CongressKind.DELEGATES && c.organizationId().equals(sector))
                .findFirst()
                .orElseThrow();
        CongressSessionDetails held = sessions.details(committee, delegates.id());
        assertThat(held.credentialsCommitteeRequired()).isTrue();
        assertThat(held.members(SessionBody.CREDENTIALS_COMMITTEE)).isNotEmpty();
        assertThat(held.replacements())
                .as("the alternate who attends in place of the absent delegate")
                .hasSize(1);
        assertThat(sessionDocuments.credentialsReport(committee, delegates.id(), CongressDocuments.Format.DOCX))
                .isNotEmpty();
    }

    @Test
    void theOutgoingCommitteesSeatHoldersAreFlaggedAsTheConveningCommittee() {
        LocalDate asOf = today.minusDays(10);
        ElectionFixtures.Branch branch = ElectionFixtures.branch(organizations, terms, members, sector, asOf, 6, 0);
        MemberId secretary = branch.official().get(2);
        long term = terms.termOn(ElectionFixtures.SYSTEM, branch.id(), asOf)
                .orElseThrow()
                .id();
        terms.addCommitteeSeat(
                ElectionFixtures.SYSTEM,
                branch.id(),
                term,
                members.details(ElectionFixtures.SYSTEM, secretary)
                        .particulars()
                        .fullName(),
                Position.SECRETARY,
                asOf.minusYears(3),
                null,
                null);
        LocalDate opening = today.minusDays(2);
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        4,
                        opening,
                        opening.plusDays(1),
                        opening.plusDays(1).plusMonths(30)));
        assertThat(congresses.details(committee, id).attendees())
                .filteredOn(Attendee::conveningCommittee)
                .extracting(Attendee::memberId)
                .as("the seat holder of the outgoing committee, found by her name")
                .containsExactly(secretary);
    }

    @Test
    void atADelegateCongressTheConveningCommitteesMembersAreOfficialDelegatesByRight() {
        LocalDate asOf = today.minusDays(10);
        ElectionFixtures.Committee created = ElectionFixtures.subCommittee(
                organizations, terms, sector, asOf, "Đảng bộ bộ phận thử đại biểu đương nhiên");
        OrganizationId grassroots = created.id();
        long term = created.termId();
        ElectionFixtures.Branch branch = ElectionFixtures.branch(organizations, terms, members, grassroots, asOf, 5, 1);
        MemberId secretary = branch.official().get(1);
        terms.addCommitteeSeat(
                ElectionFixtures.SYSTEM,
                grassroots,
                term,
                members.details(ElectionFixtures.SYSTEM, secretary)
                        .particulars()
                        .fullName(),
                Position.SECRETARY,
                asOf.minusYears(3),
                null,
                null);
        // A seat typed for someone who is not a member here: left to the clerk, not invented.
        terms.addCommitteeSeat(
                ElectionFixtures.SYSTEM,
                grassroots,
                term,
                "Người Không Có Trong Danh Sách",
                Position.MEMBER,
                asOf.minusYears(3),
                null,
                null);
        // A seat whose name two members bear finds nobody by name: which of them held it is the clerk's to say.
        String shared = members.details(
                        ElectionFixtures.SYSTEM, branch.official().get(3))
                .particulars()
                .fullName();
        members.create(
                ElectionFixtures.SYSTEM,
                vn.chibo.members.MemberDraft.minimal(
                        branch.id(),
                        shared,
                        vn.chibo.members.Gender.FEMALE,
                        LocalDate.of(1985, 3, 8),
                        asOf.minusYears(6),
                        asOf.minusYears(6).plusDays(10),
                        asOf.minusYears(6).plusDays(10).plusYears(1)));
        terms.addCommitteeSeat(
                ElectionFixtures.SYSTEM, grassroots, term, shared, Position.MEMBER, asOf.minusYears(3), null, null);
        LocalDate opening = today.minusDays(2);
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        grassroots,
                        CongressKind.DELEGATES,
                        3,
                        opening,
                        opening.plusDays(1),
                        opening.plusDays(1).plusYears(5)));
        CongressDetails details = congresses.details(committee, id);
        assertThat(details.attendees())
                .as("the outgoing secretary, elected by no lower congress, is on the list as an official delegate")
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.memberId()).isEqualTo(secretary);
                    assertThat(a.votes()).isTrue();
                    assertThat(a.alternate()).isFalse();
                    assertThat(a.conveningCommittee()).isTrue();
                });
        // Absent for the whole congress, she leaves the denominator (Điều 30: convening-committee members absent).
        assertThat(details.figures().denominator()).isEqualTo(1);
        attendance.recordAttendance(
                committee, id, secretary, new RecordAttendance(AttendanceStatus.ABSENT, "Ốm", true));
        assertThat(congresses.details(committee, id).figures().denominator()).isZero();
        // Adding her again by hand is refused: she is already on the list.
        assertThatThrownBy(() -> attendance.addDelegate(committee, id, new AddDelegate(secretary, false, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("congress.delegates.alreadyListed");
    }
}
