package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;

/**
 * The papers printed before a meeting held without a network: its agenda and the earlier tasks to check, the sign-in
 * sheet with every member on the list, a minutes form with numbered lines, and the score sheet of the template in
 * force; for those who see the meeting, and no one else.
 */
@ChiboIntegrationTest
class MeetingPaperIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingManagement meetings;

    @Autowired
    MeetingScoring scoring;

    @Autowired
    MeetingAttendance attendance;

    @Test
    void aPlannedMeetingsPapersCarryItsAgendaItsListAMinutesFormAndTheScoreSheet() throws Exception {
        long id = meetingOf(DemoFixtures.BITHU_BRANCH, "PLANNED");
        MeetingDetails meeting = meetings.details(CurrentUser.system(), MeetingId.of(id));
        MockHttpSession secretary = login("bithu");

        String show = mvc.perform(get("/meetings/" + id).session(secretary))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(show).contains("/meetings/" + id + "/paper");

        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/meetings/" + id + "/paper").session(secretary))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        // Its attendance is not taken yet: the sheet lists the roster of its date, and nothing is written.
        assertThat(meeting.attendance()).isEmpty();
        java.util.List<RosterMember> roster = attendance.expected(CurrentUser.system(), MeetingId.of(id));
        assertThat(roster).isNotEmpty();
        roster.forEach(a -> assertThat(page).contains(a.fullName()));
        assertThat(meetings.details(CurrentUser.system(), MeetingId.of(id)).attendance())
                .isEmpty();
        long official = roster.stream().filter(RosterMember::official).count();
        meeting.agenda().forEach(item -> assertThat(page).contains(item.title()));
        meeting.previousTasks().forEach(task -> assertThat(page).contains(task.description()));
        scoring.scoreSheet(CurrentUser.system(), MeetingId.of(id)).lines().forEach(line -> assertThat(page)
                .contains(line.text()));
        assertThat(page)
                .contains("Bộ giấy tờ in – " + DemoFixtures.BITHU_BRANCH)
                .contains("Tổng số " + roster.size() + " đảng viên (chính thức " + official + ", dự bị "
                        + (roster.size() - official) + ")")
                .contains("Ý kiến phát biểu (đánh số theo thứ tự)")
                .contains("Số đảng viên chính thức có mặt: ……; tán thành: ……")
                .contains("THƯ KÝ (ký, ghi rõ họ tên)")
                .contains("CHỦ TRÌ (ký, ghi rõ họ tên)")
                .contains("data-print");
        // A numbered line for each member who may speak: at least ten.
        int rows = Math.max(10, Math.min(25, roster.size()));
        assertThat(page).contains("<td>" + rows + "</td><td></td><td></td>");
        assertThat(page).doesNotContain("<td>" + (rows + 1) + "</td><td></td><td></td>");
    }

    @Test
    void anotherBranchsMeetingsPapersAreNotFound() throws Exception {
        long foreign = meetingOf(DemoFixtures.OTHER_BRANCH, null);
        mvc.perform(get("/meetings/" + foreign + "/paper").session(login("bithu")))
                .andExpect(status().isNotFound());
    }

    private long meetingOf(String branch, String status) {
        return jdbc.sql(
                        """
                        SELECT m.id FROM meetings.meeting m JOIN organizations.organization o ON o.id = m.organization_id
                        WHERE o.name = :n AND (CAST(:s AS text) IS NULL OR m.status = :s)
                          -- one whose attendance no other test has taken meanwhile (they share the demo's data)
                          AND (CAST(:s AS text) IS NULL
                               OR NOT EXISTS (SELECT 1 FROM meetings.attendance a WHERE a.meeting_id = m.id))
                        ORDER BY m.meeting_date DESC LIMIT 1
                        """)
                .param("n", branch)
                .param("s", status)
                .query(Long.class)
                .single();
    }

    private MockHttpSession login(String username) throws Exception {
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
