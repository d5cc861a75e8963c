package vn.chibo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What a sign-in attempt carries besides the credentials: the address (see WebAuthenticationDetails) and the device cookie. */
class LoginDetails extends WebAuthenticationDetails {

    private final String deviceCookie;

    LoginDetails(HttpServletRequest request) {
        super(request);
        this.deviceCookie = LoginDevices.presented(request);
    }

    String deviceCookie() {
        return deviceCookie;
    }
}
