package vn.chibo.portal.reading;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.platform.InstallationSecrets;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.SiteId;

/**
 * Honest visitor statistics. A visitor is a salted hash of address and browser, salted anew each day; a page counts
 * when the browser asks for the page's live part, so crawlers that run no script are not counted, and clients that
 * name themselves bots are dropped too. Visits are gathered in memory and written in batches, so counting never
 * slows a page; the figures lag by at most one batch. They are hard to inflate: an article counts one view per visitor
 * and day, on one node or several (each batch adds its (article, day, visitor) triples to
 * {@code portal.article_visitor_day} and counts only those that were new there), one address counts as at most {@link
 * #BROWSERS_PER_ADDRESS} visitors a day whatever browser names it sends (per node: behind a load balancer that spreads
 * one address over n nodes, at most n times that), and what waits for the next batch is bounded. Per-visitor rows
 * older than {@link #DETAILED_DAYS} days are summed up per day and deleted.
 */
@Service
public class VisitCounter {

    /** Online now: distinct visitors seen in the last five minutes. */
    public static final Duration ONLINE_WINDOW = Duration.ofMinutes(5);

    /** Visitors one address may count for in a day (a school behind one address has many browsers, not thousands). */
    static final int BROWSERS_PER_ADDRESS = 50;

    /** Days kept visitor by visitor (this month's count needs them); older days are kept as daily totals. */
    static final int DETAILED_DAYS = 40;

    /** Distinct visitors, and articles viewed, waiting for the next batch; beyond them a burst is not counted. */
    static final int PENDING_LIMIT = 100_000;

    private static final Pattern BOT = Pattern.compile(
            "(?i)(bot\\b|bot/|crawl|spider|slurp|curl|wget|python|java/|okhttp|httpclient|libwww|scrapy|wrk"
                    + "|facebookexternalhit|monitor|uptime|preview)");

    /** Statistics of a site as the public sees them. */
    public record VisitStatistics(long onlineNow, long today, long thisMonth, long total) {}

    private record VisitorKey(long site, LocalDate day, String visitor) {}

    private record Seen(Instant at, int views) {}

    private record ArticleVisitor(long article, LocalDate day, String visitor) {}

    private final JdbcClient jdbc;
    private final InstallationSecrets secrets;
    private final Clock clock;
    private final Map<VisitorKey, Seen> pendingVisitors = new ConcurrentHashMap<>();
    /** Articles viewed by a visitor not yet counted on this node, for the next batch to count where no node has. */
    private final Set<ArticleVisitor> pendingArticleVisitors = ConcurrentHashMap.newKeySet();
    /** Per article, how many of those wait: shown with the stored count until the batch settles it. */
    private final Map<Long, LongAdder> pendingViews = new ConcurrentHashMap<>();

