package vn.chibo.platform.security;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.Grant;
import vn.chibo.platform.Role;

@Component
class ChiboUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    ChiboUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChiboPrincipal loadUserByUsername(String username) {
        record Row(long id, String username, String fullName, String hash, boolean enabled, boolean mustChange) {}
        Row row = jdbc.sql(
                        """
                        SELECT id, username, full_name, password_hash, enabled, must_change_password
                        FROM platform.app_user WHERE username = :u
                        """)
                .param("u", username)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        List<Grant> grants = jdbc.sql("SELECT organization_id, role FROM platform.role_grant WHERE user_id = :id")
                .param("id", row.id())
                .query((rs, n) -> new Grant(rs.getObject(1, Long.class), Role.valueOf(rs.getString(2))))
                .list();
        return new ChiboPrincipal(
                new CurrentUser(row.id(), row.username(), row.fullName(), grants),
                row.hash(),
                row.enabled(),
                row.mustChange());
    }
}
