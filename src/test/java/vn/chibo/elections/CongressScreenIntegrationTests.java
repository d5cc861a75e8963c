package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.members.MemberId;
import vn.chibo.members.MemberManagement;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.organizations.OrganizationManagement;
import vn.chibo.organizations.OrganizationTerms;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;

/**
 * The hall screen: the voters recorded present rise as the desk checks them in; an election's round shows once it is
 * counted, never while its ballots are being entered; the page reloads its figures and is seen only within scope.
 */
@ChiboIntegrationTest
class CongressScreenIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressCheckIn checkIn;

    @Autowired
    CongressScreen screen;

    @Autowired
    ElectionManagement elections;

    @Autowired
    CongressSessions sessions;

    @Autowired
    ElectionCounting counting;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms terms;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    OrganizationId sector;
    CurrentUser committee;
    LocalDate today;

    @BeforeEach
    void setUp() {
        sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        committee = new CurrentUser(
                9312, "capuy-man-hinh", "Cấp ủy thử màn hình", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        today = LocalDate.now(clock);
    }

    @Test
    void attendanceRisesWithTheDeskAndARoundShowsOnlyOnceCounted() {
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, terms, members, sector, today.minusDays(10), 6, 1);
        CongressId id = congresses.convene(
                committee,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        3,
                        today,
                        today.plusDays(1),
                        today.plusDays(1).plusMonths(30)));
        CongressScreen.Screen before = screen.of(committee, id);
        assertThat(before.count()).isEqualTo(CongressScreen.Count.SUMMONED);
        assertThat(before.present()).as("the probationer has no vote").isEqualTo(6);
        assertThat(before.results()).isEmpty();

        checkIn.issueCards(committee, id);
        List<CongressCheckIn.DelegateCard> cards = checkIn.desk(committee, id).cards();
        checkIn.checkIn(committee, id, cards.get(0).code());
        checkIn.checkIn(committee, id, cards.get(1).code());
        CongressScreen.Screen arriving = screen.of(committee, id);
        assertThat(arriving.count()).isEqualTo(CongressScreen.Count.CHECKING_IN);
        assertThat(List.of(arriving.present(), arriving.of())).containsExactly(2, 6);

        // A branch of six elects its secretary directly; six ballots entered, not yet counted: nothing to announce.
        List<MemberId> o = branch.official();
        ElectionId secretary =
                elections.create(committee, id, new CreateElection(ElectionKind.SECRETARY, 1, List.of(o.get(0))));
        elections.setCountingCommittee(committee, secretary, List.of(o.get(4), o.get(5)), o.get(5));
        congresses.open(committee, id);
        elections.issueBallots(committee, secretary, 6, 1);
        for (int i = 0; i < 6; i++) {
            Mark mark = i < 5 ? Mark.AGREE : Mark.DISAGREE;
            counting.enter(committee, secretary, new EnterBallot(null, null, null, Map.of(o.get(0), mark), null));
        }
        assertThat(screen.of(committee, id).results())
                .as("a round being entered is not announced")
                .isEmpty();

        counting.count(committee, secretary, null);
        assertThat(screen.of(committee, id).results()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ElectionKind.SECRETARY);
            assertThat(r.round().counted()).isTrue();
            assertThat(r.round().valid()).isEqualTo(6);
            assertThat(r.round().candidates()).singleElement().satisfies(c -> {
                assertThat(c.memberId()).isEqualTo(o.get(0));
                assertThat(c.votes()).isEqualTo(5);
                assertThat(c.elected()).isTrue();
            });
        });
    }

    @Test
    void theDemoSecretarysCongressShowsHerElectionOnThePageAndTheApiWithinScopeOnly() throws Exception {
        OrganizationId branch = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.BITHU_BRANCH));
        CongressSummary held = congresses.list(committee, branch).get(0);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", "bithu")
                        .param("password", DemoFixtures.PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession(false);
        // The branch's secretary, who sees the congress without managing it, finds the screen from its page.
        mvc.perform(get("/congresses/{id}", held.id().value()).session(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "href=\"/congresses/" + held.id().value() + "/screen\"")));
        String page = mvc.perform(
                        get("/congresses/{id}/screen", held.id().value()).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Màn hình hội trường")
                .contains("hx-trigger=\"every 5s\"")
                .contains("Kết quả bầu Bí thư")
                .contains("Trần Thị Minh Hằng")
                .contains("Trúng cử");
        // The shows of hands and the resolution's vote, as the congress's records hold them.
        CongressScreen.Screen shown = screen.of(committee, held.id());
        CongressDetails details = congresses.details(committee, held.id());
        if (shown.count() == CongressScreen.Count.MINUTES) {
            // Held with its absences recorded only: the minutes' count, not "nobody checked in".
            assertThat(List.of(shown.present(), shown.of()))
                    .containsExactly(
                            details.figures().attending(), details.figures().summoned());
        }
        assertThat(shown.present()).isPositive();
        assertThat(shown.resolution()).isEqualTo(details.resolution()).isNotNull();
        assertThat(shown.votes())
                .isEqualTo(sessions.details(committee, held.id()).votes());
        assertThat(page).contains(details.resolution().title()).contains("Đã thông qua");
        mvc.perform(get("/api/v1/congresses/{id}/screen", held.id().value())
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[?(@.kind == 'SECRETARY')].elected[0]")
                        .value("Trần Thị Minh Hằng"));
        // Another school's branch secretary does not see it.
        CongressSummary other = congresses
                .list(committee, OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.OTHER_BRANCH)))
                .get(0);
        mvc.perform(get("/api/v1/congresses/{id}/screen", other.id().value())
                        .with(httpBasic("bithu", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
