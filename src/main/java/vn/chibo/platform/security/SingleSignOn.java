package vn.chibo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.StartupSettingRefused;

/**
 * Single sign-on through the province's (or the ministry's) OpenID Connect provider, next to ChiBo's own passwords:
 * configured by {@code chibo.sso.issuer-uri}, {@code chibo.sso.client-id} and {@code chibo.sso.client-secret} (and
 * {@code chibo.sso.name}, the provider's name on the sign-in page); without an issuer none is offered. Spring
 * Security's OAuth 2.0 client does the protocol (authorization code flow, state, nonce, PKCE, the ID token's signature
 * and claims); ChiBo keeps only which provider account opens which ChiBo account.
 *
 * <p>A provider account opens nothing until the holder of a ChiBo account, signed in with her password, links it from
 * her account page: nobody is matched by name or e-mail address, and the provider's accounts get no grant of their own.
 * What she may do stays what her ChiBo account may do, and a disabled account stays closed whichever way it is opened.
 */
@Component
public class SingleSignOn {

    static final String REGISTRATION_ID = "sso";

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String name;
    private final List<String> scopes;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    SingleSignOn(JdbcClient jdbc, AuditTrail audit, Clock clock, Environment environment) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.issuer =
                validIssuer(environment.getProperty("chibo.sso.issuer-uri", "").strip());
        this.clientId = environment.getProperty("chibo.sso.client-id", "chibo").strip();
        this.clientSecret = environment.getProperty("chibo.sso.client-secret", "");
        this.name = environment.getProperty("chibo.sso.name", "").strip();
        this.scopes = List.of(environment.getProperty(
                "chibo.sso.scopes", String[].class, new String[] {"openid", "profile", "email"}));
    }

    /**
     * The issuer as set, if it is an absolute http(s) address without query or fragment (https outside one's own
     * machine is the provider's business, not ChiBo's: a test provider on localhost speaks http).
     *
     * @throws Refused otherwise, so that ChiBo does not start with a sign-in that cannot work
     */
    static String validIssuer(String issuer) {
        if (issuer.isEmpty()) {
            return issuer;
        }
        try {
            URI uri = new URI(issuer);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null) {
                return issuer;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new Refused("startup.sso.issuer-invalid", issuer);
    }

    /** A {@code chibo.sso.issuer-uri} the application does not start with. */
    public static final class Refused extends StartupSettingRefused {

        Refused(String key, String value) {
            super(key, value, "startup.sso.action");
        }
    }

    /** Whether a provider is configured. */
    public boolean enabled() {
        return !issuer.isEmpty();
    }

    /** The provider's name as configured; empty for the page's own wording. */
    public String name() {
        return name;
    }

    /**
     * Whether the provider answers with its configuration now (read once, on first use, from its
     * {@code .well-known/openid-configuration}: a provider that is down when ChiBo starts does not keep ChiBo from
     * starting, and is asked again at the next sign-in).
     */
    public boolean available() {
        return registration() != null;
    }

    /**
     * The provider's origin ({@code https://sso.example.gov.vn}), where its sign-in pages are: the pages' content
     * security policy lets a form lead there.
     */
    String providerOrigin() {
        URI uri = URI.create(issuer);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** Where the browser goes to sign in at the provider (Spring Security's authorization request). */
    public String signInPath() {
        return "/oauth2/authorization/" + REGISTRATION_ID;
    }

    /**
     * Starts linking a provider account to the signed-in user's ChiBo account: the provider's answer, back in this
     * session, is linked to her (see {@link SingleSignOnHandlers}). Returns where to send the browser.
     */
    public String startLinking(HttpServletRequest request, CurrentUser user) {
        request.getSession().setAttribute(SingleSignOnHandlers.LINKING, user.id());
        return signInPath();
    }

    /** The provider account linked to the user's ChiBo account, if any. */
    public Optional<Link> linkOf(long userId) {
        if (!enabled()) {
            return Optional.empty();
        }
        return jdbc.sql(
                        """
                        SELECT shown_as, linked_at, last_used_at FROM platform.account_identity
                        WHERE user_id = :user AND issuer = :issuer
                        """)
                .param("user", userId)
                .param("issuer", issuer)
                .query((rs, n) -> new Link(
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(3, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .optional();
    }

    /** Removes the link of the user's own account; audited. */
    @Transactional
    public void unlink(CurrentUser user) {
        int removed = jdbc.sql("DELETE FROM platform.account_identity WHERE user_id = :user AND issuer = :issuer")
                .param("user", user.id())
                .param("issuer", issuer)
                .update();
        if (removed == 0) {
            throw new InvalidInputException("sso", "account.sso.notLinked");
        }
        audit.record(user, "user.sso.unlink", "User", user.id(), Map.of("issuer", issuer), null);
    }

    /**
     * Links the provider account that just signed in to the user's ChiBo account (replacing an earlier link of hers);
     * refused when that provider account already opens another ChiBo account.
     */
    @Transactional
    void link(CurrentUser user, String tokenIssuer, String subject, String shownAs) {
        Optional<Long> holder = userOf(tokenIssuer, subject);
        if (holder.isPresent() && holder.get() != user.id()) {
            throw new InvalidInputException("sso", "account.sso.linkedElsewhere");
        }
        jdbc.sql("DELETE FROM platform.account_identity WHERE user_id = :user AND issuer = :issuer")
                .param("user", user.id())
                .param("issuer", tokenIssuer)
                .update();
        String shown = shownAs == null ? null : shownAs.strip();
        jdbc.sql(
                        """
                        INSERT INTO platform.account_identity (issuer, subject, user_id, shown_as, linked_at)
                        VALUES (:issuer, :subject, :user, :shown, :now)
                        """)
                .param("issuer", tokenIssuer)
                .param("subject", subject)
                .param("user", user.id())
                .param("shown", shown == null || shown.isEmpty() ? null : truncate(shown, 320))
                .param("now", OffsetDateTime.now(clock))
                .update();
        // The provider's identifiers are not personal data of interest here; its user name or e-mail is not logged.
        audit.record(user, "user.sso.link", "User", user.id(), null, Map.of("issuer", tokenIssuer));
    }

    /** The ChiBo account the provider account opens, noting its use. */
    @Transactional
    Optional<Long> signIn(String tokenIssuer, String subject) {
        Optional<Long> user = userOf(tokenIssuer, subject);
        user.ifPresent(id -> jdbc.sql(
                        "UPDATE platform.account_identity SET last_used_at = :now WHERE issuer = :issuer AND subject = :s")
                .param("now", OffsetDateTime.now(clock))
                .param("issuer", tokenIssuer)
                .param("s", subject)
                .update());
        return user;
    }

    private Optional<Long> userOf(String tokenIssuer, String subject) {
        return jdbc.sql("SELECT user_id FROM platform.account_identity WHERE issuer = :issuer AND subject = :subject")
                .param("issuer", tokenIssuer)
                .param("subject", subject)
                .query(Long.class)
                .optional();
    }

    /** The client registration, read from the provider's discovery document on first use. */
    ClientRegistration registration() {
        ClientRegistration known = registration.get();
        if (known != null || !enabled()) {
            return known;
        }
        try {
            ClientRegistration read = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(REGISTRATION_ID)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(scopes)
                    .clientName(StringUtils.hasText(name) ? name : issuer)
                    // PKCE also for this confidential client (OAuth 2.1; the code is useless to whoever intercepts it).
                    .clientSettings(ClientRegistration.ClientSettings.builder()
                            .requireProofKey(true)
                            .build())
                    .build();
            registration.compareAndSet(null, read);
            return registration.get();
        } catch (RuntimeException e) {
            log.warn("The single sign-on provider {} did not answer with its configuration: {}", issuer, e.toString());
            return null;
        }
    }

    /** Spring Security's view of the one registration. */
    ClientRegistrationRepository repository() {
        return id -> REGISTRATION_ID.equals(id) ? registration() : null;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** A linked provider account: what the provider called it, when it was linked and last used (null if never). */
    public record Link(String shownAs, Instant linkedAt, Instant lastUsedAt) {}
}
