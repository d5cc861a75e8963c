package vn.chibo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/** Rewards, discipline (expulsion enters the life cycle) and members received from outside ChiBo. */
@ChiboIntegrationTest
class MemberRewardsAndDisciplineIntegrationTests {

    @Autowired
    MemberManagement members;

    @Autowired
    MemberDiscipline discipline;

    @Autowired
    MemberLifeCycle lifeCycle;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    OrganizationId branch;
    CurrentUser secretary;
    MemberId id;

    @BeforeEach
    void setUp() {
        branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        secretary = new CurrentUser(9301, "bithu-d", "Bí thư", List.of(new Grant(branch.value(), Role.SECRETARY)));
        id = members.create(
                secretary,
                MemberDraft.minimal(
                        branch,
                        "Lê Thị Khen " + System.nanoTime() % 100000,
                        Gender.FEMALE,
                        LocalDate.of(1990, 7, 8),
                        LocalDate.of(2015, 2, 3),
                        LocalDate.of(2015, 2, 20),
                        LocalDate.of(2016, 2, 20)));
    }

    private static DecisionReference decision(String number, LocalDate date) {
        return new DecisionReference(number, "QĐ/ĐU", date);
    }

    @Test
    void rewardsAndDisciplineAreListedWithTheirDecisionsAndAudited() {
        addRewardOrDiscipline(
                secretary,
                id,
                "REWARD",
                "Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2024",
                decision("12", LocalDate.of(2025, 1, 10)));
        addRewardOrDiscipline(
                secretary, id, "REPRIMAND", "Vi phạm quy định sinh hoạt đảng", decision("3", LocalDate.of(2025, 6, 2)));

        MemberDetails details = members.details(secretary, id);
        assertThat(details.rewardsAndDiscipline())
                .extracting(MemberDetails.RewardOrDiscipline::kind)
                .containsExactly("REWARD", "REPRIMAND");
        assertThat(details.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'member.distinction.add'"
                                + " AND entity_id = :id")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void expulsionEntersTheLifeCycleAndASecondExpulsionIsRefusedWithNothingWritten() {
        addRewardOrDiscipline(
                secretary,
                id,
                "EXPULSION",
                "Vi phạm nghiêm trọng Điều lệ Đảng",
                decision("9", LocalDate.of(2025, 9, 1)));
        MemberDetails details = members.details(secretary, id);
        assertThat(details.status()).isEqualTo(MemberStatus.EXPELLED);
        assertThat(details.history()).extracting(MemberEvent::kind).contains(MemberEventKind.EXPELLED);

        assertThatThrownBy(() -> addRewardOrDiscipline(
                        secretary, id, "EXPULSION", "Lần hai", decision("10", LocalDate.of(2025, 9, 2))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(members.details(secretary, id).rewardsAndDiscipline()).hasSize(1);
    }

    @Test
    void badInputNamesTheFieldAndAnotherBranchCannotRecord() {
        assertThatThrownBy(() ->
                        addRewardOrDiscipline(secretary, id, "PRAISE", "x", decision("1", LocalDate.of(2025, 1, 1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() ->
                        addRewardOrDiscipline(secretary, id, "REWARD", " ", decision("1", LocalDate.of(2025, 1, 1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("description"));
        assertThatThrownBy(() -> addRewardOrDiscipline(secretary, id, "REWARD", "Khen", decision("1", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("decisionDate"));
        long other = DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH);
        CurrentUser otherSecretary =
                new CurrentUser(9302, "bithu-x", "Bí thư", List.of(new Grant(other, Role.SECRETARY)));
        assertThatThrownBy(() -> addRewardOrDiscipline(
                        otherSecretary, id, "REWARD", "Khen", decision("1", LocalDate.of(2025, 1, 1))))
                .isInstanceOf(NotFoundException.class);
        assertThat(members.details(secretary, id).rewardsAndDiscipline()).isEmpty();
    }

    @Test
    void theApiRecordsAndListsRewardsAndDiscipline() throws Exception {
        mvc.perform(post("/api/v1/members/" + id + "/rewards")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"Giấy khen của Đảng ủy\",\"decisionNumber\":\"45\","
                                + "\"decisionDate\":\"2025-02-03\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].kind").value("REWARD"));
        mvc.perform(post("/api/v1/members/" + id + "/discipline")
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"REWARD\",\"description\":\"x\",\"decisionDate\":\"2025-02-03\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/members/" + id + "/discipline").with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aMemberReceivedFromOutsideKeepsHerRecordAndTheArrivalIsInHerHistory() {
        MemberId received = lifeCycle.receive(
                secretary,
                MemberDraft.minimal(
                        branch,
                        "Phạm Văn Đến " + System.nanoTime() % 100000,
                        Gender.MALE,
                        LocalDate.of(1988, 4, 5),
                        LocalDate.of(2012, 3, 1),
                        LocalDate.of(2012, 3, 15),
                        LocalDate.of(2013, 3, 15)),
                new Arrival(
                        "Chi bộ Trường THCS Hòa Bình, tỉnh Lâm Thủy", LocalDate.of(2025, 8, 20), decision("77", null)));
        MemberDetails details = members.details(secretary, received);
        assertThat(details.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(details.history())
                .filteredOn(e -> e.kind() == MemberEventKind.TRANSFERRED_IN)
                .singleElement()
                .satisfies(e -> assertThat(e.externalOrganization()).contains("Hòa Bình"));
        // Her life cycle goes on from there: she can later be transferred out again.
        lifeCycle.recordEvent(
                secretary,
                received,
                new RecordMemberEvent(
                        MemberEventKind.TRANSFERRED,
                        LocalDate.of(2025, 10, 1),
                        null,
                        decision("80", null),
                        null,
                        "Đảng bộ Trường Đại học Sư phạm",
                        null));
        assertThat(members.details(secretary, received).status()).isEqualTo(MemberStatus.TRANSFERRED_OUT);

        assertThatThrownBy(() -> lifeCycle.receive(
                        secretary,
                        MemberDraft.minimal(
                                branch,
                                "Không Nơi Đi",
                                Gender.MALE,
                                LocalDate.of(1988, 4, 5),
                                LocalDate.of(2012, 3, 1),
                                LocalDate.of(2012, 3, 15),
                                LocalDate.of(2013, 3, 15)),
                        new Arrival(" ", LocalDate.of(2025, 8, 20), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("fromOrganization"));
    }

    @Test
    void aProbationerIsOnlyReprimandedOrWarned() {
        MemberId probationer = members.create(
                secretary,
                MemberDraft.minimal(
                        branch,
                        "Ngô Thị Dự Bị " + System.nanoTime() % 100000,
                        Gender.FEMALE,
                        LocalDate.of(1995, 7, 8),
                        LocalDate.of(2026, 2, 3),
                        LocalDate.of(2026, 2, 20),
                        null));
        assertThatThrownBy(() -> addRewardOrDiscipline(
                        secretary, probationer, "EXPULSION", "Vi phạm", decision("5", LocalDate.of(2026, 6, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("member.discipline.probationer"));
        addRewardOrDiscipline(
                secretary, probationer, "WARNING", "Vi phạm quy định", decision("6", LocalDate.of(2026, 6, 1)));
        assertThat(members.details(secretary, probationer).status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(members.details(secretary, probationer).rewardsAndDiscipline())
                .hasSize(1);
    }

    /** As the member page's form sends it: a reward, or a measure named by its kind. */
    private void addRewardOrDiscipline(
            CurrentUser user, MemberId id, String kind, String description, DecisionReference decision) {
        if ("REWARD".equals(kind)) {
            discipline.addReward(user, id, description, decision);
        } else {
            discipline.addDiscipline(user, id, Discipline.of(kind), description, decision);
        }
    }
}
