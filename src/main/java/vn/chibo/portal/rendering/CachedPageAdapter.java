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
import org.apache.tomcat.util.http.FastHttpDateFormat;
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
        byte[] date = currentDate();
        headers.addValue(DATE_NAME, 0, DATE_NAME.length).setBytes(date, 0, date.length);
        byte[] body = page.body();
        // Vary: accept-encoding on every answer of a page that has a compressed copy (its 304 and its compressed
        // answer included). Tomcat never compresses these answers again: their content type goes in as a header of
        // its own, so its compression check stops at once.
        if (page.gzip() != null) {
            headers.addValue(VARY_NAME, 0, VARY_NAME.length).setBytes(VARY_VALUE, 0, VARY_VALUE.length);
        }
        if (CachedPagesFilter.notModified(page, request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        if (page.gzip() != null && acceptsGzip(request.getMimeHeaders())) {
            // Compressed once when cached.
            headers.addValue(ENCODING_NAME, 0, ENCODING_NAME.length).setBytes(ENCODING_VALUE, 0, ENCODING_VALUE.length);
            body = page.gzip();
        }
        // As ready bytes: set on the response, Tomcat would rebuild the content type and encode it on every answer.
        byte[] type = contentType(page.contentType());
        headers.addValue(CONTENT_TYPE_NAME, 0, CONTENT_TYPE_NAME.length).setBytes(type, 0, type.length);
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.commit();
            response.doWrite(ByteBuffer.wrap(body));
        }
    }

    private static byte[] contentType(String contentType) {
        byte[] bytes = CONTENT_TYPES.get(contentType);
        if (bytes == null) {
            bytes = contentType.getBytes(StandardCharsets.ISO_8859_1);
            CONTENT_TYPES.putIfAbsent(contentType, bytes);
        }
        return bytes;
    }

    /**
     * The Date header's value as bytes (Tomcat encodes its own on every answer). Tomcat formats the date once a
     * second and hands out the same string until the next; so is it encoded here.
     */
    private static byte[] currentDate() {
        String date = FastHttpDateFormat.getCurrentDate();
        EncodedDate last = lastDate;
        if (last.date() != date) {
            last = new EncodedDate(date, date.getBytes(StandardCharsets.ISO_8859_1));
            lastDate = last;
        }
        return last.bytes();
    }

    private record EncodedDate(String date, byte[] bytes) {}

    private static volatile EncodedDate lastDate = new EncodedDate("", new byte[0]);

    private static final Map<String, byte[]> CONTENT_TYPES = new ConcurrentHashMap<>();
    private static final byte[] DATE_NAME = "Date".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CONTENT_TYPE_NAME = "Content-Type".getBytes(StandardCharsets.ISO_8859_1);
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
