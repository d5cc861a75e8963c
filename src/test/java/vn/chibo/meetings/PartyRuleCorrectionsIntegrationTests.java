package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberBadges;
import vn.chibo.members.MemberDetails;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberEventKind;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberLifeCycle;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberStatus;
import vn.chibo.members.MembershipVote;
import vn.chibo.members.RecordMemberEvent;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.Position;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/**
 * Issue 18 on a real database: a branch built for the worked example (20 official members, 3 exempt and absent,
 * 2 absent with reasons, 15 present), its votes, recounts, minutes and documents.
 */
@ChiboIntegrationTest
class PartyRuleCorrectionsIntegrationTests {

    @Autowired
    Clock clock;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingAttendance meetingAttendance;

    @Autowired
    MeetingScoring meetingScoring;

    @Autowired
    MeetingPlanning meetingPlanning;

    @Autowired
    MeetingDocuments documents;

    @Autowired
    MeetingParticipation participation;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    MemberManagement members;

    @Autowired
    MemberBadges badges;

    @Autowired
    MemberLifeCycle lifeCycle;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms organizationTerms;

    @Autowired
    JdbcClient jdbc;

    CurrentUser admin;
    OrganizationId sector;
    LocalDate today;
    static int branches;

    @BeforeEach
    void setUp() {
        admin = new CurrentUser(9180, "admin-issue18", "Quản trị thử", List.of(new Grant(null, Role.ADMIN)));
        sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        today = LocalDate.now(clock);
    }

    /** A branch of its own, with a term, a secretary and a deputy secretary. */
    private record Branch(OrganizationId id, String secretary, String deputy) {}

