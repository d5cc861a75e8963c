package vn.chibo.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/**
 * What a branch sends up of its dues and the level above's receipts, on a real PostgreSQL as of 6 December 2026: the
 * share kept fixed at closing, what is to be sent, a receipt recorded only by the level above for a closed month,
 * replaced with the old value audited, a difference shown when the amounts disagree (also after a later correction),
 * and refusals naming the field with nothing written.
 */
@ChiboIntegrationTest
class DuesRemittanceIntegrationTests {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DuesManagement dues;

    @Autowired
    DuesRemittances remittances;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    static final AtomicInteger births = new AtomicInteger((int) (System.nanoTime() % 3000));

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DemoFixtures.PASSWORD);
    }

    CurrentUser committee() {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        return new CurrentUser(9401, "capuy", "Cấp ủy", List.of(new Grant(sector, Role.COMMITTEE)));
    }

    OrganizationId branch(String name) {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        return organizations.create(
                committee(),
                OrganizationId.of(sector),
                new OrganizationDraft(
                        name + " " + System.nanoTime() % 100000,
                        "CB",
                        OrganizationType.BRANCH,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    MemberId member(OrganizationId branch, String name) {
        LocalDate admitted = LocalDate.of(2010, 3, 1);
        MemberId id = members.create(
                committee(),
                MemberDraft.minimal(
                        branch,
                        name,
                        Gender.MALE,
                        LocalDate.of(1960, 1, 1).plusDays(births.incrementAndGet()),
                        admitted,
                        admitted.plusDays(10),
                        admitted.plusDays(10).plusYears(1)));
        dues.recordBasis(committee(), branch, new RecordDuesBasis(id, DuesCategory.BHXH_SALARY, 5_000_000L, OCTOBER));
        return id;
    }

    void pay(OrganizationId branch, YearMonth month, MemberId member, long amount) {
        dues.recordPayment(
                committee(),
                branch,
                month,
                new RecordDuesPayment(member, amount, month.atDay(5), PaymentChannel.CASH, null, null));
    }

    long receipts(OrganizationId branch) {
        return jdbc.sql("SELECT count(*) FROM dues.receipt r JOIN dues.sheet s ON s.id = r.sheet_id"
                        + " WHERE s.organization_id = :o")
                .param("o", branch.value())
                .query(Long.class)
                .single();
    }

    long audited(String action) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }

    static DuesRemittance.Month month(DuesRemittance ledger, YearMonth month) {
        return ledger.months().stream()
                .filter(m -> m.month().equals(month))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theLevelAboveAcknowledgesWhatAClosedMonthSentUpAndADifferenceIsShown() throws Exception {
        OrganizationId branch = branch("Chi bộ Trường THPT Hùng Vương");
        MemberId an = member(branch, "Lương Văn Tài");
        MemberId binh = member(branch, "Mạc Thị Duyên");
        pay(branch, OCTOBER, an, 50_000L);
        pay(branch, OCTOBER, binh, 50_000L);
        pay(branch, NOVEMBER, an, 60_000L);
        dues.close(committee(), branch, OCTOBER);
        dues.close(committee(), branch, NOVEMBER);
        pay(branch, DECEMBER, an, 50_000L);

        // A branch under the grassroots committee keeps its configured 50% (unverified under Quy định 01-QĐ/TW).
        DuesRemittance ledger = remittances.year(committee(), branch, 2026);
        assertThat(ledger.level()).isEqualTo(RetentionLevel.BRANCH_UNDER_GRASSROOTS);
        assertThat(ledger.receiverName()).startsWith("Đảng bộ Sở Giáo dục và Đào tạo");
        assertThat(ledger.acknowledgeable()).isTrue();
        assertThat(ledger.months()).hasSize(12);
        DuesRemittance.Month october = month(ledger, OCTOBER);
        assertThat(october.collected()).isEqualTo(100_000L);
        assertThat(october.keptPercent()).isEqualTo(50);
        assertThat(october.toSend()).isEqualTo(50_000L);
        assertThat(october.sharesVerified()).isFalse();
        assertThat(month(ledger, DECEMBER).toSend()).isNull();
        assertThat(month(ledger, YearMonth.of(2026, 3)).status()).isNull();
        assertThat(ledger.totals().toSend()).isEqualTo(80_000L);
        assertThat(ledger.shares())
                .extracting(DuesRemittance.Shares::regulation)
                .containsExactly("QĐ 342-QĐ/TW", "Quy định 01-QĐ/TW");
        assertThat(ledger.shares().get(1).levels())
                .contains(new DuesRemittance.Share(RetentionLevel.COMMUNE_GRASSROOTS, null));

        // Refused naming the field, nothing written: an open month, no amount, a day to come, a day before the month.
        record Refusal(YearMonth month, AcknowledgeDuesReceipt receipt, String field) {}
        for (Refusal r : List.of(
                new Refusal(DECEMBER, new AcknowledgeDuesReceipt(50_000L, LocalDate.of(2026, 12, 5), null), "month"),
                new Refusal(OCTOBER, new AcknowledgeDuesReceipt(null, LocalDate.of(2026, 11, 5), null), "amount"),
                new Refusal(OCTOBER, new AcknowledgeDuesReceipt(-1L, LocalDate.of(2026, 11, 5), null), "amount"),
                new Refusal(
                        OCTOBER, new AcknowledgeDuesReceipt(50_000L, LocalDate.of(2026, 12, 7), null), "dateReceived"),
                new Refusal(
                        OCTOBER, new AcknowledgeDuesReceipt(50_000L, LocalDate.of(2026, 9, 30), null), "dateReceived"),
                new Refusal(OCTOBER, new AcknowledgeDuesReceipt(50_000L, null, null), "dateReceived"))) {
            assertThatThrownBy(() -> remittances.acknowledge(committee(), branch, r.month(), r.receipt()))
                    .as(r.toString())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo(r.field()));
        }
        mvc.perform(put("/api/v1/dues/" + branch.value() + "/remittances/2026-10/receipt")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 50000}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateReceived"))
                .andExpect(jsonPath("$.errors[0].message").value("Không được để trống."));
        mvc.perform(get("/api/v1/dues/" + branch.value() + "/remittances")
                        .param("year", "2010")
                        .with(as("capuy")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("từ 2011 đến năm nay")));
        mvc.perform(put("/api/v1/dues/" + branch.value() + "/remittances/tháng-10/receipt")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 50000, \"dateReceived\": \"2026-11-05\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        // The branch itself may not acknowledge what it sent: only the level above (403); outside one's grants, 404.
        CurrentUser secretary =
                new CurrentUser(9402, "bithu-test", "Bí thư", List.of(new Grant(branch.value(), Role.SECRETARY)));
        assertThat(remittances.year(secretary, branch, 2026).acknowledgeable()).isFalse();
        assertThatThrownBy(() -> remittances.acknowledge(
                        secretary,
                        branch,
                        OCTOBER,
                        new AcknowledgeDuesReceipt(50_000L, LocalDate.of(2026, 11, 5), null)))
                .isInstanceOf(ForbiddenException.class);
        long own = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        mvc.perform(put("/api/v1/dues/" + own + "/remittances/2026-11/receipt")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 50000, \"dateReceived\": \"2026-12-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/dues/" + branch.value() + "/remittances/2026-10/receipt")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 50000, \"dateReceived\": \"2026-11-05\"}"))
                .andExpect(status().isNotFound());
        assertThat(receipts(branch)).isZero();

        // Through the API: the amount due to be sent, no difference.
        long before = audited("dues.receipt.record");
        mvc.perform(put("/api/v1/dues/" + branch.value() + "/remittances/2026-10/receipt")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 50000, \"dateReceived\": \"2026-11-05\", \"note\": \"Phiếu thu 12\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months[9].receipt.amount").value(50_000))
                .andExpect(jsonPath("$.months[9].receipt.recordedBy").value("capuy"))
                .andExpect(jsonPath("$.months[9].difference").value(0));
        assertThat(audited("dues.receipt.record")).isEqualTo(before + 1);

        // On the page: less than was due, shown as a difference; then replaced, the old value kept in the audit log.
        mvc.perform(post("/dues/" + branch.value() + "/remittances/receipts")
                        .session(login("capuy"))
                        .with(csrf())
                        .param("month", "2026-11")
                        .param("amount", "25000")
                        .param("dateReceived", "2026-12-03"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dues/" + branch.value() + "/remittances?year=2026"));
        mvc.perform(get("/dues/" + branch.value() + "/remittances").session(login("capuy")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chênh lệch -5.000 đồng")))
                .andExpect(content().string(Matchers.containsString("Cấp trên xác nhận đã nhận đảng phí")))
                .andExpect(content().string(Matchers.containsString("chưa rõ")));
        assertThat(remittances.year(committee(), branch, 2026).totals().mismatches())
                .isEqualTo(1);
        mvc.perform(post("/dues/" + branch.value() + "/remittances/receipts")
                        .session(login("capuy"))
                        .with(csrf())
                        .param("month", "2026-11")
                        .param("amount", "30000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("Ngày nhận")));
        remittances.acknowledge(
                committee(), branch, NOVEMBER, new AcknowledgeDuesReceipt(30_000L, LocalDate.of(2026, 12, 4), null));
        assertThat(jdbc.sql("SELECT (before_value ->> 'amount')::bigint FROM platform.audit_log"
                                + " WHERE action = 'dues.receipt.record' AND before_value IS NOT NULL"
                                + " AND after_value ->> 'organization' = :o")
                        .param("o", Long.toString(branch.value()))
                        .query(Long.class)
                        .single())
                .isEqualTo(25_000L);
        DuesRemittance after = remittances.year(committee(), branch, 2026);
        assertThat(after.totals().mismatches()).isZero();
        assertThat(after.totals().received()).isEqualTo(80_000L);
        assertThat(receipts(branch)).isEqualTo(2);

        // A correction of October after its receipt: what was to be sent changes, the receipt now differs.
        dues.correctPayment(
                committee(),
                branch,
                OCTOBER,
                new RecordDuesPayment(
                        binh, 40_000L, LocalDate.of(2026, 10, 5), PaymentChannel.CASH, null, "Ghi sai số tiền"));
        DuesRemittance.Month corrected = month(remittances.year(committee(), branch, 2026), OCTOBER);
        assertThat(corrected.toSend()).isEqualTo(45_000L);
        assertThat(corrected.difference()).isEqualTo(5_000L);
        mvc.perform(get("/dues").param("month", "2026-10").session(login("capuy")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chênh lệch 5.000 đồng")));
        // The committee's sum of the branch alone: one closed branch, acknowledged with a difference.
        mvc.perform(get("/dues")
                        .param("org", Long.toString(branch.value()))
                        .param("month", "2026-10")
                        .session(login("capuy")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cộng 1 chi bộ đã khóa sổ (trong 1 chi bộ)")))
                .andExpect(content().string(Matchers.containsString("1 chi bộ có chênh lệch")));
    }

    @Test
    void theOpenApiDocumentDescribesTheRemittanceRoutes() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Object year = JsonPath.read(doc, "$.paths['/api/v1/dues/{id}/remittances'].get.responses");
        assertThat(year.toString()).contains("401");
        Object receipt = JsonPath.read(doc, "$.paths['/api/v1/dues/{id}/remittances/{month}/receipt'].put.responses");
        assertThat(receipt.toString()).contains("400", "401");
    }

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
