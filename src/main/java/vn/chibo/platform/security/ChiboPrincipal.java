package vn.chibo.platform.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.CurrentUsers;

/**
 * The security principal: the account's credentials and the {@link CurrentUser} the modules work with, with what a
 * session needs to notice that the account changed since it signed in: its access version and the time its password
 * was last set (see {@link AccountStateFilter}).
 */
record ChiboPrincipal(
        CurrentUser currentUser,
        String passwordHash,
        boolean enabled,
        boolean mustChangePassword,
        long accessVersion,
        Instant passwordChangedAt)
        implements UserDetails, CurrentUsers.HasCurrentUser {

    ChiboPrincipal withoutPassword() {
        return new ChiboPrincipal(currentUser, null, enabled, mustChangePassword, accessVersion, passwordChangedAt);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return currentUser.isAdministrator()
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
