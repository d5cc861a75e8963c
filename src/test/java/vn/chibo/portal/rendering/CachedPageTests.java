package vn.chibo.portal.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** What a cached page keeps besides its body, and which readers get the copy compressed once. */
class CachedPageTests {

    @Test
    void aTextPageIsCompressedOnceAndATinyOrBinaryOneIsNot() throws Exception {
        byte[] html = "<p>Chi bộ Trường THPT Nguyễn Trãi họp chuyên đề quý IV.</p>\n"
                .repeat(80)
                .getBytes(StandardCharsets.UTF_8);
        PageCache.CachedPage page = page(html, "text/html;charset=UTF-8");
        assertThat(page.gzip()).isNotNull().hasSizeLessThan(html.length / 4);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzip()))) {
            assertThat(in.readAllBytes()).isEqualTo(html);
        }
        assertThat(page.weight()).isEqualTo(html.length + page.gzip().length);

        assertThat(page("<p>Ngắn</p>".getBytes(StandardCharsets.UTF_8), "text/html")
                        .gzip())
                .isNull();
        assertThat(page(new byte[4096], "image/png").gzip()).isNull();
        assertThat(page(html, "application/xml;charset=UTF-8").gzip()).isNotNull();
    }

    @Test
    void gzipGoesToReadersWhoAcceptIt() {
        assertThat(accepts()).isFalse();
        assertThat(accepts("gzip, deflate, br")).isTrue();
        assertThat(accepts("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(accepts("deflate")).isFalse();
        assertThat(accepts("gzip;q=0")).isFalse();
        assertThat(accepts("gzip; q=0.000, *")).isFalse();
        assertThat(accepts("*")).isTrue();
        assertThat(accepts("*;q=0")).isFalse();
        assertThat(accepts("identity", "gzip")).isTrue();
        assertThat(accepts("x-gzip")).isTrue();
    }

    private static boolean accepts(String... acceptEncoding) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cong/so-gddt");
        for (String value : acceptEncoding) {
            request.addHeader("Accept-Encoding", value);
        }
        return CachedPagesFilter.acceptsGzip(request);
    }

    private static PageCache.CachedPage page(byte[] body, String contentType) {
        return new PageCache.CachedPage(
                body, contentType, List.of(), "W/\"1\"", "/cong/{site}", "public, max-age=0, s-maxage=1");
    }
}
