package vn.chibo.portal.rendering;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32C;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from the {@link PageCache} and fills it. A page is kept only when it went through the whole
 * chain (security included) and came back as a complete 200 answer that sets no cookie; its headers are kept with it,
 * so a page served from the cache carries exactly the security headers it carried the first time. Public pages do not
 * depend on who asks, and the live parts of a page (ratings, counters) are loaded separately and never cached.
 */
class CachedPagesFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Page-Cache";
    static final String REVALIDATE = "no-cache";
    // Headers that belong to one exchange, not to the page.
    private static final Set<String> PER_RESPONSE =
            Set.of("set-cookie", "date", "content-length", "transfer-encoding", "connection", "keep-alive", "vary");

    private final PageCache cache;

    CachedPagesFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cacheable(request);
    }

    /** Whether the request asks for a whole public page that may come from the cache. */
    static boolean cacheable(HttpServletRequest request) {
        return cacheable(request.getMethod(), request.getHeader("HX-Request") != null, request.getRequestURI());
    }

    /** The same, from the parts of a request that {@link CachedPageAdapter} reads before Tomcat builds one. */
    static boolean cacheable(String method, boolean htmx, String uri) {
        if (!("GET".equals(method) || "HEAD".equals(method)) || htmx) {
            return false;
        }
        return !(uri.contains("/media/") || uri.endsWith("/doc-gia") || uri.endsWith("/thong-ke"));
    }

    /** The paths this filter is registered for (see RenderingConfiguration). */
    static boolean covered(String uri) {
        return uri.startsWith("/cong/") || uri.equals("/sitemap.xml");
    }

    /** Sends a cached page: the headers it was first sent with, then the body (not for HEAD, nor when unchanged). */
    static void write(PageCache.CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (String[] header : page.headers()) {
            response.addHeader(header[0], header[1]);
        }
        response.setHeader(HEADER, "HIT");
        if (notModified(page, request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        var cached = cache.get(key);
        if (cached.isPresent()) {
            write(cached.get(), request, response);
            return;
        }
        long generation = cache.generation();
        long started = System.nanoTime();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        wrapper.setHeader(HEADER, "MISS");
        // Browsers and proxies may keep a public page but must ask again before each use (answered by a 304 while the
        // page is unchanged); set before the chain, so Spring Security does not forbid storing it.
        wrapper.setHeader("Cache-Control", REVALIDATE);
        chain.doFilter(request, wrapper);
        String etag = null;
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == 200
                && "GET".equals(request.getMethod())
                && type != null
                && !wrapper.containsHeader("Set-Cookie")) {
            etag = etag(wrapper.getContentAsByteArray());
            wrapper.setHeader("ETag", etag);
            List<String[]> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!PER_RESPONSE.contains(lower) && !lower.equals("content-type") && !name.equals(HEADER)) {
                    for (String value : wrapper.getHeaders(name)) {
                        headers.add(new String[] {name, value});
                    }
                }
            }
            // The language travels outside the header list (setLocale); it belongs to the page.
            if (wrapper.getLocale() != null && !wrapper.containsHeader("Content-Language")) {
                headers.add(
                        new String[] {"Content-Language", wrapper.getLocale().toLanguageTag()});
            }
            cache.put(
                    key,
                    new PageCache.CachedPage(wrapper.getContentAsByteArray(), type, List.copyOf(headers)),
                    generation);
        }
        // How long the page took to render, for the benchmark and for anyone looking at a slow page.
        wrapper.setHeader(
                "Server-Timing", String.format(Locale.ROOT, "render;dur=%.1f", (System.nanoTime() - started) / 1e6));
        if (etag != null && matches(request.getHeader("If-None-Match"), etag)) {
            // Rendered again (the cache had been emptied) but unchanged for this reader.
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        wrapper.copyBodyToResponse();
    }

    /** Whether the reader's copy (If-None-Match) is the cached page. */
    static boolean notModified(PageCache.CachedPage page, String ifNoneMatch) {
        return matches(ifNoneMatch, page.etag());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null
                && etag != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"));
    }

    /** A weak validator (so that compression may still apply) from the body's checksum and length. */
    static String etag(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return "W/\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
    }

    static String key(HttpServletRequest request) {
        List<String> cookies =
                request.getHeader("Cookie") == null ? List.of() : Collections.list(request.getHeaders("Cookie"));
        return key(request.getServerName(), request.getRequestURI(), request.getQueryString(), cookies);
    }

    /**
     * The cache key: host, path and query, and the reader's language choice (the {@code chibo-lang} cookie, the only
     * reader-specific input of a public page). Computed from the raw request parts, so that {@link CachedPageAdapter}
     * finds under the same key what this filter stored.
     */
    static String key(String serverName, String uri, String query, List<String> cookieHeaders) {
        StringBuilder key = new StringBuilder(96);
        key.append(serverName).append(uri);
        if (query != null) {
            key.append('?').append(query);
        }
        for (String header : cookieHeaders) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).trim().equals(LANGUAGE_COOKIE)) {
                    key.append('#').append(pair.substring(equals + 1).trim());
                }
            }
        }
        return key.toString();
    }

    private static final String LANGUAGE_COOKIE = "chibo-lang";
}
