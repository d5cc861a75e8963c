package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;

/**
 * Reviewing the previous meeting's tasks changes the record of the meeting that reviews them: once that meeting is
 * closed, it needs a correction reason like any other change, and only its own previous tasks can be reviewed there.
 */
@ChiboIntegrationTest
class TaskReviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingManagement meetings;

    @Test
    void aClosedMeetingsTaskReviewNeedsACorrectionReason() throws Exception {
        long meeting = closedMeetingWithPreviousTasks();
        MeetingDetails.Task task = meetings.details(CurrentUser.system(), MeetingId.of(meeting))
                .previousTasks()
                .get(0);
        MockHttpSession secretary = login("bithu");
        long correctionsBefore = corrections(meeting);

        mvc.perform(post("/meetings/" + meeting + "/tasks/" + task.id() + "/done")
                        .param("done", Boolean.toString(!task.done()))
                        .session(secretary)
                        .with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + meeting + "#previous"));
        assertThat(done(task.id())).as("refused without a reason").isEqualTo(task.done());

        mvc.perform(post("/meetings/" + meeting + "/tasks/" + task.id() + "/done")
                        .param("done", Boolean.toString(!task.done()))
                        .param("correctionReason", "Bổ sung kết quả kiểm tra nhiệm vụ sau cuộc họp")
                        .session(secretary)
                        .with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + meeting + "#previous"));
        assertThat(done(task.id())).isEqualTo(!task.done());
        assertThat(corrections(meeting)).isEqualTo(correctionsBefore + 1);
    }

    @Test
    void aMeetingReviewsOnlyItsOwnPreviousTasks() throws Exception {
        long meeting = closedMeetingWithPreviousTasks();
        long stranger = jdbc.sql("SELECT t.id FROM meetings.task t JOIN meetings.meeting m ON m.id = t.meeting_id"
                        + " JOIN organizations.organization o ON o.id = m.organization_id"
                        + " WHERE o.name <> :n ORDER BY t.id LIMIT 1")
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        boolean before = done(stranger);
        mvc.perform(post("/meetings/" + meeting + "/tasks/" + stranger + "/done")
                        .param("done", Boolean.toString(!before))
                        .param("correctionReason", "Thử đánh dấu nhiệm vụ của chi bộ khác")
                        .session(login("capuy"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(done(stranger)).isEqualTo(before);
    }

    private long closedMeetingWithPreviousTasks() {
        return jdbc
                .sql(
                        """
                        SELECT m.id FROM meetings.meeting m JOIN organizations.organization o ON o.id = m.organization_id
                        WHERE o.name = :n AND m.status = 'CLOSED' AND m.kind IN ('REGULAR', 'COMBINED', 'MODEL')
                        ORDER BY m.meeting_date DESC
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .list()
                .stream()
                .filter(id -> !meetings.details(CurrentUser.system(), MeetingId.of(id))
                        .previousTasks()
                        .isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private boolean done(long task) {
        return jdbc.sql("SELECT done FROM meetings.task WHERE id = :t")
                .param("t", task)
                .query(Boolean.class)
                .single();
    }

    private long corrections(long meeting) {
        return jdbc.sql("SELECT count(*) FROM meetings.correction WHERE meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .single();
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
