package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.organizations.OrganizationId;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NewsDraft;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;

/**
 * The news draft of a closed congress, as the sector's portals report one, and who may read it: those who see the
 * congress, and the portal's editors above it only once the convening committee released it.
 */
@ChiboIntegrationTest
class CongressNewsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CongressManagement congresses;

    @Autowired
    CongressNews news;

    OrganizationId sector;
    CurrentUser committee;
    CongressId delegateCongress;

    @BeforeEach
    void setUp() {
        sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        committee =
                new CurrentUser(9310, "capuy-tin", "Cấp ủy thử", List.of(new Grant(sector.value(), Role.COMMITTEE)));
        delegateCongress = congresses.list(committee, sector).stream()
                .filter(c -> c.organizationId().equals(sector) && c.kind() == CongressKind.DELEGATES)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theDraftReportsTheCongressFromItsRecordsNamingOnlyThoseElectedInAlphabeticalOrder() {
        CongressDetails congress = congresses.details(committee, delegateCongress);
        NewsDraft draft = news.draft(committee, delegateCongress);
        String ordinal =
                congress.summary().number() <= 10 ? null : congress.summary().romanNumber();
        assertThat(draft.title())
                .contains(DemoFixtures.SECTOR_COMMITTEE)
                .contains(congress.summary().termStart().getYear() + "–"
                        + congress.summary().termEnd().getYear());
        if (ordinal != null) {
            assertThat(draft.title()).contains(ordinal);
        }
        assertThat(draft.lead())
                .contains(congress.summary().openingDate().getDayOfMonth() + "/"
                        + congress.summary().openingDate().getMonthValue() + "/"
                        + congress.summary().openingDate().getYear())
                .contains("Đại hội đại biểu");
        String body = String.join("\n", draft.body());
        assertThat(body)
                .contains(congress.figures().attending() + "/"
                        + congress.figures().summoned() + " đại biểu");
        // The guests by name and title, in the order the congress introduced them.
        List<String> guests = congress.attendees().stream()
                .filter(a -> a.standing() == Standing.GUEST)
                .sorted(Comparator.comparingLong(Attendee::id))
                .map(a -> a.title() == null ? a.fullName() : a.fullName() + ", " + a.title())
                .toList();
        assertThat(guests).hasSizeGreaterThanOrEqualTo(2);
        assertThat(body)
                .contains("cùng " + congress.figures().guests() + " đại biểu khách mời")
                .contains("Về dự đại hội có: " + String.join("; ", guests) + ".");

        // Alphabetically by given name, then by the whole name, as Vietnamese lists go; never by votes.
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<String> byGivenName = Comparator.<String, String>comparing(
                        n -> n.substring(n.lastIndexOf(' ') + 1), vietnamese)
                .thenComparing(vietnamese);
        for (ElectionSummary e : congress.elections()) {
            List<String> sorted = new ArrayList<>(e.elected());
            sorted.sort(byGivenName);
            assertThat(body).as(e.kind() + ", alphabetically").contains(String.join(", ", sorted));
        }
        // The demo's congress heard its reports and discussion papers.
        assertThat(body)
                .contains("Đại hội đã nghe trình bày “Báo cáo chính trị")
                .contains("bản tham luận")
                .contains("“Nâng cao chất lượng sinh hoạt chi bộ ở các trường học” (Chi bộ Trường THPT Nguyễn Trãi)");
        assertThat(draft.body())
                .filteredOn(p -> p.contains("đại biểu chính thức và"))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("đại biểu dự khuyết"));
        // The committee's first conference elected the secretary: the congress's news reports it.
        CongressSummary conference = congresses.list(committee, sector).stream()
                .filter(c -> delegateCongress.equals(c.parentId()))
                .findFirst()
                .orElseThrow();
        for (ElectionSummary e : congresses.details(committee, conference.id()).elections()) {
            e.elected().forEach(name -> assertThat(body).contains(name));
        }
        assertThat(body).contains("được bầu làm Bí thư");
        for (Target t : congress.resolution().targets()) {
            assertThat(body).contains(t.indicator());
        }
        assertThat(body).containsAnyOf("thông qua " + congress.resolution().title(), "nhất trí 100%");
        assertThat(body).as("no votes of anyone").doesNotContain("phiếu");
        assertThat(draft.html()).startsWith("<!DOCTYPE html>").contains("<h1>");
    }

    @Test
    void editorsReadTheDraftOnlyOnceTheCommitteeReleasedIt() throws Exception {
        long id = delegateCongress.value();
        MockHttpSession editor = login("bientap");
        MockHttpSession chief = login("tongbientap");
        MockHttpSession capuy = login("capuy");

        mvc.perform(get("/portal/congresses/" + id).session(editor)).andExpect(status().isNotFound());
        mvc.perform(post("/portal/congresses/" + id).session(chief).with(csrf()).param("site", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/congresses/" + id + "/news").with(httpBasic("bientap", DemoFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal").session(chief))
                .andExpect(content().string(not(containsString("/portal/congresses/" + id + "\""))));
        mvc.perform(get("/congresses/" + id + "/news").session(capuy))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bản thảo tin bài về đại hội")));

        // Neither an editor nor an ordinary member decides what goes to the portal.
        mvc.perform(post("/congresses/" + id + "/news/release").session(editor).with(csrf()))
                .andExpect(status().isForbidden());
        MockHttpSession member = login("dangvien");
        // The sector's congress does not exist for a member of a branch below.
        mvc.perform(post("/congresses/" + id + "/news/release").session(member).with(csrf()))
                .andExpect(status().isNotFound());
        long ownBranchCongress = jdbc.sql(
                        """
                        SELECT c.id FROM elections.congress c JOIN organizations.organization o ON o.id = c.organization_id
                        WHERE o.name = :n AND c.status = 'CLOSED' ORDER BY c.id LIMIT 1
                        """)
                .param("n", DemoFixtures.BITHU_BRANCH)
                .query(Long.class)
                .single();
        mvc.perform(get("/congresses/" + ownBranchCongress + "/news").session(member))
                .andExpect(status().isOk());
        // A member reads her branch's congress but does not decide what goes to the portal.
        mvc.perform(post("/congresses/" + ownBranchCongress + "/news/release")
                        .param("released", "false")
                        .session(member)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/congresses/" + id + "/news/release")
                        .with(httpBasic("bientap", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"released\":true}"))
                .andExpect(status().isForbidden());
        assertThat(released(id)).isZero();

        mvc.perform(post("/congresses/" + id + "/news/release").session(capuy).with(csrf()))
                .andExpect(redirectedUrl("/congresses/" + id + "/news"));
        assertThat(audited("congress.news.release", id)).isEqualTo(1);
        try {
            mvc.perform(get("/portal/congresses/" + id).session(editor))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Đưa tin về đại hội lên cổng thông tin")));
            mvc.perform(get("/portal").session(chief))
                    .andExpect(content().string(containsString("/portal/congresses/" + id + "\"")));
            mvc.perform(get("/api/v1/congresses/" + id + "/news").with(httpBasic("bientap", DemoFixtures.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.released").value(true))
                    .andExpect(jsonPath("$.draft.title").value(containsString(DemoFixtures.SECTOR_COMMITTEE)));
            // The editor makes it a draft article of her portal, in the editorial workflow.
            long site = jdbc.sql("SELECT id FROM portal.site WHERE main")
                    .query(Long.class)
                    .single();
            String location = mvc.perform(post("/portal/congresses/" + id)
                            .session(editor)
                            .with(csrf())
                            .param("site", Long.toString(site)))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            long article = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            assertThat(jdbc.sql("SELECT status FROM portal.article WHERE id = :a")
                            .param("a", article)
                            .query(String.class)
                            .single())
                    .isEqualTo("DRAFT");
        } finally {
            mvc.perform(put("/api/v1/congresses/" + id + "/news/release")
                            .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"released\":false}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.released").value(false));
        }
        assertThat(audited("congress.news.withdraw", id)).isEqualTo(1);
        mvc.perform(get("/portal/congresses/" + id).session(editor)).andExpect(status().isNotFound());
    }

    @Test
    void aCongressNotYetClosedHasNoDraftAndIsNotReleased() throws Exception {
        CongressSummary upcoming = congresses.list(committee, sector).stream()
                .filter(c -> c.status() == CongressStatus.PREPARATION)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> news.draft(committee, upcoming.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("congress.news.notClosed");
        mvc.perform(put("/api/v1/congresses/" + upcoming.id().value() + "/news/release")
                        .with(httpBasic("capuy", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"released\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        assertThat(released(upcoming.id().value())).isZero();
        // The page sends the committee back to the congress with the reason, not to an error page.
        mvc.perform(get("/congresses/" + upcoming.id().value() + "/news").session(login("capuy")))
                .andExpect(redirectedUrl("/congresses/" + upcoming.id().value() + "#status"));
        CurrentUser outsider = new CurrentUser(9311, "ngoai", "Người ngoài", List.of());
        assertThatThrownBy(() -> news.draft(outsider, delegateCongress)).isInstanceOf(NotFoundException.class);
    }

    private long released(long congress) {
        return jdbc.sql("SELECT count(*) FROM elections.news_release WHERE congress_id = :c")
                .param("c", congress)
                .query(Long.class)
                .single();
    }

    private long audited(String action, long congress) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_log WHERE action = :a AND entity_id = :id")
                .param("a", action)
                .param("id", Long.toString(congress))
                .query(Long.class)
                .single();
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
