package vn.chibo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
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
            ChiboUserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
        return new ProviderManager(new ThrottledAuthenticationProvider(users, passwords, throttle));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, AuthenticationManager authenticationManager, UserManagement users) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**")
                                .permitAll()
                                // Published portal content is public; the portal's editor API is not.
                                .requestMatchers(HttpMethod.GET, "/api/v1/portal/sites", "/api/v1/portal/sites/**")
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .hasRole("ADMIN")
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic ->
                        basic.realmName("ChiBo").authenticationEntryPoint(SecurityConfiguration::apiEntryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication sends no cookie a forged request could ride on.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::apiEntryPoint))
                .addFilterAfter(MustChangePasswordFilter.forApi(users), AuthorizationFilter.class);
        return http.build();
    }

    /** 401 asks for Basic credentials; 429 when the account or address is throttled. */
    static void apiEntryPoint(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ChiBo\"");
        boolean throttled = ex instanceof LockedException;
        response.setStatus(throttled ? 429 : HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write(
                        throttled
                                ? "{\"status\":429,\"message\":\"Đăng nhập sai quá nhiều lần, vui lòng thử lại sau.\"}"
                                : "{\"status\":401,\"message\":\"Cần đăng nhập.\"}");
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http, AuthenticationManager authenticationManager, UserManagement users) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/fonts/**",
                                "/images/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/robots.txt",
                                // The public portal: pages, feeds, media, ratings and the sitemap.
                                "/cong",
                                "/cong/**",
                                "/sitemap.xml")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, exception) -> {
                            String target = exception instanceof LockedException ? "/login?locked" : "/login?error";
                            response.sendRedirect(request.getContextPath() + target);
                        })
                        .permitAll())
                // A star rating is anonymous and changes nothing a signed-in user owns; it is throttled instead.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/cong/*/bai-viet/*/danh-gia"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(policy -> policy.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterAfter(MustChangePasswordFilter.forPages(users), AuthorizationFilter.class);
        return http.build();
    }
}
