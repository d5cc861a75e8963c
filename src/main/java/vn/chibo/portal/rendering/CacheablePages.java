package vn.chibo.portal.rendering;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Which requests ask for a public page that the cache may keep: decided on the request's path as the application sees
 * it (percent-escapes decoded, so {@code /cong/%6Dedia/7} is {@code /cong/media/7}), against a list of the public
 * pages' shapes. Anything else, or anything odd (dot segments, empty segments, path parameters, double escapes, a
 * query other than the page number), is not cached and goes through the application as any request.
 */
final class CacheablePages {

    private static final Pattern PAGE_NUMBER = Pattern.compile("trang=[1-9][0-9]{0,3}");

    /** The request attribute that keeps the decision for the rest of the request (decided once). */
    private static final String DECIDED = CacheablePages.class.getName();

    private static final String NOT_CACHEABLE = "";

    private CacheablePages() {}

    /**
     * The normalized path and query the page is cached under, or null when the request is not for a cacheable page.
     */
    static String pathAndQuery(HttpServletRequest request) {
        Object decided = request.getAttribute(DECIDED);
        if (decided instanceof String known) {
            return known == NOT_CACHEABLE ? null : known;
        }
        String decision = decide(request);
        request.setAttribute(DECIDED, decision == null ? NOT_CACHEABLE : decision);
        return decision;
    }

    private static String decide(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || request.getHeader("HX-Request") != null) {
            return null;
        }
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (uri == null || !uri.startsWith(context)) {
            return null;
        }
        String path = decode(uri.substring(context.length()));
        if (path == null) {
            return null;
        }
        Shape shape = shape(path);
        if (shape == null) {
            return null;
        }
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return path;
        }
        // Only the page number of a listing changes a page; any other parameter (the language switch among them)
        // leaves the request to the application, uncached, and cannot fill the cache with copies.
        if (shape == Shape.LISTING && PAGE_NUMBER.matcher(query).matches()) {
            return query.equals("trang=1") ? path : path + "?" + query;
        }
        return null;
    }

    private enum Shape {
        PAGE,
        LISTING
    }

    /**
     * The public pages: the directory of units, a portal's home, article, print view, category and tag listings, their
     * feeds, and the sitemap. Never media, readers' counters, statistics or ratings, which depend on who asks.
     */
    private static Shape shape(String path) {
        if (path.equals("/sitemap.xml") || path.equals("/cong/don-vi")) {
            return Shape.PAGE;
        }
        if (!path.startsWith("/cong/")) {
            return null;
        }
        String[] segments = path.substring("/cong/".length()).split("/", -1);
        for (String segment : segments) {
            if (!name(segment)) {
                return null;
            }
        }
        String site = segments[0];
        if (site.equals("media") || site.equals("don-vi")) {
            return null;
        }
        return switch (segments.length) {
            case 1 -> Shape.PAGE;
            case 2 -> feed(segments[1]) ? Shape.PAGE : null;
            case 3 ->
                switch (segments[1]) {
                    case "bai-viet", "in" -> Shape.PAGE;
                    case "chuyen-muc", "the" -> Shape.LISTING;
                    default -> null;
                };
            case 4 -> segments[1].equals("chuyen-muc") && feed(segments[3]) ? Shape.PAGE : null;
            default -> null;
        };
    }

    /** A path segment as public pages' addresses have them: site, article, category and tag names. */
    private static boolean name(String segment) {
        if (segment.isEmpty() || segment.length() > 200 || !letterOrDigit(segment.charAt(0))) {
            return false;
        }
        for (int i = 1; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (!(letterOrDigit(c) || c == '.' || c == '_' || c == '~' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    private static boolean feed(String segment) {
        return segment.equals("rss.xml") || segment.equals("atom.xml");
    }

    /**
     * Decodes percent-escapes as UTF-8; null for malformed escapes or text, and for what decoding reveals that a public
     * address never holds (an escaped slash, a '%' left after decoding, a ';', a backslash, control characters).
     */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return plain(raw) ? raw : null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                int decoded = high * 16 + low;
                if (decoded == '/') {
                    // An escaped slash joins segments the application splits apart.
                    return null;
                }
                bytes.write(decoded);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return null;
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        return plain(decoded) ? decoded : null;
    }

    private static boolean plain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '%' || c == ';' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
