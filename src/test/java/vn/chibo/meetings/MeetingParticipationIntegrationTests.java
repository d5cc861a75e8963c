package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/**
 * Members' participation in a year of the demo branch's meetings, held five years before the tests' clock (a year the
 * demo leaves empty): counts per member, the months of absences without a reason (three of them: removal to be
 * considered), a run of absences with a reason, a committee meeting not counted, and the page and API within scope.
 */
@ChiboIntegrationTest
class MeetingParticipationIntegrationTests {

    @Autowired
    Clock clock;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingAttendance attendance;

    @Autowired
    MeetingParticipation participation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoHasOneMemberWhoseThreeUnexcusedAbsencesOfAYearAreFlaggedInItsBranch() {
        OrganizationId branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, "Chi bộ Trường THCS Nguyễn Du"));
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        CurrentUser clerk = new CurrentUser(9102, "vanthu-demo", "Văn thư thử", List.of(new Grant(sector, Role.CLERK)));
        int year = LocalDate.now(clock).getYear();
        // The demo's flagged year: this one, or the last one early in January (three meetings held in a year).
        ParticipationReport report = participation.ofYear(clerk, branch, year);
        if (report.toConsiderForRemoval().isEmpty()) {
            report = participation.ofYear(clerk, branch, year - 1);
        }
        assertThat(report.toConsiderForRemoval()).singleElement().satisfies(m -> {
            assertThat(m.unexcused()).isEqualTo(3);
            assertThat(m.unexcusedMonths()).hasSize(3);
        });
        assertThat(participation
                        .ofYear(
                                clerk,
                                OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH)),
                                year)
                        .toConsiderForRemoval())
                .as("only that branch has one")
                .isEmpty();
    }

    @Test
    void aYearOfMeetingsIsCountedPerMemberAndThreeMonthsOfUnexcusedAbsenceAreFlagged() throws Exception {
        OrganizationId branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        CurrentUser clerk = new CurrentUser(9101, "vanthu-test", "Văn thư thử", List.of(new Grant(sector, Role.CLERK)));
        int year = LocalDate.now(clock).getYear() - 5;
        assertThat(participation.ofYear(clerk, branch, year).meetingsHeld())
                .as("the demo holds no meeting in " + year)
                .isZero();

        // Five monthly meetings; the first list decides who is who.
        List<MeetingId> held = new java.util.ArrayList<>();
        for (int month : new int[] {1, 3, 5, 7, 9}) {
            held.add(meeting(clerk, branch, LocalDate.of(year, month, 10), MeetingKind.REGULAR));
        }
        List<AttendanceEntry> list = meetings.details(clerk, held.get(0)).attendance().stream()
                .filter(a -> a.presence() == Presence.PRESENT)
                .toList();
        assertThat(list).as("members on the branch's roster in " + year).hasSizeGreaterThanOrEqualTo(3);
        long skipper = list.get(0).memberId();
        long once = list.get(1).memberId();
        long ill = list.get(2).memberId();
        for (int i = 0; i < held.size(); i++) {
            if (i < 3) {
                attendance.setPresence(clerk, held.get(i), skipper, Presence.ABSENT_UNEXCUSED, null, null);
            }
            if (i == 1) {
                attendance.setPresence(clerk, held.get(i), once, Presence.ABSENT_UNEXCUSED, null, null);
            }
            if (i >= 1) {
                attendance.setPresence(clerk, held.get(i), ill, Presence.ABSENT_EXCUSED, "Điều trị dài ngày", null);
            }
            meetings.markHeld(clerk, held.get(i));
        }
        // Planned and not held, and a committee meeting: neither counts.
        MeetingId planned = planning.schedule(
                clerk, branch, MeetingKind.REGULAR, LocalDate.of(year, 11, 10), null, "Phòng họp", LocalTime.of(14, 0));
        attendance.takeAttendance(clerk, planned, null);
        attendance.setPresence(clerk, planned, skipper, Presence.ABSENT_UNEXCUSED, null, null);
        // (A committee meeting's list is the committee's seats, which the demo branch did not have then: written here.)
        long committee = jdbc.sql("INSERT INTO meetings.meeting (organization_id, kind, status, meeting_date)"
                        + " VALUES (:org, 'COMMITTEE', 'HELD', :day) RETURNING id")
                .param("org", branch.value())
                .param("day", LocalDate.of(year, 10, 2))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO meetings.attendance (meeting_id, member_id, full_name, official, presence)"
                        + " VALUES (:m, :member, 'Thử', true, 'ABSENT_UNEXCUSED')")
                .param("m", committee)
                .param("member", skipper)
                .update();

        ParticipationReport report = participation.ofYear(clerk, branch, year);
        assertThat(report.meetingsHeld()).isEqualTo(5);
        ParticipationReport.MemberParticipation s = member(report, skipper);
        assertThat(List.of(s.expected(), s.present(), s.excused(), s.unexcused()))
                .containsExactly(5, 2, 0, 3);
        assertThat(s.unexcusedMonths())
                .containsExactly(YearMonth.of(year, 1), YearMonth.of(year, 3), YearMonth.of(year, 5));
        assertThat(s.removalToConsider()).isTrue();
        assertThat(s.rate()).isEqualTo(40.0);
        ParticipationReport.MemberParticipation o = member(report, once);
        assertThat(List.of(o.present(), o.unexcused())).containsExactly(4, 1);
        assertThat(o.removalToConsider()).isFalse();
        ParticipationReport.MemberParticipation i = member(report, ill);
        assertThat(List.of(i.present(), i.excused(), i.longestExcusedRun())).containsExactly(1, 4, 4);
        assertThat(i.longExcusedRun()).isTrue();
        assertThat(i.removalToConsider()).as("absent with a reason").isFalse();
        assertThat(report.toConsiderForRemoval())
                .extracting(ParticipationReport.MemberParticipation::memberId)
                .containsExactly(skipper);
        int members = report.members().size();
        assertThat(report.attendanceRate())
                .isEqualTo(Math.round(1000.0 * (5 * members - 3 - 1 - 4) / (5 * members)) / 10.0);

        // The page and the API, for the branch's secretary; another branch's secretary does not see it.
        String org = Long.toString(branch.value());
        mvc.perform(get("/meetings/participation")
                        .param("org", org)
                        .param("year", Integer.toString(year))
                        .with(signedIn("bithu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tình hình tham gia sinh hoạt đảng của")))
                .andExpect(content()
                        .string(containsString(s.fullName() + ": vắng không lý do trong các tháng 01/" + year + ", 03/"
                                + year + ", 05/" + year)))
                .andExpect(content().string(containsString("40,0 %")))
                .andExpect(content().string(containsString("Vắng có lý do 4 buổi liền")))
                .andExpect(content().string(containsString("href=\"/members/" + skipper + "\"")));
        // The flagged member can be put to the branch's next meeting, its vote form preselected.
        ParticipationReport.UpcomingMeeting next = report.nextMeeting();
        assertThat(next).as("the demo branch's next meeting").isNotNull();
        assertThat(next.date()).isAfterOrEqualTo(LocalDate.now(clock));
        assertThat(report.removalVote(skipper)).isNull();
        mvc.perform(get("/meetings/participation")
                        .param("org", Long.toString(branch.value()))
                        .param("year", Integer.toString(year))
                        .with(signedIn("bithu")))
                .andExpect(content()
                        .string(containsString("href=\"/meetings/" + next.id() + "?kind=REMOVAL&amp;member=" + skipper
                                + "#decisions\">Đưa ra chi bộ xét đề nghị xóa tên")));
        // On a meeting whose list is not taken yet, taking it keeps the vote form preselected.
        MeetingId unlisted = planning.schedule(
                clerk, branch, MeetingKind.REGULAR, LocalDate.of(year, 12, 12), null, "Phòng họp", LocalTime.of(14, 0));
        mvc.perform(get("/meetings/" + unlisted.value())
                        .param("kind", "REMOVAL")
                        .param("member", Long.toString(skipper))
                        .with(signedIn("bithu")))
                .andExpect(content().string(containsString("name=\"kind\" value=\"REMOVAL\"")))
                .andExpect(content().string(containsString("name=\"member\" value=\"" + skipper + "\"")));
        mvc.perform(post("/meetings/{id}/attendance/take", unlisted.value())
                        .param("kind", "REMOVAL")
                        .param("member", Long.toString(skipper))
                        .with(csrf())
                        .with(signedIn("bithu")))
                .andExpect(redirectedUrl(
                        "/meetings/" + unlisted.value() + "?kind=REMOVAL&member=" + skipper + "#attendance"));
        mvc.perform(get("/meetings/" + unlisted.value())
                        .param("kind", "REMOVAL")
                        .param("member", Long.toString(skipper))
                        .with(signedIn("bithu")))
                .andExpect(content().string(containsString("value=\"" + skipper + "\" selected=\"selected\"")));
        mvc.perform(get("/meetings/" + held.get(4))
                        .param("kind", "REMOVAL")
                        .param("member", Long.toString(skipper))
                        .with(signedIn("bithu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"REMOVAL\" selected=\"selected\"")))
                .andExpect(content().string(containsString("value=\"" + skipper + "\" selected=\"selected\"")));
        mvc.perform(get("/api/v1/meetings/participation/" + org)
                        .param("year", Integer.toString(year))
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meetingsHeld").value(5))
                .andExpect(jsonPath("$.members[?(@.memberId == " + skipper + ")].unexcused")
                        .value(3));
        long other = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        CurrentUser otherSecretary =
                new CurrentUser(9102, "bithu-khac", "Bí thư khác", List.of(new Grant(other, Role.SECRETARY)));
        assertThatThrownBy(() -> participation.ofYear(otherSecretary, branch, year))
                .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/api/v1/meetings/participation/" + org).with(httpBasic("dangvien", DemoFixtures.PASSWORD)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aYearThatIsNoYearIsRefusedNamingTheField() throws Exception {
        OrganizationId branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        for (String typed : List.of(
                "hai nghìn", "1999", Integer.toString(LocalDate.now(clock).getYear() + 1))) {
            assertThatThrownBy(() -> participation.year(typed))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field())
                    .isEqualTo("year");
        }
        assertThat(participation.year(" ")).isEqualTo(LocalDate.now(clock).getYear());
        mvc.perform(get("/meetings/participation")
                        .param("org", Long.toString(branch.value()))
                        .param("year", "hai nghìn")
                        .with(signedIn("bithu")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Năm: &quot;hai nghìn&quot; không phải là một năm")))
                .andExpect(content().string(containsString("value=\"hai nghìn\"")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/api/v1/meetings/participation/" + branch.value())
                        .param("year", "1999")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("year")));
    }

    @Test
    void aMemberSeesHerOwnYearOnTheHomePage() throws Exception {
        int year = LocalDate.now(clock).getYear();
        long member = jdbc.sql("SELECT m.id FROM members.member m JOIN platform.app_user u ON u.id = m.user_id"
                        + " WHERE u.username = 'dangvien'")
                .query(Long.class)
                .single();
        record Counts(int present, int expected) {}
        Counts counts = jdbc.sql(
                        """
                        SELECT count(*) FILTER (WHERE a.presence = 'PRESENT'),
                               count(*) FILTER (WHERE a.presence IN ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED'))
                        FROM meetings.attendance a JOIN meetings.meeting m ON m.id = a.meeting_id
                        WHERE a.member_id = :member AND m.status IN ('HELD', 'CLOSED') AND m.kind <> 'COMMITTEE'
                          AND m.meeting_date >= make_date(:year, 1, 1) AND m.meeting_date <= make_date(:year, 12, 31)
                        """)
                .param("member", member)
                .param("year", year)
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2)))
                .single();
        assertThat(counts.expected()).as("the demo member's meetings this year").isPositive();
        mvc.perform(get("/").with(signedIn("dangvien")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sinh hoạt đảng của tôi năm " + year)))
                .andExpect(content()
                        .string(containsString(
                                "Có mặt " + counts.present() + "/" + counts.expected() + " buổi phải dự")));
        // An account that is no member's has no such section.
        mvc.perform(get("/").with(signedIn("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Sinh hoạt đảng của tôi"))));
    }

    private MeetingId meeting(CurrentUser clerk, OrganizationId branch, LocalDate day, MeetingKind kind) {
        MeetingId id = planning.schedule(clerk, branch, kind, day, null, "Phòng họp", LocalTime.of(14, 0));
        meetings.record(
                clerk,
                id,
                new MeetingRecord(
                        kind,
                        day,
                        null,
                        "Phòng họp",
                        LocalTime.of(14, 0),
                        LocalTime.of(16, 0),
                        "Chủ trì thử",
                        "Thư ký thử",
                        null,
                        null,
                        null,
                        false),
                null);
        attendance.takeAttendance(clerk, id, null);
        return id;
    }

    private static ParticipationReport.MemberParticipation member(ParticipationReport report, long id) {
        return report.members().stream()
                .filter(m -> m.memberId() == id)
                .findFirst()
                .orElseThrow();
    }

    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    /** Signed in through the login form, as in a browser. */
    private RequestPostProcessor signedIn(String username) throws Exception {
        MockHttpSession session = sessions.get(username);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(post("/login")
                            .param("username", username)
                            .param("password", DemoFixtures.PASSWORD)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/"))
                    .andReturn()
                    .getRequest()
                    .getSession(false);
            sessions.put(username, session);
        }
        MockHttpSession signed = session;
        return request -> {
            request.setSession(signed);
            return request;
        };
    }
}
