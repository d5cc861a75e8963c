package vn.chibo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.elections.CongressId;
import vn.chibo.elections.CongressKind;
import vn.chibo.elections.CongressManagement;
import vn.chibo.elections.ConveneCongress;
import vn.chibo.elections.RecordResolution;
import vn.chibo.elections.Target;
import vn.chibo.members.Gender;
import vn.chibo.members.MemberDraft;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.organizations.OrganizationUnits;
import vn.chibo.organizations.UnitDraft;
import vn.chibo.organizations.UnitKind;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;
import vn.chibo.reviews.MemberReview;
import vn.chibo.reviews.OpenReviewRound;
import vn.chibo.reviews.RatingLevel;
import vn.chibo.reviews.RecordMemberReview;
import vn.chibo.reviews.ReviewManagement;
import vn.chibo.reviews.ReviewRoundId;

/**
 * The congress targets of a sub-committee measured year by year, and its members by rating level, from a fixture whose
 * every figure is known (made here, beside the demo data): a term from 1/6/2024 with a resolution of five targets,
 * branch A (10 members) and branch B (5) with approved reviews for 2024 (everyone rated good) and 2025 (eleven of
 * fifteen good or better, one not completed), A's 2026 review still open, and branch C, never reviewed, where members
 * were admitted on 1/3/2024, 1/8/2024 and 1/3/2025. The tests run on 6/12/2026.
 */
@ChiboIntegrationTest
class StatisticsTargetsIntegrationTests {

    static final String PASSWORD = "mat-khau-chi-tieu-2026";

    @Autowired
    TargetStatistics targets;

    @Autowired
    RatingStatistics ratings;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationUnits units;

    @Autowired
    MemberManagement members;

    @Autowired
    CongressManagement congresses;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    record Fixture(
            OrganizationId subCommittee,
            OrganizationId branchA,
            OrganizationId branchB,
            OrganizationId branchC,
            String nameA,
            String nameC,
            String committeeAccount,
            String secretaryA,
            String memberA) {}

    private static Fixture fixture;

    private Fixture fixture() {
        if (fixture == null) {
            fixture = build();
        }
        return fixture;
    }

    private CurrentUser committee() {
        return new CurrentUser(
                9502,
                "capuy-ct",
                "Cấp ủy",
                List.of(new Grant(fixture().subCommittee().value(), Role.COMMITTEE)));
    }

    private Fixture build() {
        long n = System.nanoTime() % 100000;
        // A grassroots committee of its own beside the sector's, so that the excellence cap of its rounds counts no
        // other test's (the reviews tests count the sector's rounds of their years).
        long province = jdbc.sql("SELECT parent_id FROM organizations.organization WHERE id = :id")
                .param("id", DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE))
                .query(Long.class)
                .single();
        OrganizationId sub = organizations.create(
                CurrentUser.system(),
                OrganizationId.of(province),
                organization("Đảng bộ Trường Cao đẳng Sư phạm Chỉ tiêu " + n, OrganizationType.GRASSROOTS_COMMITTEE));
        CurrentUser committee =
                new CurrentUser(9502, "capuy-ct", "Cấp ủy", List.of(new Grant(sub.value(), Role.COMMITTEE)));
        String nameA = "Chi bộ Trường THCS Quang Trung " + n;
        String nameC = "Chi bộ Trường Mầm non Sơn Ca " + n;
        OrganizationId a = organizations.create(committee, sub, organization(nameA, OrganizationType.BRANCH));
        OrganizationId b = organizations.create(
                committee, sub, organization("Chi bộ Trường THCS Hùng Vương " + n, OrganizationType.BRANCH));
        OrganizationId c = organizations.create(committee, sub, organization(nameC, OrganizationType.BRANCH));
        // Staff 40 + 30 = 70.
        units.addUnit(
                committee,
                a,
                new UnitDraft(
                        "Trường THCS Quang Trung " + n,
                        UnitKind.LOWER_SECONDARY_SCHOOL,
                        null,
                        3,
                        32,
                        5,
                        LocalDate.of(2026, 9, 5)));
        units.addUnit(
                committee,
                b,
                new UnitDraft(
                        "Trường THCS Hùng Vương " + n,
                        UnitKind.LOWER_SECONDARY_SCHOOL,
                        null,
                        2,
                        24,
                        4,
                        LocalDate.of(2026, 9, 5)));
        for (int i = 0; i < 10; i++) {
            member(
                    committee,
                    a,
                    "Nguyễn Văn An " + (char) ('A' + i),
                    LocalDate.of(2008, 3, 1).plusDays(i));
        }
        for (int i = 0; i < 5; i++) {
            member(
                    committee,
                    b,
                    "Trần Thị Bình " + (char) ('A' + i),
                    LocalDate.of(2009, 4, 1).plusDays(i));
        }
        member(committee, c, "Lê Văn Cường", LocalDate.of(2010, 5, 1));
        member(committee, c, "Phạm Thị Dung", LocalDate.of(2024, 3, 1));
        member(committee, c, "Hoàng Văn Em", LocalDate.of(2024, 8, 1));
        member(committee, c, "Vũ Thị Giang", LocalDate.of(2025, 3, 1));

