package vn.chibo.portal;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;

/** The portal's JSON API: public reading never shows unpublished content; writing is scoped like the pages. */
@ChiboIntegrationTest
class PortalApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    UserManagement users;

    @Test
    void thePublicReadsPublishedArticlesAndNeverADraftEvenByGuessing() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        String word = "Thutrangapi" + System.nanoTime() % 100000;
        ArticleId shown = PortalFixtures.published(articles, workflow, site, "Ngày hội thể thao " + word);
        ArticleId draft = articles.create(CurrentUser.system(), PortalFixtures.draft(site, "Bản nháp bí mật " + word));
        ArticleId unpublished = PortalFixtures.published(articles, workflow, site, "Bài đã gỡ " + word);
        workflow.unpublish(CurrentUser.system(), unpublished);
        String base = "/api/v1/portal/sites/" + PortalFixtures.NGUYEN_TRAI;

        mvc.perform(get("/api/v1/portal/sites"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", hasItem(PortalFixtures.NGUYEN_TRAI)));
        mvc.perform(get(base + "/articles"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].slug", hasItem(PortalFixtures.slug(jdbc, shown))))
                .andExpect(jsonPath("$.items[*].slug", not(hasItem(PortalFixtures.slug(jdbc, draft)))))
                .andExpect(jsonPath("$.items[*].slug", not(hasItem(PortalFixtures.slug(jdbc, unpublished)))));
        mvc.perform(get(base + "/articles").param("q", word.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(base + "/articles/" + PortalFixtures.slug(jdbc, shown)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").isString());
        mvc.perform(get(base + "/articles/" + PortalFixtures.slug(jdbc, draft))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/articles/" + PortalFixtures.slug(jdbc, unpublished)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/portal/sites/khong-co-cong-nay/articles")).andExpect(status().isNotFound());
        // The editors' side is not public.
        mvc.perform(get("/api/v1/portal/editor/sites/" + PortalFixtures.NGUYEN_TRAI + "/articles"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anEditorWritesOnlyOnHerOwnPortalAndTheWorkflowHolds() throws Exception {
        PortalFixtures.editorOf(mvc, users, jdbc, "bientap.api.nt", DemoFixtures.BITHU_BRANCH, Role.EDITOR);
        String body = "{\"title\":\"Chi đoàn giáo viên ra quân dọn vệ sinh trường học\",\"lead\":\"Sáng thứ Bảy,"
                + " các đoàn viên đã dọn vệ sinh khuôn viên trường.\",\"body\":\"<p>Nội dung chi tiết.</p>"
                + "<script>alert(1)</script>\",\"byline\":\"Tổ Văn phòng\"}";

        String created = mvc.perform(post("/api/v1/portal/editor/sites/" + PortalFixtures.NGUYEN_TRAI + "/articles")
                        .with(httpBasic("bientap.api.nt", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.body", not(org.hamcrest.Matchers.containsString("<script"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":\\{?\"?(?:value\"?:)?(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/portal/editor/sites/" + PortalFixtures.LE_LOI + "/articles")
                        .with(httpBasic("bientap.api.nt", DemoFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isNotFound());
        // An editor may not approve her own article: that is the editor-in-chief's.
        mvc.perform(post("/api/v1/portal/editor/articles/" + id + "/approve")
                        .with(httpBasic("bientap.api.nt", DemoFixtures.PASSWORD)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/portal/sites/" + PortalFixtures.NGUYEN_TRAI + "/articles/"
                        + PortalFixtures.slug(jdbc, ArticleId.of(id))))
                .andExpect(status().isNotFound());
    }
}
