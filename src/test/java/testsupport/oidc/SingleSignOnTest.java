package testsupport.oidc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.ChiboIntegrationTest;
import vn.chibo.TestDatabase;

/**
 * The whole application with its demo data and single sign-on through the shared {@link TestOidcProvider}, served on a
 * random port; the test class extends {@link SingleSignOnTestBase}, which points ChiBo at the provider, so that every
 * such class shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ChiboIntegrationTest.AS_OF,
            "chibo.sso.client-id=" + TestOidcProvider.CLIENT_ID,
            "chibo.sso.client-secret=" + TestOidcProvider.CLIENT_SECRET,
            "chibo.sso.name=Cổng xác thực thử nghiệm"
        })
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.class)
public @interface SingleSignOnTest {}
