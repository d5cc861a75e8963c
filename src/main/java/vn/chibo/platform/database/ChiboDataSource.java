package vn.chibo.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Hikari's pool in front of a {@link Database} that may still be starting: the pool itself is created at the first
 * request for a connection, and that request waits until the database is started and migrated. So the application
 * context, the web server and every page that needs no database come up without waiting for initdb, PostgreSQL or
 * Flyway, and no code ever sees a database that is not migrated.
 */
final class ChiboDataSource extends HikariDataSource {

    private final Database database;
    private volatile boolean pointed;

    ChiboDataSource(Database database) {
        this.database = database;
    }

    @Override
    public Connection getConnection() throws SQLException {
        awaitDatabase();
        return super.getConnection();
    }

    private void awaitDatabase() throws SQLException {
        if (pointed) {
            return;
        }
        Database.Connectivity connectivity = database.awaitReady();
        synchronized (this) {
            if (!pointed) {
                // The embedded server's address (its port) and its role's password are known only once it runs.
                if (getJdbcUrl() == null) {
                    setJdbcUrl(connectivity.url());
                    setUsername(connectivity.username());
                    setPassword(connectivity.password());
                }
                pointed = true;
            }
        }
    }
}
