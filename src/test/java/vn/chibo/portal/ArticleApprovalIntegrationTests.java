package vn.chibo.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;

/**
 * The editorial chain on the record: the editors' list and the article's page name who drafted each article and the
 * editor-in-chief who approved its publication, with when (also when she scheduled it for later).
 */
@ChiboIntegrationTest
class ArticleApprovalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theListNamesWhoDraftedAndWhoApprovedEachArticle() throws Exception {
        String title = "Chi bộ tổ chức tọa đàm về chuyển đổi số trong dạy học " + System.nanoTime() % 100000;
        String created = mvc.perform(post("/api/v1/portal/editor/sites/" + PortalFixtures.MAIN + "/articles")
                        .with(httpBasic("bientap", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"lead\":\"Các đảng viên trao đổi kinh nghiệm ứng dụng"
                                + " công nghệ trong giảng dạy.\",\"body\":\"<p>Nội dung tọa đàm.</p>\",\"byline\":\"Tổ"
                                + " Văn phòng\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approvedBy").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":\\{?\"?(?:value\"?:)?(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/portal/editor/articles/" + id + "/submit")
                        .with(httpBasic("bientap", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk());
        // Scheduled for tomorrow: the editor-in-chief who scheduled it is its approver, before the scheduler publishes.
        mvc.perform(post("/api/v1/portal/editor/articles/" + id + "/approve")
                        .with(httpBasic("tongbientap", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publishAt\":\"" + clock.instant().plusSeconds(86_400) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.approvedBy").value("Hoàng Đức Thắng"))
                .andExpect(jsonPath("$.approvedAt").isNotEmpty());

        mvc.perform(get("/api/v1/portal/editor/sites/" + PortalFixtures.MAIN + "/articles")
                        .with(httpBasic("bientap", DemoFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.title == '" + title + "')].createdBy").value(hasItem("Đỗ Ngọc Lan")))
                .andExpect(
                        jsonPath("$[?(@.title == '" + title + "')].approvedBy").value(hasItem("Hoàng Đức Thắng")));
        long site = PortalFixtures.site(jdbc, PortalFixtures.MAIN).value();
        mvc.perform(get("/portal/sites/" + site).session(PortalFixtures.login(mvc, "tongbientap")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Người duyệt đăng")))
                .andExpect(content().string(containsString("Hoàng Đức Thắng")));
        mvc.perform(get("/portal/articles/" + id).session(PortalFixtures.login(mvc, "bientap")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Duyệt đăng: Hoàng Đức Thắng")));
    }
}
