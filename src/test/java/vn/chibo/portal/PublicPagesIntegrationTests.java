package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.platform.CurrentUser;
import vn.chibo.portal.reading.VisitCounter;

/** The public pages readers reach besides home, article and category: tags, print view, the directory, search order. */
@ChiboIntegrationTest
class PublicPagesIntegrationTests {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    VisitCounter visits;

    @Test
    void aTagPageListsThePublishedArticlesOfThatTagOnly() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        ArticleId published = publish(site, "Hội thi tiếng hát học sinh toàn trường", List.of("văn nghệ học đường"));
        ArticleId draft = articles.create(
                CurrentUser.system(),
                withTags(PortalFixtures.draft(site, "Bản nháp về hội diễn văn nghệ"), List.of("văn nghệ học đường")));
        String tagPage = "/cong/" + PortalFixtures.NGUYEN_TRAI + "/the/van-nghe-hoc-duong";

        mvc.perform(get(tagPage))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("văn nghệ học đường")))
                .andExpect(content().string(containsString("Hội thi tiếng hát học sinh toàn trường")))
                .andExpect(content().string(not(containsString("Bản nháp về hội diễn văn nghệ"))))
                .andExpect(content().string(containsString("role=\"search\"")))
                .andExpect(content()
                        .string(containsString("<link rel=\"canonical\" href=\"http://localhost" + tagPage + "\">")));
        // A later page of the list is its own page for search engines, as a category's is.
        mvc.perform(get(tagPage + "?trang=2"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "<link rel=\"canonical\" href=\"http://localhost" + tagPage + "?trang=2\">")));
        // The article page links to its tag.
        mvc.perform(get("/cong/" + PortalFixtures.NGUYEN_TRAI + "/bai-viet/" + PortalFixtures.slug(jdbc, published)))
                .andExpect(content().string(containsString("/the/van-nghe-hoc-duong")));
        mvc.perform(get("/cong/" + PortalFixtures.NGUYEN_TRAI + "/the/khong-co-the-nay"))
                .andExpect(status().isNotFound());
        assertThat(draft).isNotNull();
    }

    @Test
    void thePrintViewShowsTheWholeArticleAndWhereItCameFrom() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        ArticleId id = publish(site, "Lễ kết nạp đảng viên mới tại chi bộ trường", List.of());
        String slug = PortalFixtures.slug(jdbc, id);

        mvc.perform(get("/cong/" + PortalFixtures.NGUYEN_TRAI + "/in/" + slug))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lễ kết nạp đảng viên mới tại chi bộ trường")))
                .andExpect(content()
                        .string(containsString(
                                "Nội dung của bài viết Lễ kết nạp đảng viên mới tại chi bộ trường dành cho kiểm thử.")))
                .andExpect(content().string(containsString("Nguồn")))
                .andExpect(content()
                        .string(containsString("/cong/" + PortalFixtures.NGUYEN_TRAI + "/bai-viet/" + slug + "\">")))
                .andExpect(content().string(containsString("role=\"search\"")));
    }

    @Test
    void theDirectoryListsEveryUnitsPortal() throws Exception {
        List<Map<String, Object>> sites = jdbc.sql("SELECT slug, name FROM portal.site ORDER BY slug")
                .query()
                .listOfRows();
        assertThat(sites).hasSizeGreaterThan(2);
        var page = mvc.perform(get("/cong/don-vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cổng thông tin các đơn vị")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (Map<String, Object> s : sites) {
            assertThat(page)
                    .contains("href=\"/cong/" + s.get("slug") + "\"")
                    .contains(s.get("name").toString());
        }
    }

    @Test
    void searchPutsTheMostRelevantFirstAndAmongEquallyRelevantTheNewest() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.LE_LOI);
        String word = "tuyenduongxuatsac";
        // Relevant: the word in the title and the body, twice; barely relevant: once, in the body.
        ArticleId strong = publish(
                site,
                "Tuyên dương " + word + " giáo viên dạy giỏi",
                List.of(),
                "<p>Danh sách " + word + " của năm học; lễ " + word + " tổ chức ngày 20/11.</p>");
        ArticleId weak = publish(
                site, "Thông báo lịch họp chi bộ tháng mười hai", List.of(), "<p>Có nhắc đến " + word + ".</p>");
        // An article two years old that names the word twice, and a new one that names it once: by relevance alone
        // the old one would come first; its age outweighs that.
        String other = "vinhdanhnhagiao";
        ArticleId oldOne = publish(
                site,
                "Kỷ niệm ngày nhà giáo năm xưa",
                List.of(),
                "<p>Lễ " + other + " mùa trước, lễ " + other + " nữa.</p>");
        ArticleId newOne =
                publish(site, "Kỷ niệm ngày nhà giáo năm nay", List.of(), "<p>Lễ " + other + " mùa này.</p>");
        jdbc.sql("UPDATE portal.article SET published_at = now() - interval '2 years' WHERE id = :id")
                .param("id", oldOne.value())
                .update();
        String search = "/cong/" + PortalFixtures.LE_LOI + "/tim-kiem";

        String byRelevance = mvc.perform(get(search + "?q=" + word))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(byRelevance.indexOf(PortalFixtures.slug(jdbc, strong)))
                .isPositive()
                .isLessThan(byRelevance.indexOf(PortalFixtures.slug(jdbc, weak)));

        // In the address, as a browser sends it (the page cache keys on the query string).
        String byRecency = mvc.perform(get(search + "?q=" + other.toUpperCase(java.util.Locale.ROOT)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(byRecency.indexOf(PortalFixtures.slug(jdbc, newOne)))
                .isPositive()
                .isLessThan(byRecency.indexOf(PortalFixtures.slug(jdbc, oldOne)));
    }

    @Test
    void eachArticleCountsItsViewsWithoutBots() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        ArticleId id = publish(site, "Chi bộ tổ chức sinh hoạt chuyên đề quý IV", List.of());
        String live = "/cong/" + PortalFixtures.NGUYEN_TRAI + "/bai-viet/" + id + "/doc-gia";
        for (String address : List.of("203.0.113.71", "203.0.113.72", "203.0.113.72")) {
            mvc.perform(get(live).with(request -> {
                request.setRemoteAddr(address);
                request.addHeader("User-Agent", BROWSER);
                return request;
            }));
        }
        mvc.perform(get(live).with(request -> {
            request.addHeader("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)");
            return request;
        }));
        visits.flush();

        // The second view of the same reader on the same day does not count again.
        assertThat(visits.views(id)).isEqualTo(2);
        mvc.perform(get(live).with(request -> {
                    request.addHeader("User-Agent", BROWSER);
                    return request;
                }))
                .andExpect(content().string(containsString("Lượt xem: ")));
    }

    private ArticleId publish(SiteId site, String title, List<String> tags) {
        return publish(site, title, tags, null);
    }

    private ArticleId publish(SiteId site, String title, List<String> tags, String body) {
        ArticleDraft draft = withTags(PortalFixtures.draft(site, title), tags);
        if (body != null) {
            draft = new ArticleDraft(
                    draft.siteId(),
                    draft.title(),
                    draft.slug(),
                    draft.lead(),
                    body,
                    draft.byline(),
                    draft.categories(),
                    draft.tags(),
                    draft.cover(),
                    draft.coverAlt(),
                    draft.featured());
        }
        ArticleId id = articles.create(CurrentUser.system(), draft);
        workflow.submit(CurrentUser.system(), id, Map.of());
        workflow.approve(CurrentUser.system(), id, null);
        return id;
    }

    private static ArticleDraft withTags(ArticleDraft draft, List<String> tags) {
        return new ArticleDraft(
                draft.siteId(),
                draft.title(),
                draft.slug(),
                draft.lead(),
                draft.body(),
                draft.byline(),
                draft.categories(),
                tags,
                draft.cover(),
                draft.coverAlt(),
                draft.featured());
    }
}