    private Branch branch() {
        int n = ++branches;
        OrganizationId id = organizations.create(
                admin,
                sector,
                new OrganizationDraft(
                        "Chi bộ thử quy tắc " + n + " " + System.nanoTime() % 100000,
                        "CB",
                        OrganizationType.BRANCH,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        LocalDate.of(2000, 1, 1),
                        null));
        long term =
                organizationTerms.addTerm(admin, id, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 11, 1));
        String secretary = "Nguyễn Thị Bí Thư " + n;
        String deputy = "Trần Văn Phó " + n;
        organizationTerms.addCommitteeSeat(
                admin, id, term, secretary, Position.SECRETARY, LocalDate.of(2025, 5, 1), null, null);
        organizationTerms.addCommitteeSeat(
                admin, id, term, deputy, Position.DEPUTY_SECRETARY, LocalDate.of(2025, 5, 1), null, null);
        organizationTerms.addCommitteeSeat(
                admin, id, term, "Lê Thị Ủy Viên " + n, Position.MEMBER, LocalDate.of(2025, 5, 1), null, null);
        return new Branch(id, secretary, deputy);
    }

    private int people;

    private MemberId official(OrganizationId branch, String name) {
        int n = ++people;
        return members.create(
                admin,
                MemberDraft.minimal(
                        branch,
                        name + " " + n + " " + System.nanoTime() % 100000,
                        n % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                        LocalDate.of(1980, 1, 1).plusDays(n),
                        LocalDate.of(2010, 1, 5),
                        LocalDate.of(2010, 2, 1),
                        LocalDate.of(2011, 2, 1)));
    }

    private void event(MemberId id, MemberEventKind kind, LocalDate on, OrganizationId to, LocalDate until) {
        lifeCycle.recordEvent(
                admin,
                id,
                new RecordMemberEvent(kind, on, until, new DecisionReference("1", "QĐ", on), to, null, null));
    }

    private MeetingId meeting(Branch branch, MeetingKind kind, LocalDate day, String chair) {
        MeetingId id = meetingPlanning.schedule(admin, branch.id(), kind, day, null, "Phòng họp", LocalTime.of(14, 0));
        meetings.record(
                admin,
                id,
                new MeetingRecord(
                        kind,
                        day,
                        null,
                        "Phòng họp",
                        LocalTime.of(14, 0),
                        LocalTime.of(15, 45),
                        chair,
                        branch.deputy(),
                        day.minusDays(2),
                        "Chi bộ thống nhất triển khai nhiệm vụ tháng tới.",
                        null,
                        false),
                null);
        return id;
    }

    private static String docx(byte[] bytes) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void theWorkedExampleIsNotPassedAtEightVotesAndPassedAtNine() throws Exception {
        Branch branch = branch();
        List<MemberId> officials = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            officials.add(official(branch.id(), "Đảng viên Mẫu"));
        }
        for (MemberId exempt : officials.subList(0, 3)) {
            event(exempt, MemberEventKind.EXEMPTED, today.minusDays(100), null, null);
        }
        LocalDate day = today.minusDays(3);
        MeetingId id = meeting(branch, MeetingKind.REGULAR, day, branch.deputy());
        meetingAttendance.takeAttendance(admin, id, null);
        meetingAttendance.setPresence(admin, id, officials.get(3).value(), Presence.ABSENT_EXCUSED, "Ốm", null);
        meetingAttendance.setPresence(
                admin, id, officials.get(4).value(), Presence.ABSENT_EXCUSED, "Đi công tác", null);

        AttendanceCounts counts = meetings.details(admin, id).counts();
        assertThat(counts.official()).isEqualTo(20);
        assertThat(counts.exemptAbsent()).isEqualTo(3);
        assertThat(counts.absentExcused()).isEqualTo(2);
        assertThat(counts.presentOfficial()).isEqualTo(15);
        // QĐ 294-QĐ/TW §9.3.2: 20 less the 3 exempt and absent; the 2 absent with reasons stay in.
        assertThat(counts.denominator()).isEqualTo(17);

        long eight = meetings.addResolution(
                admin, id, "RESOLUTION", "Nghị quyết tám phiếu", "Nội dung nghị quyết.", 8, 5, 2, null);
        long nine = meetings.addResolution(
                admin, id, "RESOLUTION", "Nghị quyết chín phiếu", "Nội dung nghị quyết.", 9, 4, 2, null);
        MeetingDetails voted = meetings.details(admin, id);
        assertThat(decision(voted, eight).vote().passed()).as("8 of 17").isFalse();
        assertThat(decision(voted, eight).vote().votesNeeded()).isEqualTo(9);
        assertThat(decision(voted, nine).vote().passed()).as("9 of 17").isTrue();
        assertThat(voted.warnings()).doesNotContain("meeting.warning.attendance");

        // Issue 18, item 2: an exempt member who did come is recorded present afterwards: 18, and 9 no longer passes.
        meetingAttendance.setPresence(admin, id, officials.get(0).value(), Presence.PRESENT, null, null);
        MeetingDetails corrected = meetings.details(admin, id);
        assertThat(corrected.counts().denominator()).isEqualTo(18);
        assertThat(corrected.counts().exemptPresent()).isEqualTo(1);
        assertThat(decision(corrected, nine).vote().denominator()).isEqualTo(18);
        assertThat(decision(corrected, nine).vote().passed()).isFalse();
        meetings.markHeld(admin, id);
        String minutes = docx(documents.minutes(admin, id, MeetingDocuments.Format.DOCX));
        assertThat(minutes)
                .as("the minutes print the corrected figures and the exempt present and absent")
                .contains("Nghị quyết chín phiếu: tán thành 9/18")
                .contains("Miễn công tác và sinh hoạt đảng: 3 đồng chí (có mặt: 1; vắng: 2)")
                .contains("tính biểu quyết theo quy định: 18 đồng chí");
        meetingAttendance.setPresence(admin, id, officials.get(0).value(), Presence.EXEMPT, null, null);
        assertThat(decision(meetings.details(admin, id), nine).vote().passed()).isTrue();

        // A member the record does not show as exempt cannot be marked so.
        assertThatThrownBy(() -> meetingAttendance.setPresence(
                        admin, id, officials.get(5).value(), Presence.EXEMPT, null, null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("meeting.presence.notOnRecord");
        // Fewer members able to vote than votes cast is refused until the vote is corrected.
        assertThatThrownBy(() -> meetingAttendance.setPresence(
                        admin, id, officials.get(5).value(), Presence.ABSENT_UNEXCUSED, null, null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("meeting.vote.recountExceeds");
        meetings.correctVote(admin, id, eight, 8, 0, 0, null);
        meetings.correctVote(admin, id, nine, 9, 1, 1, null);
        for (int i = 5; i < 9; i++) {
            meetingAttendance.setPresence(admin, id, officials.get(i).value(), Presence.ABSENT_UNEXCUSED, null, null);
        }
        MeetingDetails thin = meetings.details(admin, id);
        assertThat(thin.counts().voters()).isEqualTo(11);
        assertThat(thin.counts().denominator())
                .as("absent without a reason: still in")
                .isEqualTo(17);
        assertThat(thin.warnings()).as("11 voters of 17: fewer than two thirds").contains("meeting.warning.attendance");
        assertThatThrownBy(() -> meetingAttendance.setPresence(
                        admin, id, officials.get(9).value(), Presence.ABSENT_UNEXCUSED, null, null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("meeting.vote.recountExceeds");

        // HD 36 and the seats on the meeting's date: the deputy chaired, so she signs "T/M CHI BỘ / PHÓ BÍ THƯ".
        PartyDocumentText resolution = new PartyDocumentText(
                documents.resolutionDocument(admin, id).signatures().get(0));
        assertThat(resolution.capacity()).isEqualTo("T/M CHI BỘ");
        assertThat(resolution.title()).isEqualTo("PHÓ BÍ THƯ");
    }

    private record PartyDocumentText(String capacity, String title) {
        PartyDocumentText(vn.chibo.documents.PartyDocument.Signature s) {
            this(s.capacity(), s.title());
        }
    }

    private static MeetingDetails.Resolution decision(MeetingDetails m, long id) {
        return m.resolutions().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theSecretarySignsAsSecretaryAndSomeoneWithoutASeatAsTheChair() {
        Branch branch = branch();
        for (int i = 0; i < 5; i++) {
            official(branch.id(), "Đảng viên Ký");
        }
        MeetingId bySecretary = meeting(branch, MeetingKind.REGULAR, today.minusDays(10), branch.secretary());
        meetingAttendance.takeAttendance(admin, bySecretary, null);
        meetings.addResolution(admin, bySecretary, "RESOLUTION", "Nghị quyết", "Nội dung.", 5, 0, 0, null);
        var signature =
                documents.resolutionDocument(admin, bySecretary).signatures().get(0);
        assertThat(signature.capacity()).isEqualTo("T/M CHI BỘ");
        assertThat(signature.title()).isEqualTo("BÍ THƯ");
        MeetingId byMember = meeting(branch, MeetingKind.REGULAR, today.minusDays(9), "Phạm Văn Không Ghế");
        meetingAttendance.takeAttendance(admin, byMember, null);
        meetings.addResolution(admin, byMember, "RESOLUTION", "Nghị quyết", "Nội dung.", 5, 0, 0, null);
        var chair = documents.resolutionDocument(admin, byMember).signatures().get(0);
        assertThat(chair.capacity()).isNull();
        assertThat(chair.title()).isEqualTo("CHỦ TRÌ");
    }

    @Test
    void aCommitteeMeetingListsTheCommitteesSeatsOnItsDate() throws Exception {
        Branch branch = branch();
        official(branch.id(), "Đảng viên Chi ủy");
        MeetingId id = meeting(branch, MeetingKind.COMMITTEE, today.minusDays(4), branch.secretary());
        meetingAttendance.takeAttendance(admin, id, null);
        MeetingDetails details = meetings.details(admin, id);
        assertThat(details.attendance())
                .extracting(AttendanceEntry::fullName)
                .containsExactly(branch.secretary(), branch.deputy(), "Lê Thị Ủy Viên " + branches);
        assertThat(details.attendance()).allMatch(a -> a.kind() == AttendeeKind.COMMITTEE_SEAT);
        assertThat(details.counts().total()).isEqualTo(3);
        meetings.markHeld(admin, id);
        String minutes = docx(documents.minutes(admin, id, MeetingDocuments.Format.DOCX));
        assertThat(minutes)
                .contains("Tổng số cấp ủy viên: 3 đồng chí; có mặt: 3 đồng chí")
                .doesNotContain("Tổng số đảng viên: 0");
    }

    @Test
    void membersOnTemporaryTransferInAttendWithoutAVoteAndProsecutedMembersAreOut() throws Exception {
        Branch host = branch();
        Branch home = branch();
        for (int i = 0; i < 4; i++) {
            official(host.id(), "Đảng viên Chủ nhà");
        }
        MemberId visitor = official(home.id(), "Đảng viên Đến");
        official(home.id(), "Đảng viên Ở lại");
        event(visitor, MemberEventKind.TEMPORARY_TRANSFER_OUT, today.minusDays(30), host.id(), today.plusDays(120));
        MemberId held = official(host.id(), "Đảng viên Bị Khởi Tố");
        event(held, MemberEventKind.PROSECUTED, today.minusDays(20), null, null);

        MeetingId atHost = meeting(host, MeetingKind.REGULAR, today.minusDays(2), host.secretary());
        meetingAttendance.takeAttendance(admin, atHost, null);
        MeetingDetails hostMeeting = meetings.details(admin, atHost);
        AttendanceEntry hosted = hostMeeting.attendance().stream()
                .filter(a -> a.memberId() == visitor.value())
                .findFirst()
                .orElseThrow();
        assertThat(hosted.kind()).isEqualTo(AttendeeKind.HOSTED);
        assertThat(hosted.present()).isTrue();
        assertThat(hosted.votes()).isFalse();
        AttendanceCounts counts = hostMeeting.counts();
        assertThat(counts.hosted()).isEqualTo(1);
        assertThat(counts.presentHosted()).isEqualTo(1);
        assertThat(counts.prosecuted()).isEqualTo(1);
        assertThat(counts.official()).isEqualTo(5);
        assertThat(counts.denominator())
                .as("4 officials; the held member and the visitor are out")
                .isEqualTo(4);
        assertThat(counts.voters()).isEqualTo(4);
        assertThatThrownBy(() ->
                        meetings.addResolution(admin, atHost, "RESOLUTION", "Nghị quyết", "Nội dung.", 5, 0, 0, null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("meeting.vote.tooMany");
        meetings.markHeld(admin, atHost);
        assertThat(docx(documents.minutes(admin, atHost, MeetingDocuments.Format.DOCX)))
                .contains("sinh hoạt tạm thời tại chi bộ (dự họp, không biểu quyết): 1 đồng chí")
                .contains("đang bị khởi tố, truy tố, tạm giam: 1");

        MeetingId atHome = meeting(home, MeetingKind.REGULAR, today.minusDays(2), home.secretary());
        meetingAttendance.takeAttendance(admin, atHome, null);
        AttendanceCounts homeCounts = meetings.details(admin, atHome).counts();
        assertThat(homeCounts.away()).isEqualTo(1);
        assertThat(homeCounts.denominator()).isEqualTo(1);
    }

    @Test
    void aRemovalProposalNeedsMoreThanHalfForAnOfficialMemberTwoThirdsForAProbationerAndGoesIntoHerHistory()
            throws Exception {
        Branch branch = branch();
        MemberId absentee = official(branch.id(), "Phạm Văn Vắng");
        for (int i = 0; i < 8; i++) {
            official(branch.id(), "Đảng viên Xét");
        }
        LocalDate ceremony = today.minusMonths(5);
        MemberId probationer = members.create(
                admin,
                MemberDraft.minimal(
                        branch.id(),
                        "Đỗ Thị Dự Bị " + System.nanoTime() % 100000,
                        Gender.FEMALE,
                        LocalDate.of(1999, 2, 2),
                        ceremony.minusDays(10),
                        ceremony,
                        null));
        Branch other = branch();
        MemberId elsewhere = official(other.id(), "Vũ Văn Chi Bộ Khác");
        LocalDate day = today.minusDays(3);
        MeetingId id = meeting(branch, MeetingKind.REGULAR, day, branch.secretary());
        meetingAttendance.takeAttendance(admin, id, null);
        AttendanceCounts counts = meetings.details(admin, id).counts();
        assertThat(counts.denominator()).as("the 9 official members").isEqualTo(9);

        // Only a member on the meeting's list of the branch's own members can be proposed.
        for (Long member : java.util.Arrays.asList(null, elsewhere.value())) {
            assertThatThrownBy(() -> meetings.addResolution(
                            admin,
                            id,
                            new MeetingManagement.NewResolution(
                                    ResolutionKind.REMOVAL, "Đề nghị xóa tên", null, member, null, 9, 0, 0),
                            null))
                    .extracting(e -> ((InvalidInputException) e).field(), e -> ((InvalidInputException) e).messageKey())
                    .containsExactly("memberId", "meeting.vote.removalMember");
        }
        assertThat(meetings.details(admin, id).resolutions()).isEmpty();

        long vote = meetings.addResolution(
                admin,
                id,
                new MeetingManagement.NewResolution(
                        ResolutionKind.REMOVAL,
                        "Đề nghị xóa tên đồng chí Phạm Văn Vắng",
                        "Bỏ sinh hoạt đảng ba tháng trong năm không có lý do chính đáng.",
                        absentee.value(),
                        null,
                        4,
                        3,
                        2),
                null);
        MeetingDetails.Resolution recorded = decision(meetings.details(admin, id), vote);
        assertThat(recorded.vote().votesNeeded()).as("more than half of 9").isEqualTo(5);
        assertThat(recorded.vote().passed()).isFalse();
        assertThat(members.details(admin, absentee).votes()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(MembershipVote.Kind.REMOVAL);
            assertThat(v.meetingId()).isEqualTo(id.value());
            assertThat(v.passed()).isFalse();
        });
        assertThat(members.details(admin, absentee).pendingRemoval()).isEmpty();

        meetings.correctVote(admin, id, vote, 5, 2, 2, null);
        MemberDetails proposed = members.details(admin, absentee);
        assertThat(proposed.votes()).singleElement().satisfies(v -> assertThat(v.passed())
                .isTrue());
        assertThat(proposed.pendingRemoval())
                .hasValueSatisfying(v -> assertThat(v.votedOn()).isEqualTo(day));
        assertThat(lifeCycle.removalsPending(admin, sector))
                .as("the committee above sees the branch's proposal awaiting its decision")
                .anySatisfy(r -> {
                    assertThat(r.member().id()).isEqualTo(absentee);
                    assertThat(r.votedOn()).isEqualTo(day);
                    assertThat(r.meetingId()).isEqualTo(id.value());
                });
        org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession)
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .param("username", "admin")
                                .param("password", DemoFixtures.PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/members")
                                .param("org", Long.toString(branch.id().value()))
                                .session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đề nghị xóa tên chờ quyết định")
                .contains("href=\"/members/" + absentee.value() + "\"")
                .contains("/meetings/" + id.value() + "#decisions");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/members/of/{org}/removals-pending",
                                branch.id().value())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("admin", DemoFixtures.PASSWORD)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].member.id")
                        .value(absentee.value()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].votedOn")
                        .value(day.toString()));
        ParticipationReport report = participation.ofYear(admin, branch.id(), day.getYear());
        assertThat(report.removalVote(absentee.value()))
                .isEqualTo(new ParticipationReport.RemovalVote(absentee.value(), id.value(), day, true));
        assertThat(report.removalVote(probationer.value())).isNull();

        long probationerVote = meetings.addResolution(
                admin,
                id,
                new MeetingManagement.NewResolution(
                        ResolutionKind.REMOVAL,
                        "Đề nghị xóa tên đảng viên dự bị",
                        null,
                        probationer.value(),
                        null,
                        5,
                        4,
                        0),
                null);
        MeetingDetails.Resolution twoThirds = decision(meetings.details(admin, id), probationerVote);
        assertThat(twoThirds.vote().votesNeeded())
                .as("two thirds of 9 for a probationer")
                .isEqualTo(6);
        assertThat(twoThirds.vote().passed()).isFalse();

        meetings.markHeld(admin, id);
        String minutes = docx(documents.minutes(admin, id, MeetingDocuments.Format.DOCX));
        assertThat(minutes)
                .contains("Đề nghị xóa tên đồng chí Phạm Văn Vắng: tán thành 5/9")
                .contains("cần ít nhất 5 phiếu")
                .contains("cần ít nhất 6 phiếu");
        // The resolution the branch sends up: only for a passed removal vote.
        String proposal = docx(documents.removalProposal(admin, id, vote, MeetingDocuments.Format.DOCX));
        assertThat(proposal)
                .contains("CHI BỘ QUYẾT NGHỊ")
                .contains("xóa tên đồng chí "
                        + decision(meetings.details(admin, id), vote).title().replace("Đề nghị xóa tên đồng chí ", ""))
                .contains("Bỏ sinh hoạt đảng ba tháng trong năm không có lý do chính đáng.")
                .contains("tán thành 5/9");
        assertThatThrownBy(() -> documents.removalProposal(admin, id, probationerVote, MeetingDocuments.Format.PDF))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("meeting.documents.notPassed");

        // The committee's decision takes her off the list; nothing is pending any more.
        event(absentee, MemberEventKind.REMOVED_FROM_LIST, today.minusDays(1), null, null);
        MemberDetails removed = members.details(admin, absentee);
        assertThat(removed.status()).isEqualTo(MemberStatus.REMOVED);
        assertThat(removed.pendingRemoval()).isEmpty();
        assertThat(lifeCycle.removalsPending(admin, branch.id())).isEmpty();
    }

    @Test
    void recognitionNeedsTwoThirdsGoesIntoTheHistoryAndMakesTheMemberOfficialFromTheEndOfProbation() {
        Branch branch = branch();
        for (int i = 0; i < 17; i++) {
            official(branch.id(), "Đảng viên Xét");
        }
        LocalDate ceremony = today.minusMonths(13);
        MemberId probationer = members.create(
                admin,
                MemberDraft.minimal(
                        branch.id(),
                        "Hoàng Thị Dự Bị " + System.nanoTime() % 100000,
                        Gender.FEMALE,
                        LocalDate.of(1998, 4, 4),
                        ceremony.minusDays(10),
                        ceremony,
                        null));
        LocalDate day = today.minusDays(6);
        MeetingId id = meeting(branch, MeetingKind.REGULAR, day, branch.secretary());
        meetingAttendance.takeAttendance(admin, id, null);
        assertThat(meetings.details(admin, id).counts().denominator()).isEqualTo(17);
        long vote = meetings.addResolution(
                admin,
                id,
                new MeetingManagement.NewResolution(
                        ResolutionKind.RECOGNITION,
                        "Đề nghị công nhận đảng viên chính thức",
                        null,
                        probationer.value(),
                        null,
                        11,
                        6,
                        0),
                null);
        MeetingDetails.Resolution recorded = decision(meetings.details(admin, id), vote);
        assertThat(recorded.vote().votesNeeded()).as("two thirds of 17").isEqualTo(12);
        assertThat(recorded.vote().passed()).isFalse();
        MemberDetails failed = members.details(admin, probationer);
        assertThat(failed.votes()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(MembershipVote.Kind.RECOGNITION);
            assertThat(v.meetingId()).isEqualTo(id.value());
            assertThat(v.passed()).isFalse();
        });
        assertThatThrownBy(() -> event(probationer, MemberEventKind.RECOGNIZED, today.minusDays(1), null, null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("member.recognition.noPassingVote");

        meetings.correctVote(admin, id, vote, 12, 5, 0, null);
        MemberDetails passed = members.details(admin, probationer);
        assertThat(passed.votes()).singleElement().satisfies(v -> assertThat(v.passed())
                .isTrue());
        assertThat(passed.recognition().branchResolution()).isEqualTo(day);
        event(probationer, MemberEventKind.RECOGNIZED, today.minusDays(1), null, null);
        MemberDetails official = members.details(admin, probationer);
        assertThat(official.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(official.officialDate()).isEqualTo(ceremony.plusMonths(12));
    }

    @Test
    void aCandidatesAdmissionVoteJoinsHerHistoryWhenHerRecordIsCreated() {
        Branch branch = branch();
        for (int i = 0; i < 9; i++) {
            official(branch.id(), "Đảng viên Kết nạp");
        }
        String candidate = "Đinh Thị Ứng Viên " + System.nanoTime() % 100000;
        LocalDate day = today.minusDays(40);
        MeetingId id = meeting(branch, MeetingKind.REGULAR, day, branch.secretary());
        meetingAttendance.takeAttendance(admin, id, null);
        long fails = meetings.addResolution(
                admin,
                id,
                new MeetingManagement.NewResolution(
                        ResolutionKind.ADMISSION, "Xét kết nạp", null, null, candidate, 5, 4, 0),
                null);
        long passes = meetings.addResolution(
                admin,
                id,
                new MeetingManagement.NewResolution(
                        ResolutionKind.ADMISSION, "Xét kết nạp (lần hai)", null, null, candidate, 6, 3, 0),
                null);
        MeetingDetails voted = meetings.details(admin, id);
        assertThat(decision(voted, fails).vote().passed())
                .as("5 of 9: short of two thirds (6)")
                .isFalse();
        assertThat(decision(voted, passes).vote().passed()).isTrue();
        MemberId admitted = members.create(
                admin,
                MemberDraft.minimal(
                        branch.id(),
                        candidate,
                        Gender.FEMALE,
                        LocalDate.of(2000, 2, 2),
                        today.minusDays(10),
                        today.minusDays(3),
                        null));
        assertThat(members.details(admin, admitted).votes())
                .extracting(MembershipVote::kind, MembershipVote::meetingId, MembershipVote::passed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MembershipVote.Kind.ADMISSION, id.value(), false),
                        org.assertj.core.groups.Tuple.tuple(MembershipVote.Kind.ADMISSION, id.value(), true));
        assertThat(decision(meetings.details(admin, id), passes).memberId()).isEqualTo(admitted.value());
    }

    @Test
    void theLetterheadNamesTheHigherBodyAsItStoodOnTheDocumentsDate() {
        OrganizationId province = organizations.summary(admin, sector).parentId();
        OrganizationId district = organizations.create(
                admin,
                province,
                new OrganizationDraft(
                        "Đảng bộ huyện Thử Nghiệm " + System.nanoTime() % 100000,
                        "HU",
                        OrganizationType.DISTRICT_COMMITTEE,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        LocalDate.of(1980, 1, 1),
                        null));
        OrganizationId commune = organizations.create(
                admin,
                district,
                new OrganizationDraft(
                        "Đảng bộ xã Thử Nghiệm " + System.nanoTime() % 100000,
                        "ĐU",
                        OrganizationType.COMMUNE_COMMITTEE,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        LocalDate.of(1980, 2, 1),
                        null));
        organizations.move(
                admin,
                commune,
                province,
                OrganizationType.DISTRICT_LEVEL_ABOLISHED,
                new DecisionReference("1520", "QĐ/TU", LocalDate.of(2025, 6, 28)));
        String districtName = organizations.summary(admin, district).name();
        String provinceName = organizations.summary(admin, province).name();
        assertThat(organizations
                        .letterhead(admin, commune, LocalDate.of(2024, 5, 5))
                        .higherBody())
                .isEqualTo(districtName);
        assertThat(organizations
                        .letterhead(admin, commune, LocalDate.of(2025, 6, 30))
                        .higherBody())
                .isEqualTo(districtName);
        assertThat(organizations
                        .letterhead(admin, commune, LocalDate.of(2025, 7, 1))
                        .higherBody())
                .isEqualTo(provinceName);
        assertThat(organizations.letterhead(admin, commune).higherBody()).isEqualTo(provinceName);
    }

    @Autowired
    ScoringTemplates templates;

    @Test
    void theShippedTemplatesNameTheirRealSourceAndACommitteeLoadsItsOwnSheet() {
        var shipped = templates.templates(admin);
        assertThat(shipped)
                .filteredOn(t -> t.code().equals("HD42-2025"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.issuingBody()).contains("phường An Phú").contains("không phải mẫu của Ban Tổ chức");
                    assertThat(t.confidence()).isEqualTo("LOCAL_UNVERIFIED");
                    assertThat(t.keysAtMaxForGood()).isFalse();
                });
        assertThat(shipped)
                .filteredOn(t -> t.code().equals("HD12-2018"))
                .singleElement()
                .satisfies(t -> assertThat(t.keysAtMaxForGood()).isTrue());

        Branch branch = branch();
        for (int i = 0; i < 3; i++) {
            official(branch.id(), "Đảng viên Chấm");
        }
        String csv = "Nhóm;Tên nhóm;Tiêu chí;Điểm tối đa;Then chốt\n"
                + "1;Chuẩn bị;Chuẩn bị nội dung, dự thảo nghị quyết;40;không\n"
                + "2;Tổ chức;Tỷ lệ đảng viên dự họp;30;có\n"
                + "3;Kết quả;Thực hiện nghị quyết tháng trước;30;không\n";
        long own = templates.load(
                admin,
                new ScoringTemplates.OwnSheet(
                        branch.id(),
                        "Phiếu chấm điểm của chi bộ thử",
                        "Đảng ủy Sở (Hướng dẫn 05-HD/ĐU)",
                        "Hướng dẫn 05-HD/ĐU ngày 02/01/2026",
                        LocalDate.of(2026, 1, 2),
                        null,
                        null,
                        null,
                        false,
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(templates.summary(admin, own).confidence()).isEqualTo("OWN");
        MeetingId id = meeting(branch, MeetingKind.REGULAR, today.minusDays(7), branch.secretary());
        meetingAttendance.takeAttendance(admin, id, null);
        meetings.markHeld(admin, id);
        ScoreSheet sheet = meetingScoring.scoreSheet(admin, id);
        assertThat(sheet.templateId()).as("the newest, most local template").isEqualTo(own);
        java.util.Map<Long, java.math.BigDecimal> points = new java.util.HashMap<>();
        for (ScoreSheet.Line line : sheet.lines()) {
            // 99 points: the key criterion one short of its maximum.
            points.put(
                    line.criterionId(),
                    line.keyForGood() ? line.maxPoints().subtract(java.math.BigDecimal.ONE) : line.maxPoints());
        }
        assertThat(meetingScoring.saveScore(admin, id, points).band())
                .as("no key-criteria rule on this sheet")
                .isEqualTo(ScoreBand.GOOD);
        templates.setKeysAtMaxForGood(admin, own, true);
        assertThat(meetingScoring.saveScore(admin, id, points).band())
                .as("with the rule, a key criterion short of its maximum keeps it from Tốt")
                .isEqualTo(ScoreBand.FAIR);
    }

    @Test
    void aMilestoneAfterTheLastAwardDateStaysOnTheBadgeListUntilTheBadgeIsPresented() {
        Branch branch = branch();
        // 30 years of party age on 20/11/2026, after the award of 07/11/2026.
        MemberId veteran = members.create(
                admin,
                MemberDraft.minimal(
                        branch.id(),
                        "Lý Văn Ba Mươi " + System.nanoTime() % 100000,
                        Gender.MALE,
                        LocalDate.of(1970, 6, 6),
                        LocalDate.of(1996, 11, 20),
                        LocalDate.of(1996, 12, 1),
                        LocalDate.of(1997, 12, 1)));
        assertThat(badges.badgeList(admin, branch.id(), LocalDate.of(2026, 11, 7)))
                .noneMatch(c -> c.member().id().equals(veteran));
        assertThat(badges.badgeList(admin, branch.id(), LocalDate.of(2027, 2, 3)))
                .anySatisfy(c -> {
                    assertThat(c.member().id()).isEqualTo(veteran);
                    assertThat(c.badgeYears()).isEqualTo(30);
                });
        badges.recordBadge(admin, veteran, 30, today, null);
        assertThat(badges.badgeList(admin, branch.id(), LocalDate.of(2027, 2, 3)))
                .noneMatch(c -> c.member().id().equals(veteran));
        assertThatThrownBy(() -> badges.recordBadge(admin, veteran, 40, today, null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("member.badge.notReached");
    }
}
