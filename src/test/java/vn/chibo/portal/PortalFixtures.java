package vn.chibo.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;

/** The demo portals and helpers to write, publish and read articles in tests. */
final class PortalFixtures {

    static final String MAIN = "so-gddt-binh-son";
    static final String NGUYEN_TRAI = "thpt-nguyen-trai";
    static final String LE_LOI = "thpt-le-loi";

    private PortalFixtures() {}

    static SiteId site(JdbcClient jdbc, String slug) {
        return SiteId.of(jdbc.sql("SELECT id FROM portal.site WHERE slug = :s")
                .param("s", slug)
                .query(Long.class)
                .single());
    }

    static ArticleStatus status(JdbcClient jdbc, ArticleId id) {
        return ArticleStatus.valueOf(jdbc.sql("SELECT status FROM portal.article WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .single());
    }

    static String slug(JdbcClient jdbc, ArticleId id) {
        return jdbc.sql("SELECT slug FROM portal.article WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    static ArticleDraft draft(SiteId site, String title) {
        return new ArticleDraft(
                site,
                title,
                null,
                "Sapo của bài " + title + ".",
                "<p>Nội dung của bài viết " + title + " dành cho kiểm thử.</p>",
                "Ban Biên tập",
                List.of(),
                List.of("kiểm thử"),
                null,
                null,
                false);
    }

    /** Writes, submits and publishes an article as the system. */
    static ArticleId published(ArticleManagement articles, ArticleWorkflow workflow, SiteId site, String title) {
        ArticleId id = articles.create(CurrentUser.system(), draft(site, title));
        workflow.submit(CurrentUser.system(), id, Map.of());
        workflow.approve(CurrentUser.system(), id, null);
        return id;
    }

    /** An editor whose grant covers only one organization, signed in through the login form. */
    static MockHttpSession editorOf(
            MockMvc mvc, UserManagement users, JdbcClient jdbc, String username, String organization, Role role)
            throws Exception {
        if (users.findId(username).isEmpty()) {
            long id = users.createUser(
                    CurrentUser.system(), username, "Biên tập viên " + username, DemoFixtures.PASSWORD, false);
            users.grant(CurrentUser.system(), id, new Grant(DemoFixtures.organizationId(jdbc, organization), role));
        }
        return login(mvc, username);
    }

    static MockHttpSession login(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    static CurrentUser user(JdbcClient jdbc, String organization, Role role) {
        return new CurrentUser(
                999_000,
                "kiemthu",
                "Người kiểm thử",
                List.of(new Grant(DemoFixtures.organizationId(jdbc, organization), role)));
    }
}
