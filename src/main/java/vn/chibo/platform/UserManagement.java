package vn.chibo.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their passwords and their grants. */
@Service
public class UserManagement {

    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    UserManagement(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Creates an account; the password is stored only as a hash. */
    @Transactional
    public long createUser(CurrentUser actor, String username, String fullName, String password, boolean mustChange) {
        requireAdministrator(actor);
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new InvalidInputException("username", "user.username.invalid");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInputException("fullName", "validation.required");
        }
        checkStrength(password, "password");
        boolean taken = jdbc.sql("SELECT count(*) FROM platform.app_user WHERE username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new InvalidInputException("username", "user.username.taken", username);
        }
        long id = jdbc.sql(
                        """
                        INSERT INTO platform.app_user (username, password_hash, full_name, must_change_password)
                        VALUES (:u, :h, :n, :m) RETURNING id
                        """)
                .param("u", username)
                .param("h", passwords.encode(password))
                .param("n", fullName.strip())
                .param("m", mustChange)
                .query(Long.class)
                .single();
        audit.record(actor, "user.create", "User", id, null, Map.of("username", username, "fullName", fullName));
        return id;
    }

    /**
     * Creates an account and, when a role is chosen, its first grant, in one transaction: a grant refused (a role
     * without the organization it needs) leaves no account behind.
     */
    @Transactional
    public long createUser(
            CurrentUser actor, String username, String fullName, String password, boolean mustChange, Grant first) {
        long id = createUser(actor, username, fullName, password, mustChange);
        if (first != null) {
            grant(actor, id, first);
        }
        return id;
    }

