package vn.chibo.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import vn.chibo.platform.InvalidInputException;

/**
 * What happens when the provider sends the person back. Spring Security has checked the answer (state, code, ID
 * token); this turns the provider account into the ChiBo account it was linked to, so that the session holds the same
 * {@link ChiboPrincipal} as a password sign-in (and {@link AccountSessions} keeps it in step with the account), or
 * finishes a link the holder asked for from her account page.
 */
final class SingleSignOnHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnHandlers.class);

    /** The session attribute naming the account whose holder asked to link a provider account. */
    static final String LINKING = SingleSignOnHandlers.class.getName() + ".LINKING";

    private final SingleSignOn sso;
    private final ChiboUserDetailsService accounts;
    private final AuthenticationSuccessHandler signedIn;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SingleSignOnHandlers(SingleSignOn sso, ChiboUserDetailsService accounts, AuthenticationSuccessHandler signedIn) {
        this.sso = sso;
        this.accounts = accounts;
        this.signedIn = signedIn;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof OidcUser person)) {
            // Only OpenID Connect providers are configured; a plain OAuth 2.0 answer names nobody.
            end(request);
            response.sendRedirect(request.getContextPath() + "/login?sso=failed");
            return;
        }
        String issuer = person.getIssuer().toString();
        String subject = person.getSubject();
        HttpSession session = request.getSession(false);
        Object linking = session == null ? null : session.getAttribute(LINKING);
        if (linking instanceof Long userId) {
            session.removeAttribute(LINKING);
            Optional<ChiboPrincipal> holder = accounts.loadById(userId).filter(ChiboPrincipal::enabled);
            if (holder.isEmpty()) {
                end(request);
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
            String outcome = "linked";
            try {
                sso.link(holder.get().currentUser(), issuer, subject, shownAs(person));
            } catch (InvalidInputException e) {
                outcome = "linkedElsewhere";
            }
            // Her session goes on as her ChiBo account, whatever the provider answered; she signed in at the provider
            // to link, so signing out of ChiBo signs out there too.
            establish(holder.get(), request, response);
            request.getSession()
                    .setAttribute(
                            SingleSignOnLogout.ID_TOKEN, person.getIdToken().getTokenValue());
            response.sendRedirect(request.getContextPath() + "/account/password?sso=" + outcome);
            return;
        }
        Optional<ChiboPrincipal> account = sso.signIn(issuer, subject).flatMap(accounts::loadById);
        if (account.isEmpty()) {
            end(request);
            response.sendRedirect(request.getContextPath() + "/login?sso=unlinked");
            return;
        }
        if (!account.get().enabled()) {
            end(request);
            response.sendRedirect(request.getContextPath() + "/login?sso=disabled");
            return;
        }
        Authentication signedInAccount = establish(account.get(), request, response);
        // Kept for signing out at the provider too (SingleSignOnLogout).
        request.getSession()
                .setAttribute(SingleSignOnLogout.ID_TOKEN, person.getIdToken().getTokenValue());
        signedIn.onAuthenticationSuccess(request, response, signedInAccount);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        // The provider's error code only (access_denied, invalid_state_parameter...): never a token or a claim.
        log.info("A sign-in through the single sign-on provider did not succeed: {}", exception.getMessage());
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LINKING) != null) {
            session.removeAttribute(LINKING);
            response.sendRedirect(request.getContextPath() + "/account/password?sso=failed");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?sso=failed");
        }
    }

    private Authentication establish(
            ChiboPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return authentication;
    }

    /** Drops the provider's sign-in that opened no account: the person stays a stranger. */
    private static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private static String shownAs(OidcUser person) {
        if (person.getPreferredUsername() != null
                && !person.getPreferredUsername().isBlank()) {
            return person.getPreferredUsername();
        }
        return person.getEmail();
    }
}
