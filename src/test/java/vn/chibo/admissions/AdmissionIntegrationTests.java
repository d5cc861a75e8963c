package vn.chibo.admissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDetails;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberField;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.MemberStatus;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/**
 * A branch follows a person from the awareness course to the admission ceremony, which creates her probationary record;
 * each rule refuses naming its field with nothing written, and only those who see the branch's members see it.
 */
@ChiboIntegrationTest
class AdmissionIntegrationTests {

    private static final CurrentUser SYSTEM = CurrentUser.system();
    private static final java.util.concurrent.atomic.AtomicInteger SERIAL =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 3000));

    @Autowired
    Clock clock;

    @Autowired
    AdmissionManagement admissions;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    AdmissionDocuments documents;

    @Autowired
    vn.chibo.meetings.MeetingPlanning planning;

    @Autowired
    vn.chibo.meetings.MeetingAttendance meetingAttendance;

    @Autowired
    vn.chibo.meetings.MeetingManagement meetings;

    @Autowired
    vn.chibo.organizations.OrganizationTerms terms;

    LocalDate today;
    OrganizationId sector;
    OrganizationId branch;
    List<MemberId> officials;
    CurrentUser secretary;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        branch = organizations.create(
                SYSTEM,
                sector,
                new OrganizationDraft(
                        "Chi bộ Trường thử kết nạp " + System.nanoTime(),
                        "CB",
                        OrganizationType.BRANCH,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        LocalDate.of(2000, 1, 1),
                        null));
        terms.addTerm(SYSTEM, branch, "2025–2030", today.minusYears(2), today.plusYears(3));
        officials = new ArrayList<>();
        for (String name : List.of("Phan Văn Khải", "Lò Thị Mai", "Đoàn Văn Nam", "Hứa Thị Oanh", "Kiều Văn Phong")) {
            LocalDate admitted = today.minusYears(6);
            officials.add(members.create(
                    SYSTEM,
                    MemberDraft.minimal(
                            branch,
                            name,
                            Gender.MALE,
                            LocalDate.of(1960, 3, 1).plusDays(SERIAL.incrementAndGet()),
                            admitted,
                            admitted.plusDays(10),
                            admitted.plusDays(10).plusYears(1))));
        }
        secretary = new CurrentUser(9400, "bithu-kn", "Bí thư thử", List.of(new Grant(branch.value(), Role.SECRETARY)));
    }

    private long create(String name, LocalDate birthDate, LocalDate course) {
        return admissions.create(
                secretary,
                new NewAdmission(branch, name, Gender.FEMALE, birthDate, "Tày", "Giáo viên Ngữ văn", true, course));
    }

    private AdmissionDetails step(long id, AdmissionStep step, LocalDate date) {
        return admissions.record(secretary, id, step, AdmissionStepInput.on(date));
    }

    private static AdmissionStepInput introduction(LocalDate date, MemberId introducer, LocalDate since) {
        return new AdmissionStepInput(date, introducer, since, false, null, null, null, null, null);
    }

    private static AdmissionStepInput vote(LocalDate date, int official, int agree) {
        return new AdmissionStepInput(date, null, null, null, official, agree, null, null, null);
    }

    private static AdmissionStepInput decision(LocalDate date, String number) {
        return new AdmissionStepInput(date, null, null, null, null, null, number, "QĐ/ĐU", null);
    }

    private static AdmissionStepInput decision(LocalDate date, String number, LocalDate received) {
        return new AdmissionStepInput(date, null, null, null, null, null, number, "QĐ/ĐU", null, null, null, received);
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void aPersonGoesFromTheAwarenessCourseToTheCeremonyAndBecomesAProbationaryMember() {
        LocalDate birth = today.minusYears(26);
        long written = count("SELECT count(*) FROM admissions.admission WHERE organization_id = :id", branch.value());
        CurrentUser committee =
                new CurrentUser(9405, "capuy-kn", "Cấp ủy", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        refused(
                () -> admissions.create(
                        committee,
                        new NewAdmission(sector, "Hà Thị Vân", Gender.FEMALE, birth, "Kinh", null, true, today)),
                "organizationId",
                "admission.organization.branch");
        assertThatThrownBy(() -> admissions.create(
                        secretary,
                        new NewAdmission(sector, "Hà Thị Vân", Gender.FEMALE, birth, "Kinh", null, true, today)))
                .as("the secretary of a branch does not see the sector's committee")
                .isInstanceOf(NotFoundException.class);
        refused(
                () -> admissions.create(
                        secretary, new NewAdmission(branch, "  ", Gender.FEMALE, birth, "Kinh", null, true, today)),
                "fullName",
                "validation.required");
        refused(
                () -> admissions.create(
                        secretary,
                        new NewAdmission(
                                branch, "Hà Thị Vân", Gender.FEMALE, today.plusDays(1), "Kinh", null, true, today)),
                "birthDate",
                "admission.birthDate.range");
        refused(() -> create("Hà Thị Vân", birth, today.plusDays(3)), "awarenessCourseOn", "admission.date.future");
        assertThat(count("SELECT count(*) FROM admissions.admission WHERE organization_id = :id", branch.value()))
                .as("nothing written by the refusals")
                .isEqualTo(written);

        long id = create("Hà Thị Vân", birth, today.minusDays(300));
        AdmissionDetails created = admissions.details(secretary, id);
        assertThat(created.nextStep()).isEqualTo(AdmissionStep.APPLICATION);
        assertThat(created.steps())
                .extracting(AdmissionDetails.Step::step)
                .as("a branch under a committee has the committee's resolution")
                .contains(AdmissionStep.COMMITTEE_RESOLUTION);

        refused(() -> step(id, AdmissionStep.VERIFICATION, today), "step", "admission.step.order");
        refused(
                () -> step(id, AdmissionStep.APPLICATION, today.minusDays(301)),
                "date",
                "admission.date.beforePrevious");
        refused(() -> step(id, AdmissionStep.APPLICATION, today.plusDays(1)), "date", "admission.date.future");
        refused(
                () -> documents.branchResolution(secretary, id, AdmissionDocuments.Format.PDF),
                "status",
                "admission.document.noVote");
        step(id, AdmissionStep.APPLICATION, today.minusDays(250));

        LocalDate introduced = today.minusDays(200);
        refused(
                () -> admissions.record(
                        secretary,
                        id,
                        AdmissionStep.INTRODUCTION,
                        introduction(introduced, MemberId.of(999999999), introduced.minusYears(2))),
                "introducerId",
                "admission.introducer.notOfficial");
        refused(
                () -> admissions.record(
                        secretary,
                        id,
                        AdmissionStep.INTRODUCTION,
                        introduction(introduced, officials.get(1), introduced.minusMonths(11))),
                "introducerSince",
                "admission.introducer.tooShort");
        AdmissionDetails afterIntroduction = admissions.record(
                secretary,
                id,
                AdmissionStep.INTRODUCTION,
                introduction(introduced, officials.get(1), introduced.minusMonths(12)));
        assertThat(afterIntroduction.introducerName()).isEqualTo("Lò Thị Mai");
        assertThat(afterIntroduction.warnings())
                .extracting(AdmissionDetails.Warning::key)
                .as("26 years old, no Youth Union introduction")
                .contains("admission.warning.youthUnion");
        step(id, AdmissionStep.VERIFICATION, today.minusDays(150));

        // 3 of 5 official members is under two thirds: recorded, the vote is still to pass.
        AdmissionDetails failed =
                admissions.record(secretary, id, AdmissionStep.BRANCH_VOTE, vote(today.minusDays(100), 5, 3));
        assertThat(failed.nextStep()).isEqualTo(AdmissionStep.BRANCH_VOTE);
        assertThat(failed.votes()).singleElement().satisfies(v -> assertThat(v.passed())
                .isFalse());
        refused(
                () -> admissions.record(secretary, id, AdmissionStep.BRANCH_VOTE, vote(today.minusDays(100), 5, 4)),
                "date",
                "admission.vote.sameDay");
        refused(
                () -> admissions.record(secretary, id, AdmissionStep.BRANCH_VOTE, vote(today.minusDays(99), 5, 6)),
                "agree",
                "admission.vote.agree");
        LocalDate voted = today.minusDays(99);
        AdmissionDetails passed = admissions.record(secretary, id, AdmissionStep.BRANCH_VOTE, vote(voted, 5, 4));
        assertThat(passed.nextStep()).isEqualTo(AdmissionStep.COMMITTEE_RESOLUTION);
        assertThat(passed.decisionDue()).isEqualTo(AdmissionRules.decisionDue(voted));

        // The branch's resolution proposing the admission: numbered once, with the vote's figures.
        byte[] docx = documents.branchResolution(secretary, id, AdmissionDocuments.Format.DOCX);
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains("NGHỊ QUYẾT")
                    .contains("Đề nghị kết nạp quần chúng Hà Thị Vân vào Đảng")
                    .contains("Chi bộ có 5 đảng viên chính thức; số tán thành: 4 (80,00%)")
                    .contains("Lò Thị Mai")
                    .contains("CHI BỘ QUYẾT NGHỊ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        documents.branchResolution(secretary, id, AdmissionDocuments.Format.PDF);
        assertThat(count("SELECT count(*) FROM documents.issued_document WHERE organization_id = :id", branch.value()))
                .as("issued again, the same number")
                .isEqualTo(1);
        step(id, AdmissionStep.COMMITTEE_RESOLUTION, today.minusDays(90));

        LocalDate decided = today.minusDays(80);
        refused(
                () -> admissions.record(secretary, id, AdmissionStep.DECISION, decision(decided, " ")),
                "decisionNumber",
                "validation.required");
        admissions.record(secretary, id, AdmissionStep.DECISION, decision(decided, "215"));

        // A ceremony after its 30 working days needs the higher committee's agreement; refused, nobody is created.
        LocalDate due = AdmissionRules.ceremonyDue(decided);
        assertThat(due).isBefore(today);
        long branchMembers = count("SELECT count(*) FROM members.member WHERE organization_id = :id", branch.value());
        refused(
                () -> step(id, AdmissionStep.CEREMONY, due.plusDays(1)),
                "lateCeremonyAgreed",
                "admission.ceremony.late");
        assertThat(count("SELECT count(*) FROM members.member WHERE organization_id = :id", branch.value()))
                .isEqualTo(branchMembers);
        assertThat(admissions.details(secretary, id).warnings())
                .extracting(AdmissionDetails.Warning::key)
                .contains("admission.warning.ceremonyOverdue");

        LocalDate ceremony = decided.plusDays(14);
        AdmissionDetails admitted = admissions.record(
                secretary,
                id,
                AdmissionStep.CEREMONY,
                new AdmissionStepInput(
                        ceremony, null, null, null, null, null, null, null, null, "Phòng truyền thống nhà trường"));
        assertThat(admitted.status()).isEqualTo(AdmissionStatus.ADMITTED);
        assertThat(admitted.nextStep()).isNull();
        assertThat(admitted.manageable()).isFalse();
        MemberDetails member = members.details(SYSTEM, admitted.memberId());
        assertThat(member.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(member.organizationId()).isEqualTo(branch);
        assertThat(member.admissionDate()).isEqualTo(decided);
        assertThat(member.ceremonyDate()).isEqualTo(ceremony);
        assertThat(member.particulars().value(MemberField.INTRODUCERS)).isEqualTo("Lò Thị Mai");
        assertThat(member.particulars().value(MemberField.ETHNICITY)).isEqualTo("Tày");
        assertThat(member.particulars().value(MemberField.CEREMONY_PLACE)).isEqualTo("Phòng truyền thống nhà trường");
        refused(() -> step(id, AdmissionStep.CEREMONY, ceremony), "status", "admission.status.ended");
        assertThat(count(
                        "SELECT count(*) FROM platform.audit_log WHERE entity_type = 'Admission' AND entity_id = CAST(:id AS text)",
                        id))
                .as("the creation, each step and the two documents recorded, refusals not")
                .isEqualTo(11);
    }

    /** A meeting of the test branch on the day, with its list taken; held (not only planned) when asked. */
    private vn.chibo.meetings.MeetingId meeting(LocalDate day, boolean held, MemberId absent) {
        vn.chibo.meetings.MeetingId id = planning.schedule(
                secretary,
                branch,
                vn.chibo.meetings.MeetingKind.REGULAR,
                day,
                null,
                "Phòng họp hội đồng",
                java.time.LocalTime.of(14, 0));
        meetingAttendance.takeAttendance(secretary, id, null);
        if (absent != null) {
            meetingAttendance.setPresence(
                    secretary, id, absent.value(), vn.chibo.meetings.Presence.ABSENT_EXCUSED, "Ốm", null);
        }
        if (held) {
            meetings.markHeld(secretary, id, 90);
        }
        return id;
    }

    private static AdmissionStepInput vote(
            LocalDate date, Integer official, int agree, vn.chibo.meetings.MeetingId meeting) {
        return new AdmissionStepInput(date, null, null, null, official, agree, null, null, null, null, meeting);
    }

    @Test
    void theVoteNamesTheBranchMeetingItWasTakenAtWhoseListAndAttendanceBoundIt() throws Exception {
        long id = create("Lục Thị Hằng", today.minusYears(29), today.minusDays(200));
        step(id, AdmissionStep.APPLICATION, today.minusDays(190));
        admissions.record(
                secretary,
                id,
                AdmissionStep.INTRODUCTION,
                introduction(today.minusDays(180), officials.get(1), today.minusYears(2)));
        step(id, AdmissionStep.VERIFICATION, today.minusDays(170));
        LocalDate day = today.minusDays(20);
        // Five official members on the list, one away with a reason: four may vote.
        vn.chibo.meetings.MeetingId held = meeting(day, true, officials.get(4));
        vn.chibo.meetings.MeetingId planned = meeting(day.plusDays(1), false, null);
        long foreign = jdbc.sql("SELECT m.id FROM meetings.meeting m JOIN organizations.organization o"
                        + " ON o.id = m.organization_id WHERE o.name = :n AND m.status <> 'PLANNED' LIMIT 1")
                .param("n", DemoFixtures.OTHER_BRANCH)
                .query(Long.class)
                .single();

        refused(
                () -> admissions.record(secretary, id, AdmissionStep.BRANCH_VOTE, vote(day, null, 5, held)),
                "agree",
                "admission.vote.moreThanVoters");
        refused(
                () -> admissions.record(
                        secretary, id, AdmissionStep.BRANCH_VOTE, vote(day.plusDays(1), null, 4, planned)),
                "meetingId",
                "admission.vote.meetingNotHeld");
        refused(
                () -> admissions.record(secretary, id, AdmissionStep.BRANCH_VOTE, vote(day.plusDays(2), null, 4, held)),
                "meetingId",
                "admission.vote.meetingOtherDay");
        refused(
                () -> admissions.record(
                        secretary,
                        id,
                        AdmissionStep.BRANCH_VOTE,
                        vote(day, null, 4, vn.chibo.meetings.MeetingId.of(foreign))),
                "meetingId",
                "admission.vote.meetingUnknown");
        refused(
                () -> admissions.record(
                        CurrentUser.system(),
                        id,
                        AdmissionStep.BRANCH_VOTE,
                        vote(day, null, 4, vn.chibo.meetings.MeetingId.of(foreign))),
                "meetingId",
                "admission.vote.meetingOtherBranch");
        assertThat(admissions.details(secretary, id).votes()).isEmpty();
        // The vote's form offers the branch's meetings that were held, not those only planned.
        MockHttpSession committee = login("capuy");
        mvc.perform(get("/admissions/" + id).session(committee))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + held.value() + "\">")))
                .andExpect(content().string(not(containsString("<option value=\"" + planned.value() + "\">"))));

        // The official members come from the meeting's list when not typed; 4 of 5 passes (here through the API).
        mvc.perform(put("/api/v1/admissions/" + id + "/steps/BRANCH_VOTE")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + day + "\", \"agree\": 4, \"meetingId\": " + held.value() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.votes[0].meetingId").value(held.value()))
                .andExpect(jsonPath("$.votes[0].officialMembers").value(5));
        AdmissionDetails passed = admissions.details(secretary, id);
        assertThat(passed.votes()).singleElement().satisfies(v -> {
            assertThat(v.meetingId()).isEqualTo(held);
            assertThat(v.officialMembers()).isEqualTo(5);
            assertThat(v.passed()).isTrue();
        });
        assertThat(passed.nextStep()).isEqualTo(AdmissionStep.COMMITTEE_RESOLUTION);
        mvc.perform(get("/admissions/" + id).session(committee))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/meetings/" + held.value() + "\"")));
    }

    @Test
    void theCeremonysThirtyWorkingDaysCountFromTheDayTheBranchReceivedTheDecision() {
        long id = create("Nông Thị Xuân", today.minusYears(27), today.minusDays(200));
        step(id, AdmissionStep.APPLICATION, today.minusDays(190));
        admissions.record(
                secretary,
                id,
                AdmissionStep.INTRODUCTION,
                introduction(today.minusDays(180), officials.get(1), today.minusYears(3)));
        step(id, AdmissionStep.VERIFICATION, today.minusDays(170));
        admissions.record(secretary, id, AdmissionStep.BRANCH_VOTE, vote(today.minusDays(160), 5, 5));
        step(id, AdmissionStep.COMMITTEE_RESOLUTION, today.minusDays(150));
        LocalDate signed = today.minusDays(100);
        LocalDate received = signed.plusDays(20);

        refused(
                () -> admissions.record(
                        secretary, id, AdmissionStep.DECISION, decision(signed, "318", signed.minusDays(1))),
                "decisionReceivedOn",
                "admission.decision.receivedBeforeSigned");
        refused(
                () -> admissions.record(
                        secretary, id, AdmissionStep.DECISION, decision(signed, "318", today.plusDays(1))),
                "decisionReceivedOn",
                "admission.date.future");
        assertThat(admissions.details(secretary, id).decision())
                .as("nothing written")
                .isNull();

        AdmissionDetails decided =
                admissions.record(secretary, id, AdmissionStep.DECISION, decision(signed, "318", received));
        assertThat(decided.decisionReceivedOn()).isEqualTo(received);
        assertThat(decided.ceremonyDue())
                .isEqualTo(vn.chibo.members.WorkingDays.add(received, 30))
                .isAfter(AdmissionRules.ceremonyDue(signed));

        refused(
                () -> step(id, AdmissionStep.CEREMONY, received.minusDays(1)),
                "date",
                "admission.ceremony.beforeReceived");
        // Past 30 working days from the signing, within 30 of the receipt: no agreement of the higher committee needed.
        LocalDate ceremony = AdmissionRules.ceremonyDue(signed).plusDays(1);
        assertThat(ceremony).isBefore(decided.ceremonyDue()).isBeforeOrEqualTo(today);
        AdmissionDetails admitted = step(id, AdmissionStep.CEREMONY, ceremony);
        assertThat(admitted.status()).isEqualTo(AdmissionStatus.ADMITTED);
        assertThat(admitted.lateCeremonyAgreed()).isFalse();
    }

    @Test
    void theBranchVotesOnlyOnAPersonOfEighteenAndAGrassrootsBranchHasNoCommitteeResolution() {
        long young = create("Mùa Thị Sáng", today.minusYears(18).plusMonths(2), today.minusDays(60));
        step(young, AdmissionStep.APPLICATION, today.minusDays(50));
        admissions.record(
                secretary,
                young,
                AdmissionStep.INTRODUCTION,
                new AdmissionStepInput(
                        today.minusDays(40),
                        officials.get(0),
                        today.minusYears(3),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null));
        step(young, AdmissionStep.VERIFICATION, today.minusDays(30));
        refused(
                () -> admissions.record(secretary, young, AdmissionStep.BRANCH_VOTE, vote(today, 5, 5)),
                "date",
                "admission.age.under");
        assertThat(admissions.details(secretary, young).votes()).isEmpty();
        admissions.stop(secretary, young, "Chờ đủ tuổi, chi bộ xét lại sau");
        assertThat(admissions.details(secretary, young).status()).isEqualTo(AdmissionStatus.STOPPED);

        // A grassroots branch stands under the committee above the sector's.
        OrganizationId grassroots = organizations.create(
                SYSTEM,
                organizations.summary(SYSTEM, sector).parentId(),
                new OrganizationDraft(
                        "Chi bộ cơ sở thử kết nạp " + System.nanoTime(),
                        "CB",
                        OrganizationType.GRASSROOTS_BRANCH,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        LocalDate.of(2010, 1, 1),
                        null));
        long id = admissions.create(
                new CurrentUser(9401, "bithu-cs", "Bí thư", List.of(new Grant(grassroots.value(), Role.SECRETARY))),
                new NewAdmission(
                        grassroots, "Vi Văn Tú", Gender.MALE, today.minusYears(30), "Nùng", null, true, today));
        assertThat(admissions.details(CurrentUser.system(), id).steps())
                .extracting(AdmissionDetails.Step::step)
                .doesNotContain(AdmissionStep.COMMITTEE_RESOLUTION)
                .endsWith(AdmissionStep.DECISION, AdmissionStep.CEREMONY);
    }

    @Test
    void onlyThoseWhoSeeTheBranchsMembersSeeItsAdmissions() throws Exception {
        long id = create("Lường Thị Xuân", today.minusYears(24), today.minusDays(10));
        CurrentUser member =
                new CurrentUser(9402, "dv-kn", "Đảng viên", List.of(new Grant(branch.value(), Role.MEMBER)));
        assertThatThrownBy(() -> admissions.details(member, id)).isInstanceOf(ForbiddenException.class);
        assertThat(admissions.list(member, null)).isEmpty();
        OrganizationId other = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH));
        CurrentUser otherSecretary =
                new CurrentUser(9403, "bithu-khac", "Bí thư", List.of(new Grant(other.value(), Role.SECRETARY)));
        assertThatThrownBy(() -> admissions.details(otherSecretary, id)).isInstanceOf(NotFoundException.class);
        assertThat(admissions.list(otherSecretary, null))
                .extracting(AdmissionSummary::id)
                .doesNotContain(id);
        assertThat(admissions.list(secretary, branch))
                .extracting(AdmissionSummary::id)
                .contains(id);
        CurrentUser committee =
                new CurrentUser(9404, "capuy-kn", "Cấp ủy", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        assertThat(admissions.list(committee, null))
                .extracting(AdmissionSummary::id)
                .contains(id);

        // The pages and the API: the demo's secretary (bithu) sees her branch's admissions, not this branch's.
        MockHttpSession bithu = login("bithu");
        mvc.perform(get("/admissions/" + id).session(bithu)).andExpect(status().isNotFound());
        mvc.perform(post("/admissions/" + id + "/stop")
                        .param("reason", "x")
                        .session(bithu)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admissions/" + id + "/stop")
                        .param("reason", "x")
                        .session(login("dangvien"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admissions").session(bithu)).andExpect(status().isOk());

        // The API refuses by field, and a page form comes back to its section with the reason.
        mvc.perform(
                        post("/api/v1/admissions")
                                .with(httpBasic("bithu", DemoFixtures.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"organizationId\": "
                                                + DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH)
                                                + ", \"fullName\": \"Đinh Thị Yến\", \"gender\": \"FEMALE\", \"birthDate\": \"2000-02-30\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/admissions")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": "
                                + DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH)
                                + ", \"fullName\": \"Đinh Thị Yến\", \"gender\": \"FEMALE\", \"birthDate\": \"2000-02-03\","
                                + " \"ethnicity\": \"Kinh\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("awarenessCourseOn"));
        mvc.perform(put("/api/v1/admissions/" + id + "/steps/APPLICATION")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + today + "\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDemoBranchFollowsItsAdmissionsOnThePagesAndTheApi() throws Exception {
        long own = jdbc.sql(
                        """
                        SELECT a.id FROM admissions.admission a JOIN organizations.organization o
                            ON o.id = a.organization_id
                        WHERE o.name = :n AND a.status = 'IN_PROGRESS' ORDER BY a.id LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/admissions/" + own).with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizationName").value(DemoFixtures.BITHU_BRANCH));
        MockHttpSession bithu = login("bithu");
        // Her home page counts the admissions under way and points out the ceremony due this month.
        mvc.perform(get("/").session(bithu))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hồ sơ kết nạp đang xét")))
                .andExpect(content().string(containsString("Phạm Thu Hà")));
        mvc.perform(get("/").session(login("dangvien")))
                .andExpect(content().string(not(containsString("hồ sơ kết nạp đang xét"))));
        mvc.perform(post("/admissions/" + own + "/steps/CEREMONY")
                        .param("date", today.toString())
                        .session(bithu)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admissions/" + own + "#next"));
    }

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
