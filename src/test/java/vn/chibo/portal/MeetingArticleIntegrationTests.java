package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/** A closed meeting becomes a draft article that enters the portal's editorial workflow. */
@ChiboIntegrationTest
class MeetingArticleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorTurnsAClosedMeetingIntoADraftArticle() throws Exception {
        long meeting = jdbc.sql(
                        """
                        SELECT m.id FROM meetings.meeting m JOIN organizations.organization o ON o.id = m.organization_id
                        WHERE o.name = :n AND m.status = 'CLOSED' AND m.kind = 'REGULAR' ORDER BY m.meeting_date DESC LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        MockHttpSession editor = login("tongbientap");
        // The branch first releases the draft to the portal's editors, who may not read its meetings.
        mvc.perform(post("/meetings/" + meeting + "/news/release")
                        .session(login("bithu"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + meeting + "/news"));
        mvc.perform(get("/portal/meetings/" + meeting).session(editor)).andExpect(status().isOk());
        long site = jdbc.sql(
                        "SELECT s.id FROM portal.site s JOIN organizations.organization o ON o.id = s.organization_id"
                                + " WHERE o.name = :n ORDER BY s.id LIMIT 1")
                .param("n", DemoFixtures.SECTOR_COMMITTEE)
                .query(Long.class)
                .single();
        long before = jdbc.sql("SELECT count(*) FROM portal.article")
                .query(Long.class)
                .single();
        mvc.perform(post("/portal/meetings/" + meeting)
                        .session(editor)
                        .with(csrf())
                        .param("site", Long.toString(site)))
                .andExpect(redirectedUrlPattern("/portal/articles/*"));
        assertThat(jdbc.sql("SELECT count(*) FROM portal.article")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
        String status = jdbc.sql("SELECT status FROM portal.article ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
        String title = jdbc.sql("SELECT title FROM portal.article ORDER BY id DESC LIMIT 1")
                .query(String.class)
                .single();
        assertThat(status).isEqualTo("DRAFT");
        assertThat(title).contains(DemoFixtures.BITHU_BRANCH);

        // Someone who neither records the branch's meetings nor edits a portal does not see the meeting at all.
        long otherBranch = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        assertThat(otherBranch).isPositive();
        mvc.perform(post("/portal/meetings/" + meeting)
                        .session(login("bithu"))
                        .with(csrf())
                        .param("site", Long.toString(site)))
                .andExpect(status().isForbidden());
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
