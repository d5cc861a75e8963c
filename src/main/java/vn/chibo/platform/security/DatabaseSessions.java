package vn.chibo.platform.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions kept in PostgreSQL (Spring Session JDBC) instead of each node's memory, for ChiBo on several nodes behind
 * one address: any node answers any signed-in request without sticky sessions, and a restart or a rolling deploy signs
 * nobody out. On with {@code chibo.sessions.store=database} ({@code CHIBO_SESSIONS_STORE}); off by default, where one
 * node keeps its sessions in memory (no database round trip per signed-in request).
 *
 * <p>The cookie keeps the servlet container's name and attributes ({@code JSESSIONID}, HttpOnly, SameSite=Lax, Secure
 * on HTTPS), so that a reverse proxy's rules (nginx bypasses its cache for a request with a session) hold either way.
 * Expired sessions are deleted by Spring Session's cleanup, on every node (an idempotent {@code DELETE}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "chibo.sessions.store", havingValue = "database")
@EnableJdbcHttpSession(tableName = DatabaseSessions.TABLE)
class DatabaseSessions {

    static final String TABLE = "platform.spring_session";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.same-site:lax}") String sameSite) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite(Character.toUpperCase(sameSite.charAt(0))
                + sameSite.substring(1).toLowerCase());
        cookie.setCookiePath("/");
        return cookie;
    }
}
