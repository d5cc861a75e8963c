package vn.chibo.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chibo.platform.UserManagement;

/**
 * Sends a user whose password must change (the first administrator) to the change form before anything else; the API,
 * which has no form, refuses her with 403 until she has changed it on the page.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";

    private final UserManagement users;
    /** Null for the pages, which redirect to the form. */
    private final ApiErrorResponses api;

    private MustChangePasswordFilter(UserManagement users, ApiErrorResponses api) {
        this.users = users;
        this.api = api;
    }

    static MustChangePasswordFilter forPages(UserManagement users) {
        return new MustChangePasswordFilter(users, null);
    }

    static MustChangePasswordFilter forApi(UserManagement users, ApiErrorResponses responses) {
        return new MustChangePasswordFilter(users, responses);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof ChiboPrincipal principal
                && principal.mustChangePassword()
                && !allowedWhileChanging(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                && users.mustChangePassword(principal.currentUser().id())) {
            if (api != null) {
                api.write(
                        request,
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "api.error.password-must-change",
                        CHANGE_PASSWORD_PATH);
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedWhileChanging(String path) {
        return path.equals(CHANGE_PASSWORD_PATH)
                || path.equals("/logout")
                || path.equals("/error")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/fonts/");
    }
}
