package vn.chibo.portal.rendering;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from the {@link PageCache} and fills it. It runs after security, so every answer carries the
 * same security headers; it keeps only complete 200 answers that set no cookie, and never the live parts of a page
 * (ratings, counters), which the page loads separately.
 */
class CachedPagesFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Page-Cache";

    private final PageCache cache;

    CachedPagesFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || uri.contains("/media/")
                || uri.endsWith("/doc-gia")
                || uri.endsWith("/thong-ke")
                || request.getHeader("HX-Request") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        var cached = cache.get(key);
        if (cached.isPresent()) {
            response.setHeader(HEADER, "HIT");
            response.setContentType(cached.get().contentType());
            response.setContentLength(cached.get().body().length);
            if ("GET".equals(request.getMethod())) {
                response.getOutputStream().write(cached.get().body());
            }
            return;
        }
        long generation = cache.generation();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        wrapper.setHeader(HEADER, "MISS");
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == 200
                && "GET".equals(request.getMethod())
                && type != null
                && !wrapper.getHeaderNames().contains("Set-Cookie")) {
            cache.put(key, new PageCache.CachedPage(wrapper.getContentAsByteArray(), type), generation);
        }
        wrapper.copyBodyToResponse();
    }

    private static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder();
        key.append(request.getServerName()).append(request.getRequestURI());
        if (request.getQueryString() != null) {
            key.append('?').append(request.getQueryString());
        }
        // The language choice is the only reader-specific input of a public page.
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals("chibo-lang")) {
                    key.append("#").append(cookie.getValue());
                }
            }
        }
        return key.toString();
    }
}
