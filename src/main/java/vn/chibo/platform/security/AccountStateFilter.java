package vn.chibo.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs {@link AccountSessions#check} right after the session's security context is loaded, before anything is
 * authorized: a request of an ended session goes on as an anonymous one (to the login page, for a page that needs
 * one).
 */
class AccountStateFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;

    AccountStateFilter(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        sessions.check(request, response);
        chain.doFilter(request, response);
    }
}
