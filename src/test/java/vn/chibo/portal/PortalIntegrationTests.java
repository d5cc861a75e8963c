package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.DemoFixtures;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.ForbiddenException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Role;
import vn.chibo.platform.UserManagement;
import vn.chibo.portal.reading.RatingRules;
import vn.chibo.portal.reading.VisitCounter;
import vn.chibo.portal.rendering.PageCache;

@ChiboIntegrationTest
class PortalIntegrationTests {

    /** The application's clock: the tests run as of its day, whatever day it is. */
    @Autowired
    Clock clock;

    private static final String BROWSER =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    PageCache cache;

    @Autowired
    VisitCounter visits;

    @Autowired
    DataSource dataSource;

    /** A reader cookie as the server issues it, to a browser at that address reading an article's live part. */
    private jakarta.servlet.http.Cookie readerCookie(ArticleId article, String address) throws Exception {
        String header = mvc.perform(get("/cong/" + PortalFixtures.MAIN + "/bai-viet/" + article + "/doc-gia")
                        .with(from(address)))
                .andReturn()
                .getResponse()
                .getHeader("Set-Cookie");
        assertThat(header).startsWith("chibo-reader=");
        return new jakarta.servlet.http.Cookie(
                "chibo-reader", header.substring("chibo-reader=".length(), header.indexOf(';')));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            request.addHeader("User-Agent", BROWSER);
            return request;
        };
    }

    // ---- scoping ------------------------------------------------------------------------------------------

    @Test
    void anEditorOfOneSchoolCannotTouchAnotherSchoolsArticles() throws Exception {
        SiteId own = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        SiteId other = PortalFixtures.site(jdbc, PortalFixtures.LE_LOI);
        ArticleId othersArticle =
                articles.create(CurrentUser.system(), PortalFixtures.draft(other, "Bài của trường Lê Lợi"));
        MockHttpSession editor =
                PortalFixtures.editorOf(mvc, users, jdbc, "bientap.nguyentrai", DemoFixtures.BITHU_BRANCH, Role.EDITOR);

        mvc.perform(get("/portal/sites/" + own).session(editor)).andExpect(status().isOk());
        mvc.perform(get("/portal/sites/" + other).session(editor)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/articles/" + othersArticle).session(editor)).andExpect(status().isNotFound());
        mvc.perform(post("/portal/articles/" + othersArticle)
                        .session(editor)
                        .with(csrf())
                        .param("title", "Sửa trộm")
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/articles/" + othersArticle + "/submit")
                        .session(editor)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/sites/" + other + "/articles")
                        .session(editor)
                        .with(csrf())
                        .param("title", "Bài lạ"))
                .andExpect(status().isNotFound());
        assertThat(articles.details(CurrentUser.system(), othersArticle).title())
                .isEqualTo("Bài của trường Lê Lợi");

        // Her own site's articles she writes and submits, but she cannot publish them.
        mvc.perform(get("/portal").session(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chi bộ Trường THPT Nguyễn Trãi")))
                .andExpect(content().string(not(containsString("Chi bộ Trường THPT Lê Lợi"))));
        CurrentUser schoolEditor = PortalFixtures.user(jdbc, DemoFixtures.BITHU_BRANCH, Role.EDITOR);
        ArticleId mine = articles.create(schoolEditor, PortalFixtures.draft(own, "Bài của trường Nguyễn Trãi"));
        workflow.submit(schoolEditor, mine, Map.of());
        assertThatThrownBy(() -> workflow.approve(schoolEditor, mine, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> articles.update(schoolEditor, othersArticle, PortalFixtures.draft(other, "x"), 0))
                .isInstanceOf(NotFoundException.class);
        CurrentUser otherChief = PortalFixtures.user(jdbc, DemoFixtures.OTHER_BRANCH, Role.EDITOR_IN_CHIEF);
        assertThatThrownBy(() -> workflow.approve(otherChief, mine, null)).isInstanceOf(NotFoundException.class);
        assertThat(PortalFixtures.status(jdbc, mine)).isEqualTo(ArticleStatus.SUBMITTED);
    }

    // ---- workflow -----------------------------------------------------------------------------------------

    @Test
    void anArticleGoesFromDraftThroughReturnToPublishedKeepingRevisions() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        MockHttpSession editor = PortalFixtures.login(mvc, "bientap");
        MockHttpSession chief = PortalFixtures.login(mvc, "tongbientap");
        mvc.perform(get("/").session(chief))
                .andExpect(content().string(containsString("bài viết đang chờ bạn duyệt")))
                .andExpect(content().string(containsString("Chi bộ Trường THPT Nguyễn Trãi")));
        mvc.perform(get("/").session(editor)).andExpect(content().string(not(containsString("đang chờ bạn duyệt"))));

        String location = mvc.perform(post("/portal/sites/" + site + "/articles")
                        .session(editor)
                        .with(csrf())
                        .param("title", "Chi bộ tổ chức hội nghị sơ kết học kỳ")
                        .param("lead", "")
                        .param(
                                "body",
                                "<p onclick=\"x()\">Chi bộ đã sơ kết học kỳ một.</p><script>alert('x')</script>"
                                        + "<p><a href=\"javascript:alert(1)\">bấm</a></p>")
                        .param("byline", "Đỗ Ngọc Lan")
                        .param("tags", "sơ kết, học kỳ"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        ArticleId id = ArticleId.of(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        ArticleDetails saved = articles.details(CurrentUser.system(), id);
        assertThat(saved.body())
                .doesNotContain("script")
                .doesNotContain("onclick")
                .doesNotContain("javascript")
                .contains("Chi bộ đã sơ kết học kỳ một.");
        assertThat(saved.slug()).isEqualTo("chi-bo-to-chuc-hoi-nghi-so-ket-hoc-ky");

        // The empty lead stops the submission, with the reason in Vietnamese; a reason to override lets it through.
        mvc.perform(post("/portal/articles/" + id + "/submit").session(editor).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Sapo (đoạn dẫn) đang để trống.")));
        assertThat(PortalFixtures.status(jdbc, id)).isEqualTo(ArticleStatus.DRAFT);
        mvc.perform(post("/portal/articles/" + id + "/submit")
                        .session(editor)
                        .with(csrf())
                        .param("override_EMPTY_LEAD", "Tin ngắn, không cần sapo"))
                .andExpect(status().isFound());
        assertThat(PortalFixtures.status(jdbc, id)).isEqualTo(ArticleStatus.SUBMITTED);

        // The editor cannot approve; the editor-in-chief returns it with a comment, which is required.
        mvc.perform(post("/portal/articles/" + id + "/approve").session(editor).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/articles/" + id + "/return")
                        .session(chief)
                        .with(csrf())
                        .param("comment", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ý kiến khi trả lại: không được để trống.")));
        mvc.perform(post("/portal/articles/" + id + "/return")
                        .session(chief)
                        .with(csrf())
                        .param("comment", "Bổ sung sapo và ảnh minh họa."))
                .andExpect(status().isFound());
        assertThat(PortalFixtures.status(jdbc, id)).isEqualTo(ArticleStatus.RETURNED);
        mvc.perform(get("/portal/articles/" + id).session(editor))
                .andExpect(content().string(containsString("Bổ sung sapo và ảnh minh họa.")));

        ArticleDetails returned = articles.details(CurrentUser.system(), id);
        mvc.perform(post("/portal/articles/" + id)
                        .session(editor)
                        .with(csrf())
                        .param("title", returned.title())
                        .param("lead", "Chi bộ sơ kết học kỳ một, đề ra nhiệm vụ học kỳ hai.")
                        .param("body", returned.body())
                        .param("version", Integer.toString(returned.version())))
                .andExpect(status().isFound());
        // A stale form (someone saved in between) is refused with a clear message, not silently overwritten.
        mvc.perform(post("/portal/articles/" + id)
                        .session(editor)
                        .with(csrf())
                        .param("title", "Bản cũ")
                        .param("version", Integer.toString(returned.version())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("vừa được người khác sửa")));
        mvc.perform(post("/portal/articles/" + id + "/submit").session(editor).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/portal/articles/" + id + "/approve").session(chief).with(csrf()))
                .andExpect(status().isFound());
        assertThat(PortalFixtures.status(jdbc, id)).isEqualTo(ArticleStatus.PUBLISHED);
        mvc.perform(get("/cong/" + PortalFixtures.NGUYEN_TRAI + "/bai-viet/chi-bo-to-chuc-hoi-nghi-so-ket-hoc-ky"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đề ra nhiệm vụ học kỳ hai")))
                .andExpect(content().string(not(containsString("alert"))));

        // Revisions: every save is kept, can be compared and restored.
        List<Revision> revisions = articles.revisions(CurrentUser.system(), id);
        assertThat(revisions).hasSize(2);
        mvc.perform(get("/portal/articles/" + id + "/revisions/1").session(chief))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chi bộ sơ kết học kỳ một, đề ra nhiệm vụ học kỳ hai.")));
        mvc.perform(post("/portal/articles/" + id + "/revisions/1/restore")
                        .session(chief)
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(articles.details(CurrentUser.system(), id).lead()).isEmpty();
        assertThat(articles.revisions(CurrentUser.system(), id)).hasSize(3);

        mvc.perform(post("/portal/articles/" + id + "/unpublish").session(chief).with(csrf()))
                .andExpect(status().isFound());
        assertThat(PortalFixtures.status(jdbc, id)).isEqualTo(ArticleStatus.UNPUBLISHED);
    }

    // ---- the public never sees what is not published ------------------------------------------------------

    @Test
    void thePublicNeverSeesADraftAScheduledReturnedUnpublishedOrArchivedArticle() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.MAIN);
        CurrentUser system = CurrentUser.system();
        ArticleId draft = articles.create(system, PortalFixtures.draft(site, "Ngựa vằn bản nháp"));
        ArticleId submitted = articles.create(system, PortalFixtures.draft(site, "Ngựa vằn chờ duyệt"));
        workflow.submit(system, submitted, Map.of());
        ArticleId returned = articles.create(system, PortalFixtures.draft(site, "Ngựa vằn bị trả lại"));
        workflow.submit(system, returned, Map.of());
        workflow.returnToEditor(system, returned, "Viết lại");
        ArticleId scheduled = articles.create(system, PortalFixtures.draft(site, "Ngựa vằn hẹn giờ"));
        workflow.submit(system, scheduled, Map.of());
        workflow.approve(system, scheduled, clock.instant().plus(2, ChronoUnit.DAYS));
        ArticleId unpublished = PortalFixtures.published(articles, workflow, site, "Ngựa vằn đã gỡ");
        workflow.unpublish(system, unpublished);
        ArticleId archived = PortalFixtures.published(articles, workflow, site, "Ngựa vằn lưu trữ");
        workflow.archive(system, archived);
        assertThat(PortalFixtures.status(jdbc, scheduled)).isEqualTo(ArticleStatus.SCHEDULED);

        String base = "/cong/" + PortalFixtures.MAIN;
        for (ArticleId hidden : List.of(draft, submitted, returned, scheduled, unpublished, archived)) {
            String slug = PortalFixtures.slug(jdbc, hidden);
            mvc.perform(get(base + "/bai-viet/" + slug)).andExpect(status().isNotFound());
            mvc.perform(get(base + "/in/" + slug)).andExpect(status().isNotFound());
            mvc.perform(get(base + "/bai-viet/" + hidden + "/doc-gia")).andExpect(status().isNotFound());
            mvc.perform(post(base + "/bai-viet/" + hidden + "/danh-gia")
                            .param("stars", "5")
                            .with(from("192.0.2.10")))
                    .andExpect(status().isNotFound());
        }
        for (String page : List.of(
                base,
                base + "/tim-kiem?q=ngua+van",
                base + "/rss.xml",
                base + "/atom.xml",
                base + "/the/kiem-thu",
                "/sitemap.xml",
                "/cong/don-vi")) {
            mvc.perform(get(page))
                    .andExpect(content().string(not(containsString("Ngựa vằn"))))
                    .andExpect(content().string(not(containsString("ngua-van"))));
        }

        // The same search finds an article once it is published, ignoring case and diacritics.
        PortalFixtures.published(articles, workflow, site, "Ngựa vằn được đăng");
        mvc.perform(get(base + "/tim-kiem").param("q", "NGUA VAN"))
                .andExpect(content().string(containsString("Ngựa vằn được đăng")))
                .andExpect(content().string(not(containsString("Ngựa vằn bản nháp"))));
        mvc.perform(get("/sitemap.xml")).andExpect(content().string(containsString("ngua-van-duoc-dang")));

        // When its time comes, the scheduled article is published by the scheduler.
        jdbc.sql("UPDATE portal.article SET publish_at = :at WHERE id = :id")
                .param("at", java.time.OffsetDateTime.now(clock).minusMinutes(1))
                .param("id", scheduled.value())
                .update();
        workflow.publishDue();
        mvc.perform(get(base + "/bai-viet/" + PortalFixtures.slug(jdbc, scheduled)))
                .andExpect(status().isOk());
    }

    // ---- cache ----------------------------------------------------------------------------------------------

    @Test
    void publishingEditingAndUnpublishingInvalidateTheCachedPagesAtOnce() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.LE_LOI);
        String home = "/cong/" + PortalFixtures.LE_LOI;
        mvc.perform(get(home)).andExpect(status().isOk());
        servedFromTheCache(home);

        ArticleId id =
                PortalFixtures.published(articles, workflow, site, "Lễ tri ân thầy cô nhân ngày Nhà giáo Việt Nam");
        mvc.perform(get(home))
                .andExpect(header().string("X-Page-Cache", "MISS"))
                .andExpect(content().string(containsString("Lễ tri ân thầy cô nhân ngày Nhà giáo Việt Nam")));
        String article = home + "/bai-viet/" + PortalFixtures.slug(jdbc, id);
        mvc.perform(get(article)).andExpect(status().isOk());
        // A page from the cache carries the same security headers as the page rendered through the whole chain.
        MvcResult hit = servedFromTheCache(article);
        header().string("Content-Security-Policy", containsString("script-src 'self'"))
                .match(hit);
        header().string("X-Frame-Options", "DENY").match(hit);
        header().doesNotExist("Set-Cookie").match(hit);

        ArticleDetails details = articles.details(CurrentUser.system(), id);
        articles.update(
                CurrentUser.system(),
                id,
                new ArticleDraft(
                        site,
                        "Lễ tri ân thầy cô ngày 20 tháng 11",
                        details.slug(),
                        details.lead(),
                        details.body(),
                        details.byline(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        false),
                details.version());
        mvc.perform(get(article)).andExpect(content().string(containsString("Lễ tri ân thầy cô ngày 20 tháng 11")));

        workflow.unpublish(CurrentUser.system(), id);
        mvc.perform(get(article)).andExpect(status().isNotFound());
        mvc.perform(get(home)).andExpect(content().string(not(containsString("Lễ tri ân thầy cô"))));
    }

    @Test
    void aNotificationFromAnotherNodeEmptiesThisNodesCache() throws Exception {
        String home = "/cong/" + PortalFixtures.MAIN;
        mvc.perform(get(home));
        servedFromTheCache(home);
        // Another node publishing commits a NOTIFY on the shared database; here it is sent from a plain connection.
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("NOTIFY portal_pages, '1'");
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (cache.size() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(cache.size()).isZero();
        mvc.perform(get(home)).andExpect(header().string("X-Page-Cache", "MISS"));
    }

    /**
     * Asks for a page until it comes from the cache, and returns that answer: another test's publication (or the
     * scheduler's) may empty the cache at any moment, so the first answer after a render is not always a hit.
     */
    private MvcResult servedFromTheCache(String path) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            if ("HIT".equals(result.getResponse().getHeader("X-Page-Cache"))) {
                return result;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " was never served from the cache");
    }

    // ---- readers --------------------------------------------------------------------------------------------

    @Test
    void aReaderRatesAnArticleOnceAndBadStarsAreRefusedInVietnamese() throws Exception {
        ArticleId id = PortalFixtures.published(
                articles, workflow, PortalFixtures.site(jdbc, PortalFixtures.MAIN), "Bài để đánh giá");
        String rate = "/cong/" + PortalFixtures.MAIN + "/bai-viet/" + id + "/danh-gia";
        var cookie = readerCookie(id, "198.51.100.1");

        mvc.perform(post(rate)
                        .param("stars", "4")
                        .cookie(cookie)
                        .header("HX-Request", "true")
                        .with(from("198.51.100.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổng số điểm của bài viết là: 4 trong 1 đánh giá")))
                .andExpect(content().string(containsString("Cảm ơn bạn đã đánh giá")));
        mvc.perform(post(rate)
                        .param("stars", "1")
                        .cookie(cookie)
                        .header("HX-Request", "true")
                        .with(from("198.51.100.1")))
                .andExpect(content().string(containsString("Bạn đã đánh giá bài viết này rồi.")))
                .andExpect(content().string(containsString("Tổng số điểm của bài viết là: 4 trong 1 đánh giá")));
        // Without a cookie, the reader is her address: a second rating from it is refused too.
        mvc.perform(post(rate).param("stars", "5").header("HX-Request", "true").with(from("198.51.100.2")))
                .andExpect(content().string(containsString("Tổng số điểm của bài viết là: 9 trong 2 đánh giá")));
        mvc.perform(post(rate).param("stars", "5").header("HX-Request", "true").with(from("198.51.100.2")))
                .andExpect(content().string(containsString("Bạn đã đánh giá bài viết này rồi.")));
        for (String bad : List.of("9", "0", "abc", "")) {
            mvc.perform(post(rate)
                            .param("stars", bad)
                            .header("HX-Request", "true")
                            .with(from("198.51.100.3")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Số sao phải từ 1 đến 5.")));
        }
        // Throttled per address: the eleventh rating within a minute is refused.
        int last = 0;
        for (int i = 0; i < 11; i++) {
            last = mvc.perform(post(rate)
                            .param("stars", "3")
                            .cookie(readerCookie(id, "198.51.100.4"))
                            .header("HX-Request", "true")
                            .with(from("198.51.100.4")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        }
        assertThat(last).isEqualTo(429);
        // The rating stays live on a cached page: it is loaded separately and never cached.
        mvc.perform(get("/cong/" + PortalFixtures.MAIN + "/bai-viet/" + id + "/doc-gia")
                        .with(from("198.51.100.5")))
                .andExpect(header().doesNotExist("X-Page-Cache"))
                .andExpect(content().string(containsString("trong 12 đánh giá")));
    }

    @Test
    void clearingCookiesDoesNotLetOneAddressRateAnArticleWithoutEnd() throws Exception {
        ArticleId id = PortalFixtures.published(
                articles, workflow, PortalFixtures.site(jdbc, PortalFixtures.MAIN), "Bài đánh giá từ một địa chỉ");
        String rate = "/cong/" + PortalFixtures.MAIN + "/bai-viet/" + id + "/danh-gia";
        mvc.perform(post(rate)
                        .param("stars", "5")
                        .cookie(readerCookie(id, "198.51.100.60"))
                        .header("HX-Request", "true")
                        .with(from("198.51.100.60")))
                .andExpect(content().string(containsString("trong 1 đánh giá")));
        // Nineteen more readers of that address today, each with a cookie of her own (as if she had cleared hers).
        String addressHash = jdbc.sql("SELECT address_hash FROM portal.article_rating WHERE article_id = :a")
                .param("a", id.value())
                .query(String.class)
                .single();
        for (int i = 1; i < RatingRules.PER_ADDRESS_PER_ARTICLE_PER_DAY; i++) {
            jdbc.sql("INSERT INTO portal.article_rating (article_id, reader, address_hash, stars)"
                            + " VALUES (:a, :r, :h, 4)")
                    .param("a", id.value())
                    .param("r", "c:SharedAddressReader" + (100 + i))
                    .param("h", addressHash)
                    .update();
        }
        mvc.perform(post(rate)
                        .param("stars", "1")
                        .cookie(readerCookie(id, "198.51.100.60"))
                        .header("HX-Request", "true")
                        .with(from("198.51.100.60")))
                .andExpect(content().string(containsString("Bạn đã đánh giá bài viết này rồi.")))
                .andExpect(content().string(containsString("trong 20 đánh giá")));
        // Another address is not held back.
        mvc.perform(post(rate)
                        .param("stars", "1")
                        .cookie(readerCookie(id, "198.51.100.61"))
                        .header("HX-Request", "true")
                        .with(from("198.51.100.61")))
                .andExpect(content().string(containsString("trong 21 đánh giá")));
    }

    @Test
    void visitsAreCountedInBatchesAndBotsAreNot() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        visits.flush();
        var before = visits.statistics(site);
        String stats = "/cong/" + PortalFixtures.NGUYEN_TRAI + "/thong-ke";
        mvc.perform(get(stats).with(from("203.0.113.50"))).andExpect(status().isOk());
        mvc.perform(get(stats).with(from("203.0.113.50"))).andExpect(status().isOk());
        mvc.perform(get(stats).with(request -> {
            request.setRemoteAddr("203.0.113.51");
            request.addHeader("User-Agent", "Mozilla/5.0 (compatible; bingbot/2.0)");
            return request;
        }));
        visits.flush();
        Thread.sleep(10); // statistics are cached for a few seconds; the flush drops that cache
        var after = visits.statistics(site);
        assertThat(after.today() - before.today()).isEqualTo(1);
        assertThat(after.onlineNow() - before.onlineNow()).isEqualTo(1);
        assertThat(after.total()).isGreaterThan(after.thisMonth() - 1).isGreaterThanOrEqualTo(after.today());
        mvc.perform(get(stats).param("dem", "0").with(from("203.0.113.52")))
                .andExpect(content().string(containsString("Đang online")))
                .andExpect(content().string(containsString("Tổng lượt truy cập")));
    }

    // ---- media and bad input --------------------------------------------------------------------------------

    @Test
    void uploadsAreRecognisedByContentAndServedWithCachingHeaders() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        MockHttpSession editor = PortalFixtures.login(mvc, "bientap");
        mvc.perform(multipart("/portal/sites/" + site + "/media")
                        .file(new MockMultipartFile(
                                "file", "anh.png", "image/png", "<script>alert(1)</script>".getBytes()))
                        .session(editor)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        content().string(containsString("Tệp không phải ảnh PNG, JPEG, GIF hay tài liệu PDF, Word")));
        byte[] png = png();
        mvc.perform(multipart("/portal/sites/" + site + "/media")
                        .file(new MockMultipartFile("file", "hoi-truong.jpg", "image/jpeg", png))
                        .param("alt", "Hội trường")
                        .session(editor)
                        .with(csrf()))
                .andExpect(status().isFound());
        long id = jdbc.sql("SELECT max(id) FROM portal.media WHERE site_id = :s AND file_name = 'hoi-truong.jpg'")
                .param("s", site.value())
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT content_type FROM portal.media WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("image/png");
        // Not shown by any published article yet: the public cannot fetch it, the site's editor can, uncached.
        mvc.perform(get("/cong/media/" + id + "/320")).andExpect(status().isNotFound());
        mvc.perform(get("/cong/media/" + id + "/320").session(editor))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        ArticleId article = articles.create(
                CurrentUser.system(),
                new ArticleDraft(
                        site,
                        "Hội trường mới của nhà trường",
                        null,
                        "Nhà trường khánh thành hội trường mới.",
                        "<figure><img src=\"/cong/media/" + id + "/1280\" alt=\"Hội trường\"><figcaption>Hội trường mới"
                                + "</figcaption></figure>",
                        "",
                        List.of(),
                        List.of(),
                        null,
                        null,
                        false));
        mvc.perform(get("/cong/media/" + id + "/320")).andExpect(status().isNotFound());
        workflow.submit(CurrentUser.system(), article, Map.of());
        workflow.approve(CurrentUser.system(), article, null);
        var small = mvc.perform(get("/cong/media/" + id + "/320"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andReturn()
                .getResponse();
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(small.getContentAsByteArray()));
        assertThat(image.getWidth()).isEqualTo(320);
        mvc.perform(get("/cong/media/" + id + "/320").header("If-None-Match", small.getHeader("ETag")))
                .andExpect(status().isNotModified());
        mvc.perform(get("/cong/media/99999999")).andExpect(status().isNotFound());
        workflow.unpublish(CurrentUser.system(), article);
        mvc.perform(get("/cong/media/" + id + "/320")).andExpect(status().isNotFound());
    }

    @Test
    void badInputGetsAClearVietnameseMessageNeverA500() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.NGUYEN_TRAI);
        MockHttpSession editor = PortalFixtures.login(mvc, "bientap");
        mvc.perform(post("/portal/sites/" + site + "/articles")
                        .session(editor)
                        .with(csrf())
                        .param("title", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tiêu đề: không được để trống.")));
        mvc.perform(post("/portal/sites/" + site + "/articles")
                        .session(editor)
                        .with(csrf())
                        .param("title", "Tin")
                        .param("slug", "Đường dẫn sai!"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Đường dẫn: chỉ gồm chữ thường không dấu")));
        mvc.perform(post("/portal/sites/" + site + "/articles")
                        .session(editor)
                        .with(csrf())
                        .param("title", "Tin")
                        .param("categories", "999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chuyên mục: không thuộc cổng thông tin này.")));
        mvc.perform(get("/cong/khong-co-cong-nay")).andExpect(status().isNotFound());
        mvc.perform(get("/cong/" + PortalFixtures.MAIN + "/chuyen-muc/tin-hoat-dong")
                        .param("trang", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/cong/" + PortalFixtures.MAIN + "/chuyen-muc/tin-hoat-dong")
                        .param("trang", "-5"))
                .andExpect(status().isOk());
        mvc.perform(get("/cong/" + PortalFixtures.MAIN + "/tim-kiem").param("q", "'; DROP TABLE portal.article; --"))
                .andExpect(status().isOk());
        mvc.perform(get("/cong/" + PortalFixtures.MAIN + "/tim-kiem").param("q", "&|!:*()"))
                .andExpect(status().isOk());
    }

    /** A picture no other test or demo upload has, 800 pixels wide. */
    private static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(800, 500, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        var random = new java.util.Random(System.nanoTime());
        for (int i = 0; i < 40; i++) {
            g.setColor(new java.awt.Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(800), random.nextInt(500), 20 + random.nextInt(200), 20 + random.nextInt(200));
        }
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theEditorInChiefChangesTheFooterAndAHostNameOpensItsPortal() throws Exception {
        SiteId site = PortalFixtures.site(jdbc, PortalFixtures.LE_LOI);
        String home = "/cong/" + PortalFixtures.LE_LOI;
        mvc.perform(get(home));
        MockHttpSession editor = PortalFixtures.login(mvc, "bientap");
        mvc.perform(get("/portal/sites/" + site + "/settings").session(editor)).andExpect(status().isForbidden());
        MockHttpSession chief = PortalFixtures.login(mvc, "tongbientap");
        mvc.perform(get("/portal/sites/" + site + "/settings").session(chief)).andExpect(status().isOk());
        mvc.perform(post("/portal/sites/" + site + "/settings")
                        .session(chief)
                        .with(csrf())
                        .param("name", "Chi bộ Trường THPT Lê Lợi")
                        .param("slug", PortalFixtures.LE_LOI)
                        .param("email", "khong-phai-thu"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Thư điện tử: địa chỉ không hợp lệ.")));
        // A host name answers ChiBo's root page for that host: the editor-in-chief may not set one.
        mvc.perform(post("/portal/sites/" + site + "/settings")
                        .session(chief)
                        .with(csrf())
                        .param("name", "Chi bộ Trường THPT Lê Lợi")
                        .param("slug", PortalFixtures.LE_LOI)
                        .param("hostName", "thpt-leloi.binhson.example")
                        .param("licence", "Số Giấy phép 12/GP-TTĐT ngày 01/9/2026")
                        .param("email", "chibo@thpt-leloi.binhson.example"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("chỉ quản trị hệ thống mới được đặt")));
        mvc.perform(post("/portal/sites/" + site + "/settings")
                        .session(chief)
                        .with(csrf())
                        .param("name", "Chi bộ Trường THPT Lê Lợi")
                        .param("slug", PortalFixtures.LE_LOI)
                        .param("licence", "Số Giấy phép 12/GP-TTĐT ngày 01/9/2026")
                        .param("email", "chibo@thpt-leloi.binhson.example"))
                .andExpect(status().isFound());
        // The administrator sets it (never to ChiBo's own host name: ProductionStartIntegrationTests).
        MockHttpSession admin = PortalFixtures.login(mvc, "admin");
        mvc.perform(post("/portal/sites/" + site + "/settings")
                        .session(admin)
                        .with(csrf())
                        .param("name", "Chi bộ Trường THPT Lê Lợi")
                        .param("slug", PortalFixtures.LE_LOI)
                        .param("hostName", "thpt-leloi.binhson.example")
                        .param("licence", "Số Giấy phép 12/GP-TTĐT ngày 01/9/2026")
                        .param("email", "chibo@thpt-leloi.binhson.example"))
                .andExpect(status().isFound());
        // Saving the footer again keeps the host name the administrator set.
        mvc.perform(post("/portal/sites/" + site + "/settings")
                        .session(chief)
                        .with(csrf())
                        .param("name", "Chi bộ Trường THPT Lê Lợi")
                        .param("slug", PortalFixtures.LE_LOI)
                        .param("hostName", "thpt-leloi.binhson.example")
                        .param("licence", "Số Giấy phép 12/GP-TTĐT ngày 01/9/2026")
                        .param("email", "chibo@thpt-leloi.binhson.example"))
                .andExpect(status().isFound());
        mvc.perform(get(home))
                .andExpect(header().string("X-Page-Cache", "MISS"))
                .andExpect(content().string(containsString("Số Giấy phép 12/GP-TTĐT ngày 01/9/2026")))
                // Canonical links and feeds name the portal's own host.
                .andExpect(content()
                        .string(containsString(
                                "<link rel=\"canonical\" href=\"http://thpt-leloi.binhson.example" + home + "\">")));
        mvc.perform(get(home + "/rss.xml"))
                .andExpect(
                        content().string(containsString("<link>http://thpt-leloi.binhson.example" + home + "</link>")));
        mvc.perform(get("/").header("Host", "thpt-leloi.binhson.example"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", home));
        mvc.perform(get("/")).andExpect(header().string("Location", containsString("/login")));
    }

    // ---- feeds, sitemap, robots, head ----------------------------------------------------------------------

    @Test
    void feedsAndTheSitemapAreWellFormedAndPagesCarryCanonicalAndOpenGraph() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String feed : List.of(
                "/cong/" + PortalFixtures.MAIN + "/rss.xml",
                "/cong/" + PortalFixtures.MAIN + "/atom.xml",
                "/cong/" + PortalFixtures.MAIN + "/chuyen-muc/dai-hoi-dang/rss.xml",
                "/cong/" + PortalFixtures.MAIN + "/chuyen-muc/dai-hoi-dang/atom.xml",
                "/sitemap.xml")) {
            byte[] body = mvc.perform(get(feed))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            assertThat(document.getDocumentElement().getTextContent()).as(feed).isNotBlank();
        }
        mvc.perform(get("/cong/" + PortalFixtures.MAIN + "/rss.xml"))
                .andExpect(content()
                        .string(containsString("Đại hội Đảng bộ Sở Giáo dục và Đào tạo tỉnh Bình Sơn lần thứ IX")));
        mvc.perform(get("/robots.txt"))
                .andExpect(content().string(containsString("Allow: /cong/")))
                .andExpect(content().string(containsString("Sitemap: http://localhost/sitemap.xml")));
        String slug = jdbc.sql(
                        "SELECT slug FROM portal.article WHERE title LIKE 'Đại hội Đảng bộ Sở%' AND status = 'PUBLISHED'")
                .query(String.class)
                .single();
        mvc.perform(get("/cong/" + PortalFixtures.MAIN + "/bai-viet/" + slug))
                .andExpect(content()
                        .string(containsString("<link rel=\"canonical\" href=\"http://localhost/cong/"
                                + PortalFixtures.MAIN + "/bai-viet/" + slug + "\">")))
                .andExpect(content().string(containsString("<meta property=\"og:type\" content=\"article\">")))
                .andExpect(content().string(containsString("role=\"search\"")))
                .andExpect(content().string(containsString("Số Giấy phép 27/GP-STTTT")));
    }
}
