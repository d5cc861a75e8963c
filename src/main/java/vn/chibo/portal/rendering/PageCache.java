package vn.chibo.portal.rendering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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
    private final Counter connectorHits;
    private final Counter misses;

    PageCache(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        // Where a hit was answered: in Tomcat's connector (CachedPageAdapter) or, rarely, in the filter.
        this.hits = meters.counter("chibo.portal.page.cache", "result", "hit", "answered", "filter");
        this.connectorHits = meters.counter("chibo.portal.page.cache", "result", "hit", "answered", "connector");
        this.misses = meters.counter("chibo.portal.page.cache", "result", "miss", "answered", "filter");
        Gauge.builder("chibo.portal.page.cache.size", this, PageCache::size).register(meters);
    }

    /**
     * A page as it was rendered: body bytes, content type and the headers it was sent with; and the body compressed
     * once with gzip (null when it is too small or not text), for the readers whose browser accepts it, instead of
     * compressing it again for each of them.
     */
    public record CachedPage(
            byte[] body,
            String contentType,
            java.util.List<String[]> headers,
            byte[][] encoded,
            String etag,
            byte[] gzip) {

        /** Below this, compressing saves less than it costs (Tomcat's own threshold). */
        static final int COMPRESS_FROM = 2048;

        public CachedPage(byte[] body, String contentType, java.util.List<String[]> headers) {
            this(body, contentType, headers, encode(headers), etagOf(headers), gzip(body, contentType));
        }

        private static String etagOf(java.util.List<String[]> headers) {
            for (String[] header : headers) {
                if (header[0].equalsIgnoreCase("ETag")) {
                    return header[1];
                }
            }
            return null;
        }

        /** Names and values alternately, as the bytes HTTP/1.1 sends (ISO-8859-1), so a hit encodes nothing. */
        private static byte[][] encode(java.util.List<String[]> headers) {
            byte[][] encoded = new byte[headers.size() * 2][];
            for (int i = 0; i < headers.size(); i++) {
                encoded[2 * i] = headers.get(i)[0].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                encoded[2 * i + 1] = headers.get(i)[1].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            return encoded;
        }

        static byte[] gzip(byte[] body, String contentType) {
            String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
            boolean text = type.startsWith("text/") || type.contains("xml") || type.contains("json");
            if (!text || body.length < COMPRESS_FROM) {
                return null;
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 3);
            try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
                }
            }) {
                gzip.write(body);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        /** What the page weighs in the cache. */
        int weight() {
            return body.length + (gzip == null ? 0 : gzip.length);
        }
    }

    public Optional<CachedPage> get(String key) {
        CachedPage page = pages.getIfPresent(key);
        (page == null ? misses : hits).increment();
        return Optional.ofNullable(page);
    }

    /** For the connector: the page if it is cached, or null (a miss goes on to the filter, which counts it). */
    CachedPage peek(String key) {
        CachedPage page = pages.getIfPresent(key);
        if (page != null) {
            connectorHits.increment();
        }
        return page;
    }

    /** The generation to pass to {@link #put}; a page rendered across an invalidation is not kept. */
    public long generation() {
        return generation.get();
    }

    public void put(String key, CachedPage page, long renderedInGeneration) {
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
