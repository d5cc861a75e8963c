package vn.chibo.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationAccess;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Permission;
import vn.chibo.platform.Role;

/**
 * A reader who may see the branch's dues (DUES_VIEW) but not record them (no DUES_MANAGE), such as an inspector of the
 * level above: she reads the sheets and a member's basis with no form to record anything, and every change she sends,
 * on the pages and in the API, is refused (403) with nothing written. No role grants DUES_VIEW alone today, so the
 * test takes DUES_MANAGE away from one account of the sector's committee; everything else, PostgreSQL included, is
 * real. A context of its own, since the access checks are watched.
 */
@ChiboIntegrationTest
class DuesViewerIntegrationTests {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final String VIEWER = "kiemtra";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DuesManagement dues;

    @MockitoSpyBean
    OrganizationAccess access;

    CurrentUser viewer;
    CurrentUser manager;
    long branch;
    long member;

    @BeforeEach
    void viewerWithoutDuesManage() {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        viewer = new CurrentUser(9501, VIEWER, "Kiểm tra viên", List.of(new Grant(sector, Role.COMMITTEE)));
        manager = new CurrentUser(9502, "capuy2", "Cấp ủy", List.of(new Grant(sector, Role.COMMITTEE)));
        doAnswer(call -> {
                    @SuppressWarnings("unchecked")
                    Set<Permission> held = (Set<Permission>) call.callRealMethod();
                    if (call.<CurrentUser>getArgument(0).username().equals(VIEWER)) {
                        held.remove(Permission.DUES_MANAGE);
                    }
                    return held;
                })
                .when(access)
                .permissions(any(), any());
        doAnswer(call -> {
                    if (call.<CurrentUser>getArgument(0).username().equals(VIEWER)
                            && call.getArgument(2) == Permission.DUES_MANAGE) {
                        throw new ForbiddenException("Missing DUES_MANAGE");
                    }
                    return call.callRealMethod();
                })
                .when(access)
                .require(any(), any(OrganizationId.class), any());
        branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        member = dues.sheet(manager, OrganizationId.of(branch), DECEMBER)
                .lines()
                .get(0)
                .memberId()
                .value();
    }

    static RequestPostProcessor as(CurrentUser user) {
        CurrentUsers.HasCurrentUser principal = () -> user;
        return authentication(new TestingAuthenticationToken(principal, null, "ROLE_USER"));
    }

