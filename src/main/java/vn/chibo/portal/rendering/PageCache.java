package vn.chibo.portal.rendering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.chibo.portal.SiteId;

/**
 * Rendered public pages kept in memory. Any change readers could see empties it: at once on this node after the
 * change commits, and on every other node through a PostgreSQL notification that the database delivers on the same
 * commit. Emptying the whole cache rather than one site's pages is deliberate: the main portal lists the articles of
 * component portals, and a re-render costs milliseconds.
 */
@Component
public class PageCache {

    static final String CHANNEL = "portal_pages";

    private final Cache<String, CachedPage> pages = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((String key, CachedPage page) -> page.weight() + key.length())
            // A safety net only: invalidation is what keeps pages fresh.
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();
    private final AtomicLong generation = new AtomicLong();
    private final JdbcClient jdbc;
    private final Counter hits;
    private final Counter misses;
    private final Counter bypassed;
    private final Counter notStored;

    PageCache(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.hits = meters.counter("chibo.portal.page.cache", "result", "hit");
        this.misses = meters.counter("chibo.portal.page.cache", "result", "miss");
        // Requests with a session or credentials, never served from the cache nor stored.
        this.bypassed = meters.counter("chibo.portal.page.cache", "result", "bypass");
        // Rendered answers that were not kept (not a 200, private, setting a cookie...).
        this.notStored = meters.counter("chibo.portal.page.cache.not-stored");
        Gauge.builder("chibo.portal.page.cache.size", this, PageCache::size).register(meters);
    }

    /**
     * A page as it was rendered: body bytes, content type, the headers that belong to the page, its validator, the
     * route it was rendered by (for the request metrics of its cached answers) and its caching rule; and the body
     * compressed once with gzip (null when it is too small or not text), for the readers whose browser accepts it,
     * instead of compressing it again for each of them.
     */
    public record CachedPage(
            byte[] body,
            String contentType,
            List<String[]> headers,
            String etag,
            String pattern,
            String cacheControl,
            byte[] gzip) {

        /** Below this, compressing saves less than it costs (Tomcat's own threshold). */
        static final int COMPRESS_FROM = 2048;

        public CachedPage(
                byte[] body,
                String contentType,
                List<String[]> headers,
                String etag,
                String pattern,
                String cacheControl) {
            this(body, contentType, headers, etag, pattern, cacheControl, gzip(body, contentType));
        }

        static byte[] gzip(byte[] body, String contentType) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            boolean text = type.startsWith("text/") || type.contains("xml") || type.contains("json");
            if (!text || body.length < COMPRESS_FROM) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            }) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        /** What the page weighs in the cache. */
        int weight() {
            return body.length + (gzip == null ? 0 : gzip.length);
        }
    }

    /** The cached page, or null; counted as a hit or a miss. */
    CachedPage get(String key) {
        CachedPage page = pages.getIfPresent(key);
        (page == null ? misses : hits).increment();
        return page;
    }

    void bypassed() {
        bypassed.increment();
    }

    void notStored() {
        notStored.increment();
    }

    /** The generation to pass to {@link #put}; a page rendered across an invalidation is not kept. */
    public long generation() {
        return generation.get();
    }

    void put(String key, CachedPage page, long renderedInGeneration) {
        if (generation.get() == renderedInGeneration) {
            pages.put(key, page);
            if (generation.get() != renderedInGeneration) {
                pages.invalidate(key);
            }
        }
    }

    /** Tells every node that the site's public pages changed; within a transaction, takes effect when it commits. */
    public void changed(SiteId site) {
        jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :site)")
                .param("site", site.toString())
                .query((rs, n) -> 1)
                .list();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidateAll();
                }
            });
        } else {
            invalidateAll();
        }
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    public long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