    private final Cache<Long, VisitStatistics> statistics =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).build();
    /** (day, visitor, article) already counted as a view on this node. */
    private final Cache<String, Boolean> viewed = Caffeine.newBuilder()
            .maximumSize(500_000)
            .expireAfterWrite(Duration.ofDays(1))
            .build();
    /** The browsers counted as visitors per (day, address), both hashed. */
    private final Cache<String, Set<String>> browsers = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofDays(1))
            .build();

    VisitCounter(JdbcClient jdbc, InstallationSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    public static boolean isBot(String userAgent) {
        return userAgent == null
                || userAgent.isBlank()
                || BOT.matcher(userAgent).find();
    }

    /** Notes a page view; returns false when the client is a bot and nothing was counted. */
    public boolean record(SiteId site, ArticleId article, String address, String userAgent) {
        if (isBot(userAgent)) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.now(clock);
        String salted = secrets.secret(RatingRules.READER_SALT) + "|" + day + "|" + address;
        String browser = RatingRules.sha256(String.valueOf(userAgent));
        Set<String> seenFromAddress = browsers.get(RatingRules.sha256(salted), k -> ConcurrentHashMap.newKeySet());
        if (!seenFromAddress.contains(browser)) {
            if (seenFromAddress.size() >= BROWSERS_PER_ADDRESS) {
                // Yet another browser name from this address today: counted as the same visitor as the last ones.
                browser = "*";
            } else {
                seenFromAddress.add(browser);
            }
        }
        String visitor = RatingRules.sha256(salted + "|" + browser);
        VisitorKey key = new VisitorKey(site.value(), day, visitor);
        if (pendingVisitors.size() < PENDING_LIMIT || pendingVisitors.containsKey(key)) {
            pendingVisitors.merge(
                    key,
                    new Seen(now, 1),
                    (a, b) -> new Seen(b.at().isAfter(a.at()) ? b.at() : a.at(), a.views() + b.views()));
        }
        if (article != null
                && viewed.asMap().putIfAbsent(day + "|" + visitor + "|" + article.value(), Boolean.TRUE) == null
                && pendingArticleVisitors.size() < PENDING_LIMIT
                && pendingArticleVisitors.add(new ArticleVisitor(article.value(), day, visitor))) {
            pendingViews.computeIfAbsent(article.value(), k -> new LongAdder()).increment();
        }
        return true;
    }

    /**
     * Sums the per-visitor rows of days past the detailed window up into daily totals and deletes them; any node may
     * run it (a day already summed is added to, never counted twice: its rows are gone).
     */
    @Scheduled(fixedDelayString = "${chibo.portal.visits.prune:PT6H}", initialDelayString = "PT2M")
    @Transactional
    public void prune() {
        LocalDate today = LocalDate.now(clock);
        // Today's views are told apart by these rows, and yesterday's for a batch written just after midnight.
        jdbc.sql("DELETE FROM portal.article_visitor_day WHERE day < :yesterday")
                .param("yesterday", today.minusDays(1))
                .update();
        LocalDate before = today.minusDays(DETAILED_DAYS);
        jdbc.sql(
                        """
                        WITH gone AS (
                            DELETE FROM portal.visitor_day WHERE day < :before
                            RETURNING site_id, day, views)
                        INSERT INTO portal.visit_day_total (site_id, day, visitors, views)
                        SELECT site_id, day, count(*), sum(views) FROM gone GROUP BY site_id, day
                        ON CONFLICT (site_id, day) DO UPDATE
                        SET visitors = portal.visit_day_total.visitors + excluded.visitors,
                            views = portal.visit_day_total.views + excluded.views
                        """)
                .param("before", before)
                .update();
        statistics.invalidateAll();
    }

    /** Writes what was gathered since the last batch. */
    // The first flush one period after the start, as every scheduled task here: none touches the database while the
    // start may still be making it ready (a start refused there is reported once, by the start itself).
    @Scheduled(
            fixedDelayString = "${chibo.portal.visits.flush:PT5S}",
            initialDelayString = "${chibo.portal.visits.flush:PT5S}")
    @Transactional
    public void flush() {
        List<Map.Entry<VisitorKey, Seen>> visitors = new ArrayList<>();
        for (VisitorKey key : List.copyOf(pendingVisitors.keySet())) {
            Seen seen = pendingVisitors.remove(key);
            if (seen != null) {
                visitors.add(Map.entry(key, seen));
            }
        }
        if (!visitors.isEmpty()) {
            jdbc.sql(
                            """
                            INSERT INTO portal.visitor_day (site_id, day, visitor_hash, last_seen, views)
                            SELECT site, day, visitor, seen, views
                            FROM unnest(CAST(:sites AS bigint[]), CAST(:days AS date[]), CAST(:visitors AS text[]),
                                        CAST(:seen AS timestamptz[]), CAST(:views AS int[]))
                                 AS batch (site, day, visitor, seen, views)
                            ON CONFLICT (site_id, day, visitor_hash) DO UPDATE
                            SET last_seen = greatest(portal.visitor_day.last_seen, excluded.last_seen),
                                views = portal.visitor_day.views + excluded.views
                            """)
                    .param(
                            "sites",
                            visitors.stream().map(e -> e.getKey().site()).toArray(Long[]::new))
                    .param(
                            "days",
                            visitors.stream()
                                    .map(e -> e.getKey().day().toString())
                                    .toArray(String[]::new))
                    .param(
                            "visitors",
                            visitors.stream().map(e -> e.getKey().visitor()).toArray(String[]::new))
                    .param(
                            "seen",
                            visitors.stream()
                                    .map(e -> e.getValue().at().toString())
                                    .toArray(String[]::new))
                    .param(
                            "views",
                            visitors.stream().map(e -> e.getValue().views()).toArray(Integer[]::new))
                    .update();
        }
        List<ArticleVisitor> viewers = new ArrayList<>();
        for (ArticleVisitor viewer : List.copyOf(pendingArticleVisitors)) {
            if (pendingArticleVisitors.remove(viewer)) {
                viewers.add(viewer);
            }
        }
        if (!viewers.isEmpty()) {
            // Only the (article, day, visitor) triples that no node has counted yet add a view; an article deleted
            // meanwhile is skipped.
            jdbc.sql(
                            """
                            WITH fresh AS (
                                INSERT INTO portal.article_visitor_day (article_id, day, visitor_hash)
                                SELECT batch.article, batch.day, batch.visitor
                                FROM unnest(CAST(:articles AS bigint[]), CAST(:days AS date[]),
                                            CAST(:visitors AS text[])) AS batch (article, day, visitor)
                                WHERE EXISTS (SELECT 1 FROM portal.article a WHERE a.id = batch.article)
                                ON CONFLICT DO NOTHING
                                RETURNING article_id)
                            INSERT INTO portal.article_views (article_id, views)
                            SELECT article_id, count(*) FROM fresh GROUP BY article_id
                            ON CONFLICT (article_id) DO UPDATE
                            SET views = portal.article_views.views + excluded.views
                            """)
                    .param(
                            "articles",
                            viewers.stream().map(ArticleVisitor::article).toArray(Long[]::new))
                    .param("days", viewers.stream().map(v -> v.day().toString()).toArray(String[]::new))
                    .param(
                            "visitors",
                            viewers.stream().map(ArticleVisitor::visitor).toArray(String[]::new))
                    .update();
            for (ArticleVisitor viewer : viewers) {
                LongAdder waiting = pendingViews.get(viewer.article());
                if (waiting != null) {
                    waiting.decrement();
                }
            }
            pendingViews.values().removeIf(waiting -> waiting.sum() <= 0);
        }
        if (!visitors.isEmpty()) {
            statistics.invalidateAll();
        }
    }

    @Transactional(readOnly = true)
    public VisitStatistics statistics(SiteId site) {
        return statistics.get(site.value(), id -> {
            LocalDate today = LocalDate.now(clock);
            return jdbc.sql(
                            """
                            SELECT count(*) FILTER (WHERE last_seen > :online) AS online,
                                   count(*) FILTER (WHERE day = :today) AS today,
                                   count(*) FILTER (WHERE day >= :month) AS month,
                                   count(*) + (SELECT coalesce(sum(visitors), 0) FROM portal.visit_day_total
                                               WHERE site_id = :site) AS total
                            FROM portal.visitor_day WHERE site_id = :site
                            """)
                    .param("site", id)
                    .param("online", OffsetDateTime.ofInstant(clock.instant().minus(ONLINE_WINDOW), ZoneOffset.UTC))
                    .param("today", today)
                    .param("month", today.withDayOfMonth(1))
                    .query((rs, n) -> new VisitStatistics(
                            rs.getLong("online"), rs.getLong("today"), rs.getLong("month"), rs.getLong("total")))
                    .single();
        });
    }

    @Transactional(readOnly = true)
    public long views(ArticleId article) {
        long stored = jdbc.sql("SELECT coalesce(max(views), 0) FROM portal.article_views WHERE article_id = :a")
                .param("a", article.value())
                .query(Long.class)
                .single();
        LongAdder pending = pendingViews.get(article.value());
        return stored + (pending == null ? 0 : pending.sum());
    }
}
