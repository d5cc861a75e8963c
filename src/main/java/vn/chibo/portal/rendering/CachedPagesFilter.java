package vn.chibo.portal.rendering;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.chibo.platform.CurrentUsers;
import vn.chibo.portal.PublicBaseUrl;

/**
 * Serves public pages from the {@link PageCache} and fills it. It runs after Spring Security, so every answer, a cached
 * one included, gets the security headers, the access log line and the request metrics of any other answer.
 *
 * <p>What may be cached is decided on the normalized path, from the list of public pages ({@link CacheablePages}). A
 * request that carries a session, a sign-in or credentials is never answered from the cache nor stored, whatever its
 * path; and a page is stored only when it came back as a complete 200 answer to a GET that sets no cookie and is not
 * marked {@code private} or {@code no-store}. The cache is keyed by the portal's public address ({@link
 * PublicBaseUrl}), the path and the reader's language.
 */
class CachedPagesFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Page-Cache";
    static final String LANGUAGE_COOKIE = "chibo-lang";
    // Headers that describe the page itself and are replayed with it; everything else belongs to one exchange or is
    // written again on each answer (Spring Security's headers among them).
    private static final Set<String> PAGE_HEADERS =
            Set.of("content-language", "content-disposition", "last-modified", "link", "x-robots-tag");
    private static final Pattern PRIVATE = Pattern.compile("(?i).*\\b(private|no-store)\\b.*");

    private final PageCache cache;
    private final PublicBaseUrl baseUrl;
    private final String cacheControl;
    private final long sharedMaxAge;
    private final Clock wallClock;

    /**
     * @param sharedMaxAge how long a shared cache in front (nginx, a CDN) may answer a page without asking again;
     *     browsers always ask again (and get a 304 while the page is unchanged)
     * @param wallClock the real time, to tell nginx when a page expires to the second; null when ChiBo runs as of
     *     another moment (the demo's {@code chibo.clock.fixed}), when nginx follows {@code s-maxage} alone
     */
    CachedPagesFilter(PageCache cache, PublicBaseUrl baseUrl, Duration sharedMaxAge, Clock wallClock) {
        this.cache = cache;
        this.baseUrl = baseUrl;
        this.sharedMaxAge = Math.max(1, sharedMaxAge.toSeconds());
        this.cacheControl = "public, max-age=0, must-revalidate, s-maxage=" + this.sharedMaxAge;
        this.wallClock = wallClock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return CacheablePages.pathAndQuery(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (personal(request)) {
            cache.bypassed();
            response.setHeader(HEADER, "BYPASS");
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        PageCache.CachedPage cached = cache.get(key);
        if (cached != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(observation -> observation.setPathPattern(cached.pattern()));
            write(cached, request, response);
            return;
        }
        render(request, response, chain, key);
    }

    /** Whether the request carries a session, a sign-in or credentials: its answer may be someone's own. */
    static boolean personal(HttpServletRequest request) {
        if (request.getSession(false) != null || request.getHeader("Authorization") != null) {
            return true;
        }
        return CurrentUsers.current().isPresent();
    }

    private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws ServletException, IOException {
        long generation = cache.generation();
        long started = System.nanoTime();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        wrapper.setHeader(HEADER, "MISS");
        chain.doFilter(request, wrapper);
        String etag = null;
        if (storable(request, wrapper)) {
            byte[] body = wrapper.getContentAsByteArray();
            etag = etag(body);
            wrapper.setHeader("ETag", etag);
            wrapper.setHeader("Cache-Control", cacheControl);
            sharedExpiry(wrapper);
            List<String[]> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                if (PAGE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
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
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            cache.put(
                    key,
                    new PageCache.CachedPage(
                            body,
                            wrapper.getContentType(),
                            List.copyOf(headers),
                            etag,
                            pattern == null ? null : pattern.toString(),
                            cacheControl),
                    generation);
        } else {
            cache.notStored();
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

    /**
     * A complete 200 answer to a GET, with a body and its type, that sets no cookie, is not marked private or
     * no-store, and whose rendering opened no session nor signed anyone in.
     */
    private static boolean storable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        if (response.getStatus() != 200
                || !"GET".equals(request.getMethod())
                || response.getContentType() == null
                || response.containsHeader("Set-Cookie")
                || personal(request)) {
            return false;
        }
        for (String value : response.getHeaders("Cache-Control")) {
            if (PRIVATE.matcher(value).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * nginx keeps a page for whole seconds of its clock: told "s-maxage=1" it keeps it between one and two seconds. An
     * absolute expiry ({@code X-Accel-Expires: @<second>}, which nginx reads and does not pass on; other caches ignore
     * it) names the last second in which nginx may answer with the page without asking again. That second is chosen so
     * that the page goes stale at least {@link #SHARED_EXPIRY_MARGIN} before {@code s-maxage} has passed: the margin is
     * the time nginx and ChiBo take to fetch and render the changed page, so that a change shows through nginx within
     * {@code s-maxage}, not a few milliseconds after it. A page stored in the first moments of a second is thus stale
     * at once and revalidated (a 304 from ChiBo's own cache) by the next reader.
     */
    private void sharedExpiry(HttpServletResponse response) {
        if (wallClock != null) {
            response.setHeader("X-Accel-Expires", "@" + sharedExpirySecond(wallClock.instant(), sharedMaxAge));
        }
    }

    /** The time a shared cache's copy must go stale before {@code s-maxage} has passed; see {@link #sharedExpiry}. */
    static final Duration SHARED_EXPIRY_MARGIN = Duration.ofMillis(150);

    /** The last whole second (of the epoch) in which a page stored at {@code now} is fresh in nginx's cache. */
    static long sharedExpirySecond(Instant now, long sharedMaxAge) {
        Instant staleBy = now.plusSeconds(sharedMaxAge).minus(SHARED_EXPIRY_MARGIN);
        // nginx holds a page fresh through its expiry second, i.e. until the next second begins.
        return staleBy.getEpochSecond() - 1;
    }

    /** Sends a cached page: its headers, then the body (not for HEAD, nor when the reader's copy is current). */
    private void write(PageCache.CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (String[] header : page.headers()) {
            response.addHeader(header[0], header[1]);
        }
        response.setHeader(HEADER, "HIT");
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", page.cacheControl());
        sharedExpiry(response);
        if (page.gzip() != null) {
            response.setHeader("Vary", "accept-encoding");
        }
        if (matches(request.getHeader("If-None-Match"), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = page.body();
        if (page.gzip() != null && acceptsGzip(request)) {
            // Compressed once when cached; Tomcat leaves an answer that has an encoding alone.
            response.setHeader("Content-Encoding", "gzip");
            body = page.gzip();
        }
        response.setContentType(page.contentType());
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
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

    /**
     * The cache key: the portal's public address (never the Host header outside the demo), the normalized path and
     * page number, and the reader's language choice (the {@code chibo-lang} cookie, the only reader-specific input of a
     * public page).
     */
    String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(96);
        key.append(baseUrl.of(request)).append(CacheablePages.pathAndQuery(request));
        var cookies = request.getCookies();
        if (cookies != null) {
            for (var cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    key.append('#').append(cookie.getValue());
                }
            }
        }
        return key.toString();
    }

    /**
     * Whether the Accept-Encoding headers accept gzip (RFC 9110, 12.5.3): named with a weight above zero, or not named
     * while "*" is accepted.
     */
    static boolean acceptsGzip(HttpServletRequest request) {
        Boolean gzip = null;
        boolean any = false;
        var values = request.getHeaders("Accept-Encoding");
        while (values != null && values.hasMoreElements()) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].trim();
                boolean accepted = true;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].replace(" ", "").toLowerCase(Locale.ROOT);
                    if (parameter.startsWith("q=")
                            && ZERO_WEIGHT.matcher(parameter.substring(2)).matches()) {
                        accepted = false;
                    }
                }
                if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                    gzip = accepted;
                } else if (name.equals("*")) {
                    any = accepted;
                }
            }
        }
        return gzip != null ? gzip : any;
    }

    private static final Pattern ZERO_WEIGHT = Pattern.compile("0(\\.0{0,3})?");
}
