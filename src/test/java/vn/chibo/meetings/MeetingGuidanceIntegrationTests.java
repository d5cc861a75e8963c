package vn.chibo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/**
 * The committees' monthly guidance of branch meetings on the demo's tree (the clock of the tests: 6/12/2026): the
 * sector committee's guidance reaches its branches nearest committee first, is corrected and withdrawn with an audit
 * record, refuses bad input by field without writing, and the pages, the meeting and the API show it within scope.
 */
@ChiboIntegrationTest
class MeetingGuidanceIntegrationTests {

    @Autowired
    MeetingGuidance guidance;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private CurrentUser committee() {
        return new CurrentUser(9503, "capuy-hd", "Cấp ủy", List.of(new Grant(sector().value(), Role.COMMITTEE)));
    }

    private OrganizationId sector() {
        return OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
    }

    private OrganizationId branch() {
        return OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
    }

    @Test
    void theDemoGuidanceReachesTheBranchAndMarksTheLateOne() {
        List<MonthlyGuidance> received = guidance.receivedBy(committee(), branch(), 2026);
        assertThat(received)
                .extracting(g -> g.month().toString() + " " + g.late())
                .contains("2026-11 false", "2026-12 true");
        assertThat(received).allMatch(g -> g.organizationName().equals(DemoFixtures.SECTOR_COMMITTEE));
    }

    @Test
    void aSubCommitteesGuidanceComesBeforeTheSectorsForItsBranches() {
        long n = System.nanoTime() % 100000;
        OrganizationId sub = organizations.create(
                committee(), sector(), organization("Đảng bộ bộ phận Hướng dẫn " + n, OrganizationType.SUB_COMMITTEE));
        OrganizationId branch =
                organizations.create(committee(), sub, organization("Chi bộ Hướng dẫn " + n, OrganizationType.BRANCH));
        YearMonth january = YearMonth.of(2027, 1);
        guidance.issue(committee(), sector(), january, draft("Nội dung của Đảng ủy Sở tháng 1", null));
        guidance.issue(committee(), sub, january, draft("Nội dung của đảng bộ bộ phận tháng 1", "Chuyên đề A"));

        assertThat(guidance.forMonth(committee(), branch, january))
                .extracting(MonthlyGuidance::content)
                .containsExactly("Nội dung của đảng bộ bộ phận tháng 1", "Nội dung của Đảng ủy Sở tháng 1");
        // The sector's branches outside the sub-committee get the sector's alone.
        assertThat(guidance.forMonth(committee(), branch(), january))
                .extracting(MonthlyGuidance::content)
                .containsExactly("Nội dung của Đảng ủy Sở tháng 1");
    }

