package vn.chibo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.web.MockHttpServletRequest;

/** Links are built on the configured public address; only the demo takes it from the request. */
class PublicBaseUrlTests {

    @Test
    void aProductionStartRequiresTheAddressAndSaysSoInBothLanguages() {
        assertThatThrownBy(() -> new PublicBaseUrl("", false))
                .isInstanceOfSatisfying(PublicBaseUrl.Refused.class, refused -> {
                    FailureAnalysis analysis = new vn.chibo.platform.StartupSettingFailureAnalyzer().analyze(refused);
                    assertThat(analysis.getDescription())
                            .contains("Chưa đặt địa chỉ công khai của cổng thông tin (chibo.portal.base-url)")
                            .contains("The public address of the portal (chibo.portal.base-url) is not set");
                    assertThat(analysis.getAction())
                            .contains("CHIBO_PORTAL_BASE_URL")
                            .contains("demo");
                });
        for (String wrong : new String[] {
            "cong.example.vn",
            "ftp://cong.example.vn",
            "https://",
            "https://cong.example.vn/?a=1",
            "https://ai@cong.example.vn",
            "https://cong.example.vn/#x",
            "https://cong example.vn"
        }) {
            assertThatThrownBy(() -> new PublicBaseUrl(wrong, true))
                    .as(wrong)
                    .isInstanceOfSatisfying(PublicBaseUrl.Refused.class, refused -> assertThat(refused.key())
                            .isEqualTo("startup.base-url.invalid"));
        }
    }

    @Test
    void theConfiguredAddressIsUsedWhateverTheRequestSays() {
        PublicBaseUrl base = new PublicBaseUrl(" https://Cong.BinhSon.example:8443/ ", false);
        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/cong/so-gddt");
        forged.setServerName("ke-gian.example");
        forged.setServerPort(666);
        assertThat(base.of(forged)).isEqualTo("https://cong.binhson.example:8443");
        assertThat(base.configured()).isTrue();
        assertThat(base.applicationHost()).isEqualTo("cong.binhson.example");
        assertThat(new PublicBaseUrl("http://chibo.example/cong-thong-tin/", false).of(forged))
                .isEqualTo("http://chibo.example/cong-thong-tin");
    }

    @Test
    void theDemoTakesTheAddressFromTheRequestPortIncluded() {
        PublicBaseUrl demo = new PublicBaseUrl("", true);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cong/so-gddt");
        request.setServerPort(8080);
        assertThat(demo.of(request)).isEqualTo("http://localhost:8080");
        request.setServerPort(80);
        assertThat(demo.of(request)).isEqualTo("http://localhost");
        assertThat(demo.configured()).isFalse();
        assertThat(demo.applicationHost()).isEqualTo("localhost");
    }
}