    String page(CurrentUser user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theViewerReadsTheSheetsAndAMembersBasisWithoutAnyForm() throws Exception {
        String open = page(viewer, "/dues/" + branch + "?month=2026-12");
        String closed = page(viewer, "/dues/" + branch + "?month=2026-11");
        String basis = page(viewer, "/dues/" + branch + "/members/" + member);
        assertThat(open).contains("Bảng thu đảng phí tháng 12/2026").contains("id=\"dues-lines\"");
        assertThat(closed).contains("Đã khóa sổ");
        assertThat(basis).contains("Căn cứ tính theo thời gian");
        for (String form : List.of(
                "/dues/" + branch + "/payments\"",
                "/dues/" + branch + "/payments/cancel\"",
                "/dues/" + branch + "/close\"")) {
            assertThat(open).doesNotContain(form);
        }
        assertThat(closed).doesNotContain("/dues/" + branch + "/corrections\"");
        for (String form : List.of("/basis\"", "/relief\"", "/excuse\"")) {
            assertThat(basis).doesNotContain("/dues/" + branch + "/members/" + member + form);
        }
        assertThat(dues.member(viewer, OrganizationId.of(branch), vn.chibo.members.MemberId.of(member))
                        .manageable())
                .isFalse();

        // The same pages show the forms to the branch's managers, so the checks above look at the right thing.
        assertThat(page(manager, "/dues/" + branch + "?month=2026-12"))
                .contains("/dues/" + branch + "/payments\"")
                .contains("/dues/" + branch + "/payments/cancel\"")
                .contains("/dues/" + branch + "/close\"");
        assertThat(page(manager, "/dues/" + branch + "?month=2026-11")).contains("/dues/" + branch + "/corrections\"");
        assertThat(page(manager, "/dues/" + branch + "/members/" + member))
                .contains("/dues/" + branch + "/members/" + member + "/basis\"")
                .contains("/dues/" + branch + "/members/" + member + "/relief\"")
                .contains("/dues/" + branch + "/members/" + member + "/excuse\"");
    }

    @Test
    void everyChangeTheViewerSendsIsRefusedOnThePagesAndInTheApiWithNothingWritten() throws Exception {
        String base = "/dues/" + branch;
        String api = "/api/v1/dues/" + branch;
        String members = "/members/" + member;
        long audits = duesAudits();
        long lines =
                jdbc.sql("SELECT count(*) FROM dues.line").query(Long.class).single();
        long excuses =
                jdbc.sql("SELECT count(*) FROM dues.excuse").query(Long.class).single();
        String payment = "{\"month\": \"2026-12\", \"amountPaid\": 50000, \"paidOn\": \"2026-12-05\","
                + " \"channel\": \"CASH\", \"reason\": \"Điều chỉnh\"}";
        List<MockHttpServletRequestBuilder> changes = List.of(
                form(post(base + "/payments"))
                        .param("memberId", Long.toString(member))
                        .param("amountPaid", "50000")
                        .param("paidOn", "2026-12-05")
                        .param("channel", "CASH"),
                form(post(base + "/payments/cancel"))
                        .param("memberId", Long.toString(member))
                        .param("reason", "Ghi nhầm"),
                post(base + "/corrections")
                        .param("month", "2026-11")
                        .param("memberId", Long.toString(member))
                        .param("amountPaid", "50000")
                        .param("paidOn", "2026-11-05")
                        .param("channel", "CASH")
                        .param("reason", "Điều chỉnh"),
                form(post(base + "/close")),
                form(post(base + members + "/basis"))
                        .param("category", "BHXH_SALARY")
                        .param("amount", "5000000")
                        .param("fromMonth", "2026-12"),
                form(post(base + members + "/relief"))
                        .param("reliefKind", "EXEMPTION")
                        .param("reason", "OTHER")
                        .param("fromMonth", "2026-12")
                        .param("months", "1")
                        .param("decision", "Quyết định"),
                form(post(base + members + "/excuse"))
                        .param("reason", "ILLNESS")
                        .param("fromMonth", "2026-12")
                        .param("months", "1")
                        .param("note", "Ốm"),
                json(put(api + "/payments/" + member), payment),
                json(put(api + "/corrections/" + member), payment.replace("2026-12", "2026-11")),
                json(
                        post(api + "/payments/" + member + "/cancellation"),
                        "{\"month\": \"2026-12\", \"reason\": \"x\"}"),
                json(post(api + "/close").param("month", "2026-12"), "{}"),
                json(
                        post(api + members + "/basis"),
                        "{\"category\": \"BHXH_SALARY\", \"amount\": 5000000, \"fromMonth\": \"2026-12\"}"),
                json(
                        post(api + members + "/relief"),
                        "{\"reliefKind\": \"EXEMPTION\", \"reason\": \"OTHER\", \"fromMonth\": \"2026-12\","
                                + " \"months\": 1, \"decision\": \"Quyết định\"}"),
                json(
                        post(api + members + "/excuse"),
                        "{\"reason\": \"ILLNESS\", \"fromMonth\": \"2026-12\", \"months\": 1, \"note\": \"Ốm\"}"));
        for (MockHttpServletRequestBuilder change : changes) {
            mvc.perform(change.with(as(viewer)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(duesAudits()).isEqualTo(audits);
        assertThat(jdbc.sql("SELECT count(*) FROM dues.line").query(Long.class).single())
                .isEqualTo(lines);
        assertThat(jdbc.sql("SELECT count(*) FROM dues.excuse")
                        .query(Long.class)
                        .single())
                .isEqualTo(excuses);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.param("month", "2026-12");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long duesAudits() {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action LIKE 'dues.%'")
                .query(Long.class)
                .single();
    }
}
