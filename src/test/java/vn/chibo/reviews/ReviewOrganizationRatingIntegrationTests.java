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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.Gender;
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
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.Role;

/**
 * The organizations' quality rating as a branch and the sector's committee hold it, on a real PostgreSQL: the
 * self-assessment held to the rules of its date, the order members → organization, the committee's decision under the
 * excellence cap of the grassroots organization, the scope of each account, refusals by field with nothing written,
 * and the member-review gaps (a review date after today, the roster redrawn). Each test rates its organizations in a
 * year of its own (the cap is counted per grassroots organization and year; the demo rates the demo year).
 */
@ChiboIntegrationTest
class ReviewOrganizationRatingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    OrganizationRatingManagement ratings;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MemberManagement members;

    @Autowired
    MemberLifeCycle lifeCycle;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DemoFixtures.PASSWORD);
    }

    OrganizationId sector() {
        return OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
    }

    /** The sector's committee, as the demo's capuy account holds it. */
    CurrentUser committee() {
        return new CurrentUser(9301, "capuy", "Cấp ủy", List.of(new Grant(sector().value(), Role.COMMITTEE)));
    }

    CurrentUser secretaryOf(OrganizationId branch) {
        return new CurrentUser(9302, "bithu-test", "Bí thư", List.of(new Grant(branch.value(), Role.SECRETARY)));
    }

    OrganizationId branch(String name) {
        return organizations.create(
                committee(),
                sector(),
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

    static final java.util.concurrent.atomic.AtomicInteger births =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() % 3000) + 4000);

    MemberId member(OrganizationId branch, String name, LocalDate admitted) {
        return members.create(
                committee(),
                MemberDraft.minimal(
                        branch,
                        name,
                        Gender.MALE,
                        LocalDate.of(1970, 1, 1).plusDays(births.incrementAndGet()),
                        admitted,
                        admitted.plusDays(10),
                        admitted.plusDays(10).plusYears(1)));
    }

    static RecordOrganizationRating facts(
            int onTime, int exceeded, boolean leadershipDisciplined, RatingLevel proposed, int version) {
        return new RecordOrganizationRating(
                onTime,
                exceeded,
                100,
                100,
                false,
                false,
                null,
                leadershipDisciplined,
                false,
                false,
                null,
                proposed,
                proposed,
                "Hoàn thành các chỉ tiêu nghị quyết năm học.",
                version);
    }

    long audited(String action, Object entityId) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", entityId.toString())
                .query(Long.class)
                .single();
    }

    /**
     * The branch's members' review for the year, proposed and approved as proposed: every member rated Hoàn thành
     * nhiệm vụ, outside the base of the members' excellence cap that other tests count in the same years.
     */
    void membersApproved(OrganizationId branch, int year, LocalDate date) {
        ReviewRoundId round = reviews.open(committee(), new OpenReviewRound(branch, year, date));
        for (MemberReview m : reviews.details(committee(), round).members()) {
            if (m.rated()) {
                reviews.record(
                        committee(),
                        round,
                        m.entryId(),
                        new RecordMemberReview(
                                0,
                                false,
                                false,
                                100,
                                false,
                                false,
                                false,
                                false,
                                null,
                                null,
                                null,
                                null,
                                RatingLevel.COMPLETED,
                                RatingLevel.COMPLETED,
                                null,
                                m.version()));
            }
        }
        reviews.propose(committee(), round);
        reviews.approveAsProposed(committee(), round);
    }

    @Test
    void aBranchRatesItselfAfterItsMembersAndTheCommitteeAboveDecides() {
        OrganizationId branch = branch("Chi bộ Xếp loại A");
        member(branch, "Đặng Văn Hùng", LocalDate.of(2012, 4, 2));
        CurrentUser secretary = secretaryOf(branch);
        // 2024: held under QĐ 124.
        OrganizationRatingId id =
                ratings.open(secretary, new OpenOrganizationRating(branch, 2024, LocalDate.of(2024, 12, 18)));
        OrganizationRatingDetails opened = ratings.details(secretary, id);
        assertThat(opened.rules()).isEqualTo(OrganizationRatingRules.QD_124);
        assertThat(opened.status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(opened.membersRound()).isEqualTo(MembersRoundState.NONE);
        assertThat(audited("reviews.organization.open", id)).isEqualTo(1);

        // Excellent with a leadership member disciplined is refused, naming the organization, and nothing is written.
        assertThatThrownBy(() ->
                        ratings.record(secretary, id, facts(100, 40, true, RatingLevel.EXCELLENT, opened.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("proposedLevel");
                    assertThat(e.messageKey()).isEqualTo("reviews.org.level.notAllowed");
                });
        assertThat(ratings.details(secretary, id).version()).isEqualTo(opened.version());
        assertThat(audited("reviews.organization.record", id)).isZero();

        ratings.record(secretary, id, facts(100, 20, false, RatingLevel.GOOD, opened.version()));
        OrganizationRatingDetails recorded = ratings.details(secretary, id);
        assertThat(recorded.proposedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(recorded.assessment().highest()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(audited("reviews.organization.record", id)).isEqualTo(1);

        // Members → organization: no proposal before the members' levels are approved.
        assertThatThrownBy(() -> ratings.propose(secretary, id))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.messageKey()).isEqualTo("reviews.org.membersFirst");
                });
        membersApproved(branch, 2024, LocalDate.of(2024, 12, 16));
        assertThat(ratings.details(secretary, id).membersRound()).isEqualTo(MembersRoundState.APPROVED);
        ratings.propose(secretary, id);
        assertThat(ratings.details(secretary, id).status()).isEqualTo(ReviewStatus.PROPOSED);

        // The branch does not decide its own level; the committee above does.
        assertThatThrownBy(() -> ratings.decide(secretary, id, RatingLevel.GOOD, null, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> ratings.decide(committee(), id, RatingLevel.EXCELLENT, null, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("decidedLevel"));
        ratings.decide(committee(), id, RatingLevel.GOOD, "Quyết định số 112-QĐ/ĐU ngày 26/12/2024", null);
        OrganizationRatingDetails decided = ratings.details(secretary, id);
        assertThat(decided.status()).isEqualTo(ReviewStatus.CLOSED);
        assertThat(decided.decidedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(decided.decisionNote()).contains("112-QĐ/ĐU");
        assertThat(audited("reviews.organization.decide", id)).isEqualTo(1);
        assertThatThrownBy(() -> ratings.record(secretary, id, facts(100, 20, false, RatingLevel.GOOD, 0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("status"));

        // What other modules read: the decided levels of the subtree for the year.
        assertThat(ratings.decidedLevels(committee(), sector(), 2024))
                .filteredOn(r -> r.organizationId().equals(branch))
                .singleElement()
                .satisfies(r -> assertThat(r.level()).isEqualTo(RatingLevel.GOOD));
        assertThat(ratings.countsByDecidedLevel(committee(), sector(), 2024).get(RatingLevel.GOOD))
                .isGreaterThanOrEqualTo(1);
        assertThat(ratings.decidedLevels(secretary, branch, 2024)).hasSize(1);

        OrganizationRatingBoard board = ratings.board(committee(), sector(), 2024);
        assertThat(board.organizations())
                .filteredOn(o -> o.organizationId().equals(branch))
                .singleElement()
                .satisfies(o -> assertThat(o.decidedLevel()).isEqualTo(RatingLevel.GOOD));
        assertThat(board.tally().decided()).isGreaterThanOrEqualTo(1);
        assertThat(board.decidable()).isTrue();
    }

    @Test
    void theCommitteeReturnsAProposalAndTheExcellenceCapHoldsOnItsDecisionUnlessRaised() {
        // 2023, QĐ 124: four branches proposed Hoàn thành tốt and one excellent in the sector's grassroots scope.
        List<OrganizationRatingId> good = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            OrganizationId branch = branch("Chi bộ Xếp loại T" + i);
            membersApproved(branch, 2023, LocalDate.of(2023, 12, 15));
            OrganizationRatingId id =
                    ratings.open(committee(), new OpenOrganizationRating(branch, 2023, LocalDate.of(2023, 12, 20)));
            ratings.record(committee(), id, facts(100, 10, false, RatingLevel.GOOD, 0));
            ratings.propose(committee(), id);
            good.add(id);
        }
        OrganizationId best = branch("Chi bộ Xếp loại X");
        membersApproved(best, 2023, LocalDate.of(2023, 12, 15));
        OrganizationRatingId excellent =
                ratings.open(committee(), new OpenOrganizationRating(best, 2023, LocalDate.of(2023, 12, 20)));
        ratings.record(committee(), excellent, facts(100, 50, false, RatingLevel.EXCELLENT, 0));
        ratings.propose(committee(), excellent);

        // Returned with remarks, it may be proposed again.
        ratings.returnToOrganization(committee(), excellent, "Bổ sung minh chứng các chỉ tiêu vượt mức.");
        assertThat(ratings.details(committee(), excellent).status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(audited("reviews.organization.return", excellent)).isEqualTo(1);
        ratings.propose(committee(), excellent);

        int otherGood = (int) ratings.board(committee(), sector(), 2023).organizations().stream()
                .filter(o -> o.currentLevel() == RatingLevel.GOOD)
                .count();
        assertThat(otherGood).isGreaterThanOrEqualTo(4);
        if (otherGood < 5) {
            // 20% of 4 rated Hoàn thành tốt is 0.8, rounded down to 0.
            assertThatThrownBy(() -> ratings.decide(committee(), excellent, RatingLevel.EXCELLENT, null, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("decidedLevel");
                        assertThat(e.messageKey()).isEqualTo("review.org.cap.exceeded");
                    });
            assertThat(ratings.details(committee(), excellent).status()).isEqualTo(ReviewStatus.PROPOSED);
            assertThat(ratings.board(committee(), sector(), 2023).tally().warnings())
                    .extracting(ReviewMessage::messageKey)
                    .contains("review.org.cap.exceeded");
        }
        // The competent level raised the cap for the year with its decision.
        ratings.raiseCeiling(committee(), sector(), 2023, 25, "Quyết định số 98-QĐ/ĐU ngày 20/12/2023");
        ratings.decide(committee(), excellent, RatingLevel.EXCELLENT, "Quyết định số 99-QĐ/ĐU", null);
        for (OrganizationRatingId id : good) {
            ratings.decide(committee(), id, RatingLevel.GOOD, null, null);
        }
        OrganizationRatingBoard board = ratings.board(committee(), sector(), 2023);
        assertThat(board.raisedCeiling().percent()).isEqualTo(25);
        assertThat(board.tally().levels())
                .filteredOn(l -> l.level() == RatingLevel.EXCELLENT)
                .singleElement()
                .satisfies(l -> assertThat(l.count()).isGreaterThanOrEqualTo(1));
        assertThat(board.tally().cap().exceeded()).isFalse();
        assertThat(board.tally().capScope()).isEqualTo(DemoFixtures.SECTOR_COMMITTEE);
    }

    @Test
    void aReviewDateAfterTodayIsRefusedNamingTheFieldForMembersAndOrganizations() {
        LocalDate today = LocalDate.now(clock);
        LocalDate tomorrow = today.plusDays(1);
        OrganizationId branch = branch("Chi bộ Xếp loại B");
        assertThatThrownBy(() -> reviews.open(committee(), new OpenReviewRound(branch, tomorrow.getYear(), tomorrow)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reviewDate");
                    assertThat(e.messageKey()).isEqualTo("reviews.reviewDate.future");
                });
        assertThatThrownBy(() ->
                        ratings.open(committee(), new OpenOrganizationRating(branch, tomorrow.getYear(), tomorrow)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reviewDate"));
        assertThat(jdbc.sql("SELECT count(*) FROM reviews.organization_rating WHERE organization_id = :o")
                        .param("o", branch.value())
                        .query(Long.class)
                        .single())
                .isZero();
        // Today itself is allowed.
        ReviewRoundId round = reviews.open(committee(), new OpenReviewRound(branch, today.getYear(), today));
        assertThat(reviews.details(committee(), round).reviewDate()).isEqualTo(today);
    }

    @Test
    void theOpenRosterIsRedrawnWhenMembersJoinedOrWereExemptedSinceItWasOpened() throws Exception {
        OrganizationId branch = branch("Chi bộ Xếp loại R");
        MemberId kept = member(branch, "Bùi Thị Ngọc", LocalDate.of(2010, 9, 1));
        MemberId exempted = member(branch, "Cao Văn Sơn", LocalDate.of(2009, 3, 3));
        ReviewRoundId round = reviews.open(committee(), new OpenReviewRound(branch, 2023, LocalDate.of(2023, 12, 22)));
        MemberReview keptEntry = reviews.details(committee(), round).members().stream()
                .filter(m -> m.memberId().equals(kept))
                .findFirst()
                .orElseThrow();
        reviews.record(
                committee(),
                round,
                keptEntry.entryId(),
                new RecordMemberReview(
                        0,
                        false,
                        false,
                        100,
                        false,
                        false,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null,
                        RatingLevel.GOOD,
                        RatingLevel.GOOD,
                        "Giữ nguyên khi lập lại danh sách",
                        keptEntry.version()));
        assertThat(reviews.rosterChanges(committee(), round).isEmpty()).isTrue();

        // Recorded after the round was opened: a member transferred in (on the list that day) and an exemption.
        MemberId joined = member(branch, "Đinh Thị Oanh", LocalDate.of(2016, 5, 5));
        lifeCycle.recordEvent(
                committee(),
                exempted,
                new RecordMemberEvent(
                        MemberEventKind.EXEMPTED,
                        LocalDate.of(2023, 6, 1),
                        null,
                        new DecisionReference("15", "QĐ/ĐU", LocalDate.of(2023, 6, 1)),
                        null,
                        null,
                        "Tuổi cao, sức khỏe yếu"));
        RosterChanges changes = reviews.rosterChanges(committee(), round);
        assertThat(changes.joined()).containsExactly("Đinh Thị Oanh");
        assertThat(changes.standingChanged()).containsExactly("Cao Văn Sơn");

        // The page offers the redraw; the secretary's POST redraws it.
        MockHttpSession session = login("capuy");
        String page = mvc.perform(get("/reviews/" + round).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lập lại danh sách đảng viên").contains("Đinh Thị Oanh");
        mvc.perform(post("/reviews/" + round + "/roster").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reviews/" + round));

        ReviewRoundDetails after = reviews.details(committee(), round);
        assertThat(after.members())
                .extracting(MemberReview::memberId)
                .containsExactlyInAnyOrder(kept, exempted, joined);
        MemberReview exemptNow = after.members().stream()
                .filter(m -> m.memberId().equals(exempted))
                .findFirst()
                .orElseThrow();
        assertThat(exemptNow.rated()).isFalse();
        assertThat(exemptNow.notRatedReasons())
                .extracting(ReviewMessage::messageKey)
                .contains("review.notRated.exempt");
        MemberReview keptNow = after.members().stream()
                .filter(m -> m.memberId().equals(kept))
                .findFirst()
                .orElseThrow();
        assertThat(keptNow.proposedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(keptNow.recorded().notes()).isEqualTo("Giữ nguyên khi lập lại danh sách");
        assertThat(audited("reviews.roster.redraw", round)).isEqualTo(1);
        assertThat(reviews.rosterChanges(committee(), round).isEmpty()).isTrue();
    }

    @Test
    void eachAccountReachesOnlyItsOwnOrganizationsThroughTheApiAndThePages() throws Exception {
        OrganizationId own = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        OrganizationId foreign = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH));
        OrganizationRatingId foreignRating = ratings.ratingOf(committee(), foreign, 2022)
                .orElseGet(() -> ratings.open(
                        committee(), new OpenOrganizationRating(foreign, 2023, LocalDate.of(2023, 12, 27))));
        mvc.perform(get("/api/v1/reviews/organizations/" + foreignRating).with(as("bithu")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reviews/organizations/" + foreignRating).with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizationName").value(DemoFixtures.OTHER_BRANCH));
        mvc.perform(put("/api/v1/reviews/organizations/" + foreignRating)
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reviews/organizations/" + foreignRating).with(as("dangvien")))
                .andExpect(status().isNotFound());

        // The secretary opens her branch's rating through the API and may not decide it.
        String opened = mvc.perform(post("/api/v1/reviews/organizations")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + own + ", \"year\": 2023, \"reviewDate\": \"2023-12-26\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(opened, "$.id")).longValue();
        mvc.perform(put("/api/v1/reviews/organizations/" + id + "/decision")
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\": \"GOOD\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/reviews/organizations/" + id)
                        .with(as("bithu"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tasksOnTimePercent\": 100, \"tasksExceededPercent\": 10,"
                                + " \"targetsAchievedPercent\": 100, \"shortcomingsRemediedPercent\": 100,"
                                + " \"proposedLevel\": \"GOOD\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proposedLevel").value("GOOD"))
                .andExpect(jsonPath("$.assessment.highest").value("EXCELLENT"));
        // The branch's members' review of 2023 is not approved: refused in Vietnamese, field status.
        String refused = mvc.perform(
                        post("/api/v1/reviews/organizations/" + id + "/propose").with(as("bithu")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(refused, "$.errors[0].message"))
                .contains("Xếp loại đảng viên phải được cấp trên duyệt trước khi xếp loại tổ chức đảng");

        // The pages: the committee's list names the branch; a refused form comes back with the field's label.
        MockHttpSession session = login("capuy");
        String board = mvc.perform(get("/reviews/organizations")
                        .param("org", Long.toString(sector().value()))
                        .param("year", "2023")
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains(DemoFixtures.BITHU_BRANCH).contains("Tổng hợp xếp loại tổ chức đảng");
        mvc.perform(get("/reviews/organizations/summary")
                        .param("org", Long.toString(sector().value()))
                        .param("year", "2023")
                        .header("HX-Request", "true")
                        .session(session))
                .andExpect(status().isOk());
        mvc.perform(post("/reviews/organizations/" + id)
                        .session(session)
                        .with(csrf())
                        .param("tasksOnTimePercent", "140")
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reviews/organizations/" + id + "#record"))
                .andExpect(flash().attribute(
                                "error",
                                org.hamcrest.Matchers.containsString(
                                        "Tỷ lệ chỉ tiêu, nhiệm vụ hoàn thành đúng tiến độ")));
        mvc.perform(get("/reviews/organizations/" + id).session(session)).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reviews/organizations/{id}/decision']")
                        .exists());
    }

    @Test
    void hostileInputToTheOrganizationApiIsRefusedByFieldAndWritesNothing() throws Exception {
        OrganizationId branch = branch("Chi bộ Xếp loại H");
        OrganizationRatingId id =
                ratings.open(committee(), new OpenOrganizationRating(branch, 2023, LocalDate.of(2023, 12, 19)));
        vn.chibo.Hostile hostile = vn.chibo.Hostile.draw();
        List<String> fields = List.of(
                "tasksOnTimePercent",
                "tasksExceededPercent",
                "targetsAchievedPercent",
                "shortcomingsRemediedPercent",
                "subordinateUnitDisciplined",
                "subordinateUnitsDisciplinedPercent",
                "disunity",
                "score",
                "selfLevel",
                "proposedLevel",
                "notes");
        int version = ratings.details(committee(), id).version();
        for (int i = 0; i < 40; i++) {
            Map<String, String> values = hostile.someOf(fields, hostile::string);
            StringBuilder body = new StringBuilder("{\"version\": " + version);
            values.forEach((field, value) -> body.append(", \"")
                    .append(field)
                    .append("\": ")
                    .append(tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .writeValueAsString(value)));
            body.append('}');
            MockHttpServletResponse answer;
            try {
                answer = mvc.perform(put("/api/v1/reviews/organizations/" + id)
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
                String message =
                        JsonPath.read(answer.getContentAsString(StandardCharsets.UTF_8), "$.errors[0].message");
                assertThat(message).as("%s [%s]", body, hostile).isNotBlank();
                assertThat(ratings.details(committee(), id).version())
                        .as("nothing written for %s", body)
                        .isEqualTo(version);
            } else {
                version = ratings.details(committee(), id).version();
            }
        }
        // Inconsistent facts are refused by field.
        assertThatThrownBy(() -> ratings.record(
                        committee(),
                        id,
                        new RecordOrganizationRating(
                                100,
                                30,
                                100,
                                100,
                                false,
                                false,
                                15,
                                false,
                                false,
                                false,
                                null,
                                null,
                                null,
                                null,
                                ratings.details(committee(), id).version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                        .isEqualTo("subordinateUnitsDisciplinedPercent"));
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
