package vn.chibo.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.chibo.platform.StartupSettingRefused;

/**
 * The public address of the portal ({@code chibo.portal.base-url}, e.g. {@code https://cong.example.vn}): what canonical
 * links, feeds and the sitemap are built on, and what the page cache is keyed by. A production start requires it, so
 * that no forged {@code Host} header can reach a link; only the demo profile takes the address from each request (its
 * scheme, host and port), so that {@code spring-boot:run} works on any machine.
 */
@Component
public class PublicBaseUrl {

    public static final String PROPERTY = "chibo.portal.base-url";

    private final String configured;
    private final String host;

    @Autowired
    PublicBaseUrl(Environment environment) {
        this(environment.getProperty(PROPERTY, ""), environment.matchesProfiles("demo"));
    }

    /**
     * @param value the setting, blank when not set
     * @param demo whether the demo profile is active
     * @throws Refused when the setting is missing outside the demo profile, or is no absolute http(s) address
     */
    public PublicBaseUrl(String value, boolean demo) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (!demo) {
                throw new Refused("startup.base-url.missing", "");
            }
            this.configured = null;
            this.host = null;
            return;
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new Refused("startup.base-url.invalid", trimmed);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new Refused("startup.base-url.invalid", trimmed);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        this.host = uri.getHost().toLowerCase(Locale.ROOT);
        this.configured = scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path;
    }

    /** The address pages are linked under, without a trailing slash. */
    public String of(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }

    /** Whether the address is configured (always, outside the demo profile). */
    public boolean configured() {
        return configured != null;
    }

    /**
     * ChiBo's own host name, which no portal may take as its own (it would take over ChiBo's root page); in the demo
     * without a configured address, {@code localhost}.
     */
    public String applicationHost() {
        return host == null ? "localhost" : host;
    }

    /** A {@code chibo.portal.base-url} the application does not start with; the message key says why. */
    public static final class Refused extends StartupSettingRefused {

        Refused(String key, String value) {
            super(key, value, "startup.base-url.action");
        }
    }
}
