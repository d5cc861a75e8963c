package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.portal.reading.RatingRules;

/**
 * The anonymous rating form cannot be abused: made-up reader cookies count as no cookie, an address is given a bounded
 * number of new cookies, and another site's page cannot post a rating (the form carries no CSRF token).
 */
@ChiboIntegrationTest
class RatingAbuseIntegrationTests {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ArticleWorkflow workflow;

    @Test
    void madeUpReaderCookiesDoNotMultiplyAnAddresssRatings() throws Exception {
        ArticleId id = PortalFixtures.published(
                articles,
                workflow,
                PortalFixtures.site(jdbc, PortalFixtures.MAIN),
                "Bài thử cookie giả " + System.nanoTime());
        for (int i = 0; i < 8; i++) {
            mvc.perform(post(rating(id))
                    .param("stars", "5")
                    .cookie(new Cookie("chibo-reader", "MadeUpReaderCookie" + i + "x"))
                    .with(from("198.51.100.90")));
            mvc.perform(post(rating(id))
                    .param("stars", "5")
                    .cookie(new Cookie("chibo-reader", "MadeUpReaderCookie" + i + ".0123456789abcdef0123456789abcdef"))
                    .with(from("198.51.100.90")));
        }
        assertThat(ratings(id)).isEqualTo(1);
    }

    @Test
    void anAddressIsGivenABoundedNumberOfNewReaderCookiesADay() throws Exception {
        ArticleId id = PortalFixtures.published(
                articles,
                workflow,
                PortalFixtures.site(jdbc, PortalFixtures.MAIN),
                "Bài thử cấp cookie " + System.nanoTime());
        int given = 0;
        for (int i = 0; i < RatingRules.NEW_READERS_PER_ADDRESS_PER_DAY + 10; i++) {
            String cookie = mvc.perform(get(live(id)).with(from("198.51.100.91")))
                    .andReturn()
                    .getResponse()
                    .getHeader("Set-Cookie");
            if (cookie != null && cookie.startsWith("chibo-reader=")) {
                given++;
            }
        }
        assertThat(given).isEqualTo(RatingRules.NEW_READERS_PER_ADDRESS_PER_DAY);
    }

    @Test
    void anotherSitesPageCannotPostARating() throws Exception {
        ArticleId id = PortalFixtures.published(
                articles,
                workflow,
                PortalFixtures.site(jdbc, PortalFixtures.MAIN),
                "Bài thử nguồn gửi " + System.nanoTime());
        mvc.perform(post(rating(id))
                        .param("stars", "1")
                        .header("Origin", "https://trang-la.example")
                        .with(from("198.51.100.92")))
                .andExpect(status().isForbidden());
        mvc.perform(post(rating(id))
                        .param("stars", "1")
                        .header("Origin", "null")
                        .with(from("198.51.100.93")))
                .andExpect(status().isForbidden());
        mvc.perform(post(rating(id))
                        .param("stars", "1")
                        .header("Referer", "https://trang-la.example/bai")
                        .with(from("198.51.100.94")))
                .andExpect(status().isForbidden());
        assertThat(ratings(id)).isZero();

        mvc.perform(post(rating(id))
                        .param("stars", "4")
                        .header("Origin", "http://localhost")
                        .with(from("198.51.100.95")))
                .andExpect(status().is3xxRedirection());
        assertThat(ratings(id)).isEqualTo(1);
    }

    private long ratings(ArticleId id) {
        return jdbc.sql("SELECT count(*) FROM portal.article_rating WHERE article_id = :a")
                .param("a", id.value())
                .query(Long.class)
                .single();
    }

    private static String rating(ArticleId id) {
        return "/cong/" + PortalFixtures.MAIN + "/bai-viet/" + id + "/danh-gia";
    }

    private static String live(ArticleId id) {
        return "/cong/" + PortalFixtures.MAIN + "/bai-viet/" + id + "/doc-gia";
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            request.addHeader("User-Agent", BROWSER);
            return request;
        };
    }
}
