package testsupport.oidc;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Points the application under test at the shared {@link TestOidcProvider} (see {@link SingleSignOnTest}). */
public abstract class SingleSignOnTestBase {

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("chibo.sso.issuer-uri", TestOidcProvider::issuer);
    }
}
