package vn.chibo.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request, as set by security. */
public final class CurrentUsers {

    private CurrentUsers() {}

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasCurrentUser principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** The signed-in user; anonymous callers never reach the code that asks. */
    public static CurrentUser require() {
        return current().orElseThrow(() -> new ForbiddenException("No signed-in user"));
    }

    /** Implemented by the security principal that carries a {@link CurrentUser}. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
