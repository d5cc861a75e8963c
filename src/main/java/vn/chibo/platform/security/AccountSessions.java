package vn.chibo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps a signed-in session in step with its account. A session holds the account as it was at sign-in; on each request
 * it compares the account's access version and password time with the database (one look-up by primary key), so that
 * every node sees a change at once, whatever node the session lives on: a disabled or removed account, or a password
 * set since (an administrator's reset, or a change made in another session), ends the session; new or withdrawn grants
 * are read again and apply from that request on.
 */
@Component
public class AccountSessions {

    private final ChiboUserDetailsService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountSessions(ChiboUserDetailsService accounts) {
        this.accounts = accounts;
    }

    /** Ends the session or re-reads its account when the account changed since the session last looked. */
    void check(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ChiboPrincipal principal)) {
            return;
        }
        var state = accounts.state(principal.currentUser().id());
        if (state.isEmpty()
                || !state.get().enabled()
                || !Objects.equals(state.get().passwordChangedAt(), principal.passwordChangedAt())) {
            end(request);
        } else if (state.get().accessVersion() != principal.accessVersion()) {
            refresh(request, response);
        }
    }

    /**
     * Reads the signed-in account again into the current session: after the user changed her own password in it, so
     * that this session goes on while her other sessions end.
     */
    public void refresh(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ChiboPrincipal principal)) {
            return;
        }
        var current = accounts.loadById(principal.currentUser().id()).filter(ChiboPrincipal::enabled);
        if (current.isEmpty()) {
            end(request);
            return;
        }
        UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(
                current.get(), null, current.get().getAuthorities());
        updated.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
