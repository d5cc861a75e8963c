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
import java.time.Clock;
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
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/**
 * A branch's dues as its secretary and committee keep them, on a real PostgreSQL as of 6 December 2026: amounts from
 * the bases, the rules of the month and party age on the roster's day; payments recorded and audited; a closed month
 * refusing everything but a correction with its reason; refusals naming the field and the member with nothing written;
 * and who may see what, on the pages and in the JSON API. Tests that write work in branches of their own.
 */
@ChiboIntegrationTest
class DuesIntegrationTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DuesManagement dues;

    @Autowired
    DuesOverview overview;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    Clock clock;

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

    MemberId member(OrganizationId branch, String name, LocalDate admitted) {
        boolean official = admitted.isBefore(LocalDate.of(2025, 1, 1));
        return members.create(
                committee(),
                MemberDraft.minimal(
                        branch,
                        name,
                        Gender.FEMALE,
                        LocalDate.of(1950, 1, 1).plusDays(births.incrementAndGet()),
                        admitted,
                        admitted.plusDays(10),
                        official ? admitted.plusDays(10).plusYears(1) : null));
    }

    void basis(OrganizationId branch, MemberId member, DuesCategory category, Long amount, YearMonth from) {
        dues.recordBasis(committee(), branch, new RecordDuesBasis(member, category, amount, from));
    }

    static DuesLine line(DuesSheet sheet, MemberId member) {
        return sheet.lines().stream()
                .filter(l -> l.memberId().equals(member))
                .findFirst()
                .orElseThrow();
    }

    long audited(String action, Object entityId) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", entityId.toString())
                .query(Long.class)
                .single();
    }

    long lines(OrganizationId branch) {
        return jdbc.sql("SELECT count(*) FROM dues.line l JOIN dues.sheet s ON s.id = l.sheet_id"
                        + " WHERE s.organization_id = :o")
                .param("o", branch.value())
                .query(Long.class)
                .single();
    }

    @Test
    void theDueFollowsTheBasisTheRulesOfTheMonthAndPartyAgeOnTheRostersDay() {
        assertThat(YearMonth.now(clock)).isEqualTo(DECEMBER);
        OrganizationId branch = branch("Chi bộ Trường THCS Phan Bội Châu");
        // 50 years of party age on 6 December 2026 (the roster's day of the current month), not yet on 30 November.
        MemberId fifty = member(branch, "Trần Thị Bích Ngọc", LocalDate.of(1976, 12, 6));
        MemberId almost = member(branch, "Lê Thị Kim Oanh", LocalDate.of(1976, 12, 7));
        MemberId reduced = member(branch, "Phạm Văn Quý", LocalDate.of(2010, 5, 4));
        MemberId probationer = member(branch, "Đinh Thị Thu", LocalDate.of(2026, 3, 2));
        MemberId without = member(branch, "Võ Minh Khánh", LocalDate.of(2012, 9, 1));
        basis(branch, fifty, DuesCategory.BHXH_SALARY, 5_000_000L, NOVEMBER);
        basis(branch, almost, DuesCategory.PENSION, 6_000_000L, YearMonth.of(2026, 1));
        basis(branch, reduced, DuesCategory.BHXH_SALARY, 6_234_550L, NOVEMBER);
        basis(branch, probationer, DuesCategory.STUDENT, null, NOVEMBER);
        dues.recordRelief(
                committee(),
                branch,
                new RecordDuesRelief(
                        reduced,
                        ReliefKind.REDUCTION,
                        ReliefReason.NEAR_POOR_HOUSEHOLD,
                        50,
                        DECEMBER,
                        3,
                        "Quyết định số 21-QĐ/ĐU ngày 01/12/2026"));

        DuesSheet december = dues.sheet(committee(), branch, DECEMBER);
        assertThat(december.rules().regulation()).isEqualTo("Quy định 01-QĐ/TW");
        assertThat(december.status()).isEqualTo(MonthStatus.OPEN);
        assertThat(line(december, fifty).standing()).isEqualTo(DuesStanding.EXEMPT_AGE);
        assertThat(line(december, fifty).amountDue()).isZero();
        assertThat(line(december, almost).amountDue()).isEqualTo(30_000L);
        assertThat(line(december, reduced).amountDue()).isEqualTo(31_173L);
        assertThat(line(december, reduced).standing()).isEqualTo(DuesStanding.REDUCED);
        assertThat(line(december, reduced).reducedPercent()).isEqualTo(50);
        assertThat(line(december, probationer).amountDue()).isEqualTo(5_000L);
        assertThat(line(december, probationer).probationary()).isTrue();
        assertThat(line(december, without).standing()).isEqualTo(DuesStanding.NO_BASIS);
        assertThat(december.totals().due()).isEqualTo(30_000L + 31_173L + 5_000L);
        assertThat(december.totals().exempt()).isEqualTo(1);
        assertThat(december.totals().keptPercent()).isEqualTo(50);

        DuesSheet november = dues.sheet(committee(), branch, NOVEMBER);
        assertThat(line(november, fifty).amountDue()).isEqualTo(50_000L);
        assertThat(line(november, reduced).amountDue()).isEqualTo(62_346L);
        // January 2026 is still under QĐ 342-QĐ/TW; the probationer was not admitted yet.
        DuesSheet january = dues.sheet(committee(), branch, YearMonth.of(2026, 1));
        assertThat(january.rules().regulation()).isEqualTo("QĐ 342-QĐ/TW");
        assertThat(line(january, almost).amountDue()).isEqualTo(30_000L);
        assertThat(january.lines()).noneMatch(l -> l.memberId().equals(probationer));

        // A month is not closed while a member has no basis: refused naming her, nothing written.
        assertThatThrownBy(() -> dues.close(committee(), branch, DECEMBER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("memberId");
                    assertThat(e.arguments()).contains("Võ Minh Khánh");
                });
        assertThat(dues.sheet(committee(), branch, DECEMBER).status()).isEqualTo(MonthStatus.OPEN);
        assertThat(lines(branch)).isZero();
        // The future is not collected yet.
        assertThatThrownBy(() -> dues.sheet(committee(), branch, DECEMBER.plusMonths(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("month"));
    }

    @Test
    void aPaymentIsAuditedAndAClosedMonthChangesOnlyByACorrectionWithItsReason() {
        OrganizationId branch = branch("Chi bộ Trường THPT Chu Văn An");
        MemberId an = member(branch, "Nguyễn Thị Hải Yến", LocalDate.of(2005, 3, 8));
        MemberId binh = member(branch, "Hoàng Văn Bình", LocalDate.of(2015, 11, 20));
        basis(branch, an, DuesCategory.BHXH_SALARY, 5_000_000L, NOVEMBER);
        basis(branch, binh, DuesCategory.BHXH_SALARY, 5_000_000L, NOVEMBER);

        dues.recordPayment(
                committee(),
                branch,
                NOVEMBER,
                new RecordDuesPayment(an, 50_000L, LocalDate.of(2026, 11, 5), PaymentChannel.CASH, null, null));
        long lineId = jdbc.sql("SELECT l.id FROM dues.line l JOIN dues.sheet s ON s.id = l.sheet_id"
                        + " WHERE s.organization_id = :o AND l.member_id = :m")
                .param("o", branch.value())
                .param("m", an.value())
                .query(Long.class)
                .single();
        assertThat(audited("dues.payment.record", lineId)).isEqualTo(1);
        assertThat(line(dues.sheet(committee(), branch, NOVEMBER), an).amountPaid())
                .isEqualTo(50_000L);

        dues.close(committee(), branch, NOVEMBER);
        DuesSheet closed = dues.sheet(committee(), branch, NOVEMBER);
        assertThat(closed.status()).isEqualTo(MonthStatus.CLOSED);
        assertThat(closed.lines()).hasSize(2);
        assertThat(line(closed, binh).amountDue()).isEqualTo(50_000L);
        assertThat(line(closed, binh).paid()).isFalse();
        assertThat(closed.totals().kept()).isEqualTo(25_000L);
        assertThat(closed.totals().sentUp()).isEqualTo(25_000L);

        // Closed: a payment is refused, naming the month, and nothing changes.
        assertThatThrownBy(() -> dues.recordPayment(
                        committee(),
                        branch,
                        NOVEMBER,
                        new RecordDuesPayment(
                                binh, 50_000L, LocalDate.of(2026, 11, 6), PaymentChannel.CASH, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("month"));
        assertThat(line(dues.sheet(committee(), branch, NOVEMBER), binh).paid()).isFalse();
        // A correction needs its reason.
        assertThatThrownBy(() -> dues.correctPayment(
                        committee(),
                        branch,
                        NOVEMBER,
                        new RecordDuesPayment(an, 70_000L, LocalDate.of(2026, 11, 5), PaymentChannel.CASH, null, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(line(dues.sheet(committee(), branch, NOVEMBER), an).amountPaid())
                .isEqualTo(50_000L);

        dues.correctPayment(
                committee(),
                branch,
                NOVEMBER,
                new RecordDuesPayment(
                        an,
                        70_000L,
                        LocalDate.of(2026, 11, 5),
                        PaymentChannel.PORTAL,
                        null,
                        "Đồng chí nộp thêm 20.000 đồng tự nguyện, thủ quỹ ghi thiếu"));
        DuesSheet corrected = dues.sheet(committee(), branch, NOVEMBER);
        assertThat(line(corrected, an).amountPaid()).isEqualTo(70_000L);
        assertThat(line(corrected, an).paidMore()).isTrue();
        assertThat(corrected.totals().paidMore()).isEqualTo(1);
        assertThat(corrected.totals().paidOver()).isEqualTo(20_000L);
        assertThat(corrected.totals().kept()).isEqualTo(35_000L);
        assertThat(audited("dues.payment.correct", lineId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT reason FROM dues.correction WHERE line_id = :l")
                        .param("l", lineId)
                        .query(String.class)
                        .list())
                .containsExactly("Đồng chí nộp thêm 20.000 đồng tự nguyện, thủ quỹ ghi thiếu");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndTheMemberWithNothingWritten() throws Exception {
        OrganizationId own = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        DuesLine target = dues.sheet(committee(), own, DECEMBER).lines().get(0);
        long before = lines(own);
        long audits = jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action LIKE 'dues.%'")
                .query(Long.class)
                .single();
        String url =
                "/api/v1/dues/" + own.value() + "/payments/" + target.memberId().value();
        String[][] refusals = {
            {
                "{\"month\": \"2026-12\", \"amountPaid\": -5, \"paidOn\": \"2026-12-05\", \"channel\": \"CASH\"}",
                "amountPaid"
            },
            {
                "{\"month\": \"2026-12\", \"amountPaid\": 50000, \"paidOn\": \"2026-12-07\", \"channel\": \"CASH\"}",
                "paidOn"
            },
            {"{\"month\": \"2026-12\", \"amountPaid\": 50000, \"paidOn\": \"2026-12-05\"}", "channel"},
            {
                "{\"month\": \"2026-13\", \"amountPaid\": 50000, \"paidOn\": \"2026-12-05\", \"channel\": \"CASH\"}",
                "month"
            }
        };
        for (String[] refusal : refusals) {
            String answer = mvc.perform(put(url).with(as("bithu"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(refusal[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(refusal[1]))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (!refusal[1].equals("month")) {
                assertThat((String) JsonPath.read(answer, "$.errors[0].message"))
                        .contains(target.fullName());
            }
        }
        // The page sends the secretary back to the payment form with the field named.
        MockHttpSession session = login("bithu");
        mvc.perform(post("/dues/" + own.value() + "/payments")
                        .session(session)
                        .with(csrf())
                        .param("month", "2026-12")
                        .param("memberId", Long.toString(target.memberId().value()))
                        .param("amountPaid", "42000")
                        .param("channel", "CASH"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dues/" + own.value() + "?month=2026-12#payment"))
                .andExpect(flash().attribute(
                                "error",
                                Matchers.allOf(
                                        Matchers.containsString("Ngày nộp"),
                                        Matchers.containsString(target.fullName()))));
        // A fixed amount outside QĐ 342's range is refused naming the amount.
        mvc.perform(post("/api/v1/dues/" + own.value() + "/members/"
                                + target.memberId().value() + "/basis")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"OTHER\", \"amount\": 50000, \"fromMonth\": \"2026-12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("30.000")));
        assertThat(lines(own)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action LIKE 'dues.%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(audits);
        assertThat(line(dues.sheet(committee(), own, DECEMBER), target.memberId()))
                .isEqualTo(target);
    }

    @Test
    void eachAccountSeesWhatItsGrantsAllowAndNothingElse() throws Exception {
        long own = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        long foreign = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        mvc.perform(get("/dues/" + own).session(login("bithu")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bảng thu đảng phí tháng 12/2026")));
        mvc.perform(get("/dues/" + foreign).session(login("bithu"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/dues/" + foreign + "/payments/1")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\": \"2026-12\"}"))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> dues.sheet(
                        new CurrentUser(9402, "bithu", "Bí thư", List.of(new Grant(own, Role.SECRETARY))),
                        OrganizationId.of(foreign),
                        DECEMBER))
                .isInstanceOf(NotFoundException.class);
        // The committee above sees its subtree's totals, the closed month's shares among them.
        mvc.perform(get("/api/v1/dues").param("month", "2026-11").with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.organizationId == " + own + ")].status").value("CLOSED"))
                .andExpect(jsonPath("$[?(@.organizationId == " + foreign + ")].status")
                        .value(Matchers.contains(Matchers.nullValue())));
        // An ordinary member sees her own dues only.
        mvc.perform(get("/dues/" + own).session(login("dangvien"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dues/" + own).with(as("dangvien"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dues/mine").with(as("dangvien")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.month == '2026-11')].status").value("CLOSED"));
        mvc.perform(get("/dues/mine").session(login("dangvien")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("11/2026")));
        mvc.perform(get("/api/v1/dues/mine")).andExpect(status().isUnauthorized());
    }

    @Test
    void theDemoBranchHasClosedMonthsAnExemptionAReductionAndTheThreeMonthWarning() throws Exception {
        OrganizationId own = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        for (int back = 1; back <= 3; back++) {
            assertThat(dues.sheet(committee(), own, DECEMBER.minusMonths(back)).status())
                    .isEqualTo(MonthStatus.CLOSED);
        }
        DuesSheet december = dues.sheet(committee(), own, DECEMBER);
        assertThat(december.status()).isEqualTo(MonthStatus.OPEN);
        assertThat(december.lines()).anyMatch(l -> l.standing() == DuesStanding.EXEMPT_DECISION);
        assertThat(december.lines()).anyMatch(l -> l.standing() == DuesStanding.REDUCED);
        assertThat(december.totals().payers()).isPositive();
        assertThat(december.removalWarnings()).isNotEmpty();
        assertThat(december.lines()).anyMatch(DuesLine::excused);
        mvc.perform(get("/dues/" + own.value()).session(login("bithu")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("đề nghị xóa tên")))
                .andExpect(content().string(Matchers.containsString("Quy định 01-QĐ/TW")));
    }

    @Test
    void theOpenMonthShowsWhatIsDueOnTheBranchesPageInTheApiAndOnTheMembersOwnPage() throws Exception {
        OrganizationId branch = branch("Chi bộ Trường THCS Trần Phú");
        MemberId teacher = member(branch, "Ngô Thị Lan Anh", LocalDate.of(2008, 4, 2));
        MemberId retired = member(branch, "Đặng Văn Hòa", LocalDate.of(1990, 7, 9));
        basis(branch, teacher, DuesCategory.BHXH_SALARY, 5_000_000L, NOVEMBER);
        basis(branch, retired, DuesCategory.PENSION, 6_000_000L, NOVEMBER);

        // Nothing collected yet: the month is not started, and still what is due is known.
        BranchDuesTotals before = overview.totals(committee(), branch, DECEMBER).get(0);
        assertThat(before.status()).isNull();
        assertThat(before.due()).isEqualTo(50_000L + 30_000L);
        dues.recordPayment(
                committee(),
                branch,
                DECEMBER,
                new RecordDuesPayment(teacher, 50_000L, LocalDate.of(2026, 12, 5), PaymentChannel.CASH, null, null));
        BranchDuesTotals open = overview.totals(committee(), branch, DECEMBER).get(0);
        assertThat(open.status()).isEqualTo(MonthStatus.OPEN);
        assertThat(open.due()).isEqualTo(80_000L);
        assertThat(open.paid()).isEqualTo(50_000L);
        assertThat(open.kept()).isNull();
        assertThat(dues.sheet(committee(), branch, DECEMBER).totals().due()).isEqualTo(open.due());

        mvc.perform(get("/api/v1/dues")
                        .param("org", Long.toString(branch.value()))
                        .param("month", "2026-12")
                        .with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].due").value(80_000))
                .andExpect(jsonPath("$[0].status").value("OPEN"));
        mvc.perform(get("/dues")
                        .param("org", Long.toString(branch.value()))
                        .param("month", "2026-12")
                        .session(login("capuy")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("80.000")));

        // The member sees what she owes this month before she has paid, as the branch's sheet computes it.
        OrganizationId own = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        DuesLine hers = dues.sheet(committee(), own, DECEMBER).lines().stream()
                .filter(l -> l.fullName().equals("Vũ Thị Thanh Hương"))
                .findFirst()
                .orElseThrow();
        assertThat(hers.amountDue()).isNotNull();
        mvc.perform(get("/api/v1/dues/mine").with(as("dangvien")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].month").value("2026-12"))
                .andExpect(jsonPath("$[0].status").value("OPEN"))
                .andExpect(jsonPath("$[0].amountDue").value(hers.amountDue()));
        mvc.perform(get("/dues/mine").session(login("dangvien")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("12/2026")));
    }

    @Test
    void aMistakenPaymentIsRemovedWithItsReasonInAnOpenMonthButNotInAClosedOne() throws Exception {
        OrganizationId branch = branch("Chi bộ Trường THPT Nguyễn Du");
        MemberId an = member(branch, "Lý Thị Mai", LocalDate.of(2004, 6, 1));
        MemberId binh = member(branch, "Trịnh Văn Sơn", LocalDate.of(2011, 2, 14));
        basis(branch, an, DuesCategory.BHXH_SALARY, 5_000_000L, NOVEMBER);
        basis(branch, binh, DuesCategory.BHXH_SALARY, 5_000_000L, NOVEMBER);
        for (YearMonth month : List.of(NOVEMBER, DECEMBER)) {
            dues.recordPayment(
                    committee(),
                    branch,
                    month,
                    new RecordDuesPayment(an, 50_000L, month.atDay(5), PaymentChannel.CASH, null, null));
        }
        long decemberLine = jdbc.sql("SELECT l.id FROM dues.line l JOIN dues.sheet s ON s.id = l.sheet_id"
                        + " WHERE s.organization_id = :o AND l.member_id = :m AND s.month = :month")
                .param("o", branch.value())
                .param("m", an.value())
                .param("month", DECEMBER.atDay(1))
                .query(Long.class)
                .single();

        // Without a reason, or for a member with nothing paid: refused naming the field, nothing removed.
        assertThatThrownBy(() -> dues.cancelPayment(committee(), branch, DECEMBER, new CancelDuesPayment(an, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.arguments()).contains("Lý Thị Mai");
                });
        assertThatThrownBy(() -> dues.cancelPayment(
                        committee(), branch, DECEMBER, new CancelDuesPayment(binh, "Ghi nhầm người")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("memberId"));
        assertThat(line(dues.sheet(committee(), branch, DECEMBER), an).amountPaid())
                .isEqualTo(50_000L);
        assertThat(audited("dues.payment.cancel", decemberLine)).isZero();

        dues.cancelPayment(
                committee(),
                branch,
                DECEMBER,
                new CancelDuesPayment(an, "Thủ quỹ ghi nhầm: đồng chí nộp cho tháng 11, không phải tháng 12"));
        DuesSheet december = dues.sheet(committee(), branch, DECEMBER);
        assertThat(line(december, an).paid()).isFalse();
        assertThat(december.totals().paid()).isZero();
        assertThat(december.totals().due()).isEqualTo(100_000L);
        assertThat(audited("dues.payment.cancel", decemberLine)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT after_value ->> 'reason' FROM platform.audit_log"
                                + " WHERE action = 'dues.payment.cancel' AND entity_id = :id")
                        .param("id", Long.toString(decemberLine))
                        .query(String.class)
                        .single())
                .isEqualTo("Thủ quỹ ghi nhầm: đồng chí nộp cho tháng 11, không phải tháng 12");
        assertThat(jdbc.sql("SELECT (before_value ->> 'amountPaid')::bigint FROM platform.audit_log"
                                + " WHERE action = 'dues.payment.cancel' AND entity_id = :id")
                        .param("id", Long.toString(decemberLine))
                        .query(Long.class)
                        .single())
                .isEqualTo(50_000L);

        // The same through the API.
        dues.recordPayment(
                committee(),
                branch,
                DECEMBER,
                new RecordDuesPayment(binh, 50_000L, LocalDate.of(2026, 12, 5), PaymentChannel.CASH, null, null));
        mvc.perform(post("/api/v1/dues/" + branch.value() + "/payments/" + binh.value() + "/cancellation")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\": \"2026-12\", \"reason\": \"Nhập trùng khoản nộp\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.paid").value(0));
        assertThat(line(dues.sheet(committee(), branch, DECEMBER), binh).paid()).isFalse();

        // A closed month: refused with a Vietnamese message naming the month, on the page and in the API.
        dues.close(committee(), branch, NOVEMBER);
        assertThatThrownBy(
                        () -> dues.cancelPayment(committee(), branch, NOVEMBER, new CancelDuesPayment(an, "Ghi nhầm")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("month");
                    assertThat(e.messageKey()).isEqualTo("dues.cancel.closed");
                });
        mvc.perform(post("/api/v1/dues/" + branch.value() + "/payments/" + an.value() + "/cancellation")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"month\": \"2026-11\", \"reason\": \"Ghi nhầm\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("11/2026 đã khóa sổ")));
        mvc.perform(post("/dues/" + branch.value() + "/payments/cancel")
                        .session(login("capuy"))
                        .with(csrf())
                        .param("month", "2026-11")
                        .param("memberId", Long.toString(an.value()))
                        .param("reason", "Ghi nhầm"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("chỉ có thể điều chỉnh kèm lý do")));
        assertThat(line(dues.sheet(committee(), branch, NOVEMBER), an).amountPaid())
                .isEqualTo(50_000L);
    }

    @Test
    void aValidReasonKeepsItsMonthsOutOfTheThreeMonthWarning() throws Exception {
        OrganizationId branch = branch("Chi bộ Trường THCS Lê Quý Đôn");
        MemberId away = member(branch, "Huỳnh Thị Ngọc Hân", LocalDate.of(2009, 10, 10));
        YearMonth september = YearMonth.of(2026, 9);
        YearMonth october = YearMonth.of(2026, 10);
        basis(branch, away, DuesCategory.BHXH_SALARY, 5_000_000L, september);
        for (YearMonth month : List.of(september, october, NOVEMBER)) {
            dues.close(committee(), branch, month);
        }
        DuesLine warned = line(dues.sheet(committee(), branch, DECEMBER), away);
        assertThat(warned.unpaidMonthsInYear()).isEqualTo(3);
        assertThat(dues.sheet(committee(), branch, DECEMBER).removalWarnings()).contains(warned);

        // Refused naming the field, nothing written.
        mvc.perform(post("/api/v1/dues/" + branch.value() + "/members/" + away.value() + "/excuse")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"WORKING_AWAY\", \"fromMonth\": \"2026-10\", \"months\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("Huỳnh Thị Ngọc Hân")));
        assertThatThrownBy(() -> dues.recordExcuse(
                        committee(),
                        branch,
                        new RecordDuesExcuse(away, ExcuseReason.ILLNESS, october, 13, "Điều trị dài ngày")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("months"));
        assertThat(jdbc.sql("SELECT count(*) FROM dues.excuse WHERE member_id = :m")
                        .param("m", away.value())
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post("/api/v1/dues/" + branch.value() + "/members/" + away.value() + "/excuse")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"WORKING_AWAY\", \"fromMonth\": \"2026-10\", \"months\": 2,"
                                + " \"note\": \"Đi học tập ở nước ngoài, chi bộ chấp nhận tại buổi sinh hoạt"
                                + " tháng 10/2026\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excuses[0].reason").value("WORKING_AWAY"))
                .andExpect(jsonPath("$.excuses[0].untilMonth").value("2026-11"));
        long excuse = jdbc.sql("SELECT id FROM dues.excuse WHERE member_id = :m")
                .param("m", away.value())
                .query(Long.class)
                .single();
        assertThat(audited("dues.excuse.record", excuse)).isEqualTo(1);

        DuesSheet december = dues.sheet(committee(), branch, DECEMBER);
        assertThat(line(december, away).unpaidMonthsInYear()).isEqualTo(1);
        assertThat(december.removalWarnings()).isEmpty();
        assertThat(line(dues.sheet(committee(), branch, NOVEMBER), away).excused())
                .isTrue();
        assertThat(line(dues.sheet(committee(), branch, september), away).excused())
                .isFalse();
        mvc.perform(get("/dues/" + branch.value() + "/members/" + away.value()).session(login("capuy")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("chi bộ chấp nhận tại buổi sinh hoạt tháng 10/2026")));
    }

    @Test
    void aSicknessBenefitIsPricedFromFebruary2026AndAMemberBeyondWorkingAgePaysHalfTheFixedAmount() throws Exception {
        OrganizationId branch = branch("Chi bộ Trường Tiểu học Kim Đồng");
        MemberId onLeave = member(branch, "Phan Thị Thu Hà", LocalDate.of(2012, 3, 26));
        MemberId elder = member(branch, "Cao Văn Lộc", LocalDate.of(2000, 5, 19));
        YearMonth january = YearMonth.of(2026, 1);

        // QĐ 342-QĐ/TW prices no benefit: refused naming the field and the member, nothing written.
        assertThatThrownBy(() -> basis(branch, onLeave, DuesCategory.SICKNESS_MATERNITY_BENEFIT, 4_200_000L, january))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("category");
                    assertThat(e.arguments()).contains("Phan Thị Thu Hà");
                });
        assertThat(dues.member(committee(), branch, onLeave).bases()).isEmpty();
        basis(branch, onLeave, DuesCategory.SICKNESS_MATERNITY_BENEFIT, 4_200_000L, DECEMBER);
        dues.recordBasis(committee(), branch, new RecordDuesBasis(elder, DuesCategory.OTHER, 20_000L, january, true));

        DuesLine elderInJanuary = line(dues.sheet(committee(), branch, january), elder);
        assertThat(elderInJanuary.amountDue()).isEqualTo(10_000L);
        assertThat(elderInJanuary.standing()).isEqualTo(DuesStanding.BEYOND_WORKING_AGE);
        DuesSheet december = dues.sheet(committee(), branch, DECEMBER);
        assertThat(line(december, onLeave).amountDue()).isEqualTo(42_000L);
        assertThat(line(december, elder).amountDue()).isEqualTo(10_000L);
        assertThat(dues.member(committee(), branch, elder).bases().get(0).beyondWorkingAge())
                .isTrue();

        // Under Quy định 01-QĐ/TW the half is carried over from QĐ 342: the page says it is not verified.
        mvc.perform(get("/dues/" + branch.value()).param("month", "2026-12").session(login("capuy")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đóng 50% (ngoài độ tuổi lao động)")))
                .andExpect(content().string(Matchers.containsString("chưa được đối chiếu với văn bản gốc")))
                .andExpect(content().string(Matchers.containsString("đóng 50% mức cố định")));
        mvc.perform(get("/dues/" + branch.value()).param("month", "2026-01").session(login("capuy")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("chưa được đối chiếu"))));
    }

    @Test
    void aMistakenValidReasonIsWithdrawnWithWhyAuditedAndNotWhileAMonthItCoversIsClosed() throws Exception {
        OrganizationId branch = branch("Chi bộ Trường THCS Chu Văn An");
        MemberId away = member(branch, "Đặng Thị Kim Oanh", LocalDate.of(2008, 4, 12));
        MemberId other = member(branch, "Tạ Văn Khải", LocalDate.of(2010, 9, 2));
        YearMonth october = YearMonth.of(2026, 10);
        basis(branch, away, DuesCategory.BHXH_SALARY, 5_000_000L, october);
        basis(branch, other, DuesCategory.BHXH_SALARY, 5_000_000L, october);
        dues.close(committee(), branch, october);
        dues.recordExcuse(
                committee(), branch, new RecordDuesExcuse(away, ExcuseReason.ILLNESS, october, 1, "Nằm viện"));
        dues.recordExcuse(
                committee(),
                branch,
                new RecordDuesExcuse(away, ExcuseReason.WORKING_AWAY, NOVEMBER, 2, "Ghi nhầm người"));
        dues.recordExcuse(
                committee(), branch, new RecordDuesExcuse(other, ExcuseReason.OTHER, DECEMBER, 1, "Việc gia đình"));
        List<DuesMemberRecord.Excuse> recorded =
                dues.member(committee(), branch, away).excuses();
        long closedOne = recorded.stream()
                .filter(x -> x.fromMonth().equals(october))
                .findFirst()
                .orElseThrow()
                .id();
        long mistaken = recorded.stream()
                .filter(x -> x.fromMonth().equals(NOVEMBER))
                .findFirst()
                .orElseThrow()
                .id();
        long othersExcuse =
                dues.member(committee(), branch, other).excuses().get(0).id();
        assertThat(line(dues.sheet(committee(), branch, NOVEMBER), away).excused())
                .isTrue();

        // A month it covers is closed: refused naming the field and the month, nothing written.
        assertThatThrownBy(() -> dues.withdrawExcuse(
                        committee(), branch, new WithdrawDuesExcuse(away, closedOne, "Ghi nhầm tháng")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("excuseId");
                    assertThat(e.messageKey()).isEqualTo("dues.excuse.withdraw.closed");
                    assertThat(e.arguments()).contains("Đặng Thị Kim Oanh", "10/2026");
                });
        // Without why: refused naming the field and the member, on the page and in the API; nothing written.
        mvc.perform(post("/api/v1/dues/" + branch.value() + "/members/" + away.value() + "/excuses/" + mistaken
                                + "/withdrawal")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("Đặng Thị Kim Oanh")));
        mvc.perform(post("/dues/" + branch.value() + "/members/" + away.value() + "/excuses/" + mistaken + "/withdraw")
                        .session(login("capuy"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("phải ghi lý do rút")));
        // Another member's reason under this member's path, or an account outside the branch: not found, as when
        // recording one.
        mvc.perform(post("/api/v1/dues/" + branch.value() + "/members/" + away.value() + "/excuses/" + othersExcuse
                                + "/withdrawal")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Ghi nhầm\"}"))
                .andExpect(status().isNotFound());
        for (String path : List.of("/excuses/" + mistaken + "/withdrawal", "/excuse")) {
            mvc.perform(post("/api/v1/dues/" + branch.value() + "/members/" + away.value() + path)
                            .with(as("bithu"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\": \"ILLNESS\", \"fromMonth\": \"2026-12\", \"months\": 1,"
                                    + " \"note\": \"x\"}"))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM dues.excuse WHERE member_id IN (:a, :b) AND withdrawn_at IS NOT NULL")
                        .param("a", away.value())
                        .param("b", other.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audited("dues.excuse.withdraw", mistaken)).isZero();

        mvc.perform(post("/api/v1/dues/" + branch.value() + "/members/" + away.value() + "/excuses/" + mistaken
                                + "/withdrawal")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Ghi nhầm người: đồng chí Oanh vẫn công tác tại trường\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excuses[?(@.id == " + mistaken + ")].withdrawnBy")
                        .value(Matchers.contains("capuy")))
                .andExpect(jsonPath("$.excuses[?(@.id == " + mistaken + ")].withdrawalReason")
                        .value(Matchers.contains("Ghi nhầm người: đồng chí Oanh vẫn công tác tại trường")))
                .andExpect(jsonPath("$.excuses[?(@.id == " + closedOne + ")].withdrawnAt")
                        .value(Matchers.contains(Matchers.nullValue())));
        assertThat(line(dues.sheet(committee(), branch, NOVEMBER), away).excused())
                .isFalse();
        assertThat(audited("dues.excuse.withdraw", mistaken)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT (before_value ->> 'note') || ' / ' || (after_value ->> 'withdrawalReason')"
                                + " FROM platform.audit_log WHERE action = 'dues.excuse.withdraw' AND entity_id = :id")
                        .param("id", Long.toString(mistaken))
                        .query(String.class)
                        .single())
                .isEqualTo("Ghi nhầm người / Ghi nhầm người: đồng chí Oanh vẫn công tác tại trường");
        assertThatThrownBy(() ->
                        dues.withdrawExcuse(committee(), branch, new WithdrawDuesExcuse(away, mistaken, "Lần nữa")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dues.excuse.withdrawn.already"));

        // On the page: the other member's reason withdrawn with the form; the record shows it withdrawn, and why.
        mvc.perform(post("/dues/" + branch.value() + "/members/" + other.value() + "/excuses/" + othersExcuse
                                + "/withdraw")
                        .session(login("capuy"))
                        .with(csrf())
                        .param("reason", "Chi bộ chưa xem xét lý do này"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dues/" + branch.value() + "/members/" + other.value()));
        mvc.perform(get("/dues/" + branch.value() + "/members/" + other.value()).session(login("capuy")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã rút")))
                .andExpect(content().string(Matchers.containsString("Lý do: Chi bộ chưa xem xét lý do này")));
        assertThat(line(dues.sheet(committee(), branch, DECEMBER), other).excused())
                .isFalse();
    }

    @Test
    void theOpenApiDocumentDescribesTheDuesRoutesWithTheirErrors() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String[] route : new String[][] {
            {"/api/v1/dues", "get"},
            {"/api/v1/dues/mine", "get"},
            {"/api/v1/dues/{id}", "get"},
            {"/api/v1/dues/{id}/payments/{memberId}", "put"},
            {"/api/v1/dues/{id}/corrections/{memberId}", "put"},
            {"/api/v1/dues/{id}/close", "post"},
            {"/api/v1/dues/{id}/members/{memberId}/basis", "post"},
            {"/api/v1/dues/{id}/members/{memberId}/relief", "post"},
            {"/api/v1/dues/{id}/members/{memberId}/excuse", "post"},
            {"/api/v1/dues/{id}/payments/{memberId}/cancellation", "post"},
            {"/api/v1/dues/{id}/members/{memberId}/excuses/{excuseId}/withdrawal", "post"}
        }) {
            Object responses = JsonPath.read(doc, "$.paths['" + route[0] + "']." + route[1] + ".responses");
            assertThat(responses.toString()).as(route[0]).contains("401");
            if (!route[1].equals("get")) {
                assertThat(responses.toString()).as(route[0]).contains("400");
            }
        }
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
