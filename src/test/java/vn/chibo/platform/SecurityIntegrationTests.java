package vn.chibo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

@ChiboIntegrationTest
class SecurityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/organizations")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"vi\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")));
    }

    @Test
    void anonymousApiCallsGet401InVietnamese() throws Exception {
        mvc.perform(get("/api/v1/organizations"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("Cần đăng nhập."));
        // From the message bundles, in the language the caller chose (the pages' language cookie).
        mvc.perform(get("/api/v1/organizations").cookie(new jakarta.servlet.http.Cookie("chibo-lang", "en")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.message").value("Sign-in required."));
    }

    @Test
    void aSecretarySeesHerBranchButNotAnotherOne() throws Exception {
        long own = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        long other = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        MockHttpSession session = login("bithu", DemoFixtures.PASSWORD);

        mvc.perform(get("/organizations/" + own).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(DemoFixtures.BITHU_BRANCH)));
        mvc.perform(get("/organizations/" + other).session(session))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Không tìm thấy trang")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));

        mvc.perform(get("/api/v1/organizations/" + own).with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.name").value(DemoFixtures.BITHU_BRANCH));
        mvc.perform(get("/api/v1/organizations/" + other).with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organizations").with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].organization.name").value(DemoFixtures.BITHU_BRANCH));
    }

    @Test
    void aSecretaryMayEditHerBranchButNotRestructureIt() throws Exception {
        long own = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        MockHttpSession session = login("bithu", DemoFixtures.PASSWORD);
        mvc.perform(get("/organizations/" + own + "/edit").session(session)).andExpect(status().isOk());
        mvc.perform(get("/organizations/" + own + "/dissolve").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/new")
                        .param("parent", Long.toString(own))
                        .session(session))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCommitteeSeesItsWholeSubtree() throws Exception {
        mvc.perform(get("/api/v1/organizations").with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].organization.name").value(DemoFixtures.SECTOR_COMMITTEE))
                .andExpect(jsonPath("$[0].children.length()").value(16));
    }

    @Test
    void theCommitteeBrowsesItsNestedTree() throws Exception {
        mvc.perform(get("/organizations").session(login("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tổ đảng Toán – Tin học")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(DemoFixtures.OTHER_BRANCH)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("Đảng bộ huyện Đông Sơn"))));
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        long own = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        MockHttpSession session = login("bithu", DemoFixtures.PASSWORD);
        mvc.perform(post("/organizations/" + own + "/terms").session(session).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "bithu").param("password", DemoFixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void loginChangesTheSessionId() throws Exception {
        MockHttpSession anonymous = new MockHttpSession();
        String before = anonymous.getId();
        MvcResult result = mvc.perform(post("/login")
                        .session(anonymous)
                        .param("username", "bithu")
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void theScriptsAndStylesThePagesNameAreServedByTheApp() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher assets = java.util.regex.Pattern.compile(
                        "(?:src|href)=\"(/(?:webjars|css|js|images)/[^\"]+)\"")
                .matcher(page);
        int found = 0;
        while (assets.find()) {
            found++;
            mvc.perform(get(assets.group(1))).andExpect(status().isOk());
        }
        assertThat(found).isGreaterThanOrEqualTo(4);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("object-src 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void onlyAdministratorsBrowseTheAuditLog() throws Exception {
        mvc.perform(get("/admin/audit").session(login("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")
                        .param("entityType", "Organization")
                        .session(login("admin", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("organization.create")));
    }

    @Test
    void aMalformedIdIsANotFoundPageNotAStackTrace() throws Exception {
        mvc.perform(get("/organizations/abc").session(login("admin", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("at vn.chibo"))));
    }

    @Test
    void theSessionDoesNotKeepThePasswordHash() throws Exception {
        MockHttpSession session = login("bithu", DemoFixtures.PASSWORD);
        org.springframework.security.core.context.SecurityContext context =
                (org.springframework.security.core.context.SecurityContext)
                        session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(((org.springframework.security.core.userdetails.UserDetails)
                                context.getAuthentication().getPrincipal())
                        .getPassword())
                .isNull();
    }

    MockHttpSession login(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
