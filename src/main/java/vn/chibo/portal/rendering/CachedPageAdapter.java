package vn.chibo.portal.rendering;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.buf.CharsetHolder;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * Answers a request for a cached public page as soon as Tomcat's connector has parsed it, before Tomcat maps it to the
 * application and builds its request objects: no valve, filter or Spring code runs for a hit. Everything else (misses
 * included) goes on to Tomcat's own adapter and through the whole chain to {@link CachedPagesFilter}, which renders the
 * page, security included, and fills the cache with the body and the headers it was sent with; a hit is therefore byte
 * for byte and header for header the answer the chain gave, under the key the filter computed from the same request.
 */
final class CachedPageAdapter implements Adapter {

    private static final byte[] HIT_NAME = CachedPagesFilter.HEADER.getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HIT_VALUE = "HIT".getBytes(StandardCharsets.ISO_8859_1);

    private final Adapter next;
    private final PageCache cache;

    CachedPageAdapter(Adapter next, PageCache cache) {
        this.next = next;
        this.cache = cache;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        PageCache.CachedPage page = hit(request);
        if (page == null) {
            next.service(request, response);
        } else {
            write(page, request, response);
        }
    }

    private PageCache.CachedPage hit(Request request) {
        String uri = request.requestURI().toString();
        if (uri == null
                || !CachedPagesFilter.covered(uri)
                || !CachedPagesFilter.cacheable(
                        request.getMethod(), request.getMimeHeaders().getHeader("HX-Request") != null, uri)) {
            return null;
        }
        return cache.peek(CachedPagesFilter.key(
                request.serverName().toString(),
                uri,
                request.queryString().toString(),
                cookieHeaders(request.getMimeHeaders())));
    }

    private static List<String> cookieHeaders(MimeHeaders headers) {
        Enumeration<String> values = headers.values("Cookie");
        if (!values.hasMoreElements()) {
            return List.of();
        }
        List<String> all = new ArrayList<>(1);
        while (values.hasMoreElements()) {
            all.add(values.nextElement());
        }
        return all;
    }

    /**
     * The same answer as {@link CachedPagesFilter#write}, with less copying: the headers go in as ready bytes and the
     * body is handed to the connector in one piece. The connector then adds the date, compresses for a reader who
     * accepts it, and ends the response as after any other request.
     */
    private static void write(PageCache.CachedPage page, Request request, Response response) throws Exception {
        response.setStatus(200);
        MimeHeaders headers = response.getMimeHeaders();
        byte[][] encoded = page.encoded();
        for (int i = 0; i < encoded.length; i += 2) {
            headers.addValue(encoded[i], 0, encoded[i].length).setBytes(encoded[i + 1], 0, encoded[i + 1].length);
        }
        headers.addValue(HIT_NAME, 0, HIT_NAME.length).setBytes(HIT_VALUE, 0, HIT_VALUE.length);
        byte[] body = page.body();
        // Vary: accept-encoding on every answer of a page that has a compressed copy. Tomcat adds it itself to an
        // uncompressed 200 of a text page, but not to a 304, nor to an answer that is compressed already.
        if (CachedPagesFilter.notModified(page, request.getHeader("If-None-Match"))) {
            if (page.gzip() != null) {
                headers.addValue(VARY_NAME, 0, VARY_NAME.length).setBytes(VARY_VALUE, 0, VARY_VALUE.length);
            }
            response.setStatus(304);
            return;
        }
        if (page.gzip() != null && acceptsGzip(request.getMimeHeaders())) {
            // Compressed once when cached; Tomcat does not compress a response that has an encoding already.
            headers.addValue(VARY_NAME, 0, VARY_NAME.length).setBytes(VARY_VALUE, 0, VARY_VALUE.length);
            headers.addValue(ENCODING_NAME, 0, ENCODING_NAME.length).setBytes(ENCODING_VALUE, 0, ENCODING_VALUE.length);
            body = page.gzip();
        }
        ContentType type = CONTENT_TYPES.computeIfAbsent(page.contentType(), ContentType::of);
        // Parsed once per content type rather than on every response (Tomcat's setContentType parses its argument).
        if (type.charset() == null) {
            response.setContentType(page.contentType());
        } else {
            response.setContentTypeNoCharset(type.withoutCharset());
            response.setCharsetHolder(type.charset());
        }
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.commit();
            response.doWrite(ByteBuffer.wrap(body));
        }
    }

    private static final Map<String, ContentType> CONTENT_TYPES = new ConcurrentHashMap<>();
    private static final byte[] VARY_NAME = "Vary".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] VARY_VALUE = "accept-encoding".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ENCODING_NAME = "Content-Encoding".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ENCODING_VALUE = "gzip".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * Whether the Accept-Encoding headers accept gzip (RFC 9110, 12.5.3): named with a weight above zero, or not named
     * while "*" is accepted.
     */
    static boolean acceptsGzip(MimeHeaders headers) {
        Boolean gzip = null;
        boolean any = false;
        Enumeration<String> values = headers.values("Accept-Encoding");
        while (values.hasMoreElements()) {
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

    /** A content type split as Tomcat keeps it: the type without its charset, and the charset. */
    private record ContentType(String withoutCharset, CharsetHolder charset) {

        static ContentType of(String contentType) {
            int semicolon = contentType.indexOf(';');
            String parameter =
                    semicolon < 0 ? "" : contentType.substring(semicolon + 1).trim();
            if (semicolon < 0 || !parameter.regionMatches(true, 0, "charset=", 0, 8) || parameter.contains(";")) {
                return new ContentType(contentType, null);
            }
            CharsetHolder charset =
                    CharsetHolder.getInstance(parameter.substring(8).trim());
            return charset.getCharset() == null
                    ? new ContentType(contentType, null)
                    : new ContentType(contentType.substring(0, semicolon).trim(), charset);
        }
    }

    @Override
    public boolean prepare(Request request, Response response) throws Exception {
        return next.prepare(request, response);
    }

    @Override
    public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
        return next.asyncDispatch(request, response, status);
    }

    @Override
    public void log(Request request, Response response, long time) {
        next.log(request, response, time);
    }

    @Override
    public void checkRecycled(Request request, Response response) {
        next.checkRecycled(request, response);
    }

    @Override
    public String getDomain() {
        return next.getDomain();
    }
}
