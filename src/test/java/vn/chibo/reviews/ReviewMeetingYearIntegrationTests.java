package vn.chibo.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.meetings.MeetingKind;
import vn.chibo.meetings.MeetingPlanning;
import vn.chibo.meetings.MeetingYear;
import vn.chibo.meetings.ScoreBand;
import vn.chibo.organizations.OrganizationDraft;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationType;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;

/**
 * An organization's self-assessment reads its own year of meetings from ChiBo's records: the months that had their
 * regular meeting, the quarters their thematic one, the meetings held and the quality bands of those scored.
 */
@ChiboIntegrationTest
class ReviewMeetingYearIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationRatingManagement ratings;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    MeetingPlanning planning;

    @Autowired
    MeetingYear meetingYear;

    @Autowired
    Clock clock;

    CurrentUser committee() {
        long sector = DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE);
        return new CurrentUser(9381, "capuy", "Cấp ủy", List.of(new Grant(sector, Role.COMMITTEE)));
    }

    @Test
    void aBranchIsToldWhichMonthsAndQuartersLackedTheirMeetingsSinceItsRecordsBegan() throws Exception {
        OrganizationId branch = organizations.create(
                committee(),
                OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE)),
                new OrganizationDraft(
                        "Chi bộ chưa sinh hoạt " + System.nanoTime() % 100000,
                        "CB",
                        OrganizationType.BRANCH,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        OrganizationRatingId id =
                ratings.open(committee(), new OpenOrganizationRating(branch, 2025, LocalDate.of(2025, 12, 15)));
        MockHttpSession capuy = login("capuy");

        // No meeting of the branch in ChiBo at all: nothing is counted as missing.
        MeetingYear.Summary none = ratings.meetingYear(committee(), id).orElseThrow();
        assertThat(none.recorded()).isFalse();
        assertThat(none.monthsOver()).isZero();
        assertThat(none.monthsWithoutRegular()).isEmpty();
        mvc.perform(get("/reviews/organizations/" + id.value()).session(capuy))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sinh hoạt của tổ chức trong năm 2025")))
                .andExpect(content()
                        .string(containsString(
                                "Chưa có buổi sinh hoạt nào của tổ chức trong năm 2025 được ghi trong ChiBo")))
                .andExpect(content().string(not(containsString("Sinh hoạt định kỳ:"))));

        // Its records begin with a meeting planned for 5 February 2025 and never held: February to November are
        // over by the review of 15/12/2025 without a regular meeting, and the second and third quarters without a
        // thematic one (the first began before the records).
        planning.schedule(
                committee(),
                branch,
                MeetingKind.REGULAR,
                LocalDate.of(2025, 2, 5),
                null,
                "Phòng họp",
                LocalTime.of(14, 0));
        MeetingYear.Summary year = ratings.meetingYear(committee(), id).orElseThrow();
        assertThat(year.recordedFrom()).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(year.monthsOver()).isEqualTo(10);
        assertThat(year.monthsWithoutRegular())
                .containsExactlyElementsOf(IntStream.rangeClosed(2, 11).boxed().toList());
        assertThat(year.quartersOver()).isEqualTo(2);
        assertThat(year.quartersWithoutThematic()).containsExactly(2, 3);
        assertThat(year.held()).isZero();
        assertThat(year.scored()).isZero();
        assertThat(year.averageScore()).isNull();
        mvc.perform(get("/reviews/organizations/" + id.value()).session(capuy))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Sổ sinh hoạt của tổ chức trong ChiBo bắt đầu từ ngày 05/02/2025: chỉ tính từ tháng 2.")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Sinh hoạt định kỳ: 0/10 tháng; chưa có sinh hoạt định kỳ tháng 2, 3, 4, 5, 6, 7, 8, 9, 10, 11.")))
                .andExpect(content()
                        .string(containsString("Sinh hoạt chuyên đề: 0/2 quý; chưa có sinh hoạt chuyên đề quý 2, 3.")))
                .andExpect(content().string(containsString("Số buổi sinh hoạt, hội nghị đã tổ chức: 0.")))
                .andExpect(content().string(containsString("Chưa có buổi sinh hoạt nào được chấm điểm chất lượng.")));
        mvc.perform(get("/api/v1/reviews/organizations/" + id.value() + "/meetings")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.monthsOver").value(10))
                .andExpect(jsonPath("$.quartersWithoutThematic[1]").value(3));
    }

    @Test
    void theDemoBranchsYearAgreesWithItsMeetingRecords() throws Exception {
        long branch = DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH);
        LocalDate today = LocalDate.now(clock);
        MeetingYear.Summary year = meetingYear
                .of(committee(), OrganizationId.of(branch), today.getYear(), today)
                .orElseThrow();
        LocalDate from = LocalDate.of(year.year(), 1, 1);
        // Counted here from the meetings' own rows, independently of how the summary counts them.
        long held = jdbc.sql("SELECT count(*) FROM meetings.meeting WHERE organization_id = :o AND status <> 'PLANNED'"
                        + " AND meeting_date BETWEEN :f AND :t")
                .param("o", branch)
                .param("f", from)
                .param("t", today)
                .query(Long.class)
                .single();
        List<String> bands = jdbc.sql(
                        "SELECT r.band FROM meetings.meeting m JOIN meetings.score_result r ON r.meeting_id = m.id"
                                + " WHERE m.organization_id = :o AND m.status <> 'PLANNED' AND m.meeting_date BETWEEN :f AND :t")
                .param("o", branch)
                .param("f", from)
                .param("t", today)
                .query(String.class)
                .list();
        assertThat(held).as("the demo branch holds meetings").isPositive();
        assertThat(bands).as("and scores them").isNotEmpty();
        assertThat(year.held()).isEqualTo(held);
        assertThat(year.scored()).isEqualTo(bands.size());
        assertThat(year.count(ScoreBand.GOOD))
                .isEqualTo(bands.stream().filter("GOOD"::equals).count());
        assertThat(year.averageScore()).isNotNull();

        // The demo's own rating is of the year under review, whose whole year of meetings the demo holds: every
        // month over by the review had its regular meeting and every quarter its thematic one.
        long rating = jdbc.sql("SELECT id FROM reviews.organization_rating WHERE organization_id = :o"
                        + " ORDER BY review_year DESC LIMIT 1")
                .param("o", branch)
                .query(Long.class)
                .single();
        MeetingYear.Summary reviewed = ratings.meetingYear(committee(), OrganizationRatingId.of(rating))
                .orElseThrow();
        assertThat(reviewed.monthsOver()).isEqualTo(11);
        assertThat(reviewed.monthsWithoutRegular()).isEmpty();
        assertThat(reviewed.quartersWithoutThematic()).isEmpty();
        mvc.perform(get("/reviews/organizations/" + rating).session(login("bithu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sinh hoạt định kỳ: đủ 11/11 tháng.")))
                .andExpect(content().string(containsString("Sinh hoạt chuyên đề: đủ 3/3 quý.")))
                .andExpect(content().string(containsString("Chất lượng sinh hoạt: đã chấm điểm")))
                .andExpect(content().string(not(containsString("??"))));
        // Someone who may not read the branch's ratings or meetings reads no summary of them.
        mvc.perform(get("/api/v1/reviews/organizations/" + rating + "/meetings")
                        .with(httpBasic("bientap", DemoFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(meetingYear.of(
                        new CurrentUser(9382, "bientap-x", "Biên tập", List.of()),
                        OrganizationId.of(branch),
                        today.getYear(),
                        today))
                .isEmpty();
    }

    MockHttpSession login(String username) throws Exception {
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