        // The congress of the term 2024–2029, held on 31/5/2024, and its resolution.
        CongressId congress = congresses.convene(
                committee,
                ConveneCongress.of(
                        sub,
                        CongressKind.MEMBERS,
                        1,
                        LocalDate.of(2024, 5, 31),
                        LocalDate.of(2024, 6, 1),
                        LocalDate.of(2029, 6, 1)));
        congresses.open(committee, congress);
        int attending = congresses.details(committee, congress).figures().attending();
        congresses.recordResolution(
                committee,
                congress,
                new RecordResolution(
                        "Nghị quyết Đại hội Đảng bộ bộ phận lần thứ Nhất",
                        "Phương hướng, nhiệm vụ nhiệm kỳ 2024–2029.",
                        attending,
                        0,
                        0,
                        List.of(
                                new Target(
                                        "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
                                        Target.Comparator.AT_LEAST,
                                        new BigDecimal("90"),
                                        Target.Unit.PERCENT,
                                        "đảng viên",
                                        true,
                                        Target.Measure.MEMBERS_GOOD_OR_BETTER),
                                new Target(
                                        "Không có đảng viên không hoàn thành nhiệm vụ",
                                        Target.Comparator.AT_MOST,
                                        BigDecimal.ZERO,
                                        Target.Unit.COUNT,
                                        "đảng viên",
                                        true,
                                        Target.Measure.MEMBERS_NOT_COMPLETED),
                                new Target(
                                        "Kết nạp đảng viên mới trong nhiệm kỳ",
                                        Target.Comparator.AT_LEAST,
                                        new BigDecimal("2"),
                                        Target.Unit.COUNT,
                                        "đảng viên",
                                        false,
                                        Target.Measure.MEMBERS_ADMITTED),
                                new Target(
                                        "Không có chi bộ yếu kém",
                                        Target.Comparator.NONE,
                                        null,
                                        Target.Unit.COUNT,
                                        null,
                                        true,
                                        Target.Measure.NONE),
                                new Target(
                                        "Đảng viên chiếm từ 26 % cán bộ, giáo viên, nhân viên",
                                        Target.Comparator.AT_LEAST,
                                        new BigDecimal("26"),
                                        Target.Unit.PERCENT,
                                        "CB, GV, NV",
                                        true,
                                        Target.Measure.MEMBER_SHARE_OF_STAFF))));
        congresses.close(committee, congress, LocalDate.of(2024, 5, 31));

