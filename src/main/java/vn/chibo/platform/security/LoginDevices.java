package vn.chibo.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import vn.chibo.platform.InstallationSecrets;

/**
 * Device cookies: a browser in which a user signed in gets a cookie naming her account and a random device id, signed
 * with a secret of the installation, so that later attempts from it can be told from a stranger's (see
 * {@link LoginThrottle}). The cookie goes only to the login form, is unreadable by scripts and proves nothing else.
 */
@Component
class LoginDevices {

    static final String COOKIE = "chibo-device";
    private static final String PURPOSE = "platform.login-device-key";
    private static final Duration LIFETIME = Duration.ofDays(365);

    private final InstallationSecrets secrets;
    private final SecureRandom random = new SecureRandom();

    LoginDevices(InstallationSecrets secrets) {
        this.secrets = secrets;
    }

    /** The cookie's value as sent with the request, or null. */
    static String presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The device id, when the cookie is one this installation signed for this account; null otherwise. */
    String deviceOf(String cookie, String username) {
        if (cookie == null || username == null || cookie.length() > 300) {
            return null;
        }
        String[] parts = cookie.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        String owner;
        try {
            owner = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        byte[] expected = secrets.sign(PURPOSE, parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        boolean signed = MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII));
        return signed && owner.equals(normalized(username)) ? parts[1] : null;
    }

    /** Gives the browser a cookie for the account it has just signed in to. */
    void issue(HttpServletRequest request, HttpServletResponse response, String username) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String owner = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(normalized(username).getBytes(StandardCharsets.UTF_8));
        String payload = owner + "." + HexFormat.of().formatHex(id);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, payload + "." + secrets.sign(PURPOSE, payload))
                .path(request.getContextPath() + "/login")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .maxAge(LIFETIME)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private static String normalized(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