    @Test
    void aCorrectionIsAuditedWithBothValuesAndAWithdrawalRemovesIt() {
        long n = System.nanoTime() % 100000;
        OrganizationId sub = organizations.create(
                committee(),
                sector(),
                organization("Đảng bộ bộ phận Sửa Hướng dẫn " + n, OrganizationType.SUB_COMMITTEE));
        YearMonth february = YearMonth.of(2027, 2);
        MonthlyGuidance first = guidance.issue(committee(), sub, february, draft("Bản đầu", null));
        MonthlyGuidance corrected = guidance.issue(committee(), sub, february, draft("Bản sửa", "Chuyên đề B"));

        assertThat(corrected.id()).isEqualTo(first.id());
        assertThat(guidance.issuedBy(committee(), sub, 2027))
                .extracting(MonthlyGuidance::content)
                .containsExactly("Bản sửa");
        assertThat(jdbc.sql("SELECT (before_value->>'content') || '>' || (after_value->>'content')"
                                + " FROM platform.audit_log WHERE action = 'guidance.update' AND entity_id = :id")
                        .param("id", Long.toString(first.id()))
                        .query(String.class)
                        .single())
                .isEqualTo("Bản đầu>Bản sửa");

        guidance.withdraw(committee(), sub, february);
        assertThat(guidance.issuedBy(committee(), sub, 2027)).isEmpty();
        assertThatThrownBy(() -> guidance.withdraw(committee(), sub, february)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void badInputIsRefusedByFieldAndWritesNothing() {
        long before = count();
        assertThat(refusal(() -> guidance.issue(committee(), sector(), YearMonth.of(2027, 3), draft("  ", null))))
                .isEqualTo("content");
        assertThat(refusal(() -> guidance.issue(
                        committee(),
                        sector(),
                        YearMonth.of(2027, 3),
                        new GuidanceDraft(null, LocalDate.of(2026, 12, 7), "Nội dung", null))))
                .isEqualTo("issuedOn");
        assertThat(refusal(() -> guidance.issue(committee(), sector(), YearMonth.of(2028, 1), draft("Nội dung", null))))
                .isEqualTo("month");
        assertThat(refusal(() -> guidance.issue(
                        committee(), branch(), YearMonth.of(2027, 3), draft("Chi bộ tự ban hành", null))))
                .isEqualTo("organization");
        assertThat(refusal(() -> guidance.issue(
                        committee(), sector(), YearMonth.of(2027, 3), draft("Nội dung", "x".repeat(501)))))
                .isEqualTo("thematicTopic");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void thePagesShowTheGuidanceWithinScopeAndKeepWhatWasTypedOnARefusal() throws Exception {
        // The branch's secretary reads what she received, on the guidance page, her meeting of the month and home.
        mvc.perform(get("/meetings/guidance")
                        .param("org", Long.toString(branch().value()))
                        .with(signedIn("bithu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tháng 12/2026")))
                .andExpect(content().string(containsString("ban hành sau ngày 20/11/2026")))
                .andExpect(content().string(not(containsString("Ban hành hoặc sửa hướng dẫn"))));
        long meeting = jdbc.sql("SELECT id FROM meetings.meeting WHERE organization_id = :org"
                        + " AND meeting_date BETWEEN '2026-12-01' AND '2026-12-31' ORDER BY meeting_date LIMIT 1")
                .param("org", branch().value())
                .query(Long.class)
                .single();
        mvc.perform(get("/meetings/" + meeting).with(signedIn("bithu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hướng dẫn của cấp trên cho tháng này")))
                .andExpect(content().string(containsString("11-HD/ĐU")));
        mvc.perform(get("/").with(signedIn("bithu")))
                .andExpect(content().string(containsString("Hướng dẫn sinh hoạt chi bộ tháng này")));
        // The calendar's heading writes the year as a year.
        mvc.perform(get("/meetings").with(signedIn("bithu")))
                .andExpect(content().string(containsString("/meetings/guidance?org=")))
                .andExpect(content().string(containsString("Lịch sinh hoạt năm 2026")));

        // The committee issues from the page; a refusal shows the form again with what was typed.
        String org = Long.toString(sector().value());
        mvc.perform(post("/meetings/guidance")
                        .with(signedIn("capuy"))
                        .with(csrf())
                        .param("org", org)
                        .param("month", "2027-04")
                        .param("issuedOn", "2026-12-31")
                        .param("content", "Nội dung đã gõ, không được mất"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nội dung đã gõ, không được mất")))
                .andExpect(content().string(containsString("Ngày ban hành không được sau hôm nay.")));
        mvc.perform(post("/meetings/guidance")
                        .with(signedIn("capuy"))
                        .with(csrf())
                        .param("org", org)
                        .param("month", "2027-04")
                        .param("issuedOn", "2026-12-05")
                        .param("documentNumber", "99-HD/ĐU")
                        .param("content", "Nội dung tháng 4"))
                .andExpect(redirectedUrl("/meetings/guidance?org=" + org + "&year=2027"));
        assertThat(guidance.forMonth(committee(), branch(), YearMonth.of(2027, 4)))
                .extracting(MonthlyGuidance::documentNumber)
                .containsExactly("99-HD/ĐU");
    }

    @Test
    void theApiDoesWhatThePagesDoWithTheSameScope() throws Exception {
        String org = Long.toString(sector().value());
        mvc.perform(
                        put("/api/v1/meetings/guidance/" + org + "/2027-05")
                                .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"documentNumber": "5-HD/ĐU", "issuedOn": "2026-12-01",
                                 "content": "Nội dung qua API", "thematicTopic": "Chuyên đề qua API"}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2027-05"))
                .andExpect(jsonPath("$.late").value(false));
        mvc.perform(get("/api/v1/meetings/guidance/" + branch().value())
                        .param("year", "2027")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.month == '2027-05')].content").value("Nội dung qua API"));
        mvc.perform(put("/api/v1/meetings/guidance/" + org + "/2027-05")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("content"));
        // A branch's secretary neither issues for the sector nor withdraws its guidance.
        mvc.perform(put("/api/v1/meetings/guidance/" + org + "/2027-05")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\": \"Bí thư chi bộ sửa\"}"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        mvc.perform(delete("/api/v1/meetings/guidance/" + org + "/2027-05")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        mvc.perform(delete("/api/v1/meetings/guidance/" + org + "/2027-05")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM meetings.monthly_guidance")
                .query(Long.class)
                .single();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }

    private static GuidanceDraft draft(String content, String topic) {
        return new GuidanceDraft(null, LocalDate.of(2026, 12, 1), content, topic);
    }

    private static OrganizationDraft organization(String name, OrganizationType type) {
        return new OrganizationDraft(name, null, type, "Bình Sơn", null, null, null, LocalDate.of(2000, 1, 1), null);
    }

    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    /** Signed in through the login form, as in a browser. */
    private RequestPostProcessor signedIn(String username) throws Exception {
        MockHttpSession session = sessions.get(username);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(post("/login")
                            .param("username", username)
                            .param("password", DemoFixtures.PASSWORD)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/"))
                    .andReturn()
                    .getRequest()
                    .getSession(false);
            sessions.put(username, session);
        }
        MockHttpSession signed = session;
        return request -> {
            request.setSession(signed);
            return request;
        };
    }
}
