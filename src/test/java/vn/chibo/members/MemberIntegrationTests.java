package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

@ChiboIntegrationTest
class MemberIntegrationTests {

    /** The application's clock: the tests run as of its day, whatever day it is. */
    @Autowired
    Clock clock;

    @Autowired
    MemberManagement members;

    @Autowired
    MemberCorrections corrections;

    @Autowired
    MemberLifeCycle lifeCycle;

    @Autowired
    MembershipVotes membershipVotes;

    @Autowired
    MemberSearch search;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    OrganizationId branch;
    CurrentUser secretary;
    CurrentUser clerk;

    @BeforeEach
    void setUp() {
        branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        secretary = new CurrentUser(9101, "bithu-m", "Bí thư", List.of(new Grant(branch.value(), Role.SECRETARY)));
        clerk = new CurrentUser(9102, "vanthu-m", "Văn thư", List.of(new Grant(branch.value(), Role.CLERK)));
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndToleratesATypo() {
        MemberId id = members.create(
                secretary,
                MemberDraft.minimal(
                        branch,
                        "Nguyễn Thị Hường Tìm",
                        Gender.FEMALE,
                        LocalDate.of(1980, 1, 2),
                        LocalDate.of(2005, 1, 2),
                        LocalDate.of(2005, 1, 20),
                        LocalDate.of(2006, 1, 20)));
        for (String q : List.of("nguyen thi huong tim", "NGUYỄN THỊ HƯỜNG TÌM", "huong tim", "nguyen thi huong tinm")) {
            MemberPage page = search.list(secretary, MemberQuery.of(null, q));
            assertThat(page.members())
                    .as(q)
                    .extracting(MemberSummary::id)
                    .first()
                    .isEqualTo(id);
        }
        assertThat(search.list(secretary, MemberQuery.of(null, "zzzz qqqq")).total())
                .isZero();
    }

    @Test
    void javaFoldsNamesExactlyAsTheDatabaseDoesAndAnEditedNameIsRefolded() {
        String letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        for (String text : List.of(letters, letters.toUpperCase(java.util.Locale.ROOT), "Nguyễn Thị Hương")) {
            assertThat(VietnameseText.fold(text))
                    .isEqualTo(jdbc.sql("SELECT platform.fold(:t)")
                            .param("t", text)
                            .query(String.class)
                            .single());
        }
        MemberId id = members.create(
                secretary,
                MemberDraft.minimal(
                        branch,
                        "Lê Văn Tên Cũ",
                        Gender.MALE,
                        LocalDate.of(1981, 1, 2),
                        LocalDate.of(2006, 1, 2),
                        LocalDate.of(2006, 1, 20),
                        null));
        jdbc.sql("UPDATE members.member SET full_name = 'Lê Văn Đổi Mới' WHERE id = :id")
                .param("id", id.value())
                .update();
        assertThat(search.list(secretary, MemberQuery.of(null, "le van doi moi"))
                        .members())
                .extracting(MemberSummary::id)
                .containsExactly(id);
    }

    @Test
    void listsSortByGivenNameInVietnameseOrder() {
        MemberPage page = search.list(secretary, MemberQuery.of(branch, null).withPage(0, 200));
        List<String> given = page.members().stream()
                .map(m -> m.fullName().substring(m.fullName().lastIndexOf(' ') + 1))
                .toList();
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        assertThat(given)
                .isSortedAccordingTo((a, b) -> collator.compare(a.toLowerCase(), b.toLowerCase()) <= 0
                        ? (collator.compare(a.toLowerCase(), b.toLowerCase()) == 0 ? 0 : -1)
                        : 1);
        assertThat(page.total()).isEqualTo(page.members().size());
    }

    @Test
    void personalDataIsMaskedWithoutThePermissionAndEveryViewIsAudited() {
        MemberId id = members.create(
                secretary,
                MemberDraft.minimal(
                                branch,
                                "Lê Văn Che Giấu",
                                Gender.MALE,
                                LocalDate.of(1979, 5, 6),
                                LocalDate.of(2004, 1, 2),
                                LocalDate.of(2004, 1, 20),
                                null)
                        .with(MemberField.CITIZEN_ID, "036079001234"));
        assertThat(members.details(secretary, id).particulars().citizenId()).isEqualTo("036079001234");
        MemberDetails masked = members.details(clerk, id);
        assertThat(masked.particulars().citizenId()).isEqualTo("•••••••••234");
        assertThat(masked.personalDataVisible()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'member.view' AND entity_id = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theLifeCycleFollowsTheHistoryAndRefusesIllegalChanges() {
        LocalDate ceremony = LocalDate.now(clock).minusMonths(13);
        MemberId id = members.create(
                secretary,
                MemberDraft.minimal(
                        branch,
                        "Đỗ Thị Dự Bị",
                        Gender.FEMALE,
                        LocalDate.of(1995, 5, 6),
                        ceremony.minusDays(10),
                        ceremony,
                        null));
        assertThat(lifeCycle.recognitionsDue(secretary, branch, LocalDate.now(clock)))
                .anySatisfy(r -> assertThat(r.member().id()).isEqualTo(id));
        assertThatThrownBy(() -> lifeCycle.recordEvent(
                        secretary,
                        id,
                        new RecordMemberEvent(
                                MemberEventKind.RECOGNIZED, ceremony.minusDays(1), null, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("member.event.officialBeforeCeremony");
        // Issue 18, item 15: no recognition without the branch's passing vote (two thirds of the official members).
        assertThatThrownBy(() -> lifeCycle.recordEvent(
                        secretary,
                        id,
                        new RecordMemberEvent(
                                MemberEventKind.RECOGNIZED, ceremony.plusMonths(12), null, null, null, null, null)))
                .hasMessageContaining("member.recognition.noPassingVote");
        membershipVotes.record(
                secretary,
                id,
                new MembershipVote(
                        MembershipVote.Kind.RECOGNITION,
                        branch,
                        ceremony.plusMonths(12).minusDays(1),
                        null,
                        null,
                        11,
                        6,
                        0,
                        17,
                        12,
                        false));
        assertThatThrownBy(() -> lifeCycle.recordEvent(
                        secretary,
                        id,
                        new RecordMemberEvent(
                                MemberEventKind.RECOGNIZED, ceremony.plusMonths(12), null, null, null, null, null)))
                .as("eleven of seventeen is short of two thirds")
                .hasMessageContaining("member.recognition.noPassingVote");
        membershipVotes.record(
                secretary,
                id,
                new MembershipVote(
                        MembershipVote.Kind.RECOGNITION,
                        branch,
                        ceremony.plusMonths(12),
                        null,
                        null,
                        12,
                        5,
                        0,
                        17,
                        12,
                        true));
        lifeCycle.recordEvent(
                secretary,
                id,
                new RecordMemberEvent(
                        MemberEventKind.RECOGNIZED,
                        ceremony.plusMonths(12).plusDays(20),
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(members.details(secretary, id).officialDate())
                .as("official from the end of probation, not from the decision")
                .isEqualTo(ceremony.plusMonths(12));
        assertThat(members.details(secretary, id).votes()).hasSize(2);
        assertThatThrownBy(() -> lifeCycle.recordEvent(
                        secretary,
                        id,
                        new RecordMemberEvent(
                                MemberEventKind.RECOGNIZED, LocalDate.now(clock), null, null, null, null, null)))
                .hasMessageContaining("member.event.alreadyOfficial");
        lifeCycle.recordEvent(
                secretary,
                id,
                new RecordMemberEvent(MemberEventKind.DIED, LocalDate.now(clock), null, null, null, null, null));
        assertThatThrownBy(() -> lifeCycle.recordEvent(
                        secretary,
                        id,
                        new RecordMemberEvent(
                                MemberEventKind.TRANSFERRED, LocalDate.now(clock), null, null, null, "Nơi khác", null)))
                .hasMessageContaining("member.event.deceased");
        MemberDetails details = members.details(secretary, id);
        assertThat(details.status()).isEqualTo(MemberStatus.DECEASED);
        assertThat(details.history())
                .extracting(MemberEvent::kind)
                .containsExactly(MemberEventKind.ADMITTED, MemberEventKind.RECOGNIZED, MemberEventKind.DIED);
    }

    @Test
    void theMemberSeesHerOwnRecordOnlyAndAsksForACorrection() throws Exception {
        mvc.perform(get("/me").session(login("dangvien")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Vũ Thị Thanh Hương")));
        mvc.perform(get("/api/v1/members").with(httpBasic("dangvien", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        long userId = jdbc.sql("SELECT id FROM platform.app_user WHERE username = 'dangvien'")
                .query(Long.class)
                .single();
        CurrentUser self = new CurrentUser(
                userId, "dangvien", "Vũ Thị Thanh Hương", List.of(new Grant(branch.value(), Role.MEMBER)));
        corrections.request(self, "Ngày sinh", "12/04/1989");
        assertThat(corrections.open(secretary))
                .anySatisfy(c -> assertThat(c.requested()).isEqualTo("12/04/1989"));
    }

    @Test
    void theApiCreatesAMemberAndAnswersWithTheRecord() throws Exception {
        String json =
                """
                {"organizationId": %d, "fullName": "Trịnh Thị Giao Diện", "gender": "FEMALE",
                 "birthDate": "1990-07-08", "admissionDate": "2016-02-03", "ceremonyDate": "2016-02-20",
                 "officialDate": "2017-02-20", "theoryLevel": "INTERMEDIATE", "ethnicity": "tay"}
                """
                        .formatted(branch.value());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/members")
                        .contentType("application/json")
                        .content(json)
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.fullName").value("Trịnh Thị Giao Diện"))
                .andExpect(jsonPath("$.organizationId").value(branch.value()))
                .andExpect(jsonPath("$.status").value("OFFICIAL"))
                .andExpect(jsonPath("$.ethnicity").value("Tày"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/members")
                        .contentType("application/json")
                        .content(json.replace("2016-02-20", "2016-01-01"))
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ceremonyDate"));
    }

    @Test
    void exportsAreAudited() throws Exception {
        mvc.perform(get("/members/export.csv").session(login("bithu")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.startsWith("\uFEFFSTT,Họ và tên")));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM platform.audit_log WHERE action = 'member.export' AND actor = 'bithu'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    org.springframework.mock.web.MockHttpSession login(String username) throws Exception {
        var result = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .param("username", username)
                                .param("password", DemoFixtures.PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        return (org.springframework.mock.web.MockHttpSession)
                result.getRequest().getSession(false);
    }
}
