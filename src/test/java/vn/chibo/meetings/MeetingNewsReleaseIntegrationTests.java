package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/**
 * The portal's editors read the news draft of a closed meeting only once the branch has released it to them: before,
 * the meeting does not exist for them, as for anyone who may not read the branch's meetings.
 */
@ChiboIntegrationTest
class MeetingNewsReleaseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void editorsReadAClosedMeetingsDraftOnlyOnceTheBranchReleasedIt() throws Exception {
        long meeting = closedMeeting("COMMITTEE");
        MockHttpSession editor = login("bientap");
        MockHttpSession chief = login("tongbientap");
        MockHttpSession secretary = login("bithu");

        mvc.perform(get("/portal/meetings/" + meeting).session(editor)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/meetings/" + meeting).session(chief)).andExpect(status().isNotFound());
        mvc.perform(post("/portal/meetings/" + meeting)
                        .session(chief)
                        .with(csrf())
                        .param("site", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal").session(chief))
                .andExpect(content().string(not(containsString("/portal/meetings/" + meeting + "\""))));
        // Those who may read the meeting read its draft without any release.
        mvc.perform(get("/meetings/" + meeting + "/news").session(login("capuy")))
                .andExpect(status().isOk());

        // An editor cannot release it herself: she sees the organization but may not read its meetings.
        mvc.perform(post("/meetings/" + meeting + "/news/release")
                        .session(editor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // A member of the branch reads its meetings but does not decide what goes to the portal.
        mvc.perform(post("/meetings/" + meeting + "/news/release")
                        .session(login("dangvien"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/meetings/" + meeting + "/news/release")
                        .session(secretary)
                        .with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + meeting + "/news"));
        assertThat(audited("meeting.news.release", meeting)).isEqualTo(1);
        mvc.perform(get("/portal/meetings/" + meeting).session(editor)).andExpect(status().isOk());
        mvc.perform(get("/portal").session(chief))
                .andExpect(content().string(containsString("/portal/meetings/" + meeting + "\"")));

        mvc.perform(post("/meetings/" + meeting + "/news/release")
                        .param("released", "false")
                        .session(secretary)
                        .with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + meeting + "/news"));
        assertThat(audited("meeting.news.withdraw", meeting)).isEqualTo(1);
        mvc.perform(get("/portal/meetings/" + meeting).session(editor)).andExpect(status().isNotFound());
    }

    @Test
    void onlyAClosedMeetingIsReleased() throws Exception {
        Long open = jdbc.sql(
                        """
                        SELECT m.id FROM meetings.meeting m JOIN organizations.organization o ON o.id = m.organization_id
                        WHERE o.name = :n AND m.status <> 'CLOSED' ORDER BY m.id LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        mvc.perform(post("/meetings/" + open + "/news/release")
                        .session(login("bithu"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM meetings.news_release WHERE meeting_id = :m")
                        .param("m", open)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long closedMeeting(String preferredKind) {
        return jdbc.sql(
                        """
                        SELECT m.id FROM meetings.meeting m JOIN organizations.organization o ON o.id = m.organization_id
                        WHERE o.name = :n AND m.status = 'CLOSED'
                        ORDER BY (m.kind = :kind) DESC, m.meeting_date DESC LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .param("kind", preferredKind)
                .query(Long.class)
                .single();
    }

    private long audited(String action, long meeting) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", Long.toString(meeting))
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
