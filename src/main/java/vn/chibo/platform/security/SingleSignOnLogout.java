package vn.chibo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing out of ChiBo after signing in through the provider signs out at the provider as well (OpenID Connect
 * RP-initiated logout): otherwise, on a school's shared computer, the next person to press "Đăng nhập bằng ..." would be
 * let in as the one before. The browser goes to the provider's {@code end_session_endpoint} with the ID token of the
 * sign-in and comes back to ChiBo's sign-in page ({@code <ChiBo>/login?logout}, which the provider must know as a
 * post-logout address). A session opened with a password, or a provider that publishes no such endpoint, signs out
 * of ChiBo alone, as before.
 */
final class SingleSignOnLogout implements LogoutHandler, LogoutSuccessHandler {

    /** The session attribute keeping the ID token of a sign-in through the provider. */
    static final String ID_TOKEN = SingleSignOnLogout.class.getName() + ".ID_TOKEN";

    private static final String SIGNING_OUT = SingleSignOnLogout.class.getName() + ".SIGNING_OUT";

    private final SingleSignOn sso;

    SingleSignOnLogout(SingleSignOn sso) {
        this.sso = sso;
    }

    /** Before the session ends: what the provider needs to end its own. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(ID_TOKEN);
        if (token instanceof String idToken) {
            request.setAttribute(SIGNING_OUT, idToken);
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String base = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(request.getContextPath())
                .replaceQuery(null)
                .toUriString();
        Object idToken = request.getAttribute(SIGNING_OUT);
        ClientRegistration registration = idToken == null ? null : sso.registration();
        Object endpoint = registration == null
                ? null
                : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            response.sendRedirect(request.getContextPath() + "/login?logout");
            return;
        }
        response.sendRedirect(UriComponentsBuilder.fromUriString(endpoint.toString())
                .queryParam("id_token_hint", idToken)
                .queryParam("client_id", registration.getClientId())
                .queryParam("post_logout_redirect_uri", base + "/login?logout")
                .encode()
                .build()
                .toUriString());
    }
}
