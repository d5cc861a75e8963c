package vn.chibo.elections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

/** The congress and election pages as the committee's account sees and uses them, htmx ballot entry included. */
@ChiboIntegrationTest
class ElectionPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    OrganizationTerms organizationTerms;

    @Autowired
    MemberManagement members;

    @Autowired
    CongressManagement congresses;

    @Autowired
    ElectionManagement elections;

    @Autowired
    JdbcClient jdbc;

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
    void theCommitteeRunsACongressFromItsPages() throws Exception {
        LocalDate today = LocalDate.now(clock);
        CurrentUser system = CurrentUser.system();
        OrganizationId sector = OrganizationId.of(DemoFixtures.organizationId(jdbc, DemoFixtures.SECTOR_COMMITTEE));
        ElectionFixtures.Branch branch =
                ElectionFixtures.branch(organizations, organizationTerms, members, sector, today.minusDays(10), 6, 1);
        CongressId id = congresses.convene(
                system,
                ConveneCongress.of(
                        branch.id(),
                        CongressKind.MEMBERS,
                        5,
                        today,
                        today.plusDays(1),
                        today.plusDays(1).plusMonths(30)));
        List<MemberId> o = branch.official();
        MockHttpSession session = login("capuy");

        mvc.perform(get("/congresses").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đại hội và bầu cử")))
                .andExpect(content().string(containsString("Đại hội lần thứ Năm")));
        mvc.perform(get("/congresses/{id}", id.value()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("QĐ 190-QĐ/TW")))
                .andExpect(content().string(containsString("Số làm căn cứ tính kết quả")))
                .andExpect(content().string(containsString("chưa đối chiếu được với văn bản gốc")))
                .andExpect(content().string(containsString("bầu lại chỉ trong số những người bằng phiếu")))
                .andExpect(content().string(containsString("cùng tổ chức đảng cấp dưới, theo thứ tự số phiếu")))
                .andExpect(content().string(containsString("là đại biểu chính thức đương nhiên")));

        mvc.perform(post("/congresses/{id}/attendance", id.value())
                        .session(session)
                        .with(csrf())
                        .param("memberId", Long.toString(o.get(5).value()))
                        .param("status", "ABSENT")
                        .param("reason", "Đi tập huấn")
                        .param("reasonAccepted", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(congresses.details(system, id).figures().denominator()).isEqualTo(5);

        // A branch of six official members elects no committee (QĐ 294); its secretary from one name.
        mvc.perform(post("/congresses/{id}/elections", id.value())
                        .session(session)
                        .with(csrf())
                        .param("kind", "COMMITTEE")
                        .param("seats", "3")
                        .param(
                                "candidates",
                                Long.toString(o.get(0).value()),
                                Long.toString(o.get(1).value())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/congresses/" + id.value() + "#elections"));
        mvc.perform(post("/congresses/{id}/elections", id.value())
                        .session(session)
                        .with(csrf())
                        .param("kind", "SECRETARY")
                        .param("seats", "1")
                        .param("candidates", Long.toString(o.get(0).value())))
                .andExpect(status().is3xxRedirection());
        ElectionId secretary = elections
                .details(
                        system,
                        congresses.details(system, id).elections().get(0).id())
                .id();
        mvc.perform(post("/congresses/{id}/open", id.value()).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/elections/{id}/counting-committee", secretary.value())
                        .session(session)
                        .with(csrf())
                        .param(
                                "tellers",
                                Long.toString(o.get(2).value()),
                                Long.toString(o.get(3).value()))
                        .param("head", Long.toString(o.get(2).value())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/elections/{id}/issued", secretary.value())
                        .session(session)
                        .with(csrf())
                        .param("issued", "5")
                        .param("entries", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/elections/{id}", secretary.value()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập phiếu")))
                .andExpect(content().string(containsString("Phiếu một tên")));

        // htmx: the answer is the entry section with the verdict, ready for the next ballot.
        mvc.perform(post("/elections/{id}/ballots", secretary.value())
                        .session(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("entry", "1")
                        .param("form-marks", "true")
                        .param("mark-" + o.get(0).value(), "BOTH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("phiếu không hợp lệ")))
                .andExpect(content().string(not(containsString("<html"))));
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/elections/{id}/ballots", secretary.value())
                            .session(session)
                            .with(csrf())
                            .header("HX-Request", "true")
                            .param("entry", "1")
                            .param("form-marks", "true")
                            .param("mark-" + o.get(0).value(), "AGREE"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("phiếu hợp lệ")));
        }
        mvc.perform(post("/elections/{id}/count", secretary.value())
                        .session(session)
                        .with(csrf())
                        .param("returned", "5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/elections/{id}", secretary.value()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã bầu đủ số lượng")))
                .andExpect(content().string(containsString("80,00%")));
        mvc.perform(get("/elections/{id}/minutes.pdf", secretary.value()).session(session))
                .andExpect(status().isOk());

        // The member account of another branch does not see this congress.
        mvc.perform(get("/congresses/{id}", id.value()).session(login("dangvien")))
                .andExpect(status().isNotFound());
    }
}