    @Transactional
    public void grant(CurrentUser actor, long userId, Grant grant) {
        requireAdministrator(actor);
        if (grant.role() == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        if (grant.organizationId() == null && grant.role() != Role.ADMIN) {
            throw new InvalidInputException("organizationId", "user.grant.organizationRequired");
        }
        user(actor, userId);
        try {
            jdbc.sql(
                            """
                            INSERT INTO platform.role_grant (user_id, organization_id, role) VALUES (:u, :o, :r)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("u", userId)
                    .param("o", grant.organizationId())
                    .param("r", grant.role().name())
                    .update();
        } catch (DataIntegrityViolationException e) {
            // The organization does not exist.
            throw new InvalidInputException("organizationId", "validation.invalidValue", grant.organizationId());
        }
        accessChanged(userId);
        audit.record(actor, "user.grant", "User", userId, null, grant);
    }

    /** Withdraws one grant of an account. */
    @Transactional
    public void revoke(CurrentUser actor, long userId, long grantId) {
        requireAdministrator(actor);
        Grant before = jdbc.sql("SELECT organization_id, role FROM platform.role_grant WHERE id = :g AND user_id = :u")
                .param("g", grantId)
                .param("u", userId)
                .query((rs, n) -> new Grant(rs.getObject(1, Long.class), Role.valueOf(rs.getString(2))))
                .optional()
                .orElseThrow(() -> new NotFoundException("Grant", grantId));
        if (before.systemWide() && before.role() == Role.ADMIN && userId == actor.id()) {
            throw new InvalidInputException("grant", "user.grant.ownAdmin");
        }
        jdbc.sql("DELETE FROM platform.role_grant WHERE id = :g")
                .param("g", grantId)
                .update();
        accessChanged(userId);
        audit.record(actor, "user.revoke", "User", userId, before, null);
    }

    /** Enables or disables an account; a disabled account cannot sign in. */
    @Transactional
    public void setEnabled(CurrentUser actor, long userId, boolean enabled) {
        requireAdministrator(actor);
        if (!enabled && userId == actor.id()) {
            throw new InvalidInputException("enabled", "user.disable.self");
        }
        UserDetails before = user(actor, userId);
        jdbc.sql("UPDATE platform.app_user SET enabled = :e, access_version = access_version + 1 WHERE id = :id")
                .param("e", enabled)
                .param("id", userId)
                .update();
        audit.record(
                actor,
                enabled ? "user.enable" : "user.disable",
                "User",
                userId,
                Map.of("enabled", before.enabled()),
                Map.of("enabled", enabled));
    }

    /** Sets a temporary password that the user must change at the next sign-in. */
    @Transactional
    public void resetPassword(CurrentUser actor, long userId, String temporaryPassword) {
        requireAdministrator(actor);
        user(actor, userId);
        checkStrength(temporaryPassword, "password");
        // A new password time ends every session the account has (see AccountSessions).
        jdbc.sql("UPDATE platform.app_user SET password_hash = :h, must_change_password = true,"
                        + " password_changed_at = now(), access_version = access_version + 1"
                        + " WHERE id = :id")
                .param("h", passwords.encode(temporaryPassword))
                .param("id", userId)
                .update();
        audit.record(actor, "user.password.reset", "User", userId, null, null);
    }

    /** One account with its grants, for administrators. */
    @Transactional(readOnly = true)
    public UserDetails user(CurrentUser actor, long userId) {
        requireAdministrator(actor);
        List<GrantEntry> grants = jdbc.sql(
                        "SELECT id, organization_id, role FROM platform.role_grant WHERE user_id = :u ORDER BY id")
                .param("u", userId)
                .query((rs, n) -> new GrantEntry(
                        rs.getLong(1), new Grant(rs.getObject(2, Long.class), Role.valueOf(rs.getString(3)))))
                .list();
        List<SingleSignOnLink> links = jdbc.sql(
                        """
                        SELECT issuer, shown_as, linked_at, last_used_at FROM platform.account_identity
                        WHERE user_id = :u ORDER BY issuer
                        """)
                .param("u", userId)
                .query((rs, n) -> new SingleSignOnLink(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(4, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .list();
        return jdbc.sql("SELECT id, username, full_name, enabled, must_change_password FROM platform.app_user"
                        + " WHERE id = :id")
                .param("id", userId)
                .query((rs, n) -> new UserDetails(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        grants,
                        links))
                .optional()
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** Sets the e-mail address an account receives invitations at: administrators for anyone, users for themselves. */
    @Transactional
    public void setEmail(CurrentUser actor, long userId, String email) {
        if (!actor.isAdministrator() && actor.id() != userId) {
            throw new ForbiddenException("Only administrators change another account's address");
        }
        String clean = email == null || email.isBlank() ? null : email.strip();
        if (clean != null && (clean.length() > 254 || !clean.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new InvalidInputException("email", "validation.email");
        }
        List<String> current = jdbc.sql("SELECT email FROM platform.app_user WHERE id = :id")
                .param("id", userId)
                .query((rs, n) -> rs.getString(1))
                .list();
        if (current.isEmpty()) {
            throw new NotFoundException("User", userId);
        }
        String before = current.get(0);
        jdbc.sql("UPDATE platform.app_user SET email = :e WHERE id = :id")
                .param("e", clean)
                .param("id", userId)
                .update();
        audit.record(
                actor,
                "user.email",
                "User",
                userId,
                Map.of("email", String.valueOf(before)),
                Map.of("email", String.valueOf(clean)));
    }

    /** The account's e-mail address, if any. */
    @Transactional(readOnly = true)
    public Optional<String> email(long userId) {
        return jdbc.sql("SELECT email FROM platform.app_user WHERE id = :id AND email IS NOT NULL")
                .param("id", userId)
                .query(String.class)
                .optional();
    }

    /** The addresses of the enabled accounts holding a grant on the organization itself, for notices about it. */
    @Transactional(readOnly = true)
    public List<String> emailsGrantedOn(long organizationId) {
        return jdbc.sql(
                        """
                        SELECT DISTINCT u.email FROM platform.app_user u
                        JOIN platform.role_grant g ON g.user_id = u.id
                        WHERE g.organization_id = :org AND u.enabled AND u.email IS NOT NULL AND u.email <> ''
                        ORDER BY 1
                        """)
                .param("org", organizationId)
                .query(String.class)
                .list();
    }

    /** Changes the signed-in user's own password after checking the current one. */
    @Transactional
    public void changeOwnPassword(CurrentUser actor, String currentPassword, String newPassword) {
        String hash = jdbc.sql("SELECT password_hash FROM platform.app_user WHERE id = :id")
                .param("id", actor.id())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("User", actor.id()));
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "account.password.current.wrong");
        }
        checkStrength(newPassword, "newPassword");
        if (passwords.matches(newPassword, hash)) {
            throw new InvalidInputException("newPassword", "account.password.same");
        }
        jdbc.sql(
                        """
                        UPDATE platform.app_user
                        SET password_hash = :h, must_change_password = false, password_changed_at = now(),
                            access_version = access_version + 1
                        WHERE id = :id
                        """)
                .param("h", passwords.encode(newPassword))
                .param("id", actor.id())
                .update();
        // Never the hash, not even in the audit log.
        audit.record(actor, "user.password.change", "User", actor.id(), null, null);
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(long userId) {
        return jdbc.sql("SELECT must_change_password FROM platform.app_user WHERE id = :id")
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public long countUsers() {
        return jdbc.sql("SELECT count(*) FROM platform.app_user")
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public Optional<Long> findId(String username) {
        return jdbc.sql("SELECT id FROM platform.app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .optional();
    }

    /** The accounts with their grants, for administrators. */
    @Transactional(readOnly = true)
    public List<UserSummary> users(CurrentUser actor) {
        requireAdministrator(actor);
        return jdbc.sql(
                        """
                        SELECT u.id, u.username, u.full_name, u.enabled,
                               coalesce(string_agg(g.role || coalesce('@' || g.organization_id, ''), ', '
                                                   ORDER BY g.role), '') AS grants
                        FROM platform.app_user u LEFT JOIN platform.role_grant g ON g.user_id = u.id
                        GROUP BY u.id ORDER BY u.username
                        """)
                .query((rs, n) -> new UserSummary(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getBoolean("enabled"),
                        rs.getString("grants")))
                .list();
    }

    /** Tells the account's sessions to read its grants again at their next request. */
    private void accessChanged(long userId) {
        jdbc.sql("UPDATE platform.app_user SET access_version = access_version + 1 WHERE id = :id")
                .param("id", userId)
                .update();
    }

    private static void checkStrength(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(field, "account.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        // bcrypt reads at most 72 bytes (and Spring's encoder refuses more): a letter with diacritics takes two or
        // three of them in UTF-8.
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException(field, "account.password.tooLong", MAX_PASSWORD_BYTES);
        }
    }

    private static void requireAdministrator(CurrentUser actor) {
        if (!actor.isAdministrator()) {
            throw new ForbiddenException("Only administrators manage accounts");
        }
    }

    /**
     * Removes the account's single sign-on links (administrators: a provider account that should no longer open it);
     * audited. Its holder can link one again, signed in with her password.
     */
    @Transactional
    public void removeSingleSignOn(CurrentUser actor, long userId) {
        requireAdministrator(actor);
        List<String> issuers = jdbc.sql("DELETE FROM platform.account_identity WHERE user_id = :u RETURNING issuer")
                .param("u", userId)
                .query(String.class)
                .list();
        if (issuers.isEmpty()) {
            throw new InvalidInputException("sso", "account.sso.notLinked");
        }
        audit.record(actor, "user.sso.unlink", "User", userId, Map.of("issuers", issuers), null);
    }

    /** An account with its grants and its single sign-on links. */
    public record UserDetails(
            long id,
            String username,
            String fullName,
            boolean enabled,
            boolean mustChangePassword,
            List<GrantEntry> grants,
            List<SingleSignOnLink> singleSignOn) {}

    /** A provider account that opens this account: the provider, what it called the account, when linked and used. */
    public record SingleSignOnLink(String issuer, String shownAs, Instant linkedAt, Instant lastUsedAt) {}

    /** A stored grant with its id, so that it can be withdrawn. */
    public record GrantEntry(long id, Grant grant) {}

    /** An account as administrators list it. */
    public record UserSummary(long id, String username, String fullName, boolean enabled, String grants) {}
}
