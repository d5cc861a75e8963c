package vn.chibo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SingleSignOnTests {

    @Test
    void anIssuerIsAnAbsoluteWebAddressWithoutParameters() {
        assertThat(SingleSignOn.validIssuer("")).isEmpty();
        assertThat(SingleSignOn.validIssuer("https://sso.example.gov.vn/realms/giaoduc"))
                .isEqualTo("https://sso.example.gov.vn/realms/giaoduc");
        assertThat(SingleSignOn.validIssuer("http://localhost:9000")).isEqualTo("http://localhost:9000");
        for (String wrong : new String[] {
            "sso.example.gov.vn", "ftp://sso.example.gov.vn", "https://sso.example.gov.vn/?realm=x",
            "https://user:pass@sso.example.gov.vn", "https://sso.example.gov.vn/#x", "https://"
        }) {
            assertThatThrownBy(() -> SingleSignOn.validIssuer(wrong))
                    .as(wrong)
                    .isInstanceOf(SingleSignOn.Refused.class)
                    .hasMessageContaining("startup.sso.issuer-invalid");
        }
    }
}
