package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
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
import vn.chibo.members.Discipline;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDiscipline;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberEventKind;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberLifeCycle;
import vn.chibo.members.MemberManagement;
import vn.chibo.members.RecordMemberEvent;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.DecisionReference;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/**
 * The annual review as a branch and its committee hold it, on a real PostgreSQL: a round opened with the roster and the
 * rules of its date, levels held to the rules (a refusal in Vietnamese naming the member, with nothing written), the
 * excellence cap on the proposal, the committee's approval and closing, the scope of each account, and the same through
 * the pages and the JSON API. Each test works in a year of its own, so that the cap, counted per grassroots
 * organization and year, sees only its own rounds.
 */
@ChiboIntegrationTest
class ReviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    MemberLifeCycle lifeCycle;

    @Autowired
    MemberDiscipline discipline;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DemoFixtures.PASSWORD);
    }

    /** The sector's committee, as the demo's capuy account holds it. */
    CurrentUser committee() {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        return new CurrentUser(9301, "capuy", "Cấp ủy", List.of(new Grant(sector, Role.COMMITTEE)));
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

    /** Birth dates differ from member to member: a name with a birth date is refused as a duplicate. */
    static final java.util.concurrent.atomic.AtomicInteger births =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 3000));

    MemberId member(OrganizationId branch, String name, LocalDate admitted) {
        boolean official = admitted.isBefore(LocalDate.of(2024, 1, 1));
        return members.create(
                committee(),
                MemberDraft.minimal(
                        branch,
                        name,
                        Gender.FEMALE,
                        LocalDate.of(1968, 1, 1).plusDays(births.incrementAndGet()),
                        admitted,
                        admitted.plusDays(10),
                        official ? admitted.plusDays(10).plusYears(1) : null));
    }

    MemberReview entry(ReviewRoundDetails round, MemberId member) {
        return round.members().stream()
                .filter(m -> m.memberId().equals(member))
                .findFirst()
                .orElseThrow();
    }

    static RecordMemberReview levels(RatingLevel self, RatingLevel proposed, int version) {
        return new RecordMemberReview(
                0, false, false, 100, false, false, false, false, null, null, null, null, self, proposed, null,
                version);
    }

    long audited(String action, Object entityId) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", entityId.toString())
                .query(Long.class)
                .single();
    }

    @Test
    void aRoundListsTheBranchOnItsReviewDateUnderTheRulesOfThatDate() {
        OrganizationId branch = branch("Chi bộ Kiểm điểm A");
        MemberId lan = member(branch, "Nguyễn Thị Lan", LocalDate.of(2015, 3, 8));
        MemberId hoa = member(branch, "Trần Thu Hoa", LocalDate.of(2025, 9, 1));
        MemberId minh = member(branch, "Lê Văn Minh", LocalDate.of(2010, 5, 19));
        MemberId tung = member(branch, "Phạm Thanh Tùng", LocalDate.of(2012, 11, 2));
        MemberId later = member(branch, "Đỗ Hải Yến", LocalDate.of(2026, 2, 3));
        lifeCycle.recordEvent(
                committee(),
                minh,
                new RecordMemberEvent(
                        MemberEventKind.EXEMPTED,
                        LocalDate.of(2025, 3, 1),
                        null,
                        new DecisionReference("7", "QĐ/ĐU", LocalDate.of(2025, 3, 1)),
                        null,
                        null,
                        "Tuổi cao, sức khỏe yếu"));
        discipline.addDiscipline(
                committee(),
                tung,
                Discipline.REPRIMAND,
                "Vi phạm quy chế làm việc",
                new DecisionReference("21", "QĐ/ĐU", LocalDate.of(2025, 6, 20)));

        ReviewRoundId id = reviews.open(committee(), new OpenReviewRound(branch, 2025, LocalDate.of(2025, 12, 15)));
        ReviewRoundDetails round = reviews.details(committee(), id);

        assertThat(round.rules()).isEqualTo(ReviewRules.QD_366);
        assertThat(round.status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(round.members()).extracting(MemberReview::memberId).containsExactlyInAnyOrder(lan, hoa, minh, tung);
        assertThat(round.members()).extracting(MemberReview::memberId).doesNotContain(later);
        MemberReview newcomer = entry(round, hoa);
        assertThat(newcomer.reviewed()).isTrue();
        assertThat(newcomer.rated()).isFalse();
        assertThat(newcomer.notRatedReasons())
                .extracting(ReviewMessage::messageKey)
                .containsExactly("review.notRated.newMember");
        MemberReview exempt = entry(round, minh);
        assertThat(exempt.reviewed()).isFalse();
        assertThat(exempt.exempt()).isTrue();
        MemberReview disciplined = entry(round, tung);
        assertThat(disciplined.disciplineDecisions()).containsExactly(LocalDate.of(2025, 6, 20));
        assertThat(disciplined.highest()).isEqualTo(RatingLevel.NOT_COMPLETED);
        // Under QĐ 366 a member with no score recorded cannot yet be shown to earn more than KHTNV.
        assertThat(entry(round, lan).highest()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(entry(round, lan).limits())
                .extracting(l -> l.reason().messageKey())
                .contains("review.limit.scoreMissing");
        assertThat(round.tally().members()).isEqualTo(4);
        assertThat(round.tally().rated()).isEqualTo(2);
        assertThat(round.tally().notRated()).isEqualTo(2);
        assertThat(audited("reviews.open", id)).isEqualTo(1);

        assertThatThrownBy(
                        () -> reviews.open(committee(), new OpenReviewRound(branch, 2025, LocalDate.of(2025, 12, 20))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
        // A review dated before 30/8/2025 is held under QĐ 124.
        OrganizationId earlier = branch("Chi bộ Kiểm điểm B");
        member(earlier, "Vũ Minh Châu", LocalDate.of(2014, 1, 9));
        ReviewRoundId old = reviews.open(committee(), new OpenReviewRound(earlier, 2024, LocalDate.of(2024, 12, 16)));
        assertThat(reviews.details(committee(), old).rules()).isEqualTo(ReviewRules.QD_124);
    }

    @Test
    void aLevelAboveTheCeilingIsRefusedInVietnameseNamingTheMemberAndNothingIsWritten() throws Exception {
        OrganizationId branch = branch("Chi bộ Kiểm điểm C");
        MemberId tung = member(branch, "Phạm Thanh Tùng", LocalDate.of(2012, 11, 2));
        MemberId lan = member(branch, "Nguyễn Thị Lan", LocalDate.of(2015, 3, 8));
        discipline.addDiscipline(
                committee(),
                tung,
                Discipline.WARNING,
                "Vi phạm nguyên tắc tập trung dân chủ",
                new DecisionReference("30", "QĐ/ĐU", LocalDate.of(2025, 4, 11)));
        String opened = mvc.perform(post("/api/v1/reviews")
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"organizationId\": " + branch + ", \"year\": 2025, \"reviewDate\": \"2025-12-18\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(opened, "$.id")).longValue();
        ReviewRoundDetails round = reviews.details(committee(), ReviewRoundId.of(id));
        MemberReview before = entry(round, tung);

        String refused = mvc.perform(put("/api/v1/reviews/" + id + "/members/" + before.entryId())
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sickLeaveMonths\": 2, \"score\": 92, \"tasksAllOnTime\": true,"
                                + " \"tasksExceededPercent\": 40, \"shortcomingsRemedied\": true,"
                                + " \"proposedLevel\": \"GOOD\", \"notes\": \"Ghi chú thử\", \"version\": "
                                + before.version() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("proposedLevel"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String message = JsonPath.read(refused, "$.errors[0].message");
        assertThat(message)
                .contains("Phạm Thanh Tùng")
                .contains("Hoàn thành tốt nhiệm vụ")
                .contains("kỷ luật")
                .contains("11/04/2025");

        MemberReview after = reviews.member(committee(), ReviewRoundId.of(id), before.entryId());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.recorded().sickLeaveMonths()).isZero();
        assertThat(after.recorded().score()).isNull();
        assertThat(after.recorded().notes()).isNull();
        assertThat(after.proposedLevel()).isNull();
        assertThat(audited("reviews.member.record", before.entryId())).isZero();

        // The same year with a clean record may be proposed excellent: 92 points, every task on time, 40% exceeded.
        MemberReview clean = entry(round, lan);
        mvc.perform(put("/api/v1/reviews/" + id + "/members/" + clean.entryId())
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\": 92, \"tasksAllOnTime\": true, \"tasksExceededPercent\": 40,"
                                + " \"shortcomingsRemedied\": true, \"selfLevel\": \"EXCELLENT\","
                                + " \"proposedLevel\": \"EXCELLENT\", \"version\": " + clean.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.highest").value("EXCELLENT"))
                .andExpect(jsonPath("$.recorded.proposedLevel").value("EXCELLENT"))
                .andExpect(jsonPath("$.recorded.version").value(clean.version() + 1));
        assertThat(audited("reviews.member.record", clean.entryId())).isEqualTo(1);
        // A form read before that change is refused, not silently overwritten.
        mvc.perform(put("/api/v1/reviews/" + id + "/members/" + clean.entryId())
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposedLevel\": \"COMPLETED\", \"version\": " + clean.version() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        // The page refuses the same way, back on the member's form with the reason.
        MockHttpSession session = login("capuy");
        mvc.perform(post("/reviews/" + id + "/members/" + before.entryId())
                        .session(session)
                        .with(csrf())
                        .param("proposedLevel", "COMPLETED")
                        .param("sickLeaveMonths", "1")
                        .param("version", Integer.toString(before.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reviews/" + id + "/members/" + before.entryId() + "#record"))
                .andExpect(flash().attribute(
                                "error",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("Mức xếp loại đề nghị"),
                                        org.hamcrest.Matchers.containsString("Phạm Thanh Tùng"))));
        assertThat(reviews.member(committee(), ReviewRoundId.of(id), before.entryId())
                        .recorded()
                        .sickLeaveMonths())
                .isZero();
    }

    @Test
    void theExcellenceCapHoldsOnTheProposalAndTheCommitteeApprovesAndCloses() {
        OrganizationId branch = branch("Chi bộ Kiểm điểm D");
        List<MemberId> six = List.of(
                member(branch, "Nguyễn Văn An", LocalDate.of(2011, 2, 1)),
                member(branch, "Trần Thị Bích", LocalDate.of(2012, 3, 1)),
                member(branch, "Lê Quang Cường", LocalDate.of(2013, 4, 1)),
                member(branch, "Phạm Thị Dung", LocalDate.of(2014, 5, 1)),
                member(branch, "Hoàng Văn Em", LocalDate.of(2015, 6, 1)),
                member(branch, "Vũ Thị Giang", LocalDate.of(2016, 7, 1)));
        // 2024: QĐ 124, levels proposed without a point scale.
        ReviewRoundId id = reviews.open(committee(), new OpenReviewRound(branch, 2024, LocalDate.of(2024, 12, 20)));
        ReviewRoundDetails round = reviews.details(committee(), id);
        List<RatingLevel> proposed = List.of(
                RatingLevel.EXCELLENT,
                RatingLevel.GOOD,
                RatingLevel.GOOD,
                RatingLevel.GOOD,
                RatingLevel.GOOD,
                RatingLevel.COMPLETED);
        for (int i = 0; i < six.size(); i++) {
            MemberReview m = entry(round, six.get(i));
            reviews.record(committee(), id, m.entryId(), levels(null, proposed.get(i), m.version()));
        }
        // 4 rated Hoàn thành tốt: 20% of 4 is 0.8, rounded down to 0, and one is proposed excellent.
        assertThatThrownBy(() -> reviews.propose(committee(), id))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("review.cap.exceeded");
                    assertThat(e.arguments()).containsExactly(1, 0, 20, 4, 1);
                });
        assertThat(reviews.details(committee(), id).status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(reviews.details(committee(), id).tally().cap().exceeded()).isTrue();

        MemberReview giang = entry(reviews.details(committee(), id), six.get(5));
        reviews.record(committee(), id, giang.entryId(), levels(null, RatingLevel.GOOD, giang.version()));
        reviews.propose(committee(), id);
        assertThat(reviews.details(committee(), id).status()).isEqualTo(ReviewStatus.PROPOSED);

        // The branch's secretary does not decide: that is the committee above.
        CurrentUser secretary =
                new CurrentUser(9302, "bithu-d", "Bí thư", List.of(new Grant(branch.value(), Role.SECRETARY)));
        assertThatThrownBy(() -> reviews.close(secretary, id)).isInstanceOf(vn.chibo.platform.ForbiddenException.class);

        assertThat(reviews.approveAsProposed(committee(), id)).isEqualTo(6);
        reviews.close(committee(), id);
        ReviewRoundDetails closed = reviews.details(committee(), id);
        assertThat(closed.status()).isEqualTo(ReviewStatus.CLOSED);
        Map<RatingLevel, RoundTally.LevelCount> counts = new java.util.EnumMap<>(RatingLevel.class);
        closed.tally().levels().forEach(l -> counts.put(l.level(), l));
        assertThat(counts.get(RatingLevel.EXCELLENT).count()).isEqualTo(1);
        assertThat(counts.get(RatingLevel.EXCELLENT).percent()).isEqualByComparingTo("16.7");
        assertThat(counts.get(RatingLevel.GOOD).count()).isEqualTo(5);
        assertThat(closed.tally().cap().allowed()).isEqualTo(1);
        assertThat(audited("reviews.close", id)).isEqualTo(1);
        // Closed is final.
        MemberReview an = entry(closed, six.get(0));
        assertThatThrownBy(() ->
                        reviews.record(committee(), id, an.entryId(), levels(null, RatingLevel.GOOD, an.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void eachAccountSeesAndChangesOnlyWhatItsGrantsCover() throws Exception {
        long own = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        String opened = mvc.perform(post("/api/v1/reviews")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + own + ", \"year\": 2023, \"reviewDate\": \"2023-12-20\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long ownRound = ((Number) JsonPath.read(opened, "$.id")).longValue();
        OrganizationId foreignBranch = branch("Chi bộ Kiểm điểm E");
        member(foreignBranch, "Đặng Thị Hạnh", LocalDate.of(2016, 8, 19));
        ReviewRoundId foreign =
                reviews.open(committee(), new OpenReviewRound(foreignBranch, 2023, LocalDate.of(2023, 12, 21)));
        long foreignEntry =
                reviews.details(committee(), foreign).members().get(0).entryId();

        // The secretary: her branch, not another.
        mvc.perform(get("/api/v1/reviews/" + ownRound).with(as("bithu")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rules.regulation").value("QĐ 124-QĐ/TW"))
                .andExpect(jsonPath("$.manageable").value(true))
                .andExpect(jsonPath("$.decidable").value(false));
        mvc.perform(get("/api/v1/reviews/" + foreign).with(as("bithu"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/reviews/" + foreign + "/members/" + foreignEntry)
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposedLevel\": \"GOOD\", \"version\": 0}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reviews/" + foreign).session(login("bithu"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reviews")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + foreignBranch + ", \"year\": 2022,"
                                + " \"reviewDate\": \"2023-12-21\"}"))
                .andExpect(status().isNotFound());
        String listed = mvc.perform(get("/api/v1/reviews").with(as("bithu")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(listed, "$[*].id");
        assertThat(ids).contains((int) ownRound).doesNotContain((int) foreign.value());
        // The level above decides: the secretary may not close her own branch's round.
        mvc.perform(post("/api/v1/reviews/" + ownRound + "/close").with(as("bithu")))
                .andExpect(status().isForbidden());

        // A member without the permission sees no review, even of her own branch; strangers are asked to sign in.
        mvc.perform(get("/api/v1/reviews/" + ownRound).with(as("dangvien"))).andExpect(status().isForbidden());
        mvc.perform(get("/reviews/" + ownRound).session(login("dangvien"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reviews").with(as("dangvien")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/reviews/" + ownRound)).andExpect(status().isUnauthorized());

        // The committee sees both, on the page and in the API, and may decide.
        mvc.perform(get("/api/v1/reviews/" + foreign).with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decidable").value(true));
        String page = mvc.perform(get("/reviews/" + foreign).session(login("capuy")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Đặng Thị Hạnh")
                .contains("Kiểm điểm năm 2023")
                .contains("QĐ 124-QĐ/TW");
        mvc.perform(get("/reviews/" + foreign + "/summary")
                        .session(login("capuy"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Tổng hợp kết quả")));
    }

    @Test
    void theOpenApiDocumentDescribesTheReviewRoutesWithTheirErrors() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String[] route : new String[][] {
            {"/api/v1/reviews", "post"},
            {"/api/v1/reviews/{id}", "get"},
            {"/api/v1/reviews/{id}/summary", "get"},
            {"/api/v1/reviews/{id}/members/{memberReviewId}", "put"},
            {"/api/v1/reviews/{id}/members/{memberReviewId}/approval", "put"},
            {"/api/v1/reviews/{id}/propose", "post"},
            {"/api/v1/reviews/{id}/close", "post"}
        }) {
            Object responses = JsonPath.read(doc, "$.paths['" + route[0] + "']." + route[1] + ".responses");
            assertThat(responses.toString()).as(route[0]).contains("401", "403");
            if (route[0].contains("{")) {
                assertThat(responses.toString()).as(route[0]).contains("404");
            }
            if (!route[1].equals("get")) {
                assertThat(responses.toString()).as(route[0]).contains("400");
            }
        }
        assertThat((Object) JsonPath.read(doc, "$.components.schemas.RecordMemberReview"))
                .isNotNull();
    }

    @Test
    void hostileInputToTheApiIsRefusedByFieldAndWritesNothing() throws Exception {
        OrganizationId branch = branch("Chi bộ Kiểm điểm F");
        member(branch, "Ngô Thị Thắm", LocalDate.of(2013, 10, 7));
        ReviewRoundId id = reviews.open(committee(), new OpenReviewRound(branch, 2023, LocalDate.of(2023, 12, 15)));
        MemberReview before = reviews.details(committee(), id).members().get(0);
        vn.chibo.Hostile hostile = vn.chibo.Hostile.draw();
        List<String> fields = List.of(
                "sickLeaveMonths",
                "targetsAchievedPercent",
                "score",
                "tasksAllOnTime",
                "tasksExceededPercent",
                "shortcomingsRemedied",
                "selfLevel",
                "proposedLevel",
                "notes",
                "maternityLeave");
        for (int i = 0; i < 40; i++) {
            Map<String, String> values = hostile.someOf(fields, hostile::string);
            StringBuilder body = new StringBuilder("{\"version\": " + before.version());
            values.forEach((field, value) -> body.append(", \"")
                    .append(field)
                    .append("\": ")
                    .append(tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .writeValueAsString(value)));
            body.append('}');
            org.springframework.mock.web.MockHttpServletResponse answer;
            try {
                answer = mvc.perform(put("/api/v1/reviews/" + id + "/members/" + before.entryId())
                                .with(as("capuy"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body.toString()))
                        .andReturn()
                        .getResponse();
            } catch (jakarta.servlet.ServletException e) {
                throw new AssertionError("500 for " + body + " [" + hostile + "]", e);
            }
            assertThat(answer.getStatus()).as("%s [%s]", body, hostile).isIn(200, 400);
            if (answer.getStatus() == 400) {
                String message = JsonPath.read(
                        answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.errors[0].message");
                assertThat(message).as("%s [%s]", body, hostile).isNotBlank();
                MemberReview now = reviews.member(committee(), id, before.entryId());
                assertThat(now.version()).as("nothing written for %s", body).isEqualTo(before.version());
            } else {
                before = reviews.member(committee(), id, before.entryId());
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
