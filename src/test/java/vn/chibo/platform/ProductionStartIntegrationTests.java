package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.TestDatabase;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteDraft;

/** A production start (no profile): no demo data, and a first administrator who must change the password. */
@SpringBootTest(
        properties = {"CHIBO_ADMIN_PASSWORD=first-start-secret", "chibo.portal.base-url=https://cong.chibo.example"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
class ProductionStartIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortalManagement portal;

    @Test
    void theFirstStartCreatesOnlyTheAdministratorWhoMustChangeThePassword() throws Exception {
        assertThat(jdbc.sql("SELECT count(*) FROM organizations.organization")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT username FROM platform.app_user")
                        .query(String.class)
                        .list())
                .containsExactly("admin");
        assertThat(jdbc.sql("SELECT password_hash FROM platform.app_user")
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt}")
                .doesNotContain("first-start-secret");

        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "first-start-secret")
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession(false);
        mvc.perform(get("/organizations").session(session)).andExpect(redirectedUrl("/account/password"));
        // The API has no form to send her to: it refuses the temporary password until it is changed.
        mvc.perform(get("/api/v1/organizations").with(httpBasic("admin", "first-start-secret")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("/account/password")));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "first-start-secret")
                        .param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Mật khẩu phải có ít nhất 10 ký tự.")));

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "first-start-secret")
                        .param("newPassword", "a-much-better-secret")
                        .param("confirmPassword", "a-much-better-secret"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/organizations").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations").with(httpBasic("admin", "a-much-better-secret")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'user.password.change'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void healthReportsTheDatabaseAndInfoTheVersion() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/info"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.version").exists())
                .andExpect(jsonPath("$.git.commit.id").isNotEmpty());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void noPortalMayTakeChibosOwnHostName() {
        // chibo.portal.base-url is https://cong.chibo.example here: its host answers ChiBo's own root page.
        for (String host : new String[] {"cong.chibo.example", "CONG.Chibo.Example"}) {
            assertThatThrownBy(() -> portal.createSite(
                            CurrentUser.system(),
                            new SiteDraft(
                                    OrganizationId.of(1),
                                    "truong-thpt-le-loi",
                                    host,
                                    false,
                                    "Chi bộ Trường THPT Lê Lợi",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("portal.site.host.application"));
        }
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organizations']").exists());
    }
}
