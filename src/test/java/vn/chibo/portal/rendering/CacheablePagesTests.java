package vn.chibo.portal.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The page cache decides on the path as the application reads it: an escaped path gets the decision of the plain one,
 * and only the public pages' shapes are cached.
 */
class CacheablePagesTests {

    @Test
    void publicPagesAreCacheableUnderTheirNormalizedPath() {
        assertThat(decide("/cong/so-gddt")).isEqualTo("/cong/so-gddt");
        assertThat(decide("/cong/so-gddt/bai-viet/hoi-nghi-dang-vien"))
                .isEqualTo("/cong/so-gddt/bai-viet/hoi-nghi-dang-vien");
        assertThat(decide("/cong/so-gddt/in/hoi-nghi-dang-vien")).isNotNull();
        assertThat(decide("/cong/so-gddt/chuyen-muc/tin-tuc")).isNotNull();
        assertThat(decide("/cong/so-gddt/the/chuyen-doi-so")).isNotNull();
        assertThat(decide("/cong/so-gddt/rss.xml")).isNotNull();
        assertThat(decide("/cong/so-gddt/chuyen-muc/tin-tuc/atom.xml")).isNotNull();
        assertThat(decide("/cong/don-vi")).isNotNull();
        assertThat(decide("/sitemap.xml")).isNotNull();
        // Escapes of ordinary letters name the same page.
        assertThat(decide("/cong/so-gd%64t/bai-viet/hoi-nghi-dang-vien"))
                .isEqualTo("/cong/so-gddt/bai-viet/hoi-nghi-dang-vien");
    }

    @Test
    void anEscapedPathGetsTheDecisionOfThePlainOne() {
        for (String[] pair : new String[][] {
            {"/cong/media/7", "/cong/%6Dedia/7"},
            {"/cong/media/7", "/cong/%6d%65%64%69%61/7"},
            {"/cong/media/7/640", "/cong/%6Dedia/7/640"},
            {"/cong/so-gddt/bai-viet/12/doc-gia", "/cong/so-gddt/bai-viet/12/%64oc-gia"},
            {"/cong/so-gddt/thong-ke", "/cong/so-gddt/%74hong-ke"},
            {"/cong/so-gddt/bai-viet/12/danh-gia", "/cong/so-gddt/bai-viet/12/danh-gi%61"},
            {"/cong/so-gddt/tim-kiem", "/cong/so-gddt/tim-ki%65m"}
        }) {
            assertThat(decide(pair[0])).as(pair[0]).isNull();
            assertThat(decide(pair[1])).as(pair[1]).isNull();
        }
        // The media library itself, however its name is written.
        assertThat(decide("/cong/media")).isNull();
        assertThat(decide("/cong/%6Dedia")).isNull();
    }

    @Test
    void oddPathsAreNeverCached() {
        for (String path : new String[] {
            "/cong/so-gddt/",
            "/cong//so-gddt",
            "/cong/so-gddt/../media/7",
            "/cong/so-gddt/%2e%2e/media/7",
            "/cong/./so-gddt",
            "/cong/so-gddt;jsessionid=1",
            "/cong/%256Dedia/7",
            "/cong/so-gddt%2Fbai-viet%2Fx",
            "/cong/so-gddt/bai-viet/%C3",
            "/cong/so-gddt/bai-viet/a%5Cb",
            "/cong/so-gddt/bai-viet/x/y",
            "/login",
            "/portal/sites/1",
            "/api/v1/portal/sites"
        }) {
            assertThat(decide(path)).as(path).isNull();
        }
    }

    @Test
    void onlyThePageNumberOfAListingMayVaryAPage() {
        assertThat(decide("/cong/so-gddt/chuyen-muc/tin-tuc", "trang=2"))
                .isEqualTo("/cong/so-gddt/chuyen-muc/tin-tuc?trang=2");
        assertThat(decide("/cong/so-gddt/chuyen-muc/tin-tuc", "trang=1")).isEqualTo("/cong/so-gddt/chuyen-muc/tin-tuc");
        assertThat(decide("/cong/so-gddt/the/chuyen-doi-so", "trang=3")).isNotNull();
        // Anything else (the language switch, a cache-buster, a huge page) is rendered and not kept.
        assertThat(decide("/cong/so-gddt", "lang=en")).isNull();
        assertThat(decide("/cong/so-gddt", "x=1")).isNull();
        assertThat(decide("/cong/so-gddt/bai-viet/a", "trang=2")).isNull();
        assertThat(decide("/cong/so-gddt/chuyen-muc/tin-tuc", "trang=2&x=1")).isNull();
        assertThat(decide("/cong/so-gddt/chuyen-muc/tin-tuc", "trang=999999")).isNull();
    }

    @Test
    void onlyWholePagesReadWithGetOrHead() {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/cong/so-gddt");
        assertThat(CacheablePages.pathAndQuery(post)).isNull();
        MockHttpServletRequest head = new MockHttpServletRequest("HEAD", "/cong/so-gddt");
        assertThat(CacheablePages.pathAndQuery(head)).isNotNull();
        MockHttpServletRequest htmx = new MockHttpServletRequest("GET", "/cong/so-gddt");
        htmx.addHeader("HX-Request", "true");
        assertThat(CacheablePages.pathAndQuery(htmx)).isNull();
    }

    private static String decide(String uri) {
        return decide(uri, null);
    }

    private static String decide(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        return CacheablePages.pathAndQuery(request);
    }
}
