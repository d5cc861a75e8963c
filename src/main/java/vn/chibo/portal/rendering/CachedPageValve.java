package vn.chibo.portal.rendering;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Answers a request for a cached public page inside Tomcat, before the servlet machinery: no filter chain is built, no
 * servlet is mapped, no Spring code runs. Everything else (misses included) goes on to {@link CachedPagesFilter},
 * which renders the page through the whole chain, security included, and fills the cache with the body and the
 * headers it was sent with. A hit is therefore byte for byte and header for header the answer the chain gave.
 */
final class CachedPageValve extends ValveBase {

    private final PageCache cache;

    CachedPageValve(PageCache cache) {
        super(true);
        this.cache = cache;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (CachedPagesFilter.cacheable(request) && CachedPagesFilter.covered(request.getRequestURI())) {
            PageCache.CachedPage page = cache.peek(CachedPagesFilter.key(request));
            if (page != null) {
                write(page, request, response);
                return;
            }
        }
        getNext().invoke(request, response);
    }

    /**
     * The same answer as {@link CachedPagesFilter#write}, with less copying: the headers go in as ready bytes and the
     * body is handed to the connector in one piece instead of passing through the servlet output buffer.
     */
    private static void write(PageCache.CachedPage page, Request request, Response response) throws IOException {
        org.apache.coyote.Response coyote = response.getCoyoteResponse();
        MimeHeaders headers = coyote.getMimeHeaders();
        byte[][] encoded = page.encoded();
        for (int i = 0; i < encoded.length; i += 2) {
            headers.addValue(encoded[i], 0, encoded[i].length).setBytes(encoded[i + 1], 0, encoded[i + 1].length);
        }
        headers.addValue(HIT_NAME, 0, HIT_NAME.length).setBytes(HIT_VALUE, 0, HIT_VALUE.length);
        if (CachedPagesFilter.notModified(page, request.getHeader("If-None-Match"))) {
            coyote.setStatus(304);
            return;
        }
        coyote.setContentType(page.contentType());
        coyote.setContentLength(page.body().length);
        if ("GET".equals(request.getMethod())) {
            coyote.commit();
            coyote.doWrite(ByteBuffer.wrap(page.body()));
        }
    }

    private static final byte[] HIT_NAME = CachedPagesFilter.HEADER.getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HIT_VALUE = "HIT".getBytes(StandardCharsets.ISO_8859_1);
}
