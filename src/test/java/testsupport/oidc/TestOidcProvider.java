package testsupport.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server with its own sign-in form,
 * two people and one client, ChiBo, whose answers may come back to any port of 127.0.0.1 (RFC 8252's loopback rule).
 * It runs in the test's JVM as an application of its own (none of ChiBo's beans or listeners), on the port given;
 * its package lies outside {@code vn.chibo}, so that ChiBo's own component scan never finds it.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    SecurityAutoConfiguration.class,
    ServletWebSecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
public class TestOidcProvider {

    public static final String CLIENT_ID = "chibo";
    public static final String CLIENT_SECRET = "bi-mat-cua-chibo";
    public static final String PASSWORD = "mat-khau-o-cong";

    /** The people the provider knows, each with {@link #PASSWORD}. */
    public static final List<String> PEOPLE =
            List.of("nguyen.thi.hoa", "tran.van.binh", "le.thi.cuc", "pham.minh.duc", "vu.thi.em");

    private static String issuer;
    private static ConfigurableApplicationContext running;

    /**
     * Lets the client come back to {@code uri} after signing out at the provider (a post-logout redirect address,
     * which the provider holds to exact match): the application under test learns its port only once started.
     */
    public static synchronized void allowPostLogoutRedirect(String uri) {
        RegisteredClientRepository clients = running.getBean(RegisteredClientRepository.class);
        RegisteredClient client = clients.findByClientId(CLIENT_ID);
        clients.save(RegisteredClient.from(client).postLogoutRedirectUri(uri).build());
    }

    /**
     * The issuer of the provider the tests share, started on first use on a free port (and stopped when the JVM
     * ends): what {@code chibo.sso.issuer-uri} is set to.
     */
    public static synchronized String issuer() {
        if (issuer == null) {
            int port = freePort();
            running = start(port, PEOPLE.toArray(String[]::new));
            issuer = "http://localhost:" + port;
        }
        return issuer;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the provider on {@code http://localhost:<port>}, its issuer. */
    public static ConfigurableApplicationContext start(int port, String... people) {
        SpringApplication application = new SpringApplication(TestOidcProvider.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        // None of ChiBo's listeners (they would start a database) and none of its configuration files.
        application.setListeners(List.of());
        application.setDefaultProperties(Map.of(
                "server.port", Integer.toString(port),
                "test.oidc.people", String.join(",", people),
                "spring.main.banner-mode", "off"));
        return application.run();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, as -> as.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService people(Environment environment) {
        InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
        for (String name : environment.getProperty("test.oidc.people", String[].class, new String[0])) {
            people.createUser(User.withUsername(name)
                    .password("{noop}" + PASSWORD)
                    .roles("USER")
                    .build());
        }
        return people;
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(CLIENT_ID)
                        .clientSecret("{noop}" + CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("http://127.0.0.1/login/oauth2/code/sso")
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.PROFILE)
                        .scope(OidcScopes.EMAIL)
                        .clientSettings(ClientSettings.builder()
                                .requireAuthorizationConsent(false)
                                .build())
                        .build());
    }

    /** The person's user name in her ID token, as providers such as Keycloak put it. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> names() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims()
                        .claim("preferred_username", context.getPrincipal().getName());
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings(Environment environment) {
        return AuthorizationServerSettings.builder()
                .issuer("http://localhost:" + environment.getProperty("server.port"))
                .build();
    }
}
