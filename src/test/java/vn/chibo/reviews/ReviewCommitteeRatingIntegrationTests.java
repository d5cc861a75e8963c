package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
 * A committee's own rating and the gaps found in December 2026, on a real PostgreSQL: a committee proposes its level only
 * once it has decided the organizations under it (the level below first), its refusals are worded for any organization
 * and not for a branch, the organizations' page shows the newest year with data rather than an empty calendar year,
 * and a committee member suspended only from committee activities is recorded, reviewed and rated. Each test builds
 * organizations of its own under the sector's committee, so that the shared demo data does not decide what it sees.
 */
@ChiboIntegrationTest
class ReviewCommitteeRatingIntegrationTests {

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

    String unique(String name) {
        return name + " " + System.nanoTime() % 100000;
    }

    /** A sub-committee (đảng bộ bộ phận) of the sector, with nothing under it yet. */
    OrganizationId subCommittee(String name) {
        return organizations.create(
                committee(),
                sector(),
                new OrganizationDraft(
                        unique(name), "ĐBBP", OrganizationType.SUB_COMMITTEE, null, null, null, null, null, null));
    }

    OrganizationId branch(OrganizationId parent, String name, LocalDate foundedOn) {
        return organizations.create(
                committee(),
                parent,
                new OrganizationDraft(
                        unique(name), "CB", OrganizationType.BRANCH, null, null, null, null, foundedOn, null));
    }

    String name(OrganizationId organization) {
        return organizations.summary(committee(), organization).name();
    }

    static final AtomicInteger births = new AtomicInteger((int) (System.nanoTime() % 3000) + 2000);

    MemberId member(OrganizationId branch, String name, Gender gender, LocalDate admitted) {
        return members.create(
                committee(),
                MemberDraft.minimal(
                        branch,
                        name,
                        gender,
                        LocalDate.of(1966, 1, 1).plusDays(births.incrementAndGet()),
                        admitted,
                        admitted.plusDays(10),
                        admitted.plusDays(10).plusYears(1)));
    }

