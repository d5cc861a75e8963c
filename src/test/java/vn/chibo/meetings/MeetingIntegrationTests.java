package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

@ChiboIntegrationTest
class MeetingIntegrationTests {

    /** The application's clock: the tests run as of its day, whatever day it is. */
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
    MeetingNews news;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    OrganizationId branch;
    CurrentUser clerk;

    @BeforeEach
    void setUp() {
        branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        clerk = new CurrentUser(9100, "vanthu-test", "Văn thư thử", List.of(new Grant(sector, Role.CLERK)));
    }

    /** A thematic meeting recorded from start to finish, as the clerk of seed 002's branch would. */
    @Test
    void aThematicMeetingIsRecordedVotedScoredClosedAndCorrected() throws Exception {
        LocalDate day = LocalDate.now(clock).minusDays(3);
        MeetingId id = meetingPlanning.schedule(
                clerk,
                branch,
                MeetingKind.THEMATIC,
                day,
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "Phòng họp A",
                LocalTime.of(14, 0));
        meetings.record(
                clerk,
                id,
                new MeetingRecord(
                        MeetingKind.THEMATIC,
                        day,
                        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                        "Phòng họp A",
                        LocalTime.of(14, 0),
                        LocalTime.of(15, 45),
                        "Trần Thị Minh Hằng",
                        "Lê Văn Quyết",
                        day.minusDays(2),
                        "Chi bộ thống nhất đăng ký việc làm cụ thể cho từng đảng viên.",
                        1_250_000L,
                        true),
                null);
        meetingAttendance.takeAttendance(clerk, id, null);
        MeetingDetails taken = meetings.details(clerk, id);
        assertThat(taken.attendance()).as("the branch's demo members").isNotEmpty();
        AttendanceEntry someone = taken.attendance().stream()
                .filter(a -> a.presence() == Presence.PRESENT && a.official())
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> meetingAttendance.setPresence(
                        clerk, id, someone.memberId(), Presence.ABSENT_EXCUSED, " ", null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("meeting.absence.reasonRequired");
        meetingAttendance.setPresence(clerk, id, someone.memberId(), Presence.ABSENT_EXCUSED, "Đi tập huấn", null);
        meetings.addGuest(
                clerk, id, "Nguyễn Văn Bình", "Đảng ủy viên phụ trách chi bộ", GuestKind.HIGHER_COMMITTEE, null);
        meetings.addReport(
                clerk,
                id,
                "Trần Thị Minh Hằng",
                "Báo cáo chuyên đề quý I",
                "chuyen-de.txt",
                "nội dung".getBytes(),
                null);
        meetings.addOpinion(
                clerk, id, "Phạm Văn Long", null, "Đề nghị gắn chuyên đề với đổi mới phương pháp dạy học.", null);
        meetings.addOpinion(clerk, id, "Đỗ Thị Hoa", null, "Cần có tiêu chí đo được cho từng việc làm.", null);
        meetings.addOpinion(clerk, id, "Phạm Văn Long", null, "Bổ sung ý kiến về tổ chủ nhiệm.", null);
        meetings.addTask(clerk, id, "Tổ Ngữ văn", "Xây dựng chuyên đề dạy học tích hợp", day.plusDays(30), null);

        MeetingDetails recorded = meetings.details(clerk, id);
        AttendanceCounts counts = recorded.counts();
        assertThat(counts.absentExcused()).isEqualTo(1);
        assertThat(recorded.speakers()).isEqualTo(2);
        assertThat(recorded.durationMinutes()).isEqualTo(105);
        assertThat(recorded.warnings()).doesNotContain("meeting.warning.short", "meeting.warning.documentsLate");

        assertThatThrownBy(() -> meetings.addResolution(
                        clerk, id, "RESOLUTION", "Nghị quyết", "Nội dung", counts.presentOfficial() + 1, 0, 0, null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("meeting.vote.tooMany");
        meetings.addResolution(
                clerk,
                id,
                "RESOLUTION",
                "Nghị quyết chuyên đề quý I năm 2026",
                "I. MỤC TIÊU\nMỗi đảng viên đăng ký ít nhất một việc làm cụ thể.",
                counts.presentOfficial(),
                0,
                0,
                null);
        MeetingDetails.Resolution decision =
                meetings.details(clerk, id).resolutions().get(0);
        assertThat(decision.vote().denominator()).isEqualTo(counts.denominator());
        assertThat(decision.vote().passed()).isTrue();

        meetings.markHeld(clerk, id);
        ScoreSheet sheet = meetingScoring.scoreSheet(clerk, id);
        assertThat(sheet.templateName()).contains("8 nhóm");
        Map<Long, BigDecimal> manual = new HashMap<>();
        sheet.lines().stream().filter(l -> !l.automatic()).forEach(l -> manual.put(l.criterionId(), l.maxPoints()));
        ScoreSheet saved = meetingScoring.saveScore(clerk, id, manual);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.lines().stream()
                        .filter(l -> "DURATION".equals(l.rule()))
                        .findFirst()
                        .orElseThrow()
                        .points())
                .isEqualByComparingTo("5");
        assertThat(saved.total())
                .isEqualByComparingTo(
                        saved.lines().stream().map(ScoreSheet.Line::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(saved.lines().stream().filter(l -> !l.automatic()))
                .allSatisfy(l -> assertThat(l.points()).isEqualByComparingTo(l.maxPoints()));

        byte[] docx = documents.minutes(clerk, id, MeetingDocuments.Format.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText())
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("CHI BỘ TRƯỜNG THPT NGUYỄN TRÃI")
                    .contains("-BB/CB")
                    .contains("BIÊN BẢN")
                    .contains("Sinh hoạt chuyên đề tháng " + day.getMonthValue())
                    .contains("Đi tập huấn")
                    .contains("Đồng chí Phạm Văn Long: Đề nghị gắn chuyên đề")
                    .contains("Kết quả: thông qua");
        }
        try (PDDocument pdf = Loader.loadPDF(documents.resolution(clerk, id, MeetingDocuments.Format.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("NGHỊ QUYẾT")
                    .contains("-NQ/CB")
                    .contains("T/M CHI BỘ")
                    .contains("Trần Thị Minh Hằng");
        }

        meetings.close(clerk, id);
        assertThatThrownBy(() -> meetings.addOpinion(clerk, id, "Lê Văn Quyết", null, "Ý kiến thêm", null))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("meeting.closed.reasonRequired");
        meetings.addOpinion(
                clerk,
                id,
                "Lê Văn Quyết",
                null,
                "Ý kiến bị sót khi ghi biên bản.",
                "Bổ sung ý kiến bị sót theo đề nghị của chi ủy");
        MeetingDetails corrected = meetings.details(clerk, id);
        assertThat(corrected.corrections()).singleElement().satisfies(c -> assertThat(c.reason())
                .contains("bị sót"));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM platform.audit_log WHERE action = 'meeting.correct' AND entity_id = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        vn.chibo.platform.NewsDraft draft = news.draft(clerk, id);
        assertThat(draft.title()).contains("Chi bộ Trường THPT Nguyễn Trãi").contains("Học tập và làm theo");
        assertThat(draft.body()).anySatisfy(p -> assertThat(p).contains("được thông qua"));
        String everything = draft.html();
        for (AttendanceEntry a : corrected.attendance()) {
            assertThat(everything).as("no member is named").doesNotContain(a.fullName());
        }
    }

    @Test
    void theTemplateIsChosenByTheMeetingsDate() {
        MeetingId old = meetingPlanning.schedule(
                clerk, branch, MeetingKind.REGULAR, LocalDate.of(2024, 4, 5), null, null, null);
        jdbc.sql("UPDATE meetings.meeting SET status = 'HELD' WHERE id = :id")
                .param("id", old.value())
                .update();
        assertThat(meetingScoring.scoreSheet(clerk, old).templateName()).contains("4 nhóm");
        MeetingId recent = meetingPlanning.schedule(
                clerk, branch, MeetingKind.REGULAR, LocalDate.of(2026, 4, 5), null, null, null);
        assertThat(meetingScoring.scoreSheet(clerk, recent).templateName()).contains("8 nhóm");
    }

    @Autowired
    ScoringTemplates templates;

    @Test
    void aCommitteeAdaptsTheSheetForItsSubtreeAndItsMeetingsUseIt() {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        CurrentUser committee = new CurrentUser(9103, "capuy-t", "Cấp ủy", List.of(new Grant(sector, Role.COMMITTEE)));
        long central = templates.templates(committee).stream()
                .filter(t -> t.code().equals("HD42-2025"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> templates.copy(
                        committee,
                        central,
                        OrganizationId.of(sector),
                        "Phiếu của Đảng bộ Sở",
                        LocalDate.of(2025, 1, 1)))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("template.copy.beforeSource");
        long local = templates.copy(
                committee, central, OrganizationId.of(sector), "Phiếu chấm của Đảng bộ Sở", LocalDate.of(2032, 1, 1));
        ScoringTemplates.Criterion first = templates.criteria(committee, local).get(0);
        templates.adapt(committee, local, first.id(), "Thời lượng theo quy định của Đảng ủy Sở", first.maxPoints());
        assertThatThrownBy(() -> templates.adapt(committee, central, first.id(), "x", BigDecimal.ONE))
                .isInstanceOf(ForbiddenException.class);
        CurrentUser secretary =
                new CurrentUser(9104, "bt", "Bí thư", List.of(new Grant(branch.value(), Role.SECRETARY)));
        assertThatThrownBy(() -> templates.adapt(secretary, local, first.id(), "y", BigDecimal.ONE))
                .isInstanceOf(NotFoundException.class);

        MeetingId later = meetingPlanning.schedule(
                clerk, branch, MeetingKind.REGULAR, LocalDate.of(2032, 3, 5), null, null, null);
        ScoreSheet sheet = meetingScoring.scoreSheet(clerk, later);
        assertThat(sheet.templateName()).isEqualTo("Phiếu chấm của Đảng bộ Sở");
        assertThat(sheet.lines().get(0).text()).isEqualTo("Thời lượng theo quy định của Đảng ủy Sở");
        MeetingId earlier = meetingPlanning.schedule(
                clerk, branch, MeetingKind.REGULAR, LocalDate.of(2031, 12, 5), null, null, null);
        assertThat(meetingScoring.scoreSheet(clerk, earlier).templateName()).contains("8 nhóm");
    }

    @Test
    void membersSeeTheirUpcomingMeetingsOnTheHomePage() throws Exception {
        meetingPlanning.schedule(
                clerk,
                branch,
                MeetingKind.THEMATIC,
                LocalDate.now(clock).plusDays(6),
                "Chuyên đề sắp tới về chuyển đổi số",
                null,
                LocalTime.of(14, 0));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .param("username", "dangvien")
                                .param("password", DemoFixtures.PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andDo(result -> {
                    var session = (org.springframework.mock.web.MockHttpSession)
                            result.getRequest().getSession(false);
                    mvc.perform(get("/").session(session))
                            .andExpect(status().isOk())
                            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                                    .string(org.hamcrest.Matchers.containsString("Lịch sinh hoạt sắp tới")))
                            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                                    .string(org.hamcrest.Matchers.containsString(
                                            "Chuyên đề sắp tới về chuyển đổi số")));
                });
    }

    @Test
    void aYearIsPlannedInOneStepWithoutDuplicates() {
        OrganizationId other = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH));
        int first = meetingPlanning
                .planYear(clerk, other, 2031, 31, LocalTime.of(14, 0), null)
                .size();
        int again = meetingPlanning
                .planYear(clerk, other, 2031, 31, LocalTime.of(14, 0), null)
                .size();
        assertThat(first).isEqualTo(12);
        assertThat(again).isZero();
        List<MeetingSummary> year =
                meetingPlanning.calendar(clerk, other, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));
        assertThat(year)
                .extracting(MeetingSummary::date)
                .contains(LocalDate.of(2031, 2, 28), LocalDate.of(2031, 4, 30));
    }

    @Test
    void othersCannotSeeOrRecordTheBranchsMeetings() {
        MeetingId id = meetingPlanning.schedule(
                clerk, branch, MeetingKind.REGULAR, LocalDate.now(clock).plusDays(10), null, null, null);
        long otherBranch = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        CurrentUser otherSecretary =
                new CurrentUser(9101, "bt-khac", "Bí thư khác", List.of(new Grant(otherBranch, Role.SECRETARY)));
        assertThatThrownBy(() -> meetings.details(otherSecretary, id)).isInstanceOf(NotFoundException.class);
        CurrentUser member = new CurrentUser(9102, "dv", "Đảng viên", List.of(new Grant(branch.value(), Role.MEMBER)));
        assertThat(meetings.details(member, id).status()).isEqualTo(MeetingStatus.PLANNED);
        assertThatThrownBy(() -> meetings.addAgendaItem(member, id, "Nội dung", null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.markHeld(clerk, id))
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("meeting.held.future");
    }

    @Test
    void theApiListsMeetingsWithKindStatusAndDate() throws Exception {
        meetingPlanning.schedule(clerk, branch, MeetingKind.COMMITTEE, LocalDate.of(2030, 5, 2), null, null, null);
        mvc.perform(get("/api/v1/meetings")
                        .param("org", branch.toString())
                        .param("from", "2030-05-01")
                        .param("to", "2030-05-31")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("COMMITTEE"))
                .andExpect(jsonPath("$[0].status").value("PLANNED"))
                .andExpect(jsonPath("$[0].date").value("2030-05-02"));
        mvc.perform(get("/api/v1/meetings")
                        .param("org", Long.toString(DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH)))
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
