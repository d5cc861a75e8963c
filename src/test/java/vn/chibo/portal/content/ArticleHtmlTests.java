package vn.chibo.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleHtmlTests {

    @Test
    void scriptsNeverReachAReader() {
        String clean =
                ArticleHtml.sanitize("<p>Tin</p><script>alert(1)</script><SCRIPT src=//evil.example/x.js></SCRIPT>");
        assertThat(clean)
                .doesNotContainIgnoringCase("script")
                .doesNotContain("alert")
                .contains("<p>Tin</p>");
    }

    @Test
    void eventHandlersAreRemoved() {
        String clean = ArticleHtml.sanitize(
                "<p onclick=\"steal()\">Đoạn</p><img src=\"/cong/media/3/640\" alt=\"Ảnh\" onerror=\"steal()\">"
                        + "<a href=\"https://moet.gov.vn\" onmouseover=\"steal()\">Bộ</a>");
        assertThat(clean)
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onmouseover")
                .doesNotContain("steal");
        assertThat(clean).contains("src=\"/cong/media/3/640\"").contains("alt=\"Ảnh\"");
    }

    @Test
    void javascriptAndDataUrlsAreRemoved() {
        String clean =
                ArticleHtml.sanitize("<a href=\"javascript:alert(1)\">a</a><a href=\" JaVaScRiPt:alert(2)\">b</a>"
                        + "<a href=\"jav&#x09;ascript:alert(3)\">c</a><img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"x\">"
                        + "<img src=\"javascript:alert(4)\" alt=\"y\">");
        assertThat(clean)
                .doesNotContainIgnoringCase("javascript")
                .doesNotContain("alert")
                .doesNotContain("data:");
    }

    @Test
    void styleInjectionIsRemoved() {
        String clean = ArticleHtml.sanitize(
                "<style>body{display:none}</style>"
                        + "<p style=\"background:url(javascript:alert(1))\">Đoạn</p>"
                        + "<div class=\"x\" style=\"position:fixed;top:0\">Khối</div><link rel=stylesheet href=//evil.example/x.css>");
        assertThat(clean)
                .doesNotContainIgnoringCase("style")
                .doesNotContain("display:none")
                .doesNotContain("position")
                .doesNotContainIgnoringCase("<link")
                .doesNotContain("class=");
        assertThat(clean).contains("Đoạn").contains("Khối");
    }

    @Test
    void framesFormsAndObjectsAreRemoved() {
        String clean = ArticleHtml.sanitize("<iframe src=\"https://evil.example\"></iframe><form action=\"/x\"><input"
                + " name=q></form><object data=\"x.swf\"></object><embed src=\"x.swf\"><svg onload=alert(1)></svg>");
        assertThat(clean)
                .doesNotContainIgnoringCase("iframe")
                .doesNotContainIgnoringCase("form")
                .doesNotContainIgnoringCase("input")
                .doesNotContainIgnoringCase("object")
                .doesNotContainIgnoringCase("embed")
                .doesNotContainIgnoringCase("svg");
    }

    @Test
    void theStructureOfAnArticleIsKept() {
        String html = "<h2>Mục</h2><p><strong>Đậm</strong> và <em>nghiêng</em></p><ul><li>Một</li></ul>"
                + "<figure><img src=\"/cong/media/7/1280\" alt=\"Hội trường\"><figcaption>Toàn cảnh</figcaption></figure>"
                + "<blockquote>Trích</blockquote><a href=\"/cong/so/bai-viet/x\">liên kết</a>";
        String clean = ArticleHtml.sanitize(html);
        assertThat(clean)
                .contains("<h2>Mục</h2>")
                .contains("<strong>Đậm</strong>")
                .contains("<figcaption>Toàn cảnh</figcaption>")
                .contains("<img src=\"/cong/media/7/1280\" alt=\"Hội trường\" />")
                .contains("<blockquote>Trích</blockquote>")
                .contains("href=\"/cong/so/bai-viet/x\"");
    }

    @Test
    void imagesComeOnlyFromTheLibraryOrHttps() {
        assertThat(ArticleHtml.sanitize("<img src=\"http://tracker.example/p.gif\" alt=\"a\">"))
                .doesNotContain("tracker");
        assertThat(ArticleHtml.sanitize("<img src=\"https://example.org/p.png\" alt=\"a\">"))
                .contains("https://example.org/p.png");
    }

    @Test
    void anOutlineListsBlocksImagesCaptionsAndLinks() {
        var outline =
                ArticleHtml.outline("<p>Một &amp; hai</p><figure><img src=\"/a\" alt=\"\"><figcaption>IMG_1234.jpg"
                        + "</figcaption></figure><p><a href=\"/cong/x\">x</a></p>");
        assertThat(outline.blocks()).containsExactly("Một & hai", "IMG_1234.jpg", "x");
        assertThat(outline.captions()).containsExactly("IMG_1234.jpg");
        assertThat(outline.images()).hasSize(1);
        assertThat(outline.links()).containsExactly("/cong/x");
    }
}
