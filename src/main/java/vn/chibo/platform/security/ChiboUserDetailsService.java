package vn.chibo.platform.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;

/** Reads an account with its grants, by name at sign-in and by id when a session re-reads it. */
@Component
class ChiboUserDetailsService implements UserDetailsService {

    private static final String COLUMNS =
            "id, username, full_name, password_hash, enabled, must_change_password, access_version, password_changed_at";

    private final JdbcClient jdbc;

    ChiboUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChiboPrincipal loadUserByUsername(String username) {
        return load(jdbc.sql("SELECT " + COLUMNS + " FROM platform.app_user WHERE username = :u")
                        .param("u", username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /** The account as it is now, without its password hash; empty once it no longer exists. */
    Optional<ChiboPrincipal> loadById(long id) {
        return load(jdbc.sql("SELECT " + COLUMNS + " FROM platform.app_user WHERE id = :id")
                        .param("id", id))
                .map(ChiboPrincipal::withoutPassword);
    }

    /** What a session compares on each request: whether the account may still sign in, and how it stands. */
    Optional<AccountState> state(long id) {
        return jdbc.sql("SELECT enabled, access_version, password_changed_at FROM platform.app_user WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new AccountState(
                        rs.getBoolean(1), rs.getLong(2), instant(rs.getObject(3, OffsetDateTime.class))))
                .optional();
    }

    record AccountState(boolean enabled, long accessVersion, Instant passwordChangedAt) {}

    private Optional<ChiboPrincipal> load(JdbcClient.StatementSpec statement) {
        record Row(
                long id,
                String username,
                String fullName,
                String hash,
                boolean enabled,
                boolean mustChange,
                long accessVersion,
                Instant passwordChangedAt) {}
        return statement
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getLong(7),
                        instant(rs.getObject(8, OffsetDateTime.class))))
                .optional()
                .map(row -> {
                    List<Grant> grants = jdbc.sql(
                                    "SELECT organization_id, role FROM platform.role_grant WHERE user_id = :id")
                            .param("id", row.id())
                            .query((rs, n) -> new Grant(rs.getObject(1, Long.class), Role.valueOf(rs.getString(2))))
                            .list();
                    return new ChiboPrincipal(
                            new CurrentUser(row.id(), row.username(), row.fullName(), grants),
                            row.hash(),
                            row.enabled(),
                            row.mustChange(),
                            row.accessVersion(),
                            row.passwordChangedAt());
                });
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
