package vn.chibo.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/** An administrator of a fresh install creates the accounts of a branch through the pages. */
@ChiboIntegrationTest
class UserAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorCreatesASecretaryWhoThenSeesOnlyHerBranch() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        MockHttpSession admin = login("admin", DemoFixtures.PASSWORD);
        mvc.perform(post("/admin/users")
                        .session(admin)
                        .with(csrf())
                        .param("username", "bithu.leloi")
                        .param("fullName", "Đinh Thị Thu Hà")
                        .param("password", "tam-thoi-2026")
                        .param("role", "SECRETARY")
                        .param("organizationId", Long.toString(branch)))
                .andExpect(redirectedUrlPattern("/admin/users/*"));

        MockHttpSession secretary = login("bithu.leloi", "tam-thoi-2026");
        mvc.perform(get("/organizations").session(secretary)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password")
                        .session(secretary)
                        .with(csrf())
                        .param("currentPassword", "tam-thoi-2026")
                        .param("newPassword", "mat-khau-rieng-cua-ha")
                        .param("confirmPassword", "mat-khau-rieng-cua-ha"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/organizations/" + branch).session(secretary)).andExpect(status().isOk());
        long otherBranch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        mvc.perform(get("/organizations/" + otherBranch).session(secretary)).andExpect(status().isNotFound());
    }

    @Test
    void aBadUsernameIsExplainedAndNothingIsCreated() throws Exception {
        MockHttpSession admin = login("admin", DemoFixtures.PASSWORD);
        long before = jdbc.sql("SELECT count(*) FROM platform.app_user")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users")
                        .session(admin)
                        .with(csrf())
                        .param("username", "tên có dấu")
                        .param("fullName", "Người thử")
                        .param("password", "mat-khau-du-dai")
                        .param("role", "MEMBER"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tên đăng nhập: Tên đăng nhập chỉ gồm")));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.app_user")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aRoleWithoutItsOrganizationIsExplainedAndNoAccountIsLeftBehind() throws Exception {
        MockHttpSession admin = login("admin", DemoFixtures.PASSWORD);
        mvc.perform(post("/admin/users")
                        .session(admin)
                        .with(csrf())
                        .param("username", "thieutochuc")
                        .param("fullName", "Người thiếu tổ chức")
                        .param("password", "mat-khau-du-dai")
                        .param("role", "SECRETARY"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vai trò này phải gắn với một tổ chức.")));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.app_user WHERE username = 'thieutochuc'")
                        .query(Long.class)
                        .single())
                .as("the account and its grant are written together or not at all")
                .isZero();
    }

    @Test
    void aLockedAccountCannotSignIn() throws Exception {
        MockHttpSession admin = login("admin", DemoFixtures.PASSWORD);
        mvc.perform(post("/admin/users")
                .session(admin)
                .with(csrf())
                .param("username", "sebikhoa")
                .param("fullName", "Người sẽ bị khóa")
                .param("password", "mat-khau-du-dai")
                .param("role", "MEMBER")
                .param("organizationId", Long.toString(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH))));
        long id = jdbc.sql("SELECT id FROM platform.app_user WHERE username = 'sebikhoa'")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/" + id + "/enabled")
                        .session(admin)
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(post("/login")
                        .param("username", "sebikhoa")
                        .param("password", "mat-khau-du-dai")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'user.disable' AND entity_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(get("/admin/users").session(login("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").session(login("admin", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tongbientap")));
    }

    MockHttpSession login(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
