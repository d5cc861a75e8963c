package vn.chibo.portal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.SiteId;

/** Visit and view counts that a loop of requests cannot inflate, in tables that do not grow without bound. */
@ChiboIntegrationTest
class VisitCounterIntegrationTests {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0";

    @Autowired
    VisitCounter visits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aReaderWhoReloadsAnArticleAHundredTimesCountsOneView() {
        SiteId site = site();
        ArticleId article = article(site);
        visits.flush();
        long before = visits.views(article);
        for (int i = 0; i < 100; i++) {
            visits.record(site, article, "203.0.113.201", BROWSER);
        }
        visits.record(site, article, "203.0.113.202", BROWSER);
        visits.flush();
        assertThat(visits.views(article) - before).isEqualTo(2);
    }

    @Test
    void anAddressThatChangesItsBrowserNameEachTimeCountsAsABoundedNumberOfVisitors() {
        SiteId site = site();
        visits.flush();
        long before = todays(site);
        for (int i = 0; i < 500; i++) {
            visits.record(site, null, "203.0.113.210", "Mozilla/5.0 (Windows NT 10.0) Gecko/" + i);
        }
        visits.flush();
        assertThat(todays(site) - before).isEqualTo(VisitCounter.BROWSERS_PER_ADDRESS + 1);
    }

    @Test
    void oldDaysAreKeptAsDailyTotalsAndTheAllTimeTotalStaysRight() {
        SiteId site = site();
        LocalDate old = LocalDate.now(clock).minusDays(VisitCounter.DETAILED_DAYS + 20);
        visits.prune();
        for (int i = 0; i < 7; i++) {
            jdbc.sql("INSERT INTO portal.visitor_day (site_id, day, visitor_hash, last_seen, views)"
                            + " VALUES (:s, :d, :v, now(), 3)")
                    .param("s", site.value())
                    .param("d", old)
                    .param("v", "old-visitor-" + i)
                    .update();
        }
        long total = visits.statistics(site).total();
        visits.prune();
        assertThat(visits.statistics(site).total()).isEqualTo(total);
        assertThat(rowsBefore(site, LocalDate.now(clock).minusDays(VisitCounter.DETAILED_DAYS)))
                .isZero();
        assertThat(jdbc.sql("SELECT visitors FROM portal.visit_day_total WHERE site_id = :s AND day = :d")
                        .param("s", site.value())
                        .param("d", old)
                        .query(Integer.class)
                        .single())
                .isEqualTo(7);
        // Pruning again changes nothing: the day's rows are gone, its total stays.
        visits.prune();
        assertThat(visits.statistics(site).total()).isEqualTo(total);
    }

    @Test
    void theArticlesVisitorsAreKeptForTodayAndYesterdayOnly() {
        SiteId site = site();
        ArticleId article = article(site);
        LocalDate today = LocalDate.now(clock);
        for (int age = 0; age <= 3; age++) {
            jdbc.sql("INSERT INTO portal.article_visitor_day (article_id, day, visitor_hash) VALUES (:a, :d, :v)"
                            + " ON CONFLICT DO NOTHING")
                    .param("a", article.value())
                    .param("d", today.minusDays(age))
                    .param("v", "kept-or-not-" + age)
                    .update();
        }
        visits.prune();
        assertThat(jdbc.sql("SELECT visitor_hash FROM portal.article_visitor_day WHERE article_id = :a"
                                + " AND visitor_hash LIKE 'kept-or-not-%' ORDER BY visitor_hash")
                        .param("a", article.value())
                        .query(String.class)
                        .list())
                .containsExactly("kept-or-not-0", "kept-or-not-1");
    }

    private long todays(SiteId site) {
        return jdbc.sql("SELECT count(*) FROM portal.visitor_day WHERE site_id = :s AND day = :d")
                .param("s", site.value())
                .param("d", LocalDate.now(clock))
                .query(Long.class)
                .single();
    }

    private long rowsBefore(SiteId site, LocalDate day) {
        return jdbc.sql("SELECT count(*) FROM portal.visitor_day WHERE site_id = :s AND day < :d")
                .param("s", site.value())
                .param("d", day)
                .query(Long.class)
                .single();
    }

    private SiteId site() {
        return SiteId.of(jdbc.sql("SELECT id FROM portal.site WHERE slug = 'thpt-nguyen-trai'")
                .query(Long.class)
                .single());
    }

    private ArticleId article(SiteId site) {
        return ArticleId.of(jdbc.sql("SELECT id FROM portal.article WHERE site_id = :s AND status = 'PUBLISHED'"
                        + " ORDER BY id LIMIT 1")
                .param("s", site.value())
                .query(Long.class)
                .single());
    }
}
