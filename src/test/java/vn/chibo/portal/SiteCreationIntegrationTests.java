package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;

/** An editor-in-chief opens a component portal for an organization of her subtree through the page. */
@ChiboIntegrationTest
class SiteCreationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long organizationWithoutPortal() {
        return jdbc.sql(
                        """
                        SELECT o.id FROM organizations.organization o
                        WHERE o.dissolved_on IS NULL AND o.parent_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM portal.site s WHERE s.organization_id = o.id)
                        ORDER BY o.id LIMIT 1
                        """)
                .query(Long.class)
                .single();
    }

    @Test
    void theEditorInChiefCreatesAComponentPortalWithAPathMadeFromItsName() throws Exception {
        long org = organizationWithoutPortal();
        MockHttpSession session = PortalFixtures.login(mvc, "tongbientap");
        mvc.perform(get("/portal").session(session)).andExpect(content().string(containsString("/portal/sites/new")));
        mvc.perform(get("/portal/sites/new").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + org + "\"")));

        // Bad input: no name. A Vietnamese message names the field and nothing is created.
        long before =
                jdbc.sql("SELECT count(*) FROM portal.site").query(Long.class).single();
        mvc.perform(post("/portal/sites/new")
                        .session(session)
                        .with(csrf())
                        .param("organizationId", Long.toString(org))
                        .param("name", ""))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM portal.site")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        mvc.perform(post("/portal/sites/new")
                        .session(session)
                        .with(csrf())
                        .param("organizationId", Long.toString(org))
                        .param("name", "Cổng thông tin Chi bộ Trường Tiểu học Hoa Sen")
                        .param("licence", "Số Giấy phép 12/GP-STTTT ngày 02/3/2026")
                        .param("email", "chibo.hoasen@example.edu.vn"))
                .andExpect(redirectedUrlPattern("/portal/sites/*/settings"));
        assertThat(jdbc.sql("SELECT slug FROM portal.site WHERE organization_id = :o")
                        .param("o", org)
                        .query(String.class)
                        .single())
                .isEqualTo("cong-thong-tin-chi-bo-truong-tieu-hoc-hoa-sen");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'portal.site.create'")
                        .query(Long.class)
                        .single())
                .isPositive();
        mvc.perform(get("/cong/cong-thong-tin-chi-bo-truong-tieu-hoc-hoa-sen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12/GP-STTTT")));
        // Once it has a portal, the organization is no longer offered, and a second one is refused.
        mvc.perform(post("/portal/sites/new")
                        .session(session)
                        .with(csrf())
                        .param("organizationId", Long.toString(org))
                        .param("name", "Cổng thứ hai"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aMemberOrAnEditorWithoutPublishingRightsCannotCreateAPortal() throws Exception {
        long org = organizationWithoutPortal();
        MockHttpSession member = PortalFixtures.login(mvc, "dangvien");
        mvc.perform(get("/portal/sites/new").session(member)).andExpect(status().isForbidden());
        mvc.perform(post("/portal/sites/new")
                        .session(member)
                        .with(csrf())
                        .param("organizationId", Long.toString(org))
                        .param("name", "Cổng không được phép"))
                // Refused as the form page is, before anything of the form is looked at.
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM portal.site WHERE organization_id = :o")
                        .param("o", org)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
