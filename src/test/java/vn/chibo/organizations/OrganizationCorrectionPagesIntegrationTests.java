package vn.chibo.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;

/** A committee member corrects the units, terms and committee seats of an organization through its pages. */
@ChiboIntegrationTest
class OrganizationCorrectionPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationUnits organizationUnits;

    @Autowired
    OrganizationTerms organizationTerms;

    final CurrentUser system = CurrentUser.system();
    OrganizationId branch;
    long unit;
    long term;
    long secretarySeat;
    long memberSeat;

    @BeforeEach
    void setUp() {
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        branch = organizations.create(
                system,
                sector,
                new OrganizationDraft(
                        "Chi bộ Trường THCS Sửa Trang " + System.nanoTime(),
                        null,
                        OrganizationType.BRANCH,
                        "Bình Sơn",
                        null,
                        null,
                        null,
                        null,
                        null));
        unit = organizationUnits.addUnit(
                system,
                branch,
                new UnitDraft(
                        "Trường THCS Hòa Bình",
                        UnitKind.LOWER_SECONDARY_SCHOOL,
                        null,
                        3,
                        40,
                        5,
                        LocalDate.of(2026, 1, 1)));
        organizationTerms.addTerm(system, branch, "2020–2025", LocalDate.of(2020, 5, 1), LocalDate.of(2025, 5, 1));
        term = organizationTerms.addTerm(
                system, branch, "2025–2027", LocalDate.of(2025, 5, 1), LocalDate.of(2027, 11, 1));
        secretarySeat = organizationTerms.addCommitteeSeat(
                system, branch, term, "Ngô Thị Hạnh", Position.SECRETARY, LocalDate.of(2025, 5, 1), null, null);
        memberSeat = organizationTerms.addCommitteeSeat(
                system, branch, term, "Lý Văn Nam", Position.MEMBER, LocalDate.of(2025, 5, 1), null, null);
    }

    @Test
    void theOrganizationPageLinksToEveryCorrection() throws Exception {
        mvc.perform(get(page()).session(login("capuy")))
                .andExpect(status().isOk())
                .andExpect(shows(page() + "/units/" + unit + "/edit"))
                .andExpect(shows(page() + "/terms/" + term + "/edit"))
                .andExpect(shows(seatPath(secretarySeat) + "/edit"))
                .andExpect(shows(seatPath(memberSeat) + "/end"));
    }

    @Test
    void aUnitIsCorrectedFromItsPageAndAudited() throws Exception {
        MockHttpSession capuy = login("capuy");
        mvc.perform(get(page() + "/units/" + unit + "/edit").session(capuy))
                .andExpect(status().isOk())
                .andExpect(shows("value=\"Trường THCS Hòa Bình\""))
                .andExpect(shows("value=\"40\""));

        mvc.perform(post(page() + "/units/" + unit + "/edit")
                        .session(capuy)
                        .with(csrf())
                        .param("name", "Trường THCS Hòa Bình mới")
                        .param("kind", "LOWER_SECONDARY_SCHOOL")
                        .param("managers", "4")
                        .param("teachers", "44")
                        .param("employees", "6")
                        .param("staffAsOf", "2026-09-05"))
                .andExpect(redirectedUrl(page() + "#units"));

        assertThat(jdbc.sql(
                                "SELECT name || ' ' || managers || '/' || teachers || '/' || employees || ' ' || staff_as_of"
                                        + " FROM organizations.unit WHERE id = :id")
                        .param("id", unit)
                        .query(String.class)
                        .single())
                .isEqualTo("Trường THCS Hòa Bình mới 4/44/6 2026-09-05");
        assertThat(audited("capuy", "unit.update", unit, "(before_value->>'name') || ' > ' || (after_value->>'name')"))
                .isEqualTo("Trường THCS Hòa Bình > Trường THCS Hòa Bình mới");
    }

    @Test
    void aBadUnitCorrectionIsExplainedInVietnameseAndKeepsTheInput() throws Exception {
        MockHttpSession capuy = login("capuy");
        mvc.perform(post(page() + "/units/" + unit + "/edit")
                        .session(capuy)
                        .with(csrf())
                        .param("name", "Tên đã sửa")
                        .param("kind", "LOWER_SECONDARY_SCHOOL")
                        .param("managers", "3")
                        .param("teachers", "bốn mươi")
                        .param("employees", "5"))
                .andExpect(status().isOk())
                .andExpect(shows("Số giáo viên: Phải là một số nguyên."))
                .andExpect(shows("name=\"managers\" value=\"3\""))
                .andExpect(shows("value=\"Tên đã sửa\""));
        mvc.perform(post(page() + "/units/" + unit + "/edit")
                        .session(capuy)
                        .with(csrf())
                        .param("name", "Tên đã sửa")
                        .param("kind", "LOWER_SECONDARY_SCHOOL")
                        .param("managers", "-2")
                        .param("teachers", "40")
                        .param("employees", "5"))
                .andExpect(status().isOk())
                .andExpect(shows("Số cán bộ quản lý: Phải là số từ 0 đến 100000."))
                .andExpect(shows("value=\"-2\""));
        mvc.perform(post(page() + "/units/" + unit + "/edit")
                        .session(capuy)
                        .with(csrf())
                        .param("name", "Tên đã sửa")
                        .param("kind", "TRUONG_LA"))
                .andExpect(status().isOk())
                .andExpect(shows("Loại đơn vị: Giá trị không hợp lệ."));

        assertThat(jdbc.sql("SELECT name FROM organizations.unit WHERE id = :id")
                        .param("id", unit)
                        .query(String.class)
                        .single())
                .isEqualTo("Trường THCS Hòa Bình");
        assertThat(auditCount("unit.update", unit)).isZero();
    }

    @Test
    void aTermIsCorrectedFromItsPageButMayNotOverlapTheLastOne() throws Exception {
        MockHttpSession capuy = login("capuy");
        mvc.perform(get(page() + "/terms/" + term + "/edit").session(capuy))
                .andExpect(status().isOk())
                .andExpect(shows("value=\"2025-05-01\""));

        mvc.perform(post(page() + "/terms/" + term + "/edit")
                        .session(capuy)
                        .with(csrf())
                        .param("name", "2025–2030")
                        .param("startsOn", "2025-04-01")
                        .param("endsOn", "2030-05-01"))
                .andExpect(status().isOk())
                .andExpect(shows("Ngày bắt đầu: Nhiệm kỳ này trùng thời gian với một nhiệm kỳ đã có."))
                .andExpect(shows("value=\"2025-04-01\""));
        mvc.perform(post(page() + "/terms/" + term + "/edit")
                        .session(capuy)
                        .with(csrf())
                        .param("name", "2025–2030")
                        .param("startsOn", "2025-06-01")
                        .param("endsOn", "2030-05-01"))
                .andExpect(status().isOk())
                .andExpect(shows("Ngày bắt đầu: Cấp ủy viên Ngô Thị Hạnh giữ chức từ ngày"));
        assertThat(auditCount("term.update", term)).isZero();

        mvc.perform(post(page() + "/terms/" + term + "/edit")
                        .session(capuy)
                        .with(csrf())
                        .param("name", "2025–2030")
                        .param("startsOn", "2025-05-01")
                        .param("endsOn", "2030-05-01"))
                .andExpect(redirectedUrl(page() + "#terms"));
        assertThat(jdbc.sql("SELECT name || ' ' || ends_on FROM organizations.term WHERE id = :id")
                        .param("id", term)
                        .query(String.class)
                        .single())
                .isEqualTo("2025–2030 2030-05-01");
        assertThat(audited(
                        "capuy", "term.update", term, "(before_value->>'endsOn') || ' > ' || (after_value->>'endsOn')"))
                .isEqualTo("2027-11-01 > 2030-05-01");
    }

    @Test
    void aSeatIsCorrectedFromItsPageUnderTheOneSecretaryRule() throws Exception {
        MockHttpSession capuy = login("capuy");
        mvc.perform(get(seatPath(memberSeat) + "/edit").session(capuy))
                .andExpect(status().isOk())
                .andExpect(shows("value=\"Lý Văn Nam\""));

        mvc.perform(post(seatPath(memberSeat) + "/edit")
                        .session(capuy)
                        .with(csrf())
                        .param("fullName", "Lý Văn Nam")
                        .param("position", "SECRETARY")
                        .param("fromDate", "2025-05-01"))
                .andExpect(status().isOk())
                .andExpect(shows("Chức vụ: Nhiệm kỳ này đã có Bí thư trong khoảng thời gian đó."))
                .andExpect(shows("value=\"Lý Văn Nam\""));
        assertThat(auditCount("committee.seat.update", memberSeat)).isZero();

        mvc.perform(post(seatPath(memberSeat) + "/edit")
                        .session(capuy)
                        .with(csrf())
                        .param("fullName", "Lý Văn Nam")
                        .param("position", "DEPUTY_SECRETARY")
                        .param("fromDate", "2025-05-01")
                        .param("decisionNumber", "15")
                        .param("decisionSymbol", "QĐ/ĐU")
                        .param("decisionDate", "2025-04-28"))
                .andExpect(redirectedUrl(page() + "#terms"));
        assertThat(jdbc.sql(
                                "SELECT position || ' ' || decision_number FROM organizations.committee_seat WHERE id = :id")
                        .param("id", memberSeat)
                        .query(String.class)
                        .single())
                .isEqualTo("DEPUTY_SECRETARY 15");
        // The page shows the decision again in its three fields.
        mvc.perform(get(seatPath(memberSeat) + "/edit").session(capuy))
                .andExpect(status().isOk())
                .andExpect(shows("value=\"15\""))
                .andExpect(shows("value=\"QĐ/ĐU\""))
                .andExpect(shows("value=\"2025-04-28\""));
        assertThat(audited(
                        "capuy",
                        "committee.seat.update",
                        memberSeat,
                        "(before_value->>'position') || ' > ' || (after_value->>'position')"))
                .isEqualTo("MEMBER > DEPUTY_SECRETARY");
    }

    @Test
    void aSeatIsEndedFromTheOrganizationPage() throws Exception {
        MockHttpSession capuy = login("capuy");
        MvcResult refused = mvc.perform(post(seatPath(secretarySeat) + "/end")
                        .session(capuy)
                        .with(csrf())
                        .param("toDate", "2024-12-31"))
                .andExpect(redirectedUrl(page() + "#terms"))
                .andReturn();
        mvc.perform(get(page()).session(capuy).flashAttrs(refused.getFlashMap()))
                .andExpect(shows("Đến ngày: Ngày kết thúc không được trước ngày bắt đầu."));
        MvcResult garbled = mvc.perform(post(seatPath(secretarySeat) + "/end")
                        .session(capuy)
                        .with(csrf())
                        .param("toDate", "31/3/2026"))
                .andReturn();
        mvc.perform(get(page()).session(capuy).flashAttrs(garbled.getFlashMap()))
                .andExpect(shows("Đến ngày: Giá trị \"31/3/2026\" không hợp lệ."));
        assertThat(auditCount("committee.seat.end", secretarySeat)).isZero();

        mvc.perform(post(seatPath(secretarySeat) + "/end")
                        .session(capuy)
                        .with(csrf())
                        .param("toDate", "2026-03-31"))
                .andExpect(redirectedUrl(page() + "#terms"));
        assertThat(jdbc.sql("SELECT to_date FROM organizations.committee_seat WHERE id = :id")
                        .param("id", secretarySeat)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(audited(
                        "capuy",
                        "committee.seat.end",
                        secretarySeat,
                        "coalesce(before_value->>'toDate', '-') || ' > ' || (after_value->>'toDate')"))
                .isEqualTo("- > 2026-03-31");
        // The ended seat offers no second end.
        mvc.perform(get(page()).session(capuy)).andExpect(doesNotShow(seatPath(secretarySeat) + "/end"));
    }

    @Test
    void aSecretaryOfAnotherBranchCannotReachTheCorrections() throws Exception {
        MockHttpSession bithu = login("bithu");
        mvc.perform(get(page() + "/units/" + unit + "/edit").session(bithu)).andExpect(status().isNotFound());
        mvc.perform(get(page() + "/terms/" + term + "/edit").session(bithu)).andExpect(status().isNotFound());
        mvc.perform(get(seatPath(memberSeat) + "/edit").session(bithu)).andExpect(status().isNotFound());
        mvc.perform(post(page() + "/units/" + unit + "/edit")
                        .session(bithu)
                        .with(csrf())
                        .param("name", "Đổi tên")
                        .param("kind", "OTHER"))
                .andExpect(status().isNotFound());
        mvc.perform(post(page() + "/terms/" + term + "/edit")
                        .session(bithu)
                        .with(csrf())
                        .param("name", "Đổi")
                        .param("startsOn", "2025-05-01")
                        .param("endsOn", "2030-05-01"))
                .andExpect(status().isNotFound());
        mvc.perform(post(seatPath(memberSeat) + "/edit")
                        .session(bithu)
                        .with(csrf())
                        .param("fullName", "Đổi")
                        .param("position", "MEMBER")
                        .param("fromDate", "2025-05-01"))
                .andExpect(status().isNotFound());
        mvc.perform(post(seatPath(memberSeat) + "/end")
                        .session(bithu)
                        .with(csrf())
                        .param("toDate", "2026-01-01"))
                .andExpect(status().isNotFound());

        // Her own branch's page does not open another organization's unit either.
        long own = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        mvc.perform(get("/organizations/" + own + "/units/" + unit + "/edit").session(bithu))
                .andExpect(status().isNotFound());

        // Nothing of hers on these three records (other modules audit her own writes under other entity types,
        // whose ids may be the same numbers).
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE actor = 'bithu' AND ("
                                + "(entity_type = 'Unit' AND entity_id = :unit)"
                                + " OR (entity_type = 'Term' AND entity_id = :term)"
                                + " OR (entity_type = 'CommitteeSeat' AND entity_id = :seat))")
                        .param("unit", Long.toString(unit))
                        .param("term", Long.toString(term))
                        .param("seat", Long.toString(memberSeat))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT to_date IS NULL FROM organizations.committee_seat WHERE id = :id")
                        .param("id", memberSeat)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aMemberSeesHerBranchButMayNotCorrectIt() throws Exception {
        long own = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        long ownUnit = jdbc.sql("SELECT min(id) FROM organizations.unit WHERE organization_id = :o")
                .param("o", own)
                .query(Long.class)
                .single();
        long ownTerm = jdbc.sql("SELECT max(id) FROM organizations.term WHERE organization_id = :o")
                .param("o", own)
                .query(Long.class)
                .single();
        MockHttpSession member = login("dangvien");
        mvc.perform(get("/organizations/" + own).session(member))
                .andExpect(status().isOk())
                .andExpect(doesNotShow("/units/" + ownUnit + "/edit"));
        mvc.perform(get("/organizations/" + own + "/units/" + ownUnit + "/edit").session(member))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/" + own + "/terms/" + ownTerm + "/edit")
                        .session(member)
                        .with(csrf())
                        .param("name", "Đổi")
                        .param("startsOn", "2025-05-14")
                        .param("endsOn", "2030-05-01"))
                .andExpect(status().isForbidden());
    }

    /** The page shows the text, once its HTML character references are read as the browser reads them. */
    private static ResultMatcher shows(String text) {
        return result -> assertThat(text(result)).contains(text);
    }

    private static ResultMatcher doesNotShow(String text) {
        return result -> assertThat(text(result)).doesNotContain(text);
    }

    private static String text(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    private String page() {
        return "/organizations/" + branch.value();
    }

    private String seatPath(long seat) {
        return page() + "/terms/" + term + "/seats/" + seat;
    }

    private String audited(String actor, String action, long entityId, String expression) {
        return jdbc.sql("SELECT " + expression + " FROM platform.audit_log WHERE actor = :actor AND action = :action"
                        + " AND entity_id = :id")
                .param("actor", actor)
                .param("action", action)
                .param("id", Long.toString(entityId))
                .query(String.class)
                .single();
    }

    private long auditCount(String action, long entityId) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = :action AND entity_id = :id")
                .param("action", action)
                .param("id", Long.toString(entityId))
                .query(Long.class)
                .single();
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
