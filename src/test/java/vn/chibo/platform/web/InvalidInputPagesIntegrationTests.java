package vn.chibo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/**
 * Refused input on a page's form takes one path ({@code OnInvalidInput} and {@code ErrorHandling}): back to the form's
 * page and section, where the next page shows the field's label and the reason in Vietnamese; nothing is written. The
 * API keeps its JSON 400 naming the field.
 */
@ChiboIntegrationTest
class InvalidInputPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedMeetingFormGoesBackToItsSectionWithTheFieldNamed() throws Exception {
        long meeting = jdbc.sql(
                        """
                        SELECT m.id FROM meetings.meeting m JOIN organizations.organization o ON o.id = m.organization_id
                        WHERE o.name = :n AND m.status = 'CLOSED' ORDER BY m.id LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        long guests = count("SELECT count(*) FROM meetings.guest WHERE meeting_id = :m", meeting);
        long corrections = count("SELECT count(*) FROM meetings.correction WHERE meeting_id = :m", meeting);
        MockHttpSession bithu = login("bithu");

        mvc.perform(post("/meetings/{id}/guests", meeting)
                        .session(bithu)
                        .with(csrf())
                        .param("fullName", "Nguyễn Văn Khách"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + meeting + "#guests"))
                .andExpect(flash().attribute("errorSection", "guests"));

        String page = page(mvc.perform(get("/meetings/{id}", meeting).session(bithu))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("Lý do đính chính: Biên bản đã khóa: mọi chỉnh sửa phải ghi lý do đính chính.");
        assertThat(count("SELECT count(*) FROM meetings.guest WHERE meeting_id = :m", meeting))
                .as("nothing written")
                .isEqualTo(guests);
        assertThat(count("SELECT count(*) FROM meetings.correction WHERE meeting_id = :m", meeting))
                .isEqualTo(corrections);
        // The message is shown once: the next visit is clean.
        assertThat(page(mvc.perform(get("/meetings/{id}", meeting).session(bithu))
                        .andReturn()))
                .doesNotContain("Lý do đính chính: Biên bản đã khóa");
    }

    @Test
    void aRefusedAttendanceFormChangesNobodysPresence() throws Exception {
        long meeting = jdbc.sql(
                        """
                        SELECT m.id FROM meetings.meeting m JOIN organizations.organization o ON o.id = m.organization_id
                        WHERE o.name = :n AND m.status IN ('HELD', 'CLOSED')
                          AND (SELECT count(*) FROM meetings.attendance a WHERE a.meeting_id = m.id
                               AND a.standing = 'ACTIVE' AND a.attendee = 'MEMBER' AND a.presence = 'PRESENT') >= 2
                        ORDER BY m.id LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        java.util.List<Long> present = jdbc.sql(
                        """
                        SELECT member_id FROM meetings.attendance WHERE meeting_id = :m AND standing = 'ACTIVE'
                          AND attendee = 'MEMBER' AND presence = 'PRESENT' ORDER BY member_id LIMIT 2
                        """)
                .param("m", meeting)
                .query(Long.class)
                .list();
        long corrections = count("SELECT count(*) FROM meetings.correction WHERE meeting_id = :m", meeting);
        MockHttpSession bithu = login("bithu");
        // The first change is good (an excused absence with its reason), the second lacks its reason.
        mvc.perform(post("/meetings/{id}/attendance", meeting)
                        .session(bithu)
                        .with(csrf())
                        .param("correctionReason", "Ghi nhầm người vắng mặt")
                        .param("presence_" + present.get(0), "ABSENT_EXCUSED")
                        .param("reason_" + present.get(0), "Đi công tác")
                        .param("presence_" + present.get(1), "ABSENT_EXCUSED")
                        .param("reason_" + present.get(1), ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + meeting + "#attendance"));
        assertThat(count(
                        "SELECT count(*) FROM meetings.attendance WHERE meeting_id = :m AND presence <> 'PRESENT'"
                                + " AND member_id IN (" + present.get(0) + ", " + present.get(1) + ")",
                        meeting))
                .as("all or nothing: the good change was not kept either")
                .isZero();
        assertThat(count("SELECT count(*) FROM meetings.correction WHERE meeting_id = :m", meeting))
                .isEqualTo(corrections);
        // The good change alone is taken: the refusal above was the whole form's, not this change's.
        mvc.perform(post("/meetings/{id}/attendance", meeting)
                        .session(bithu)
                        .with(csrf())
                        .param("correctionReason", "Ghi nhầm người vắng mặt")
                        .param("presence_" + present.get(0), "ABSENT_EXCUSED")
                        .param("reason_" + present.get(0), "Đi công tác"))
                .andExpect(status().isFound());
        assertThat(count(
                        "SELECT count(*) FROM meetings.attendance WHERE meeting_id = :m AND presence = 'ABSENT_EXCUSED'"
                                + " AND member_id = " + present.get(0),
                        meeting))
                .isEqualTo(1);
        // Back as the demo had it, for the other tests sharing these data.
        mvc.perform(post("/meetings/{id}/attendance", meeting)
                        .session(bithu)
                        .with(csrf())
                        .param("correctionReason", "Trả lại như cũ")
                        .param("presence_" + present.get(0), "PRESENT")
                        .param("reason_" + present.get(0), ""))
                .andExpect(status().isFound());
        // A value that is no presence at all is refused the same way, never a 500.
        mvc.perform(post("/meetings/{id}/attendance", meeting)
                        .session(bithu)
                        .with(csrf())
                        .param("presence_" + present.get(0), "VANG_MAT"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings/" + meeting + "#attendance"));
    }

    @Test
    void aRefusedOrganizationFormGoesBackToItsSectionWithTheFieldNamed() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        long units = count("SELECT count(*) FROM organizations.unit WHERE organization_id = :m", branch);
        MockHttpSession capuy = login("capuy");

        // Refused by the rules.
        mvc.perform(post("/organizations/{id}/units", branch)
                        .session(capuy)
                        .with(csrf())
                        .param("name", "Trường Tiểu học Thử")
                        .param("kind", "PRIMARY_SCHOOL")
                        .param("managers", "-2"))
                .andExpect(redirectedUrl("/organizations/" + branch + "#units"));
        assertThat(page(mvc.perform(get("/organizations/{id}", branch).session(capuy))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Số cán bộ quản lý: Phải là số từ 0 đến 100000.");

        // Not even a number: refused by the binding, on the same path.
        mvc.perform(post("/organizations/{id}/units", branch)
                        .session(capuy)
                        .with(csrf())
                        .param("name", "Trường Tiểu học Thử")
                        .param("kind", "PRIMARY_SCHOOL")
                        .param("teachers", "bốn mươi"))
                .andExpect(redirectedUrl("/organizations/" + branch + "#units"));
        assertThat(page(mvc.perform(get("/organizations/{id}", branch).session(capuy))
                        .andReturn()))
                .contains("Số giáo viên: Giá trị \"bốn mươi\" không hợp lệ.");
        assertThat(count("SELECT count(*) FROM organizations.unit WHERE organization_id = :m", branch))
                .isEqualTo(units);
    }

    @Test
    void theWayBackIsBuiltFromThePathTheHandlerAndTheRequestWithWhatWasTypedEncoded() throws Exception {
        mvc.perform(post("/test-invalid/{id}", "7")
                        .session(login("admin"))
                        .with(csrf())
                        .param("tab", "mục #2")
                        .param("filter", "a&b=c")
                        .param("ignored", "x"))
                .andExpect(status().isFound())
                .andExpect(
                        redirectedUrl("/test-invalid/7/gi%E1%BB%AF%2Fl%E1%BA%A1i?filter=a%26b%3Dc#m%E1%BB%A5c%20%232"))
                .andExpect(flash().attribute("errorSection", "mục #2"))
                .andExpect(flash().attribute("error", "Họ và tên: Không được để trống."));
    }

    @Test
    void withoutAWayBackTheRefusalIsThe400Page() throws Exception {
        mvc.perform(post("/test-invalid-nowhere").session(login("admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Không được để trống.")));
    }

    @Test
    void theApiStillAnswersJson400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/test-invalid")
                        .with(httpBasic("admin", DemoFixtures.PASSWORD))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("fullName"))
                .andExpect(jsonPath("$.errors[0].message").value("Không được để trống."));
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("m", id).query(Long.class).single();
    }

    private static String page(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    private MockHttpSession login(String username) throws Exception {
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