        // 2024: everyone good. 2025: A 1 excellent, 7 good, 2 completed; B 3 good, 1 completed, 1 not completed.
        review(committee, a, 2024, List.of());
        review(committee, b, 2024, List.of());
        review(committee, a, 2025, List.of(RatingLevel.EXCELLENT, RatingLevel.COMPLETED, RatingLevel.COMPLETED));
        review(committee, b, 2025, List.of(RatingLevel.COMPLETED, RatingLevel.NOT_COMPLETED));
        // 2026: A's round is open, its levels proposed by nobody yet: not a figure.
        reviews.open(committee, new OpenReviewRound(a, 2026, LocalDate.of(2026, 12, 1)));

        String committeeAccount = "capuy-ct-" + n;
        users.createUser(
                CurrentUser.system(),
                committeeAccount,
                "Cấp ủy",
                PASSWORD,
                false,
                new Grant(sub.value(), Role.COMMITTEE));
        String secretaryA = "bithu-ct-a-" + n;
        String memberA = "dangvien-ct-a-" + n;
        users.createUser(
                CurrentUser.system(), secretaryA, "Bí thư A", PASSWORD, false, new Grant(a.value(), Role.SECRETARY));
        users.createUser(
                CurrentUser.system(), memberA, "Đảng viên A", PASSWORD, false, new Grant(a.value(), Role.MEMBER));
        return new Fixture(sub, a, b, c, nameA, nameC, committeeAccount, secretaryA, memberA);
    }

    private static OrganizationDraft organization(String name, OrganizationType type) {
        return new OrganizationDraft(name, null, type, "Bình Sơn", null, null, null, LocalDate.of(2000, 1, 1), null);
    }

    private void member(CurrentUser user, OrganizationId branch, String name, LocalDate admitted) {
        LocalDate ceremony = admitted.plusDays(14);
        LocalDate official = ceremony.plusMonths(12);
        members.create(
                user,
                MemberDraft.minimal(
                        branch,
                        name,
                        Gender.FEMALE,
                        LocalDate.of(1985, 1, 1),
                        admitted,
                        ceremony,
                        official.isAfter(LocalDate.of(2026, 12, 6)) ? null : official));
    }

    /**
     * The branch's approved review of the year: the members of its roster rated good, but the first ones at
     * {@code levels} (the excellent first, so that the cap counts the good ones).
     */
    private void review(CurrentUser user, OrganizationId branch, int year, List<RatingLevel> levels) {
        ReviewRoundId round = reviews.open(user, new OpenReviewRound(branch, year, LocalDate.of(year, 12, 20)));
        List<MemberReview> rated = reviews.details(user, round).members().stream()
                .filter(MemberReview::rated)
                .toList();
        List<RatingLevel> planned = new ArrayList<>();
        for (int i = 0; i < rated.size(); i++) {
            // The excellent one last, after the good ones that allow her under the cap.
            planned.add(RatingLevel.GOOD);
        }
        List<RatingLevel> others =
                levels.stream().filter(l -> l != RatingLevel.EXCELLENT).toList();
        for (int i = 0; i < others.size(); i++) {
            planned.set(i, others.get(i));
        }
        if (levels.contains(RatingLevel.EXCELLENT)) {
            planned.set(rated.size() - 1, RatingLevel.EXCELLENT);
        }
        for (int i = 0; i < rated.size(); i++) {
            MemberReview member = rated.get(i);
            reviews.record(user, round, member.entryId(), facts(planned.get(i), null, member.version()));
            MemberReview read = reviews.member(user, round, member.entryId());
            reviews.record(user, round, member.entryId(), facts(planned.get(i), planned.get(i), read.version()));
        }
        reviews.propose(user, round);
        reviews.approveAsProposed(user, round);
        reviews.close(user, round);
    }

    private static RecordMemberReview facts(RatingLevel aim, RatingLevel level, int version) {
        int score =
                switch (aim) {
                    case EXCELLENT -> 95;
                    case GOOD -> 82;
                    case COMPLETED -> 66;
                    case NOT_COMPLETED -> 40;
                };
        boolean onTime = aim == RatingLevel.EXCELLENT || aim == RatingLevel.GOOD;
        return new RecordMemberReview(
                0,
                false,
                false,
                aim == RatingLevel.NOT_COMPLETED ? 50 : 100,
                false,
                false,
                false,
                false,
                BigDecimal.valueOf(score),
                onTime,
                aim == RatingLevel.EXCELLENT ? 50 : onTime ? 10 : 0,
                true,
                level,
                level,
                null,
                version);
    }

    private static RequestPostProcessor api(String username) {
        return httpBasic(username, PASSWORD);
    }

    private static final Map<String, MockHttpSession> SESSIONS = new java.util.HashMap<>();

    /** Signed in through the login form, as in a browser. */
    private RequestPostProcessor as(String username) throws Exception {
        MockHttpSession session = SESSIONS.get(username);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(post("/login")
                            .param("username", username)
                            .param("password", PASSWORD)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/"))
                    .andReturn()
                    .getRequest()
                    .getSession(false);
            SESSIONS.put(username, session);
        }
        MockHttpSession signedIn = session;
        return request -> {
            request.setSession(signedIn);
            return request;
        };
    }

    /** The API's sign-in for its routes, the login form's for the pages. */
    private RequestPostProcessor by(String route, String username) throws Exception {
        return route.startsWith("/api/") ? api(username) : as(username);
    }

    private static TargetProgress target(TargetReport report, int position) {
        return report.measured().stream()
                .filter(p -> p.position() == position)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachMeasuredTargetIsHeldToItsThresholdYearByYearWithNoFigureForAYearWithoutApprovedReview() {
        Fixture f = fixture();
        TargetReport report = targets.report(committee(), f.subCommittee());

        assertThat(report.congress()).isNotNull();
        assertThat(report.congress().termStart()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(report.years()).containsExactly(2024, 2025, 2026);
        assertThat(report.measured()).extracting(TargetProgress::position).containsExactly(1, 2, 3, 5);
        assertThat(report.byHand()).extracting(Target::indicator).containsExactly("Không có chi bộ yếu kém");

        // Good or better, at least 90 %: 15 of 15 in 2024, 11 of 15 in 2025 (1 excellent, 10 good), none in 2026.
        TargetProgress good = target(report, 1);
        assertThat(good.years())
                .extracting(TargetYear::assessment)
                .containsExactly(TargetAssessment.REACHED, TargetAssessment.NOT_REACHED, TargetAssessment.NO_DATA);
        assertThat(good.years().get(0).count()).isEqualTo(15);
        assertThat(good.years().get(0).percent()).isEqualByComparingTo("100.00");
        assertThat(good.years().get(1).count()).isEqualTo(11);
        assertThat(good.years().get(1).of()).isEqualTo(15);
        assertThat(good.years().get(1).percent()).isEqualByComparingTo("73.33");
        assertThat(good.years().get(2).count()).isNull();
        assertThat(good.years().get(2).percent()).isNull();

        // Not completed, at most 0: an "at most" target is reached at the threshold and missed above it.
        TargetProgress notCompleted = target(report, 2);
        assertThat(notCompleted.years()).extracting(TargetYear::count).containsExactly(0L, 1L, null);
        assertThat(notCompleted.years())
                .extracting(TargetYear::assessment)
                .containsExactly(TargetAssessment.REACHED, TargetAssessment.NOT_REACHED, TargetAssessment.NO_DATA);

        // Admitted, at least 2 over the term: the year's admissions, and from the term's start (1/6/2024) on; the
        // admission of 1/3/2024 counts in its year, not in the term.
        TargetProgress admitted = target(report, 3);
        assertThat(admitted.years()).extracting(TargetYear::count).containsExactly(2L, 1L, 0L);
        assertThat(admitted.years()).extracting(TargetYear::sinceTermStart).containsExactly(1L, 2L, 2L);
        assertThat(admitted.years())
                .extracting(TargetYear::assessment)
                .containsExactly(TargetAssessment.NOT_REACHED, TargetAssessment.REACHED, TargetAssessment.REACHED);

        // Members' share of the 70 staff, at least 26 %: 18 on 31/12/2024 (25,71 %), 19 on 31/12/2025 and today.
        TargetProgress share = target(report, 5);
        assertThat(share.years()).extracting(TargetYear::count).containsExactly(18L, 19L, 19L);
        assertThat(share.years().get(0).percent()).isEqualByComparingTo("25.71");
        assertThat(share.years().get(1).percent()).isEqualByComparingTo("27.14");
        assertThat(share.years())
                .extracting(TargetYear::asOf)
                .containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 6));
        // The units were first counted on 5/9/2026: the past years use that count and say so; this year does not.
        assertThat(share.years())
                .extracting(TargetYear::staffCountedAfter)
                .containsExactly(LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 5), null);
        assertThat(share.years())
                .extracting(TargetYear::assessment)
                .containsExactly(TargetAssessment.NOT_REACHED, TargetAssessment.REACHED, TargetAssessment.REACHED);

        // A branch without a congress of its own has no target to follow.
        TargetReport branch = targets.report(committee(), f.branchC());
        assertThat(branch.congress()).isNull();
        assertThat(branch.measured()).isEmpty();
    }

    @Test
    void theMembersByRatingLevelPerBranchWithSharesAndNoFigureWhereNoRoundWasApproved() {
        Fixture f = fixture();
        RatingReport year = ratings.report(committee(), f.subCommittee(), 2025);
        // The branches in the tree's order (Vietnamese collation): Mầm non Sơn Ca, THCS Hùng Vương, THCS Quang Trung.
        assertThat(year.rows()).extracting(RatingRow::name).hasSize(3).first().isEqualTo(f.nameC());
        RatingRow c = year.rows().get(0);
        RatingRow b = year.rows().get(1);
        RatingRow a = year.rows().get(2);
        assertThat(a.name()).isEqualTo(f.nameA());
        assertThat(a.levels())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        RatingLevel.EXCELLENT, 1L,
                        RatingLevel.GOOD, 7L,
                        RatingLevel.COMPLETED, 2L,
                        RatingLevel.NOT_COMPLETED, 0L));
        assertThat(b.count(RatingLevel.NOT_COMPLETED)).isEqualTo(1);
        assertThat(b.share(RatingLevel.GOOD)).isEqualByComparingTo("60.00");
        assertThat(c.hasData()).isFalse();
        assertThat(year.total().rated()).isEqualTo(15);
        assertThat(year.total().atLeast(RatingLevel.GOOD)).isEqualTo(11);
        assertThat(year.total().share(RatingLevel.EXCELLENT)).isEqualByComparingTo("6.67");
        assertThat(year.total().rounds()).isEqualTo(2);
        assertThat(year.pendingRounds()).isZero();

        // This year: A's round is still open, so there is no figure at all, and the round is said to be pending.
        RatingReport now = ratings.report(committee(), f.subCommittee(), 2026);
        assertThat(now.hasData()).isFalse();
        assertThat(now.pendingRounds()).isEqualTo(1);
        assertThat(now.years()).contains(2026, 2025, 2024);

        assertThatThrownBy(() -> ratings.report(committee(), f.subCommittee(), 2027))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }

    @Test
    void thePagesShowReachedNotReachedAndNoFiguresInVietnamese() throws Exception {
        Fixture f = fixture();
        String page = mvc.perform(get("/statistics/targets")
                        .param("organization", f.subCommittee().toString())
                        .with(as(f.committeeAccount())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "Thực hiện chỉ tiêu nghị quyết đại hội",
                        "nhiệm kỳ 2024–2029",
                        "Chỉ tiêu 1: Đảng viên hoàn thành tốt nhiệm vụ trở lên",
                        "từ 90 % trở lên",
                        "73,33 %",
                        ">Đạt<",
                        ">Chưa đạt<",
                        "Chưa có số liệu",
                        "không quá 0",
                        "Không có chi bộ yếu kém");
        String ratingsPage = mvc.perform(get("/statistics/ratings")
                        .param("organization", f.subCommittee().toString())
                        .param("year", "2025")
                        .with(as(f.committeeAccount())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ratingsPage)
                .contains("Xếp loại chất lượng đảng viên", f.nameC(), "Chưa có số liệu", "Tổng cộng")
                .contains("Tỷ lệ so với tổng số", "6,67 %", "73,33 %");
        mvc.perform(get("/statistics/ratings")
                        .param("organization", f.subCommittee().toString())
                        .param("year", "2026")
                        .with(as(f.committeeAccount())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "chưa có đợt kiểm điểm nào của năm 2026 được cấp trên phê duyệt")));
        // The share line under the members' tables too.
        mvc.perform(get("/statistics")
                        .param("organization", f.subCommittee().toString())
                        .with(as(f.committeeAccount())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Tỷ lệ so với tổng số")));
    }

    @Test
    void theApiGivesTheSameFiguresAndNoFigureIsNullNotZero() throws Exception {
        Fixture f = fixture();
        mvc.perform(get("/api/v1/statistics/targets")
                        .param("organization", f.subCommittee().toString())
                        .with(api(f.committeeAccount())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.congress.termStart").value("2024-06-01"))
                .andExpect(jsonPath("$.measured[0].target.measure").value("MEMBERS_GOOD_OR_BETTER"))
                .andExpect(jsonPath("$.measured[0].years[0].assessment").value("REACHED"))
                .andExpect(jsonPath("$.measured[0].years[1].assessment").value("NOT_REACHED"))
                .andExpect(jsonPath("$.measured[0].years[1].percent").value(73.33))
                .andExpect(jsonPath("$.measured[0].years[2].assessment").value("NO_DATA"))
                .andExpect(jsonPath("$.measured[0].years[2].count").doesNotExist())
                .andExpect(jsonPath("$.measured[2].years[1].sinceTermStart").value(2))
                .andExpect(jsonPath("$.byHand[0].indicator").value("Không có chi bộ yếu kém"));
        mvc.perform(get("/api/v1/statistics/ratings")
                        .param("organization", f.subCommittee().toString())
                        .param("year", "2025")
                        .with(api(f.committeeAccount())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.total.levels.GOOD").value(10))
                .andExpect(jsonPath("$.total.rounds").value(2))
                .andExpect(jsonPath("$.rows[0].rounds").value(0))
                .andExpect(jsonPath("$.rows[0].name").value(f.nameC()));
        String doc = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/statistics/targets", "/api/v1/statistics/ratings")) {
            Object operation = com.jayway.jsonpath.JsonPath.read(doc, "$.paths['" + path + "'].get");
            assertThat(operation.toString()).contains("STATISTICS_VIEW", "organization");
            Object responses = com.jayway.jsonpath.JsonPath.read(doc, "$.paths['" + path + "'].get.responses");
            assertThat(responses.toString()).contains("200", "400", "401", "403", "404");
        }
    }

    @Test
    void unknownAndOutOfScopeOrganizationsAreNotFoundAndAMemberIsRefused() throws Exception {
        Fixture f = fixture();
        for (String route : List.of(
                "/statistics/targets",
                "/statistics/ratings",
                "/api/v1/statistics/targets",
                "/api/v1/statistics/ratings",
                "/statistics/targets/export.csv",
                "/statistics/ratings/export.xlsx")) {
            for (String foreign : List.of(
                    "987654321", f.subCommittee().toString(), f.branchB().toString())) {
                mvc.perform(get(route).param("organization", foreign).with(by(route, f.secretaryA())))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(get(route).param("organization", "987654321").with(by(route, f.committeeAccount())))
                    .andExpect(status().isNotFound());
            mvc.perform(get(route).param("organization", f.branchA().toString()).with(by(route, f.secretaryA())))
                    .andExpect(status().isOk());
            mvc.perform(get(route).param("organization", f.branchA().toString()).with(by(route, f.memberA())))
                    .andExpect(status().isForbidden());
        }
        assertThatThrownBy(() -> targets.report(
                        new CurrentUser(
                                3,
                                f.secretaryA(),
                                "A",
                                List.of(new Grant(f.branchA().value(), Role.SECRETARY))),
                        f.subCommittee()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ratings.report(
                        new CurrentUser(
                                4,
                                f.memberA(),
                                "A",
                                List.of(new Grant(f.branchA().value(), Role.MEMBER))),
                        f.branchA(),
                        2025))
                .isInstanceOf(ForbiddenException.class);
        mvc.perform(get("/api/v1/statistics/ratings")
                        .param("organization", f.branchA().toString())
                        .param("year", "năm ngoái")
                        .with(api(f.committeeAccount())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Năm: \"năm ngoái\" không phải là một năm (nhập bốn chữ số, ví dụ 2025)."));
        mvc.perform(get("/api/v1/statistics/ratings")
                        .param("organization", f.branchA().toString())
                        .param("year", "1929")
                        .with(api(f.committeeAccount())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Năm: phải từ 1930 đến 2026."));
    }

    @Test
    void theExportsAreTheTablesAndAreAudited() throws Exception {
        Fixture f = fixture();
        byte[] csv = mvc.perform(get("/statistics/targets/export.csv")
                        .param("organization", f.subCommittee().toString())
                        .with(as(f.committeeAccount())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines =
                new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        // The header, then a line per measured target and year: 4 targets × 3 years; then, after a blank line, the
        // page's notes: the staff count of the share's first two years was taken after their last day.
        assertThat(lines).hasSize(16);
        assertThat(lines.get(13)).isEmpty();
        assertThat(lines.subList(14, 16))
                .allSatisfy(note -> assertThat(note).contains("05/09/2026").contains("sau ngày tính"));
        assertThat(lines.get(14)).contains("(2024)");
        assertThat(lines.get(15)).contains("(2025)");
        assertThat(lines.get(0)).startsWith("Chỉ tiêu,Đo bằng,Mức chỉ tiêu,Năm,Số liệu");
        assertThat(lines.get(2))
                .isEqualTo("Đảng viên hoàn thành tốt nhiệm vụ trở lên,"
                        + "Tỉ lệ đảng viên xếp loại Hoàn thành tốt nhiệm vụ trở lên,"
                        + "từ 90 % trở lên,2025,11,15,\"73,33\",,Chưa đạt");
        assertThat(lines.get(3)).endsWith(",2026,,,,,Chưa có số liệu");
        assertThat(jdbc.sql(
                                "SELECT after_value::text FROM platform.audit_log WHERE action = 'statistics.targets.export'"
                                        + " AND entity_id = :id ORDER BY id DESC LIMIT 1")
                        .param("id", f.subCommittee().toString())
                        .query(String.class)
                        .single())
                .contains("\"format\": \"csv\"");

        byte[] xlsx = mvc.perform(get("/statistics/ratings/export.xlsx")
                        .param("organization", f.subCommittee().toString())
                        .param("year", "2025")
                        .with(as(f.committeeAccount())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            // Title, blank, header, C, B, A, total.
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo(f.nameA());
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(10.0);
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(15.0);
            // C has no approved round: its line has the name only, no zeros.
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(f.nameC());
            assertThat(sheet.getRow(3).getLastCellNum()).isEqualTo((short) 1);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = 'statistics.ratings.export'"
                                + " AND entity_id = :id")
                        .param("id", f.subCommittee().toString())
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
