package vn.chibo.platform.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password authentication for both the login form and HTTP Basic, with failed attempts slowed down. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final LoginDevices devices;

    ThrottledAuthenticationProvider(
            ChiboUserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle, LoginDevices devices) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwords);
        this.throttle = throttle;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        String device = authentication.getDetails() instanceof LoginDetails details
                ? devices.deviceOf(details.deviceCookie(), username)
                : null;
        Duration wait = throttle.waitFor(username, address, device);
        if (!wait.isZero()) {
            throw new LoginDelayedException(wait);
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username, device);
            // The session keeps the principal: keep the password hash out of it.
            ChiboPrincipal principal = ((ChiboPrincipal) result.getPrincipal()).withoutPassword();
            UsernamePasswordAuthenticationToken authenticated =
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, result.getAuthorities());
            authenticated.setDetails(result.getDetails());
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address, device);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