    /** A year that every rule set allows up to Hoàn thành tốt: all tasks on time, 80 points. */
    static RecordOrganizationRating facts(RatingLevel proposed, int version) {
        return new RecordOrganizationRating(
                100,
                10,
                100,
                100,
                false,
                false,
                null,
                false,
                false,
                false,
                BigDecimal.valueOf(80),
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

    /** The branch's members' review approved, then its own rating proposed at Hoàn thành tốt. */
    OrganizationRatingId proposed(OrganizationId branch, int year, LocalDate date) {
        ReviewRoundId round = reviews.open(committee(), new OpenReviewRound(branch, year, date));
        reviews.propose(committee(), round);
        reviews.approveAsProposed(committee(), round);
        OrganizationRatingId id = ratings.open(committee(), new OpenOrganizationRating(branch, year, date));
        ratings.record(
                committee(),
                id,
                facts(RatingLevel.GOOD, ratings.details(committee(), id).version()));
        ratings.propose(committee(), id);
        return id;
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

    @Test
    void aCommitteeProposesItsOwnLevelOnlyOnceTheOrganizationsUnderItAreDecided() throws Exception {
        LocalDate conference = LocalDate.of(2025, 12, 22);
        OrganizationId sub = subCommittee("Đảng bộ bộ phận Trường THPT Xếp loại");
        OrganizationId maths = branch(sub, "Chi bộ Tổ Toán", null);
        OrganizationId letters = branch(sub, "Chi bộ Tổ Ngữ văn", null);
        // Set up less than 6 months before the review: not rated that year (HD 21), so not waited for.
        OrganizationId computing = branch(sub, "Chi bộ Tổ Tin học", LocalDate.of(2025, 9, 1));

        OrganizationRatingId own = ratings.open(committee(), new OpenOrganizationRating(sub, 2025, conference));
        ratings.record(
                committee(),
                own,
                facts(RatingLevel.GOOD, ratings.details(committee(), own).version()));
        assertThat(ratings.details(committee(), own).subordinatesNotDecided())
                .containsExactlyInAnyOrder(name(maths), name(letters));

        // Neither branch rated: refused, naming both, and nothing written.
        assertThatThrownBy(() -> ratings.propose(committee(), own))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.messageKey()).isEqualTo("reviews.org.subordinatesFirst");
                    assertThat(e.arguments()[2]).isEqualTo(2);
                    assertThat((String) e.arguments()[3])
                            .contains(name(maths), name(letters))
                            .doesNotContain(name(computing));
                });
        assertThat(ratings.details(committee(), own).status()).isEqualTo(ReviewStatus.OPEN);
        assertThat(audited("reviews.organization.propose", own)).isZero();

        // One branch decided, the other only proposed: still refused, naming the one left, on the API and the page.
        OrganizationRatingId mathsRating = proposed(maths, 2025, conference);
        ratings.decide(committee(), mathsRating, RatingLevel.GOOD, "Quyết định số 31-QĐ/ĐU", null);
        OrganizationRatingId lettersRating = proposed(letters, 2025, conference);
        assertThat(ratings.details(committee(), own).subordinatesNotDecided()).containsExactly(name(letters));

        String refused = mvc.perform(post("/api/v1/reviews/organizations/" + own + "/propose")
                        .with(as("capuy")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(refused, "$.errors[0].message"))
                .contains(name(sub), name(letters), "chưa được quyết định xếp loại")
                .doesNotContain(name(maths));
        MockHttpSession session = login("capuy");
        mvc.perform(post("/reviews/organizations/" + own + "/propose")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reviews/organizations/" + own + "#actions"))
                .andExpect(flash().attribute("error", containsString(name(letters))));
        String page = mvc.perform(get("/reviews/organizations/" + own).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Tổ chức đảng trực thuộc chưa được quyết định xếp loại năm 2025: " + name(letters));
        assertThat(ratings.details(committee(), own).status()).isEqualTo(ReviewStatus.OPEN);

        // Every organization under it decided: the committee proposes, and the level above decides.
        ratings.decide(committee(), lettersRating, RatingLevel.GOOD, "Quyết định số 32-QĐ/ĐU", null);
        assertThat(ratings.details(committee(), own).subordinatesNotDecided()).isEmpty();
        ratings.propose(committee(), own);
        assertThat(ratings.details(committee(), own).status()).isEqualTo(ReviewStatus.PROPOSED);
        assertThat(audited("reviews.organization.propose", own)).isEqualTo(1);
        ratings.decide(committee(), own, RatingLevel.GOOD, "Quyết định số 45-QĐ/ĐU", null);
        assertThat(ratings.details(committee(), own).decidedLevel()).isEqualTo(RatingLevel.GOOD);

        // A branch proposes without waiting for anything under it.
        assertThat(ratings.details(committee(), mathsRating).subordinatesNotDecided())
                .isEmpty();
    }

    @Test
    void aCommitteesRefusedLevelIsWordedForAnyOrganizationNotForABranch() throws Exception {
        OrganizationId sub = subCommittee("Đảng bộ bộ phận Trường THCS Xếp loại");
        OrganizationRatingId id =
                ratings.open(committee(), new OpenOrganizationRating(sub, 2024, LocalDate.of(2024, 12, 20)));
        int version = ratings.details(committee(), id).version();
        MockHttpSession session = login("capuy");
        // A member of its leadership disciplined bars excellence (QĐ 124 and QĐ 366 Điều 11.1).
        mvc.perform(post("/reviews/organizations/" + id)
                        .session(session)
                        .with(csrf())
                        .param("tasksOnTimePercent", "100")
                        .param("tasksExceededPercent", "40")
                        .param("targetsAchievedPercent", "100")
                        .param("shortcomingsRemediedPercent", "100")
                        .param("leadershipMemberDisciplined", "true")
                        .param("proposedLevel", "EXCELLENT")
                        .param("version", Integer.toString(version)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reviews/organizations/" + id + "#record"))
                .andExpect(flash().attribute(
                                "error",
                                allOf(
                                        containsString("Mức xếp loại đề nghị"),
                                        containsString(name(sub)),
                                        not(containsString("chi bộ đề nghị")))));
        assertThat(ratings.details(committee(), id).version()).isEqualTo(version);
        String refused = mvc.perform(put("/api/v1/reviews/organizations/" + id)
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tasksOnTimePercent\": 100, \"tasksExceededPercent\": 40,"
                                + " \"targetsAchievedPercent\": 100, \"shortcomingsRemediedPercent\": 100,"
                                + " \"leadershipMemberDisciplined\": true, \"proposedLevel\": \"EXCELLENT\","
                                + " \"version\": " + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("proposedLevel"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(refused, "$.errors[0].message"))
                .contains(name(sub))
                .doesNotContain("chi bộ đề nghị");
    }

    @Test
    void withoutAYearTheOrganizationsPagesShowTheNewestYearWithDataNotAnEmptyCalendarYear() throws Exception {
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 12, 6));
        OrganizationId sub = subCommittee("Đảng bộ bộ phận Trường Tiểu học Xếp loại");
        OrganizationId branch = branch(sub, "Chi bộ Khối Một", null);
        ratings.open(committee(), new OpenOrganizationRating(branch, 2024, LocalDate.of(2024, 12, 19)));
        CurrentUser subCommittee =
                new CurrentUser(9311, "capuy-bp", "Cấp ủy bộ phận", List.of(new Grant(sub.value(), Role.COMMITTEE)));

        // Within the sub-committee's scope only 2024 has data, though the calendar year and the year under review
        // are 2026.
        assertThat(ratings.yearsWithData(subCommittee, null)).containsExactly(2024);
        assertThat(ratings.defaultYear(subCommittee, null)).isEqualTo(2024);
        OrganizationRatingBoard board = ratings.board(subCommittee, sub, null);
        assertThat(board.year()).isEqualTo(2024);
        assertThat(board.organizations()).singleElement().satisfies(o -> assertThat(o.ratingId())
                .isNotNull());
        // With nothing at all, the year under review by the clock.
        OrganizationId empty = subCommittee("Đảng bộ bộ phận Chưa xếp loại");
        assertThat(ratings.yearsWithData(committee(), empty)).isEmpty();
        assertThat(ratings.defaultYear(committee(), empty)).isEqualTo(2026);
        assertThat(ratings.currentReviewYear()).isEqualTo(2026);

        // The page and the API alike, for an organization asked for without a year.
        MockHttpSession session = login("capuy");
        String page = mvc.perform(get("/reviews/organizations")
                        .param("org", Long.toString(sub.value()))
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(model().attribute("year", 2024))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(name(branch)).contains("value=\"2024\"").contains("<datalist id=\"b-years\">");
        mvc.perform(get("/api/v1/reviews/organizations")
                        .param("org", Long.toString(sub.value()))
                        .with(as("capuy")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2024));
        // A year asked for is kept, empty or not.
        mvc.perform(get("/reviews/organizations")
                        .param("org", Long.toString(sub.value()))
                        .param("year", "2026")
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(model().attribute("year", 2026));

        // The sector's committee with no organization asked for: the newest year with data in its subtree, which the
        // demo's reviews make at least 2025 (the access matrix's rows dated 2099, which no review could be, do not
        // count).
        Integer newest = jdbc.sql(
                        """
                        SELECT max(y) FROM (
                            SELECT r.review_year AS y FROM reviews.organization_rating r
                            JOIN organizations.organization_tree o ON o.id = r.organization_id
                            WHERE o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :s)
                              AND r.review_year <= 2026
                          UNION ALL
                            SELECT r.review_year FROM reviews.review_round r
                            JOIN organizations.organization_tree o ON o.id = r.organization_id
                            WHERE o.path <@ (SELECT path FROM organizations.organization_tree WHERE id = :s)
                              AND r.review_year <= 2026
                        ) years
                        """)
                .param("s", sector().value())
                .query(Integer.class)
                .single();
        assertThat(newest).isGreaterThanOrEqualTo(2025);
        assertThat(ratings.defaultYear(committee(), sector())).isEqualTo(newest);
        mvc.perform(get("/reviews/organizations").session(session))
                .andExpect(status().isOk())
                .andExpect(model().attribute("year", newest));
    }

    @Test
    void aCommitteeMemberSuspendedOnlyFromCommitteeActivitiesIsRecordedReviewedAndRated() throws Exception {
        OrganizationId branch = branch(sector(), "Chi bộ Xếp loại Đình chỉ", null);
        MemberId deputy = member(branch, "Lương Văn Khải", Gender.MALE, LocalDate.of(2011, 5, 19));
        MemberId suspended = member(branch, "Tạ Thị Hằng", Gender.FEMALE, LocalDate.of(2012, 8, 2));
        lifeCycle.recordEvent(
                committee(),
                suspended,
                new RecordMemberEvent(
                        MemberEventKind.SUSPENDED,
                        LocalDate.of(2025, 3, 10),
                        null,
                        new DecisionReference("21", "QĐ/ĐU", LocalDate.of(2025, 3, 10)),
                        null,
                        null,
                        "Đình chỉ sinh hoạt đảng trong thời gian kiểm tra"));
        ReviewRoundId round = reviews.open(committee(), new OpenReviewRound(branch, 2025, LocalDate.of(2025, 12, 17)));
        List<MemberReview> listed = reviews.details(committee(), round).members();
        MemberReview khai = listed.stream()
                .filter(m -> m.memberId().equals(deputy))
                .findFirst()
                .orElseThrow();
        MemberReview hang = listed.stream()
                .filter(m -> m.memberId().equals(suspended))
                .findFirst()
                .orElseThrow();
        assertThat(hang.suspended()).isTrue();
        assertThat(hang.reviewed()).isFalse();

        // Suspended only from committee activities: recorded, still reviewed and rated, with a note saying why.
        mvc.perform(put("/api/v1/reviews/" + round + "/members/" + khai.entryId())
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suspendedFromCommittee\": true, \"score\": 85, \"targetsAchievedPercent\": 100,"
                                + " \"tasksAllOnTime\": true, \"tasksExceededPercent\": 10,"
                                + " \"shortcomingsRemedied\": true, \"proposedLevel\": \"GOOD\", \"version\": "
                                + khai.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded.suspendedFromCommittee").value(true))
                .andExpect(jsonPath("$.reviewed").value(true))
                .andExpect(jsonPath("$.rated").value(true))
                .andExpect(jsonPath("$.highest").value("GOOD"))
                .andExpect(jsonPath("$.recorded.proposedLevel").value("GOOD"))
                .andExpect(jsonPath("$.notes[0].messageKey").value("review.note.committeeSuspension"));
        assertThat(jdbc.sql("SELECT suspended_from_committee FROM reviews.member_review WHERE id = :id")
                        .param("id", khai.entryId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(audited("reviews.member.record", khai.entryId())).isEqualTo(1);
        MockHttpSession session = login("capuy");
        String roundPage = mvc.perform(get("/reviews/" + round).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(roundPage).contains("Đình chỉ sinh hoạt cấp ủy");

        // Not on top of a suspension from Party activities: refused by field, naming her, nothing written.
        String refused = mvc.perform(put("/api/v1/reviews/" + round + "/members/" + hang.entryId())
                        .with(as("capuy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suspendedFromCommittee\": true, \"version\": " + hang.version() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("suspendedFromCommittee"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(refused, "$.errors[0].message"))
                .contains("Tạ Thị Hằng")
                .contains("đình chỉ sinh hoạt cấp ủy");
        assertThat(reviews.member(committee(), round, hang.entryId()).version()).isEqualTo(hang.version());

        // The member's form records it too, and an unticked box lifts it.
        MemberReview recorded = reviews.member(committee(), round, khai.entryId());
        String form = mvc.perform(
                        get("/reviews/" + round + "/members/" + khai.entryId()).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("name=\"suspendedFromCommittee\"").contains("Mức chi bộ đề nghị");
        mvc.perform(post("/reviews/" + round + "/members/" + khai.entryId())
                        .session(session)
                        .with(csrf())
                        .param("score", "85")
                        .param("targetsAchievedPercent", "100")
                        .param("proposedLevel", "COMPLETED")
                        .param("version", Integer.toString(recorded.version())))
                .andExpect(status().is3xxRedirection());
        MemberReview lifted = reviews.member(committee(), round, khai.entryId());
        assertThat(lifted.recorded().suspendedFromCommittee()).isFalse();
        assertThat(lifted.notes()).isEmpty();
        assertThat(lifted.rated()).isTrue();
    }
}
