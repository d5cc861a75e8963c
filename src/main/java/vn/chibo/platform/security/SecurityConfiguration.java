package vn.chibo.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import vn.chibo.platform.PublicRoutes;
import vn.chibo.platform.UploadRoute;
import vn.chibo.platform.UserManagement;

/**
 * Pages sign in with a form and a session; the JSON API and the actuator with HTTP Basic and no session. Both share
 * one throttled password check.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    // Everything the pages load comes from the app itself; no inline script or style.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm stored in the hash so that it can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            ChiboUserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle, LoginDevices devices) {
        return new ProviderManager(new ThrottledAuthenticationProvider(users, passwords, throttle, devices));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            UserManagement users,
            MessageSource messages,
            LocaleResolver locales,
            ObjectProvider<UploadRoute> uploads,
            ObjectProvider<PublicRoutes> publicRoutes,
            @Value("${chibo.upload.default-limit:1MB}") DataSize uploadLimit)
            throws Exception {
        String[] publicReads = publicRoutes
                .orderedStream()
                .flatMap(routes -> routes.apiReads().stream())
                .toArray(String[]::new);
        ApiErrorResponses responses = new ApiErrorResponses(messages, locales);
        AuthenticationEntryPoint entryPoint = apiEntryPoint(responses);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(
                        // Health answers its status to anyone (probes, load balancers), its components and the
                        // build's details (info) only to administrators.
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**")
                                .permitAll()
                                // What modules publish (the portal's published content) is public to read.
                                .requestMatchers(HttpMethod.GET, publicReads)
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .hasRole("ADMIN")
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic -> basic.realmName("ChiBo").authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication sends no cookie a forged request could ride on.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .addFilterAfter(
                        new UploadGuard(uploads.orderedStream().toList(), uploadLimit, responses, true),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(MustChangePasswordFilter.forApi(users, responses), AuthorizationFilter.class);
        return http.build();
    }

    /** 401 asks for Basic credentials; 429, with the seconds to wait, when earlier failures slowed attempts down. */
    static AuthenticationEntryPoint apiEntryPoint(ApiErrorResponses responses) {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ChiBo\"");
            if (ex instanceof LoginDelayedException delayed) {
                response.setHeader("Retry-After", Long.toString(delayed.seconds()));
                responses.write(request, response, 429, "api.error.throttled", delayed.seconds());
            } else if (ex instanceof LockedException) {
                responses.write(request, response, 429, "api.error.throttled", 60);
            } else {
                responses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.unauthorized");
            }
        };
    }

    /**
     * The pages modules open to everyone (the public portal), in a chain of their own with only what such a page
     * needs: the security headers, the session's sign-in (an editor previewing a draft's media) with the check that
     * it still stands, CSRF for any form posted there (but the declared anonymous ones), and permission for all. No
     * sign-in or sign-out handling, no saved requests: a reader's page costs less, and the page cache after this chain
     * serves most of them.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicPagesSecurity(
            HttpSecurity http, AccountSessions sessions, ObjectProvider<PublicRoutes> publicRoutes) throws Exception {
        String[] publicPages = publicRoutes
                .orderedStream()
                .flatMap(routes -> routes.pages().stream())
                .toArray(String[]::new);
        String[] withoutCsrf = publicRoutes
                .orderedStream()
                .flatMap(routes -> routes.withoutCsrf().stream())
                .toArray(String[]::new);
        http.securityMatcher(publicPages)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(withoutCsrf))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .headers(SecurityConfiguration::pageHeaders)
                .addFilterAfter(new AccountStateFilter(sessions), SecurityContextHolderFilter.class);
        return http.build();
    }

    /** The headers of every page: what it may load, where it may be framed, what it tells other sites. */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        pageHeaders(headers, CONTENT_SECURITY_POLICY);
    }

    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(policy -> policy.policy("camera=(), microphone=(), geolocation=()"));
    }

    @Bean
    @Order(3)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            UserManagement users,
            AccountSessions sessions,
            LoginDevices devices,
            MessageSource messages,
            LocaleResolver locales,
            ObjectProvider<UploadRoute> uploads,
            SingleSignOn sso,
            ChiboUserDetailsService accounts,
            @Value("${chibo.upload.default-limit:1MB}") DataSize uploadLimit)
            throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                devices.issue(request, response, authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        signedIn.setDefaultTargetUrl("/");
        if (sso.enabled()) {
            // The chain's own manager holds the providers the OpenID Connect sign-in adds (the code exchange, the ID
            // token's check); passwords go on to the throttled check, its parent.
            http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(authenticationManager);
        } else {
            http.authenticationManager(authenticationManager);
        }
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/login/sso",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/fonts/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/robots.txt")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(LoginDetails::new)
                        .successHandler(signedIn)
                        .failureHandler((request, response, exception) -> {
                            String target = exception instanceof LoginDelayedException delayed
                                    ? "/login?wait=" + delayed.seconds()
                                    : exception instanceof LockedException ? "/login?locked" : "/login?error";
                            response.sendRedirect(request.getContextPath() + target);
                        })
                        .permitAll())
                .logout(logout -> {
                    logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout");
                    if (sso.enabled()) {
                        // Signed in through the provider: signed out there too (a school's shared computer).
                        SingleSignOnLogout providerLogout = new SingleSignOnLogout(sso);
                        logout.addLogoutHandler(providerLogout).logoutSuccessHandler(providerLogout);
                    }
                })
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // With single sign-on, the form that starts a link (posted, with its CSRF token) is answered by a
                // redirection to the provider, which browsers hold to form-action as well.
                .headers(headers -> pageHeaders(
                        headers,
                        sso.enabled()
                                ? CONTENT_SECURITY_POLICY.replace(
                                        "form-action 'self'", "form-action 'self' " + sso.providerOrigin())
                                : CONTENT_SECURITY_POLICY))
                .addFilterAfter(new AccountStateFilter(sessions), SecurityContextHolderFilter.class)
                // Before the CSRF check, which reads the request's parameters and with them a whole upload.
                .addFilterBefore(
                        new UploadGuard(
                                uploads.orderedStream().toList(),
                                uploadLimit,
                                new ApiErrorResponses(messages, locales),
                                false),
                        CsrfFilter.class)
                .addFilterAfter(MustChangePasswordFilter.forPages(users), AuthorizationFilter.class);
        if (sso.enabled()) {
            // Spring Security's OpenID Connect sign-in: the provider's answers come back to /login/oauth2/code/sso.
            SingleSignOnHandlers handlers = new SingleSignOnHandlers(sso, accounts, signedIn);
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(sso.repository())
                    .authorizedClientRepository(new TokensNotKept())
                    .successHandler(handlers)
                    .failureHandler(handlers));
        }
        return http.build();
    }

    /** ChiBo calls none of the provider's services after the sign-in: its access and refresh tokens are not kept. */
    static final class TokensNotKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
                String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}
